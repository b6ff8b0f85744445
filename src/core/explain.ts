/**
 * "Why is this slot not offered?" (admin) and the re-check inside book/reschedule (R11).
 *
 * The same rules as availability.ts, asked for one start and collecting every reason instead of
 * stopping at the first; it scans the raw lists linearly, which is cheap for one start. The
 * tests check that an empty reason list ⇔ the engine offers the start.
 */
import type {
  AvailabilityExplanation,
  AvailabilityInput,
  SlotCheck,
  StaffExplanation,
  UnavailableReason,
} from './engine-types.js';
import { bookingsPerDay, dailyLimitOf, limitZone } from './daily-limit.js';
import {
  findStaff,
  hoursOf,
  isEligible,
  personalCalendarProblem,
  prepare,
  staffTimeOff,
  staffWindows,
  type Setup,
} from './schedule.js';
import { epochToWall, zonedDayInterval } from './time.js';
import type { EpochMs, StaffMember } from './types.js';

/** An availability input whose range does not matter (one start is asked about). */
export type SlotQueryInput = Omit<AvailabilityInput, 'range'> & { range?: AvailabilityInput['range'] };

/**
 * Per staff member (the chosen one, or everyone in the business under Anyone), the reasons the
 * start is not offered for `input.serviceId`. The range is ignored; R5 is not.
 */
export function explainAvailability(input: SlotQueryInput, start: EpochMs): AvailabilityExplanation {
  const setup = prepare(input, start, start + 1);
  const end = start + setup.duration;
  const chosen = input.staffMemberId === undefined ? undefined : findStaff(input.business, input.staffMemberId);
  const near = nearbyBookings(input, start - setup.preBuffer, end + setup.postBuffer);
  const staff = (chosen ? [chosen] : input.business.staffMembers).map((s) =>
    explainStaff(input, setup, s, start, near.get(s.id) ?? []),
  );
  return { start, end, offered: staff.some((s) => s.reasons.length === 0), staff };
}

/** An appointment or a hold, as the explainer compares them. */
interface Booking {
  appointmentId?: string;
  holdId?: string;
  serviceId?: string;
  start: EpochMs;
  end: EpochMs;
  preBuffer: number;
  postBuffer: number;
  attendees: number;
}

/** Appointments and holds whose buffered time overlaps `[from, to)`, by staff member: one pass. */
function nearbyBookings(input: SlotQueryInput, from: EpochMs, to: EpochMs): Map<string, Booking[]> {
  const near = new Map<string, Booking[]>();
  const add = (staffMemberId: string, b: Booking): void => {
    const bFrom = b.start - b.preBuffer;
    const bTo = b.end + b.postBuffer;
    if (bTo <= bFrom || bFrom >= to || bTo <= from) return;
    const list = near.get(staffMemberId);
    if (list) list.push(b);
    else near.set(staffMemberId, [b]);
  };
  for (const a of input.appointments) {
    if (a.id === input.ignoreAppointmentId) continue;
    const { id, serviceId, start, end, preBuffer, postBuffer, attendees } = a;
    add(a.staffMemberId, { appointmentId: id, serviceId, start, end, preBuffer, postBuffer, attendees });
  }
  for (const h of input.holds ?? []) {
    const b: Booking = {
      holdId: h.id ?? '',
      start: h.start,
      end: h.end,
      preBuffer: h.preBuffer ?? 0,
      postBuffer: h.postBuffer ?? 0,
      attendees: h.attendees ?? 1,
    };
    if (h.serviceId !== undefined) b.serviceId = h.serviceId;
    add(h.staffMemberId, b);
  }
  return near;
}

/**
 * R11: is `start` still bookable, for `staffMemberId` or (absent) for anyone eligible?
 * `staffMemberIds` lists who is free, for `assignStaff` under Anyone.
 */
export function checkSlotBookable(input: SlotQueryInput, start: EpochMs, staffMemberId?: string): SlotCheck {
  const query: SlotQueryInput = { ...input };
  if (staffMemberId === undefined) delete query.staffMemberId;
  else query.staffMemberId = staffMemberId;
  const explanation = explainAvailability(query, start);
  const free = explanation.staff.filter((s) => s.reasons.length === 0);
  return {
    bookable: free.length > 0,
    start,
    end: explanation.end,
    staffMemberIds: free.map((s) => s.staffMemberId),
    remainingCapacity: free.reduce((sum, s) => sum + s.remainingCapacity, 0),
    explanation: explanation.staff,
  };
}

