/**
 * iCalendar (RFC 5545) text for one appointment: the `.ics` attached to confirmation, change and
 * cancellation messages. Pure: the timestamp (`DTSTAMP`) is an argument, never the clock, so the
 * same appointment always yields the same bytes and tests can compare them.
 */
import type { EpochMs } from './types.js';

export interface IcsPerson {
  /** Display name, sent as the `CN` parameter. */
  name?: string;
  email: string;
}

export interface IcsEvent {
  /** Globally unique and stable across updates of the same appointment (RFC 5545 §3.8.4.7). */
  uid: string;
  /** When this version of the event was created; passed in so the output is reproducible. */
  dtstamp: EpochMs;
  start: EpochMs;
  end: EpochMs;
  summary: string;
  description?: string;
  /** A place; for online meetings the join URL is used when this is absent. */
  location?: string;
  /** The online meeting's join URL (also written as `URL`). */
  joinUrl?: string;
  /** Required for `REQUEST` and `CANCEL` (RFC 5546 §3.2.2, §3.2.5): who sent the invitation. */
  organizer?: IcsPerson;
  /** Invitees (`REQUEST`, `CANCEL`); a `PUBLISH` has none, so no calendar asks anyone to reply. */
  attendees?: IcsPerson[];
  /**
   * `PUBLISH`: a copy of the event to add to one's own calendar (a download), no replies asked;
   * `REQUEST` creates or updates an invitation; `CANCEL` removes it from the attendee's calendar.
   */
  method: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  /** Bumped on every change a calendar should apply over an earlier copy (reschedule, cancel). */
  sequence?: number;
  /** Product identifier; defaults to booking-elements. */
  prodId?: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeIcsText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // Other control characters are not allowed in TEXT; a stray one would make clients reject the file.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/** A parameter value (`CN=…`): DQUOTE is not allowed at all, and `:;,` force quoting (§3.2). */
function paramValue(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/["\u0000-\u001f\u007f]/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line so no physical line exceeds 75 octets (§3.1). Splits fall between
 * characters, never inside a UTF-8 sequence, and continuation lines start with one space.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const len = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + len > MAX_OCTETS) {
      parts.push(current);
      // The leading space of a continuation line counts towards its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += len;
  }
  parts.push(current);
  return parts.join(CRLF);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `20261201T080000Z`: a DATE-TIME in UTC form (§3.3.5), which needs no VTIMEZONE. */
export function formatIcsDateTime(ms: EpochMs): string {
  const d = new Date(ms);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

export function calAddress(prop: string, person: IcsPerson, extra: string[] = []): string {
  const params = [...(person.name ? [`CN=${paramValue(person.name)}`] : []), ...extra];
  // A URI value is not TEXT, so it is not escaped; line breaks are dropped so it cannot inject properties.
  const email = person.email.replace(/[\r\n]/g, '');
  return `${prop}${params.map((p) => `;${p}`).join('')}:mailto:${email}`;
}

export function uriValue(url: string): string {
  return url.replace(/[\r\n]/g, '');
}

/** One VEVENT's lines; attendees only when `attendees` (invitations), `transparent` for a cancelled copy. */
function veventLines(
  event: Omit<IcsEvent, 'method' | 'prodId'>,
  o: { cancelled: boolean; transparent: boolean; attendees: boolean },
): string[] {
  const lines: string[] = [
    'BEGIN:VEVENT',
    `UID:${event.uid.replace(/[\r\n]/g, '')}`,
    `DTSTAMP:${formatIcsDateTime(event.dtstamp)}`,
    `DTSTART:${formatIcsDateTime(event.start)}`,
    `DTEND:${formatIcsDateTime(event.end)}`,
    `SEQUENCE:${event.sequence ?? 0}`,
    `STATUS:${o.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`);
  const location = event.location ?? event.joinUrl;
  if (location) lines.push(`LOCATION:${escapeIcsText(location)}`);
  if (event.joinUrl) lines.push(`URL:${uriValue(event.joinUrl)}`);
  if (event.organizer) lines.push(calAddress('ORGANIZER', event.organizer));
  // A publish carries no attendees: nothing for a calendar to reply to or ask about.
  for (const attendee of o.attendees ? (event.attendees ?? []) : []) {
    lines.push(calAddress('ATTENDEE', attendee, ['ROLE=REQ-PARTICIPANT', 'PARTSTAT=ACCEPTED']));
  }
  lines.push(o.transparent ? 'TRANSP:TRANSPARENT' : 'TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

/**
 * The whole `.ics` text: one VCALENDAR with one VEVENT, CRLF line endings, folded lines. Throws a
 * TypeError for an invitation (`REQUEST`, `CANCEL`) without an organizer: iTIP requires one.
 */
export function buildIcs(event: IcsEvent): string {
  const cancelled = event.method === 'CANCEL';
  const invitation = event.method !== 'PUBLISH';
  if (invitation && !event.organizer?.email) {
    throw new TypeError(`an iCalendar ${event.method} needs an ORGANIZER (RFC 5546)`);
  }
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${event.prodId ?? '-//booking-elements//booking-elements//EN'}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method}`,
    ...veventLines(event, { cancelled, transparent: false, attendees: invitation }),
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}

/** An event stored in a calendar rather than sent as an invitation: no METHOD (RFC 4791 §4.1). */
export type IcsCalendarEvent = Omit<IcsEvent, 'method' | 'prodId'> & { cancelled?: boolean };

/**
 * A calendar of events without METHOD: a CalDAV object resource (one event) or a subscribed feed
 * (many). No attendees, so a calendar server never sends invitations of its own. `name` becomes
 * the calendar's display name in apps that read `X-WR-CALNAME`.
 */
export function buildIcsCalendar(
  events: readonly IcsCalendarEvent[],
  options: { name?: string; prodId?: string } = {},
): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.prodId ?? '-//booking-elements//booking-elements//EN'}`,
    'CALSCALE:GREGORIAN',
  ];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeIcsText(options.name)}`, `NAME:${escapeIcsText(options.name)}`);
  for (const event of events) {
    const cancelled = event.cancelled === true;
    lines.push(...veventLines(event, { cancelled, transparent: cancelled, attendees: false }));
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
