/**
 * Repeat bookings (issue 20): the planned occurrences of a series, and the RRULE that describes
 * them in an `.ics`. Pure: the zone is an argument.
 *
 * Occurrences repeat in the business's wall-clock time (like closures, R7): a weekly Tuesday
 * 09:00 stays 09:00 local across daylight-saving changes. A wall time that does not exist on an
 * occurrence's day (inside a spring-forward gap) moves forward by the gap, as RFC 5545 §3.3.5
 * reads such a time. Monthly series keep the day of the month; in a month without that day (the
 * 31st in April, the 29th–31st in February) the occurrence falls on the month's last day, so a
 * series never silently skips a month (RFC 5545's RRULE would skip it; see `seriesRule`).
 */
import { dateOfDayNumber, dayNumber, epochToWall, wallToEpochDay } from './time.js';
import type { EpochMs } from './types.js';

export const SERIES_FREQUENCIES = ['weekly', 'biweekly', 'monthly'] as const;
export type SeriesFrequency = (typeof SERIES_FREQUENCIES)[number];

/** The most occurrences any series may have, whatever a service allows. */
export const MAX_SERIES_OCCURRENCES = 52;

export interface SeriesPlanInput {
  /** The first occurrence. */
  startMs: EpochMs;
  /** The business's zone: the wall time is kept in it. */
  timeZone: string;
  frequency: SeriesFrequency;
  /** At most this many occurrences (the first included). */
  count?: number;
  /** `yyyy-MM-dd` in `timeZone`, inclusive: no occurrence on a later day. */
  until?: string;
  /** The service's maximum; the plan never holds more. */
  maximum: number;
  /** Occurrences must start before this (the end of the booking window, R5). */
  endMs?: EpochMs;
}

function daysInMonth(year: number, month: number): number {
  const first = dayNumber(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`);
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = month === 12 ? 1 : month + 1;
  return dayNumber(`${String(nextYear).padStart(4, '0')}-${String(nextMonth).padStart(2, '0')}-01`) - first;
}

/** The day number of the `k`-th occurrence after the one on `date` (`k = 0` is `date` itself). */
export function occurrenceDay(date: string, frequency: SeriesFrequency, k: number): number {
  if (frequency === 'weekly') return dayNumber(date) + 7 * k;
  if (frequency === 'biweekly') return dayNumber(date) + 14 * k;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const months = y * 12 + (m - 1) + k;
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return dayNumber(
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );
}

/** The planned starts of a series, in order; the first is `startMs`. Empty when `count` is below 1. */
export function seriesOccurrences(input: SeriesPlanInput): EpochMs[] {
  const wall = epochToWall(input.startMs, input.timeZone);
  const limit = Math.max(0, Math.min(input.count ?? Infinity, input.maximum, MAX_SERIES_OCCURRENCES));
  const lastDay = input.until !== undefined ? dayNumber(input.until) : Infinity;
  const out: EpochMs[] = [];
  for (let k = 0; out.length < limit; k++) {
    const day = k === 0 ? dayNumber(wall.date) : occurrenceDay(wall.date, input.frequency, k);
    if (day > lastDay) break;
    const ms = k === 0 ? input.startMs : wallToEpochDay(input.timeZone, day, wall.minutes);
    if (input.endMs !== undefined && ms >= input.endMs) break;
    out.push(ms);
  }
  return out;
}

/**
 * The RRULE of a plan (RFC 5545 §3.3.10), for `DTSTART;TZID=<zone>` at the first occurrence's
 * wall time (`FREQ=WEEKLY;INTERVAL=2;COUNT=10`), or undefined when no simple rule says it: a
 * monthly plan that fell on a month's last day instead of the 29th–31st. The exact rule for that
 * (`BYMONTHDAY=28,…,31;BYSETPOS=-1`) is read wrongly by common calendar libraries (ical.js ignores
 * BYSETPOS), so such a plan is written as dates (`RDATE`) instead.
 */
export function seriesRule(frequency: SeriesFrequency, plannedDates: readonly string[]): string | undefined {
  const count = plannedDates.length;
  if (frequency === 'weekly') return `FREQ=WEEKLY;COUNT=${count}`;
  if (frequency === 'biweekly') return `FREQ=WEEKLY;INTERVAL=2;COUNT=${count}`;
  const day = plannedDates[0]?.slice(8, 10);
  return plannedDates.every((d) => d.slice(8, 10) === day) ? `FREQ=MONTHLY;COUNT=${count}` : undefined;
}

/** The `yyyy-MM-dd` date, in `zone`, of each instant (for messages and tests). */
export function occurrenceDates(starts: readonly EpochMs[], zone: string): string[] {
  return starts.map((ms) => epochToWall(ms, zone).date);
}

/** The last date a plan starting on `date` could reach with `maximum` occurrences (a bound for date pickers). */
export function seriesHorizon(date: string, frequency: SeriesFrequency, maximum: number): string {
  return maximum <= 1 ? date : dateOfDayNumber(occurrenceDay(date, frequency, maximum - 1));
}
