/**
 * The one module that converts between wall-clock times in an IANA zone and instants (R1).
 *
 * Everything else in core does integer arithmetic on epoch milliseconds and `yyyy-MM-dd` date
 * strings, and asks this module only at day boundaries. Conversion uses `Intl.DateTimeFormat`
 * directly rather than date-fns-tz: we need exact control of the two DST edge cases below, and
 * one cached description per (zone, day) lets the hot path convert with two additions and no
 * formatter, which date-fns-tz's per-call `fromZonedTime` cannot do.
 *
 * Daylight-saving rules (the same as Temporal's `disambiguation: 'compatible'`):
 * - a wall time that does not exist (spring forward) moves forward by the gap:
 *   02:30 in Copenhagen on the spring day → 03:30 CEST;
 * - a wall time that exists twice (fall back) takes the first, earlier instant.
 * Both amount to "read the wall time with the offset in force before the transition".
 */
import type { DayOfWeek, EpochMs, Interval } from './types.js';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** A wall-clock time: the date and minutes after midnight in some zone. */
export interface WallTime {
  /** `yyyy-MM-dd`. */
  date: string;
  /** Minutes since wall midnight, `0 ≤ minutes < 1440` (fractions for seconds). */
  minutes: number;
  dayOfWeek: DayOfWeek;
}

