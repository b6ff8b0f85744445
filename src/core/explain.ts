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
  const staff = (chosen ? [chosen] : input.business.staffMembers).map((s) => explainStaff(input, setup, s, start));
  return { start, end, offered: staff.some((s) => s.reasons.length === 0), staff };
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

function explainStaff(input: SlotQueryInput, setup: Setup, staff: StaffMember, start: EpochMs): StaffExplanation {
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
      const reason: UnavailableReason = { code: 'closed', source: c.source, date: c.date, start: c.start, end: c.end };
      if (c.title !== undefined) reason.title = c.title;
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
  const bookings = [
    ...input.appointments
      .filter((a) => a.id !== input.ignoreAppointmentId)
      .map((a) => ({ ...a, holdId: undefined as string | undefined })),
    ...(input.holds ?? []).map((h) => ({
      id: undefined as string | undefined,
      holdId: h.id ?? '',
      staffMemberId: h.staffMemberId,
      serviceId: h.serviceId,
      start: h.start,
      end: h.end,
      preBuffer: h.preBuffer ?? 0,
      postBuffer: h.postBuffer ?? 0,
      attendees: h.attendees ?? 1,
    })),
  ];
  for (const b of bookings) {
    if (b.staffMemberId !== staff.id) continue;
    const bFrom = b.start - b.preBuffer;
    const bTo = b.end + b.postBuffer;
    if (bTo <= bFrom || !(bFrom < to && bTo > from)) continue;
    if (capacity > 1 && b.serviceId === service.id && b.start === start) {
      seatsTaken += b.attendees;
      if (b.id !== undefined) seatIds.push(b.id);
      continue;
    }
    const ids = b.id !== undefined ? { appointmentId: b.id } : { holdId: b.holdId ?? '' };
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
