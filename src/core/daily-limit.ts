/**
 * R22 Daily limit: a staff member with `maximumBookingsPerDay` takes at most that many bookings
 * starting on one day of their working-hours zone (R1: their own zone with their own hours, else
 * the business's). A class session (R8) counts once however many attendees it has, so a start
 * that joins a session already booked is never refused by the limit. Holds count like bookings:
 * they stand for a booking in progress.
 *
 * Shared by the engine (availability.ts: whole days become busy) and the explainer (explain.ts:
 * the `dailyLimit` reason), so the two give the same answer.
 */
import type { PrepareInput, Setup } from './schedule.js';
import { hoursOf } from './schedule.js';
import { dateOfDayNumber, wallToEpochDay, zonedDayNumber } from './time.js';
import type { EpochMs, StaffMember } from './types.js';

/** The staff member's limit, or undefined when they have none. */
export function dailyLimitOf(staff: StaffMember): number | undefined {
  const n = staff.maximumBookingsPerDay;
  return typeof n === 'number' && n > 0 ? n : undefined;
}

export interface DayCount {
  /** Day number in `zone` (days since 1970-01-01). */
  day: number;
  date: string;
  /** The day as instants, `[start, end)`. */
  start: EpochMs;
  end: EpochMs;
  /** Distinct bookings (sessions) starting that day. */
  bookings: number;
  /** `serviceId@start` of each session, so a class joined at its start is recognised. */
  sessions: Set<string>;
}

/** The zone whose days R22 counts in: the zone of the staff member's working hours. */
export function limitZone(setup: Setup, staff: StaffMember): string {
  return hoursOf(setup, staff).zone;
}

/**
 * Bookings per day for one staff member, over the days (in their hours zone) that `[lo, hi)`
 * touches. The appointment being moved (`ignoreAppointmentId`) does not count.
 */
export function bookingsPerDay(
  input: PrepareInput,
  setup: Setup,
  staff: StaffMember,
  lo: EpochMs,
  hi: EpochMs,
): Map<number, DayCount> {
  const zone = limitZone(setup, staff);
  const first = zonedDayNumber(lo, zone);
  const last = zonedDayNumber(Math.max(lo, hi - 1), zone);
  const from = wallToEpochDay(zone, first, 0);
  const to = wallToEpochDay(zone, last + 1, 0);
  const days = new Map<number, DayCount>();
  const add = (key: string, start: EpochMs): void => {
    if (start < from || start >= to) return;
    const day = zonedDayNumber(start, zone);
    let count = days.get(day);
    if (!count) {
      count = {
        day,
        date: dateOfDayNumber(day),
        start: wallToEpochDay(zone, day, 0),
        end: wallToEpochDay(zone, day + 1, 0),
        bookings: 0,
        sessions: new Set(),
      };
      days.set(day, count);
    }
    if (count.sessions.has(key)) return;
    count.sessions.add(key);
    count.bookings++;
  };
  for (const a of input.appointments) {
    if (a.staffMemberId !== staff.id || a.id === input.ignoreAppointmentId) continue;
    add(`${a.serviceId}@${a.start}`, a.start);
  }
  for (const h of input.holds ?? []) {
    if (h.staffMemberId !== staff.id) continue;
    add(h.serviceId === undefined ? `hold:${h.id ?? ''}@${h.start}` : `${h.serviceId}@${h.start}`, h.start);
  }
  return days;
}

/**
 * The days of `[lo, hi)` on which the staff member is at their limit, as sorted flat instant pairs
 * `[dayStart, dayEnd, …]`, with the sessions of each (a start joining one is still allowed).
 * Empty when the staff member has no limit.
 */
export function fullDays(
  input: PrepareInput,
  setup: Setup,
  staff: StaffMember,
  lo: EpochMs,
  hi: EpochMs,
): { pairs: number[]; sessions: Set<string>[] } {
  const limit = dailyLimitOf(staff);
  if (limit === undefined) return { pairs: [], sessions: [] };
  const full = [...bookingsPerDay(input, setup, staff, lo, hi).values()]
    .filter((d) => d.bookings >= limit)
    .sort((a, b) => a.start - b.start);
  return { pairs: full.flatMap((d) => [d.start, d.end]), sessions: full.map((d) => d.sessions) };
}
