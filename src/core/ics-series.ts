/**
 * The `.ics` of a repeat booking (issue 20): one VEVENT with the plan's RRULE in the business's
 * zone (with its VTIMEZONE, so the wall time holds across daylight saving in every calendar; the
 * planned dates as RDATE where no simple rule says them, see series.ts),
 * EXDATE for the planned dates that were not booked or were cancelled, and an override per
 * occurrence booked at another time (`RECURRENCE-ID` = its planned start). This is the form
 * Outlook, Google and Apple Calendar import as one series. Pure: `dtstamp` is an argument.
 */
import { calAddress, escapeIcsText, foldIcsLine, formatIcsDateTime, uriValue, type IcsPerson } from './ics.js';
import { seriesRule, type SeriesFrequency } from './series.js';
import { DAY_MS, HOUR_MS, MINUTE_MS, epochToWall, zoneOffsetMs } from './time.js';
import type { EpochMs } from './types.js';

export interface IcsSeriesOccurrence {
  /** The planned start (the RECURRENCE-ID). */
  plannedMs: EpochMs;
  /** Absent: not booked (skipped when the series was booked). */
  startMs?: EpochMs;
  endMs?: EpochMs;
  cancelled?: boolean;
}

export interface IcsSeries {
  uid: string;
  dtstamp: EpochMs;
  timeZone: string;
  frequency: SeriesFrequency;
  /** Every planned occurrence, in order (the first is DTSTART). */
  occurrences: readonly IcsSeriesOccurrence[];
  /** The length of a planned occurrence. */
  durationMs: number;
  summary: string;
  description?: string;
  location?: string;
  joinUrl?: string;
  organizer: IcsPerson;
  attendees?: IcsPerson[];
  /** Bumped on every change to the series. */
  sequence: number;
  /** `CANCEL` when no occurrence is left. */
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH';
}

const CRLF = '\r\n';

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** `20270105T090000`: the wall time of an instant in `zone` (a DATE-TIME with TZID, §3.3.5 form 3). */
export function formatIcsLocal(ms: EpochMs, zone: string): string {
  const w = epochToWall(ms, zone);
  const minutes = Math.floor(w.minutes);
  const seconds = Math.round((w.minutes - minutes) * 60);
  return `${w.date.replace(/-/g, '')}T${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}${pad(seconds)}`;
}

