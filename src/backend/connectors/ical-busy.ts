/**
 * Busy time out of iCalendar data (RFC 5545), the format both built-in calendar connectors read:
 * an ICS feed ("secret address in iCal format") is one VCALENDAR, a CalDAV calendar-query answers
 * one VCALENDAR per event. Parsed by ical.js (Mozilla's, Thunderbird's) and expanded over a range:
 *
 * - `RRULE`/`RDATE` repeat an event, `EXDATE` removes occurrences, a `RECURRENCE-ID` component
 *   replaces one occurrence (moved, shortened, cancelled or made free);
 * - `STATUS:CANCELLED`, `TRANSP:TRANSPARENT` and Outlook's `X-MICROSOFT-CDO-BUSYSTATUS:FREE` are
 *   free; anything else (tentative too) is busy, so a doubtful event never offers a time;
 * - all-day events (`VALUE=DATE`) block whole days, and events without a zone ("floating") are
 *   placed, in `zone` (the staff member's);
 * - `TZID`s come from the data's own `VTIMEZONE`s (daylight-saving rules included); a `TZID` that
 *   has no `VTIMEZONE` but is an IANA name (`Europe/Berlin`) uses that zone; anything else
 *   falls back to `zone`.
 *
 * DOM-free and Node-free (ical.js is plain JavaScript): the server's sync worker and the in-browser
 * reference adapter load it lazily, so no booking page downloads ical.js up front.
 */
import ICAL from 'ical.js';
import { mergePairs } from '../../core/schedule.js';
import { isValidTimeZone } from '../../core/time-zones.js';
import { wallToEpoch } from '../../core/time.js';
import type { Interval } from '../../core/types.js';

type Component = InstanceType<typeof ICAL.Component>;
type IcalTime = InstanceType<typeof ICAL.Time>;

export interface IcsBusyOptions {
  /** Busy time overlapping `[start, end)` is returned, clipped to it. */
  range: Interval;
  /** Where all-day and floating events happen: the staff member's zone (IANA). */
  zone: string;
  /**
   * Occurrences examined per recurring event before giving up (a daily event since 1990 is
   * about 13,000): beyond this the data is refused rather than half-read.
   */
  maxOccurrences?: number;
  /**
   * Events to leave out by UID: the bookings this library wrote into the calendar itself (their
   * UIDs end in `@booking-elements`), which are appointments already and must not block again.
   */
  ignoreUid?: (uid: string) => boolean;
}

export interface IcsBusyResult {
  /** Merged, sorted, clipped to the range. */
  busy: Interval[];
  /** VEVENT components read (masters and overrides), for logs and the back office. */
  events: number;
}

/** The data is not iCalendar, or cannot be expanded safely: the calendar counts as unreadable. */
export class IcsParseError extends Error {
  override readonly name = 'IcsParseError';
}

const DEFAULT_MAX_OCCURRENCES = 50_000;

/** Free, not busy: cancelled, transparent, or marked free by Outlook. */
function isFree(event: Component): boolean {
  const status = String(event.getFirstPropertyValue('status') ?? '').toUpperCase();
  if (status === 'CANCELLED') return true;
  const transp = String(event.getFirstPropertyValue('transp') ?? '').toUpperCase();
  if (transp === 'TRANSPARENT') return true;
  const busyStatus = String(event.getFirstPropertyValue('x-microsoft-cdo-busystatus') ?? '').toUpperCase();
  return busyStatus === 'FREE';
}

/** The zone a time without a VTIMEZONE is in: its TZID when that is an IANA name, else the staff member's. */
function floatingZone(event: Component, property: string, fallback: string): string {
  const tzid = event.getFirstProperty(property)?.getParameter('tzid');
  const name = typeof tzid === 'string' ? tzid.replace(/^\/+/, '') : undefined;
  return name && isValidTimeZone(name) ? name : fallback;
}

