/**
 * Back-office wording: durations as numbers people type, schema issues in the catalogue's words,
 * and the engine's explainer reasons (core/engine-types.ts `UnavailableReason`) in plain words.
 */
import { parseDuration } from '../../core/duration.js';
import { formatDuration } from '../../core/format-duration.js';
import { epochToWall, wallToEpoch } from '../../core/time.js';
import type { AdminMessages } from '../../i18n/en-admin.js';
import { dayKey, formatDayLong, formatDayShort, formatTime, zoneShort } from '../../i18n/format.js';
import {
  COLOR_MESSAGE,
  CURRENCY_MESSAGE,
  DATE_MESSAGE,
  EMAIL_MESSAGE,
  LANGUAGE_TAG_MESSAGE,
  CONTROL_MESSAGE,
  PHONE_MESSAGE,
  TIME_OF_DAY_MESSAGE,
  TIME_ZONE_MESSAGE,
  WEB_URL_MESSAGE,
} from '../../schemas/primitives.js';
import type { SchemaIssue } from '../../schemas/validate.js';

const MINUTE = 60_000;

/** A stored ISO duration as a number of `unit` milliseconds, for a number input (`''` when malformed). */
export function durationIn(iso: string | undefined, unit: number): string {
  if (!iso) return '';
  const r = parseDuration(iso);
  if (!r.ok) return '';
  return String(Math.round((r.ms / unit) * 100) / 100);
}

export const MINUTES = MINUTE;
export const HOURS = 60 * MINUTE;
export const DAYS = 24 * HOURS;

export type NumberCheck = { ok: true; value: number } | { ok: false; message: string };

/** Reads a number input: required, finite, within bounds, whole when asked. */
export function readNumber(
  text: string,
  m: AdminMessages,
  o: { min?: number; max?: number; whole?: boolean } = {},
): NumberCheck {
  const t = text.trim().replace(',', '.');
  if (t === '') return { ok: false, message: m.numberRequired };
  const n = Number(t);
  if (!Number.isFinite(n)) return { ok: false, message: m.numberRequired };
  if (o.whole && !Number.isInteger(n)) return { ok: false, message: m.wholeNumber };
  if (o.min !== undefined && n < o.min) return { ok: false, message: m.atLeast(o.min) };
  if (o.max !== undefined && n > o.max) return { ok: false, message: m.atMost(o.max) };
  return { ok: true, value: n };
}

/** A number of `unit`s as the shortest ISO duration, rounded to whole minutes (`PT1H30M`, `P60D`). */
export function isoDuration(amount: number, unit: number): string {
  return formatDuration(Math.max(0, Math.round((amount * unit) / MINUTE)) * MINUTE);
}

/** A length of time in words, for the R5 explanation ("2 hours", "1 day", "22 hours"). */
export function spanWords(ms: number, m: AdminMessages): string {
  if (ms <= 0) return m.nothingLeft;
  if (ms < HOURS) return m.lessThanAnHour;
  if (ms % DAYS === 0) return m.days(ms / DAYS);
  return m.hours(Math.round((ms / HOURS) * 10) / 10);
}

const SCHEMA_WORDS: readonly [string, keyof AdminMessages][] = [
  [EMAIL_MESSAGE, 'emailInvalid'],
  [WEB_URL_MESSAGE, 'urlInvalid'],
  [PHONE_MESSAGE, 'phoneInvalid'],
  [TIME_OF_DAY_MESSAGE, 'timeInvalid'],
  [DATE_MESSAGE, 'dateInvalid'],
  [COLOR_MESSAGE, 'colorInvalid'],
  [CURRENCY_MESSAGE, 'currencyInvalid'],
  [LANGUAGE_TAG_MESSAGE, 'languageInvalid'],
  [CONTROL_MESSAGE, 'textControlCharacter'],
  [TIME_ZONE_MESSAGE, 'zoneInvalid'],
  ['is required', 'fieldRequired'],
  ['must not be empty', 'fieldRequired'],
  ['must be after startTime', 'endAfterStart'],
  ['must be after start', 'endAfterStart'],
  ['must be on or after startDate', 'endAfterStart'],
];

/** A schema issue's message in the catalogue's words where it has them, else the schema's own. */
export function issueText(message: string, m: AdminMessages): string {
  for (const [text, key] of SCHEMA_WORDS) {
    const value = m[key];
    if (message === text && typeof value === 'string') return value;
  }
  if (message.startsWith('overlaps ')) return m.overlapsHours;
  const long = /^must be at most (\d+) characters$/.exec(message);
  if (long) return m.tooLong(Number(long[1]));
  if (message.startsWith('may contain only')) return m.idInvalid;
  if (message === 'a radioButton question needs at least one answer option') return m.optionsRequired;
  const duplicate = /^duplicate option: (.*)$/.exec(message);
  if (duplicate) return m.duplicateOption(duplicate[1]);
  return message;
}

/** Issues as a field map, keeping the first message per path. */
export function issuesByPath(issues: readonly SchemaIssue[], m: AdminMessages, strip = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const path = strip && issue.path.startsWith(strip) ? issue.path.slice(strip.length) : issue.path;
    out[path] ??= issueText(issue.message, m);
  }
  return out;
}

// ---------------------------------------------------------------- times

/** "09:30" (or "9:30 AM") in `zone`: the language's own clock, as on the booking page. */
export function timeIn(ms: number, lang: string, zone: string): string {
  return formatTime(ms, lang, zone);
}