const DAYS: readonly DayOfWeek[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

// ---------------------------------------------------------------------------------------------
// Dates as day numbers (days since 1970-01-01), without Date objects on the way back.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `yyyy-MM-dd` date, or NaN when it is not a real calendar date. */
export function dayNumberOrNaN(date: string): number {
  const m = DATE.exec(date);
  if (!m) return NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return NaN;
  return daysFromCivil(y, mo, d);
}

/** Days since 1970-01-01 of a `yyyy-MM-dd` date; throws RangeError for anything else. */
export function dayNumber(date: string): number {
  const n = dayNumberOrNaN(date);
  if (Number.isNaN(n)) throw new RangeError(`not a yyyy-MM-dd date: ${JSON.stringify(date)}`);
  return n;
}

/** True for a real calendar date written `yyyy-MM-dd`. */
export function isValidDate(date: string): boolean {
  return !Number.isNaN(dayNumberOrNaN(date));
}

/** The `yyyy-MM-dd` date of a day number. */
export function dateOfDayNumber(day: number): string {
  const [y, m, d] = civilFromDays(day);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Calendar arithmetic on dates: `addDays('2026-03-28', 2)` is `'2026-03-30'`. */
export function addDays(date: string, n: number): string {
  return dateOfDayNumber(dayNumber(date) + n);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** The weekday of a calendar date (the same in every zone). */
export function dayOfWeek(date: string): DayOfWeek {
  return dayOfWeekOfDayNumber(dayNumber(date));
}

export function dayOfWeekOfDayNumber(day: number): DayOfWeek {
  // 1970-01-01 was a Thursday.
  return DAYS[(((day + 4) % 7) + 7) % 7];
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

// Howard Hinnant's civil-calendar algorithms: exact integer arithmetic, proleptic Gregorian.
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d];
}

// ---------------------------------------------------------------------------------------------
// Times of day.

const TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** Minutes since midnight of `HH:mm` (`24:00` → 1440, for windows ending at midnight), or null. */
export function parseTimeOfDay(text: string): number | null {
  const m = TIME.exec(text);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes > 1440 ? null : minutes;
}

/** `HH:mm` of minutes since midnight (1440 → `24:00`). */
export function formatTimeOfDay(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.floor(minutes % 60);
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

// ---------------------------------------------------------------------------------------------
// Offsets. Intl is asked only when a (zone, day) is first seen; the answer is kept.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    // Throws RangeError for an unknown zone, which is what callers should see.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** UTC offset (ms, east positive) of `zone` at instant `ms`, straight from Intl. */
function intlOffset(zone: string, ms: number): number {
  const whole = ms - (((ms % 1000) + 1000) % 1000);
  let y = 0;
  let mo = 0;
  let d = 0;
  let h = 0;
  let mi = 0;
  let s = 0;
  for (const p of formatter(zone).formatToParts(whole)) {
    switch (p.type) {
      case 'year':
        y = Number(p.value);
        break;
      case 'month':
        mo = Number(p.value);
        break;
      case 'day':
        d = Number(p.value);
        break;
      case 'hour':
        h = Number(p.value) % 24;
        break;
      case 'minute':
        mi = Number(p.value);
        break;
      case 'second':
        s = Number(p.value);
        break;
    }
  }
  return daysFromCivil(y, mo, d) * DAY_MS + h * HOUR_MS + mi * MINUTE_MS + s * 1000 - whole;
}

/**
 * What one wall-clock day looks like in one zone: the offsets before and after a transition
 * that falls within reach of it (equal when there is none) and the transition instant.
 */
interface ZonedDay {
  /** The day's wall midnight read as if it were UTC. */
  readonly local0: number;
  readonly before: number;
  readonly after: number;
  /** First instant with offset `after`; NaN on the (usual) days without a transition. */
  readonly transition: number;
}

// Offsets are within [−12h, +14h]; every instant whose wall time falls on the day (or is its
// 24:00) lies within this bracket around the day's wall midnight, with an hour to spare.
const REACH_BEFORE = 15 * HOUR_MS;
const REACH_AFTER = DAY_MS + 13 * HOUR_MS;
const MAX_CACHED_DAYS = 50_000;

const zonedDays = new Map<string, Map<number, ZonedDay>>();

function zonedDay(zone: string, day: number): ZonedDay {
  let byDay = zonedDays.get(zone);
  if (!byDay) {
    byDay = new Map();
    zonedDays.set(zone, byDay);
  }
  let info = byDay.get(day);
  if (info) return info;
  const local0 = day * DAY_MS;
  const a = local0 - REACH_BEFORE;
  const b = local0 + REACH_AFTER;
  const before = intlOffset(zone, a);
  const after = intlOffset(zone, b);
  let transition = NaN;
  if (before !== after) {
    // One transition within ~2 days (true of every zone in current tzdb data): bisect to the second.
    let lo = a;
    let hi = b;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (intlOffset(zone, mid) === before) lo = mid;
      else hi = mid;
    }
    transition = hi;
  }
  info = { local0, before, after, transition };
  if (byDay.size >= MAX_CACHED_DAYS) byDay.clear();
  byDay.set(day, info);
  return info;
}

function resolve(info: ZonedDay, local: number): EpochMs {
  const { before, after, transition } = info;
  const early = local - before;
  if (before === after) return early;
  const late = local - after;
  const earlyValid = early < transition;
  const lateValid = late >= transition;
  if (earlyValid && lateValid) return Math.min(early, late); // exists twice: the first
  if (lateValid) return late;
  // Valid with the earlier offset, or in the gap: the earlier offset moves it forward by the gap.
  return early;
}

/** UTC offset in milliseconds (east positive) of `zone` at an instant; cached per day. */
export function zoneOffsetMs(zone: string, ms: EpochMs): number {
  const info = zonedDay(zone, Math.floor(ms / DAY_MS));
  if (info.before === info.after || ms < info.transition) return info.before;
  return info.after;
}

/**
 * The instant of a wall-clock time: `minutes` after wall midnight of day number `day` in `zone`.
 * The hot-path form of `wallToEpoch`: no parsing, no formatter once the day is cached.
 * `minutes` may be 1440 (the day's 24:00, i.e. the next day's midnight).
 */
export function wallToEpochDay(zone: string, day: number, minutes: number): EpochMs {
  const info = zonedDay(zone, day);
  return resolve(info, info.local0 + minutes * MINUTE_MS);
}

/**
 * The first instant whose wall time is at or after `minutes` on day `day` in `zone`: the wall
 * time itself when it exists (the earlier one when it exists twice), else the end of the
 * spring-forward gap it falls in. For the ends of busy intervals (closures, time off): such an
 * interval blocks the part of its wall-time span that exists, so 02:30–03:30 on a day that skips
 * 02:00–03:00 blocks 03:00–03:30, and a day that does not exist at all (Pacific/Apia,
 * 2011-12-30) blocks nothing. RFC 5545 keeps such an occurrence rather than dropping it (3.3.5,
 * 3.8.5.3); reading each end forward by the gap would leave it empty.
 */
export function wallToEpochDayExisting(zone: string, day: number, minutes: number): EpochMs {
  const info = zonedDay(zone, day);
  const local = info.local0 + minutes * MINUTE_MS;
  const { before, after, transition } = info;
  if (before === after || after < before) return resolve(info, local);
  const early = local - before;
  const late = local - after;
  // In the gap: too late for the old offset and too early for the new one.
  if (early >= transition && late < transition) return transition;
  return resolve(info, local);
}

/** The instant of a wall-clock date and time in `zone` (see the module comment for DST). */
export function wallToEpoch(date: string, minutes: number, zone: string): EpochMs {
  return wallToEpochDay(zone, dayNumber(date), minutes);
}

/** The instant the wall-clock day starts (its first existing moment; usually 00:00). */
export function startOfZonedDay(date: string, zone: string): EpochMs {
  return wallToEpochDay(zone, dayNumber(date), 0);
}

/** The instants of one wall-clock day, `[start of date, start of the next date)` (23, 24 or 25 h). */
export function zonedDayInterval(date: string, zone: string): Interval {
  const day = dayNumber(date);
  return { start: wallToEpochDay(zone, day, 0), end: wallToEpochDay(zone, day + 1, 0) };
}

/** Day number of the wall-clock date of an instant in `zone`. */
export function zonedDayNumber(ms: EpochMs, zone: string): number {
  return Math.floor((ms + zoneOffsetMs(zone, ms)) / DAY_MS);
}

/** The wall-clock date, time and weekday of an instant in `zone`. */
export function epochToWall(ms: EpochMs, zone: string): WallTime {
  const local = ms + zoneOffsetMs(zone, ms);
  const day = Math.floor(local / DAY_MS);
  return {
    date: dateOfDayNumber(day),
    minutes: (local - day * DAY_MS) / MINUTE_MS,
    dayOfWeek: dayOfWeekOfDayNumber(day),
  };
}

/** True when the wall time (`0 ≤ minutes < 1440`) occurs in `zone` (false inside a spring-forward gap). */
export function wallTimeExists(date: string, minutes: number, zone: string): boolean {
  const w = epochToWall(wallToEpoch(date, minutes, zone), zone);
  return w.date === date && w.minutes === minutes;
}