/** Epoch ms of an ical.js time: through its VTIMEZONE or UTC, else as a wall time in `zone`. */
function instantOf(time: IcalTime, zone: string): number {
  const tzid = time.zone?.tzid;
  if (!time.isDate && (tzid === 'UTC' || time.zone?.component)) return time.toUnixTime() * 1000;
  const date = `${String(time.year).padStart(4, '0')}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;
  const minutes = time.isDate ? 0 : time.hour * 60 + time.minute;
  return wallToEpoch(date, minutes, zone) + (time.isDate ? 0 : time.second * 1000);
}

function recurrenceKey(event: Component, zone: string): number | undefined {
  const rid = event.getFirstPropertyValue('recurrence-id');
  if (!(rid instanceof ICAL.Time)) return undefined;
  return instantOf(rid, floatingZone(event, 'recurrence-id', zone));
}

/**
 * The busy intervals of iCalendar `texts` over `options.range`. Throws `IcsParseError` when a text
 * is not iCalendar or a recurrence cannot be expanded within the limit.
 */
export function busyFromIcs(texts: readonly string[], options: IcsBusyOptions): IcsBusyResult {
  const { range, zone } = options;
  const maxOccurrences = options.maxOccurrences ?? DEFAULT_MAX_OCCURRENCES;
  const pairs: number[] = [];
  let events = 0;
  const add = (start: number, end: number): void => {
    if (end > start && end > range.start && start < range.end) {
      pairs.push(Math.max(start, range.start), Math.min(end, range.end));
    }
  };

  for (const text of texts) {
    let root: Component;
    try {
      root = new ICAL.Component(ICAL.parse(text) as unknown[]);
    } catch (error) {
      throw new IcsParseError(`not iCalendar data: ${error instanceof Error ? error.message : String(error)}`);
    }
    const calendars = root.name === 'vcalendar' ? [root] : root.getAllSubcomponents('vcalendar');
    if (calendars.length === 0) throw new IcsParseError('not iCalendar data: no VCALENDAR');

    for (const calendar of calendars) {
      // One UID: a master (no RECURRENCE-ID) and its overrides (RFC 5545 §3.8.4.4).
      const byUid = new Map<string, { master?: Component; overrides: Component[] }>();
      for (const vevent of calendar.getAllSubcomponents('vevent')) {
        events++;
        const uid = String(vevent.getFirstPropertyValue('uid') ?? `#${events}`);
        if (options.ignoreUid?.(uid)) continue;
        const group = byUid.get(uid) ?? { overrides: [] };
        if (vevent.hasProperty('recurrence-id')) group.overrides.push(vevent);
        else group.master = vevent;
        byUid.set(uid, group);
      }

      for (const { master, overrides } of byUid.values()) {
        // Overrides are instances of their own: their times, their status and transparency.
        const overridden = new Set<number>();
        for (const o of overrides) {
          const key = recurrenceKey(o, zone);
          if (key !== undefined) overridden.add(key);
          if (master && String(master.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') continue;
          if (isFree(o)) continue;
          const e = new ICAL.Event(o, { exceptions: [] });
          const start = instantOf(e.startDate, floatingZone(o, 'dtstart', zone));
          const end = instantOf(e.endDate, floatingZone(o, o.hasProperty('dtend') ? 'dtend' : 'dtstart', zone));
          add(start, end);
        }
        if (!master || isFree(master)) continue;

        // Overrides passed explicitly: left to itself, ical.js scans every sibling VEVENT (quadratic).
        const event = new ICAL.Event(master, { strictExceptions: false, exceptions: overrides });
        const startZone = floatingZone(master, 'dtstart', zone);
        const endZone = floatingZone(master, master.hasProperty('dtend') ? 'dtend' : 'dtstart', zone);
        if (!event.isRecurring()) {
          add(instantOf(event.startDate, startZone), instantOf(event.endDate, endZone));
          continue;
        }
        // The longest an occurrence lasts, so occurrences starting before the range still count.
        const durationMs = instantOf(event.endDate, endZone) - instantOf(event.startDate, startZone);
        const iterator = event.iterator();
        let seen = 0;
        for (let next = iterator.next(); next; next = iterator.next()) {
          if (++seen > maxOccurrences) {
            throw new IcsParseError(
              `the event "${event.summary}" repeats more than ${maxOccurrences} times before the end of the range`,
            );
          }
          const start = instantOf(next, startZone);
          if (start >= range.end) break;
          if (start + Math.max(durationMs, 0) <= range.start || overridden.has(start)) continue;
          // Same wall-clock length on every occurrence: a 10:00–11:00 meeting stays one hour
          // across a daylight-saving change (its end is computed in its own zone).
          const details = event.getOccurrenceDetails(next);
          add(instantOf(details.startDate, startZone), instantOf(details.endDate, endZone));
        }
      }
    }
  }
  const merged = mergePairs(pairs);
  const busy: Interval[] = [];
  for (let i = 0; i < merged.length; i += 2) busy.push({ start: merged[i], end: merged[i + 1] });
  return { busy, events };
}
