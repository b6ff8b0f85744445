/**
 * The availability engine (R1, R3–R5, R7–R10): hours → windows → grid starts → minus busy time.
 *
 * Hot path: epoch-ms integers only. Zones are converted at day boundaries through time.ts's
 * per-(zone, day) cache; busy time is collected, sorted and merged once per staff member, then
 * swept with a pointer while the grid walks forward; no Date or Intl object per slot.
 * `explain.ts` answers the same question for one start with reasons; the tests hold the two
 * to the same answers.
 */
import { fullDays } from './daily-limit.js';
import type { AvailabilityInput, Hold, Slot } from './engine-types.js';
import { bookingWindow, effectivePolicy } from './policy.js';
import {
  mergePairs,
  findService,
  findStaff,
  isEligible,
  personalCalendarProblem,
  prepare,
  staffTimeOff,
  staffWindows,
  type Setup,
} from './schedule.js';
import type { AvailableSlot, BusyAppointment, EpochMs, StaffMember } from './types.js';

/** A seat-taking booking of the class being computed (R8): same staff member, same service. */
interface Seat {
  /** Widened by its own buffers. */
  from: EpochMs;
  to: EpochMs;
  start: EpochMs;
  attendees: number;
}

/**
 * Bookable slots for a service, one staff member or Anyone, sorted by start.
 * Throws RangeError for an unknown service or staff member, TypeError when the configuration
 * has an RRULE and `input.recurrence` is missing.
 */
export function computeAvailability(input: AvailabilityInput): Slot[] {
  const { business } = input;
  const probe = prepareOrNull(input);
  if (!probe) return [];
  const { setup, lo, hi } = probe;
  const { service, duration, preBuffer, postBuffer } = setup;

  const chosen = input.staffMemberId === undefined ? undefined : findStaff(business, input.staffMemberId);
  const staffList = (chosen ? [chosen] : business.staffMembers).filter(
    (s) => isEligible(s, service) && !personalCalendarProblem(input, s),
  );
  if (staffList.length === 0) return [];

  // Busy time that can touch a candidate `[start − pre, end + post)` with start in [lo, hi).
  const busyFrom = lo - preBuffer;
  const busyTo = hi + duration + postBuffer;
  const index = new Map<string, number>();
  staffList.forEach((s, i) => index.set(s.id, i));
  const busy: number[][] = staffList.map(() => []);
  const seats: Seat[][] = staffList.map(() => []);
  const isClass = setup.capacity > 1;
  const collect = (
    staffMemberId: string,
    serviceId: string | undefined,
    start: EpochMs,
    end: EpochMs,
    pre: number,
    post: number,
    attendees: number,
  ): void => {
    const i = index.get(staffMemberId);
    if (i === undefined) return;
    const from = start - pre;
    const to = end + post;
    if (to <= busyFrom || from >= busyTo || to <= from) return;
    if (isClass && serviceId === service.id) seats[i].push({ from, to, start, attendees });
    else busy[i].push(from, to);
  };
  for (const a of input.appointments) {
    if (a.id === input.ignoreAppointmentId) continue;
    collect(a.staffMemberId, a.serviceId, a.start, a.end, a.preBuffer, a.postBuffer, a.attendees);
  }
  for (const h of input.holds ?? []) collectHold(collect, h);

  const perStaff: { starts: number[]; caps: number[] }[] = [];
  for (let i = 0; i < staffList.length; i++) {
    const staff = staffList[i];
    const intervals = busy[i];
    addStaffBusy(input, setup, staff, intervals, busyFrom, busyTo);
    const merged = mergePairs(intervals);
    const classSeats = seats[i];
    classSeats.sort((a, b) => a.from - b.from);
    const starts: number[] = [];
    const caps: number[] = [];
    const limit = fullDays(input, setup, staff, lo, hi);
    walkGrid(setup, staffWindows(setup, staff, lo, hi), merged, classSeats, limit, lo, hi, starts, caps);
    perStaff.push({ starts, caps });
  }
  return mergeStaff(staffList, perStaff, duration);
}

/** The setup and the start window `[lo, hi)` (range ∩ R5), or null when it is empty. */
function prepareOrNull(input: AvailabilityInput): { setup: Setup; lo: EpochMs; hi: EpochMs } | null {
  const { earliest, latest } = bookingWindow(
    effectivePolicy(input.business, findService(input.business, input.serviceId)),
    input.now,
  );
  const lo = Math.max(input.range.start, earliest);
  const hi = Math.min(input.range.end, latest);
  if (lo >= hi) return null;
  return { setup: prepare(input, lo, hi), lo, hi };
}

function collectHold(
  collect: (id: string, svc: string | undefined, s: number, e: number, pre: number, post: number, n: number) => void,
  h: Hold,
): void {
  collect(h.staffMemberId, h.serviceId, h.start, h.end, h.preBuffer ?? 0, h.postBuffer ?? 0, h.attendees ?? 1);
}

/** Adds closures, time off and personal busy time to a staff member's busy pairs. */
function addStaffBusy(
  input: AvailabilityInput,
  setup: Setup,
  staff: StaffMember,
  out: number[],
  from: EpochMs,
  to: EpochMs,
): void {
  for (const c of setup.closed) if (c.end > from && c.start < to) out.push(c.start, c.end);
  for (const t of staffTimeOff(setup, staff, from, to)) out.push(t.start, t.end);
  if (staff.availabilityIsAffectedByPersonalCalendar) {
    const state = input.personalCalendars?.[staff.id];
    if (state?.status === 'ok') {
      for (const b of state.busy) if (b.end > from && b.start < to && b.end > b.start) out.push(b.start, b.end);
    }
  }
}