/** "09:30–10:00 CET". */
export function rangeIn(start: number, end: number, lang: string, zone: string, m: AdminMessages): string {
  return `${m.timeRange(timeIn(start, lang, zone), timeIn(end, lang, zone))} ${zoneShort(zone, lang, start)}`;
}

/** "Tue 1 Dec, 09:30 CET" (with the date when it differs from `sameDay`). */
export function whenIn(ms: number, lang: string, zone: string, long = false): string {
  const day = dayKey(ms, zone);
  const date = long ? formatDayLong(day, lang) : formatDayShort(day, lang);
  return `${date}, ${timeIn(ms, lang, zone)} ${zoneShort(zone, lang, ms)}`;
}

/** A wall date and `HH:mm` in `zone` as an ISO instant, or `undefined` when either is malformed. */
export function instantOf(date: string, time: string, zone: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return undefined;
  const [h, min] = time.split(':').map(Number);
  const ms = wallToEpoch(date, h * 60 + min, zone);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/** The wall date and `HH:mm` of an instant in `zone`. */
export function wallOf(ms: number, zone: string): { date: string; time: string } {
  const w = epochToWall(ms, zone);
  const minutes = Math.floor(w.minutes);
  return {
    date: w.date,
    time: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
  };
}

// ---------------------------------------------------------------- explainer reasons

export interface ReasonContext {
  m: AdminMessages;
  lang: string;
  /** The zone times are given in (the business zone). */
  zone: string;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const ms = (v: unknown): number => (typeof v === 'string' ? Date.parse(v) : Number.NaN);

/** One explainer reason (JSON form, instants as ISO strings) in plain words. */
export function reasonText(reason: { code: string; [key: string]: unknown }, c: ReasonContext): string {
  const { m, lang, zone } = c;
  const r = m.reasons;
  const range = () => {
    const start = ms(reason.start);
    const end = ms(reason.end);
    if (!Number.isFinite(start) || !Number.isFinite(end)) return '';
    if (dayKey(start, zone) !== dayKey(end - 1, zone)) {
      return `${whenIn(start, lang, zone)} – ${whenIn(end, lang, zone)}`;
    }
    return rangeIn(start, end, lang, zone, m);
  };
  switch (reason.code) {
    case 'notBookable':
      return r.notBookable;
    case 'notAssignedToService':
      return r.notAssignedToService;
    case 'outsideWorkingHours': {
      const windows = Array.isArray(reason.windows) ? (reason.windows as { start?: unknown; end?: unknown }[]) : [];
      const windowZone = str(reason.timeZone) ?? zone;
      if (windows.length === 0) return r.notWorkingThatDay;
      const text = windows
        .map((w) => m.timeRange(timeIn(ms(w.start), lang, windowZone), timeIn(ms(w.end), lang, windowZone)))
        .join(', ');
      return r.outsideWorkingHours(`${text} ${zoneShort(windowZone, lang, ms(windows[0].start))}`);
    }
    case 'offGrid': {
      const step = parseDuration(str(reason.timeSlotInterval) ?? '');
      return r.offGrid(
        step.ok ? m.minutes(Math.round(step.ms / MINUTE)) : (str(reason.timeSlotInterval) ?? ''),
        timeIn(ms(reason.previous), lang, zone),
        timeIn(ms(reason.next), lang, zone),
      );
    }
    case 'staffBusy':
      return reason.holdId !== undefined ? r.holdBusy(range()) : r.staffBusy(range());
    case 'buffer':
      return r.buffer(range());
    case 'minimumLeadTime':
      return r.minimumLeadTime(whenIn(ms(reason.earliestStart), lang, zone));
    case 'beyondMaximumAdvance':
      return r.beyondMaximumAdvance(whenIn(ms(reason.latestStart), lang, zone));
    case 'closed': {
      const title = str(reason.title);
      const first = str(reason.startDate);
      const last = str(reason.endDate) ?? first;
      const dates =
        first && last
          ? first === last
            ? formatDayShort(first, lang)
            : `${formatDayShort(first, lang)} – ${formatDayShort(last, lang)}`
          : undefined;
      if (reason.scope === 'service') {
        if (title) return r.serviceClosedTitled(title);
        return dates ? r.serviceClosedDates(dates) : r.serviceClosed;
      }
      if (title) return r.closedTitled(title);
      return dates ? r.closedDates(dates) : r.closed;
    }
    case 'timeOff': {
      const title = str(reason.title);
      return title ? r.timeOffTitled(title, range()) : r.timeOff(range());
    }
    case 'capacityFull':
      return r.capacityFull(num(reason.attendees), num(reason.maximumAttendeesCount));
    case 'personalCalendarBusy':
      return r.personalCalendarBusy(range());
    case 'dailyLimit':
      return r.dailyLimit(num(reason.maximumBookingsPerDay), formatDayShort(str(reason.date) ?? '', lang));
    case 'personalCalendarUnavailable': {
      const since = ms(reason.lastSyncedAt);
      return Number.isFinite(since)
        ? r.personalCalendarNotSyncedSince(whenIn(since, lang, zone))
        : r.personalCalendarUnavailable;
    }
    case 'serviceDeleted':
      return r.serviceDeleted;
    default:
      return r.other(reason.code);
  }
}

/** Whether two drafts (or saved values) are the same. */
export const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