/** `PT1H30M`: an exact duration (§3.3.6), whole seconds. */
function icsDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = total % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${sec || total === 0 ? `${sec}S` : ''}`;
}

function formatOffset(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const m = Math.round(Math.abs(ms) / MINUTE_MS);
  return `${sign}${pad(Math.floor(m / 60))}${pad(m % 60)}`;
}

/** The first instant in `(from, to]` whose offset differs from `from`'s, to the minute. */
function transitionIn(zone: string, from: EpochMs, to: EpochMs): EpochMs {
  const before = zoneOffsetMs(zone, from);
  let lo = from;
  let hi = to;
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS || lo + MINUTE_MS;
    if (zoneOffsetMs(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * A VTIMEZONE for `zone` covering `[fromMs, toMs]`: the offset in force at the start, then one
 * observance per transition in the span (§3.6.5 allows explicit onsets without RRULE).
 */
export function vtimezoneLines(zone: string, fromMs: EpochMs, toMs: EpochMs): string[] {
  const transitions: { at: EpochMs; from: number; to: number }[] = [];
  let offset = zoneOffsetMs(zone, fromMs);
  for (let t = fromMs; t < toMs; t += DAY_MS) {
    const next = Math.min(t + DAY_MS, toMs);
    const after = zoneOffsetMs(zone, next);
    if (after !== offset) {
      transitions.push({ at: transitionIn(zone, t, next), from: offset, to: after });
      offset = after;
    }
  }
  const initial = zoneOffsetMs(zone, fromMs);
  const firstDaylight = transitions.length > 0 && transitions[0].to < transitions[0].from;
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const observance = (kind: 'STANDARD' | 'DAYLIGHT', start: string, from: number, to: number): void => {
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${start}`,
      `TZOFFSETFROM:${formatOffset(from)}`,
      `TZOFFSETTO:${formatOffset(to)}`,
      `END:${kind}`,
    );
  };
  observance(firstDaylight ? 'DAYLIGHT' : 'STANDARD', '19700101T000000', initial, initial);
  for (const tr of transitions) {
    // The onset is written in the local time in force before it (§3.8.2.4).
    const local = localBefore(tr.at, tr.from);
    observance(tr.to > tr.from ? 'DAYLIGHT' : 'STANDARD', local, tr.from, tr.to);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function localBefore(at: EpochMs, offset: number): string {
  return formatIcsDateTime(at + offset).slice(0, -1);
}

/** The whole `.ics` of a series: VCALENDAR, VTIMEZONE, the master VEVENT and its overrides. */
export function buildSeriesIcs(s: IcsSeries): string {
  const zone = s.timeZone;
  const first = s.occurrences[0];
  if (!first) throw new RangeError('a series has at least one occurrence');
  const last = s.occurrences[s.occurrences.length - 1];
  const spanEnd = Math.max(last.plannedMs, ...s.occurrences.map((o) => o.endMs ?? o.plannedMs)) + s.durationMs;
  const uid = s.uid.replace(/[\r\n]/g, '');
  const invitation = s.method !== 'PUBLISH';
  const common = (): string[] => {
    const lines = [`SUMMARY:${escapeIcsText(s.summary)}`];
    if (s.description) lines.push(`DESCRIPTION:${escapeIcsText(s.description)}`);
    const location = s.location ?? s.joinUrl;
    if (location) lines.push(`LOCATION:${escapeIcsText(location)}`);
    if (s.joinUrl) lines.push(`URL:${uriValue(s.joinUrl)}`);
    lines.push(calAddress('ORGANIZER', s.organizer));
    for (const a of invitation ? (s.attendees ?? []) : []) {
      lines.push(calAddress('ATTENDEE', a, ['ROLE=REQ-PARTICIPANT', 'PARTSTAT=ACCEPTED']));
    }
    return lines;
  };
  const allGone = s.occurrences.every((o) => o.startMs === undefined || o.cancelled === true);
  const rule = seriesRule(
    s.frequency,
    s.occurrences.map((o) => epochToWall(o.plannedMs, zone).date),
  );
  const tz = `;TZID=${zone}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//booking-elements//booking-elements//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${s.method}`,
    ...vtimezoneLines(zone, first.plannedMs - DAY_MS, spanEnd + DAY_MS),
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${formatIcsDateTime(s.dtstamp)}`,
    `DTSTART${tz}:${formatIcsLocal(first.plannedMs, zone)}`,
    // An exact DURATION rather than DTEND: an occurrence ending in a repeated hour ends once (§3.8.5.3).
    `DURATION:${icsDuration(s.durationMs)}`,
  ];
  if (rule) lines.push(`RRULE:${rule}`);
  else if (s.occurrences.length > 1) {
    // DTSTART listed too: some readers (ical.js) leave it out of an RDATE-only set; RFC 5545 counts a duplicate once.
    lines.push(`RDATE${tz}:${s.occurrences.map((o) => formatIcsLocal(o.plannedMs, zone)).join(',')}`);
  }
  const gone = s.occurrences.filter((o) => o.startMs === undefined || o.cancelled === true);
  if (gone.length > 0 && !allGone) {
    lines.push(`EXDATE${tz}:${gone.map((o) => formatIcsLocal(o.plannedMs, zone)).join(',')}`);
  }
  lines.push(
    `SEQUENCE:${s.sequence}`,
    `STATUS:${allGone ? 'CANCELLED' : 'CONFIRMED'}`,
    ...common(),
    'TRANSP:OPAQUE',
    'END:VEVENT',
  );
  if (!allGone) {
    for (const o of s.occurrences) {
      if (o.startMs === undefined || o.endMs === undefined || o.cancelled) continue;
      // Also written out when a transition is near: readers disagree about wall times in a gap
      // or a repeated hour (ical.js reads both unlike RFC 5545 §3.3.5), but not about UTC.
      const near =
        zoneOffsetMs(zone, o.plannedMs - 3 * HOUR_MS) !== zoneOffsetMs(zone, o.plannedMs + s.durationMs + 3 * HOUR_MS);
      if (o.startMs === o.plannedMs && o.endMs === o.plannedMs + s.durationMs && !near) continue;
      lines.push(
        'BEGIN:VEVENT',
        `UID:${uid}`,
        `DTSTAMP:${formatIcsDateTime(s.dtstamp)}`,
        `RECURRENCE-ID${tz}:${formatIcsLocal(o.plannedMs, zone)}`,
        `DTSTART:${formatIcsDateTime(o.startMs)}`,
        `DTEND:${formatIcsDateTime(o.endMs)}`,
        `SEQUENCE:${s.sequence}`,
        'STATUS:CONFIRMED',
        ...common(),
        'TRANSP:OPAQUE',
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
