/**
 * Personal calendars (R4): the busy time of staff whose availability follows their own calendar.
 * The backend asks a provider before a transaction opens (a transaction may only wait for the
 * store), and treats any failure as "could not be read": that staff member then offers no times
 * (fail closed) and the admin side says why.
 */
import type { PersonalCalendarState } from '../../core/engine-types.js';
import type { Interval } from '../../core/types.js';
import { toIso } from '../boundary.js';

/** A busy interval from a personal calendar: ISO strings or epoch milliseconds. */
export interface BusyInterval {
  start: string | number;
  end: string | number;
}

/**
 * Reads a staff member's personal calendar (R4) for `range` (ISO instants); `context` names the
 * business (staff ids are unique per business only). Throwing, or rejecting, means "could not be
 * read": that staff member then offers no times (fail closed).
 */
export type PersonalCalendarProvider = (
  staffMemberId: string,
  range: { start: string; end: string },
  context: { businessId: string },
) => readonly BusyInterval[] | Promise<readonly BusyInterval[]>;

function parseBusyInstant(v: string | number): number {
  return typeof v === 'number' ? v : Date.parse(v);
}

/** What the engine needs of one staff member's calendar over `range`: their busy time, or why it can't be read. */
export async function readPersonalCalendar(
  provider: PersonalCalendarProvider | undefined,
  businessId: string,
  staffMemberId: string,
  range: Interval,
): Promise<PersonalCalendarState> {
  if (!provider) return { status: 'unavailable', reason: 'No personal calendar is connected to this adapter.' };
  try {
    const busy = await provider(staffMemberId, { start: toIso(range.start), end: toIso(range.end) }, { businessId });
    const intervals: Interval[] = [];
    for (const b of busy) {
      const start = parseBusyInstant(b.start);
      const end = parseBusyInstant(b.end);
      if (!Number.isFinite(start) || !Number.isFinite(end)) {
        return { status: 'unavailable', reason: 'The calendar returned a busy time that is not a valid instant.' };
      }
      intervals.push({ start, end });
    }
    return { status: 'ok', busy: intervals };
  } catch (error) {
    return { status: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
  }
}