function explainStaff(
  input: SlotQueryInput,
  setup: Setup,
  staff: StaffMember,
  start: EpochMs,
  bookings: readonly Booking[],
): StaffExplanation {
  const { service, duration, preBuffer, postBuffer, step, capacity } = setup;
  const end = start + duration;
  const from = start - preBuffer;
  const to = end + postBuffer;
  const reasons: UnavailableReason[] = [];

  if (!staff.isBookable) reasons.push({ code: 'notBookable' });
  if (!isEligible({ ...staff, isBookable: true }, service)) {
    reasons.push({ code: 'notAssignedToService', serviceId: service.id });
  }
  const calendar = personalCalendarProblem(input, staff);
  if (calendar) reasons.push({ code: 'personalCalendarUnavailable', ...calendar });

  // R5
  if (start < setup.earliest) {
    reasons.push({
      code: 'minimumLeadTime',
      minimumLeadTime: setup.policy.minimumLeadTime,
      earliestStart: setup.earliest,
    });
  }
  if (start >= setup.latest) {
    reasons.push({
      code: 'beyondMaximumAdvance',
      maximumAdvance: setup.policy.maximumAdvance,
      latestStart: setup.latest,
    });
  }

  // R3 + R4: inside one working window, on its grid.
  const windows = staffWindows(setup, staff, start, start + 1);
  let inside = -1;
  for (let w = 0; w < windows.length; w += 2) {
    if (windows[w] <= start && end <= windows[w + 1]) inside = w;
  }
  if (inside < 0) {
    const { zone } = hoursOf(setup, staff);
    const date = epochToWall(start, zone).date;
    const day = zonedDayInterval(date, zone);
    const sameDay = [];
    for (let w = 0; w < windows.length; w += 2) {
      if (windows[w] >= day.start && windows[w] < day.end) sameDay.push({ start: windows[w], end: windows[w + 1] });
    }
    reasons.push({ code: 'outsideWorkingHours', timeZone: zone, date, windows: sameDay });
  } else {
    const offset = (start - windows[inside]) % step;
    if (offset !== 0) {
      reasons.push({
        code: 'offGrid',
        timeSlotInterval: setup.policy.timeSlotInterval,
        previous: start - offset,
        next: start - offset + step,
      });
    }
  }

  // R7: closures and time off.
  for (const c of setup.closed) {
    if (c.start < to && c.end > from) {
      const reason: UnavailableReason = {
        code: 'closed',
        source: c.source,
        scope: c.scope,
        date: c.date,
        start: c.start,
        end: c.end,
      };
      if (c.title !== undefined) reason.title = c.title;
      if (c.startDate !== undefined) reason.startDate = c.startDate;
      if (c.endDate !== undefined) reason.endDate = c.endDate;
      reasons.push(reason);
    }
  }
  for (const t of staffTimeOff(setup, staff, from, to)) {
    const reason: UnavailableReason = { code: 'timeOff', timeOffId: t.id, start: t.start, end: t.end };
    if (t.title !== undefined) reason.title = t.title;
    reasons.push(reason);
  }

  // R4 + R8: other bookings, with their buffers; seats of this class at this very start.
  let seatsTaken = 0;
  const seatIds: string[] = [];
  for (const b of bookings) {
    if (capacity > 1 && b.serviceId === service.id && b.start === start) {
      seatsTaken += b.attendees;
      if (b.appointmentId !== undefined) seatIds.push(b.appointmentId);
      continue;
    }
    const ids = b.appointmentId !== undefined ? { appointmentId: b.appointmentId } : { holdId: b.holdId ?? '' };
    if (b.start < end && b.end > start) {
      const reason: UnavailableReason = { code: 'staffBusy', ...ids, start: b.start, end: b.end };
      if (b.serviceId !== undefined) reason.serviceId = b.serviceId;
      reasons.push(reason);
    } else {
      reasons.push({
        code: 'buffer',
        ...ids,
        start: b.start,
        end: b.end,
        preBuffer,
        postBuffer,
        otherPreBuffer: b.preBuffer,
        otherPostBuffer: b.postBuffer,
      });
    }
  }
  if (seatsTaken >= capacity) {
    reasons.push({
      code: 'capacityFull',
      maximumAttendeesCount: capacity,
      attendees: seatsTaken,
      appointmentIds: seatIds,
    });
  }

  // R22: the day's bookings; a seat in a class session already booked is no new booking.
  const limit = dailyLimitOf(staff);
  if (limit !== undefined) {
    const day = bookingsPerDay(input, setup, staff, start, start + 1)
      .values()
      .next().value;
    if (day && day.bookings >= limit && !(capacity > 1 && day.sessions.has(`${service.id}@${start}`))) {
      reasons.push({
        code: 'dailyLimit',
        maximumBookingsPerDay: limit,
        bookings: day.bookings,
        date: day.date,
        timeZone: limitZone(setup, staff),
      });
    }
  }

  // R4: personal calendar busy time.
  if (staff.availabilityIsAffectedByPersonalCalendar) {
    const state = input.personalCalendars?.[staff.id];
    if (state?.status === 'ok') {
      for (const b of state.busy) {
        if (b.start < to && b.end > from && b.end > b.start) {
          reasons.push({ code: 'personalCalendarBusy', start: b.start, end: b.end });
        }
      }
    }
  }

  return {
    staffMemberId: staff.id,
    displayName: staff.displayName,
    reasons,
    remainingCapacity: reasons.length === 0 ? capacity - seatsTaken : 0,
  };
}