/**
 * R3 + R4 + R8 + R22 for one staff member: walks each window's grid from the window start and
 * keeps the starts in `[lo, hi)` whose buffered interval misses every busy interval and whose day
 * is not at the daily limit (unless the start joins a class session already booked). `busy` and
 * the full days are sorted, so forward pointers serve the whole walk.
 */
function walkGrid(
  setup: Setup,
  windows: readonly number[],
  busy: readonly number[],
  seats: readonly Seat[],
  limit: { pairs: readonly number[]; sessions: readonly Set<string>[] },
  lo: EpochMs,
  hi: EpochMs,
  starts: number[],
  caps: number[],
): void {
  const { duration, preBuffer, postBuffer, step, capacity } = setup;
  const nBusy = busy.length;
  let p = 0;
  let q = 0;
  let r = 0;
  const full = limit.pairs;
  let maxSeatSpan = 0;
  for (const s of seats) maxSeatSpan = Math.max(maxSeatSpan, s.to - s.from);
  for (let w = 0; w < windows.length; w += 2) {
    const ws = windows[w];
    const we = windows[w + 1];
    if (we - duration < lo || ws >= hi) continue;
    let s = ws < lo ? ws + Math.ceil((lo - ws) / step) * step : ws;
    const last = Math.min(we - duration, hi - 1);
    for (; s <= last; s += step) {
      const a = s - preBuffer;
      const b = s + duration + postBuffer;
      while (p < nBusy && busy[p + 1] <= a) p += 2;
      if (p < nBusy && busy[p] < b) continue;
      // R22: a full day takes no new session; a seat in a session already booked is no new booking.
      while (r < full.length && full[r + 1] <= s) r += 2;
      if (r < full.length && full[r] <= s && !(capacity > 1 && limit.sessions[r / 2].has(`${setup.service.id}@${s}`))) {
        continue;
      }
      let left = capacity;
      if (seats.length > 0) {
        // Seats are sorted by their widened start; none can overlap `a` if it starts before a − span.
        while (q < seats.length && seats[q].from < a - maxSeatSpan) q++;
        let clash = false;
        for (let k = q; k < seats.length && seats[k].from < b; k++) {
          const seat = seats[k];
          if (seat.to <= a) continue;
          if (seat.start !== s) {
            clash = true;
            break;
          }
          left -= seat.attendees;
        }
        if (clash || left <= 0) continue;
      }
      starts.push(s);
      caps.push(left);
    }
  }
}

/** The union over staff (R9): one slot per start, listing who is free, capacities summed. */
function mergeStaff(
  staffList: readonly StaffMember[],
  perStaff: { starts: number[]; caps: number[] }[],
  duration: number,
): Slot[] {
  const out: Slot[] = [];
  if (perStaff.length === 1) {
    const { starts, caps } = perStaff[0];
    const ids = [staffList[0].id];
    for (let i = 0; i < starts.length; i++) {
      out.push({
        start: starts[i],
        end: starts[i] + duration,
        staffMemberIds: ids.slice(),
        remainingCapacity: caps[i],
      });
    }
    return out;
  }
  const k = perStaff.length;
  const heads = new Array<number>(k).fill(0);
  for (;;) {
    let min = Infinity;
    for (let i = 0; i < k; i++) {
      const list = perStaff[i].starts;
      const h = heads[i];
      if (h < list.length && list[h] < min) min = list[h]!;
    }
    if (min === Infinity) return out;
    const ids: string[] = [];
    let capacity = 0;
    for (let i = 0; i < k; i++) {
      const { starts, caps } = perStaff[i];
      const h = heads[i];
      if (h < starts.length && starts[h] === min) {
        ids.push(staffList[i].id);
        capacity += caps[h];
        heads[i] = h + 1;
      }
    }
    out.push({ start: min, end: min + duration, staffMemberIds: ids, remainingCapacity: capacity });
  }
}

/** ISO-8601 form of an instant, as adapters return it (UTC, `Z`). */
export function toIso(ms: EpochMs): string {
  return new Date(ms).toISOString();
}

/** The adapter-boundary form of a slot (R2: instants; the page formats them in the viewer's zone). */
export function toAvailableSlot(slot: Slot, iso: (ms: EpochMs) => string = toIso): AvailableSlot {
  return {
    start: iso(slot.start),
    end: iso(slot.end),
    staffMemberIds: slot.staffMemberIds.slice(),
    remainingCapacity: slot.remainingCapacity,
  };
}

/** `iso`: `toIso`, or a caller's faster equivalent (the server's keeps the texts of recent instants). */
export function toAvailableSlots(slots: readonly Slot[], iso?: (ms: EpochMs) => string): AvailableSlot[] {
  return slots.map((slot) => toAvailableSlot(slot, iso));
}

/** Appointments as the engine sees them, for callers holding ISO strings. */
export function busyAppointment(
  a: Omit<BusyAppointment, 'start' | 'end'> & { start: string; end: string },
): BusyAppointment {
  return { ...a, start: Date.parse(a.start), end: Date.parse(a.end) };
}
