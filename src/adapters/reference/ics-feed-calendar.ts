/**
 * A `personalCalendar` hook for the in-browser reference adapter that reads each staff member's
 * ICS feed itself: `fetch` from the browser, parsed and expanded with ical.js (loaded on the first
 * read, never by a page that does not use it). Cached per feed for `maxAgeMs`; a feed that cannot
 * be read makes that staff member offer no times (R4, fail closed), as the hook's contract says.
 *
 * A browser can only read a feed whose server allows it (CORS: `Access-Control-Allow-Origin`).
 * The big providers' secret addresses are made for calendar apps, not web pages, and usually do not;
 * a feed served by your own site (or through your server) does. With the booking server, connect
 * calendars in the back office instead: it reads them on the server, with no CORS involved.
 */
import type { PersonalCalendarProvider } from '../../backend/connectors/calendar.js';
import { isAppointmentUid } from '../../backend/connectors/calendar-connector.js';

export interface IcsFeedCalendarOptions {
  /** The feed of each staff member whose availability follows a calendar (an `https:` address). */
  feeds: Readonly<Record<string, string>>;
  /** Where all-day and floating events happen (IANA), per staff member or for all. */
  timeZone: string | Readonly<Record<string, string>>;
  /** How long a read feed is reused (default 5 minutes). */
  maxAgeMs?: number;
  /** The clock (epoch ms) for the cache; default `Date.now`. */
  now?: () => number;
  /** Default: the global `fetch`. */
  fetch?: (url: string, init?: RequestInit) => Promise<Response>;
}

/** A `personalCalendar` hook reading ICS feeds from the browser (see the module comment for CORS). */
export function icsFeedCalendar(options: IcsFeedCalendarOptions): PersonalCalendarProvider {
  const cache = new Map<string, { at: number; text: Promise<string> }>();
  const now = options.now ?? (() => Date.now());
  const maxAge = options.maxAgeMs ?? 5 * 60_000;
  const read = (url: string): Promise<string> => {
    const hit = cache.get(url);
    if (hit && now() - hit.at < maxAge) return hit.text;
    const doFetch = options.fetch ?? ((u: string, i?: RequestInit) => globalThis.fetch(u, i));
    const text = doFetch(url, { headers: { accept: 'text/calendar' } }).then(async (r) => {
      if (!r.ok) throw new Error(`The calendar feed answered ${r.status}.`);
      return r.text();
    });
    // A failure is not cached: the next read tries again.
    text.catch(() => cache.delete(url));
    cache.set(url, { at: now(), text });
    return text;
  };
  return async (staffMemberId, range) => {
    const url = options.feeds[staffMemberId];
    if (!url) throw new Error('No calendar feed is configured for this staff member.');
    const zone = typeof options.timeZone === 'string' ? options.timeZone : (options.timeZone[staffMemberId] ?? 'UTC');
    const [text, { busyFromIcs }] = await Promise.all([read(url), import('../../backend/connectors/ical-busy.js')]);
    const r = busyFromIcs([text], {
      range: { start: Date.parse(range.start), end: Date.parse(range.end) },
      zone,
      ignoreUid: isAppointmentUid,
    });
    return r.busy;
  };
}
