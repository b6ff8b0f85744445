/**
 * The availability engine's inputs and outputs. Instants are epoch milliseconds; the business
 * configuration is the plain `Business` of types.ts (already validated by the schemas).
 */
import type { Business, BusyAppointment, EpochMs, Interval, StaffAssignment } from './types.js';

/** A wall-clock date and time (no zone): one occurrence of a recurrence. */
export interface WallDateTime {
  /** `yyyy-MM-dd`. */
  date: string;
  /** Minutes after wall midnight. */
  minutes: number;
}

/**
 * Expands one RRULE in wall-clock ("floating") time: the occurrences whose date lies in
 * `[fromDate, toDate]` (inclusive `yyyy-MM-dd`), in order. `dtstart` is the first occurrence;
 * when absent, the rule's own DTSTART or 2000-01-01 00:00. `core/recurrence.ts`'s
 * `expandRecurrence` is the implementation; load it with `loadRecurrenceExpander()`.
 */
export type RecurrenceExpander = (
  rule: string,
  dtstart: WallDateTime | undefined,
  fromDate: string,
  toDate: string,
  /**
   * The zone the wall times are in. A date-time `UNTIL` is an instant (RFC 5545: UTC), compared
   * with the occurrences' wall times in this zone; without it, in UTC. A date `UNTIL` includes
   * that whole wall-clock date either way.
   */
  zone?: string,
) => WallDateTime[];

/**
 * A provisional reservation (R11 `holdSlot`). Counted as busy like an appointment: widened by
 * its buffers when given, and taking `attendees` seats (default 1) of a class when it names the
 * class's service and start.
 */
export interface Hold {
  id?: string;
  staffMemberId: string;
  serviceId?: string;
  start: EpochMs;
  end: EpochMs;
  preBuffer?: number;
  postBuffer?: number;
  attendees?: number;
}

/**
 * A staff member's personal calendar (R4), for staff with
 * `availabilityIsAffectedByPersonalCalendar`. `unavailable` (or no entry at all) means it could
 * not be read: that staff member offers no times (fail closed) and the reason is explained.
 */
export type PersonalCalendarState =
  | { readonly status: 'ok'; readonly busy: readonly Interval[] }
  | {
      readonly status: 'unavailable';
      readonly reason?: string;
      /** When the calendar was last read successfully, if ever: "calendar not synced since …". */
      readonly lastSyncedAt?: EpochMs;
    };

export interface AvailabilityInput {
  business: Business;
  serviceId: string;
  /** One staff member; absent = Anyone (R9): the union over every eligible staff member. */
  staffMemberId?: string;
  /** Slots whose start lies in `[range.start, range.end)` are returned. */
  range: Interval;
  now: EpochMs;
  /** Active (not cancelled) appointments of the business; any service, any staff member. */
  appointments: readonly BusyAppointment[];
  /** Rescheduling: this appointment does not block its own new time. */
  ignoreAppointmentId?: string;
  holds?: readonly Hold[];
  /** Keyed by staff member id. */
  personalCalendars?: Readonly<Record<string, PersonalCalendarState>>;
  /**
   * Needed when the configuration has an RRULE (closures, repeating time off; see
   * `needsRecurrence`). The engine throws rather than ignore a rule it cannot expand.
   */
  recurrence?: RecurrenceExpander;
  /**
   * A length other than the service's `defaultDuration`, in milliseconds: a resized appointment
   * (the back office drags its end). R4 then checks the whole `[start, start + durationMs)`.
   */
  durationMs?: number;
}

/** One bookable start. `remainingCapacity`: how many more bookings this start can take. */
export interface Slot {
  start: EpochMs;
  end: EpochMs;
  /** The staff members free at this start, in the business's staff order. */
  staffMemberIds: string[];
  /**
   * One-to-one service: the number of free staff members (1 for a chosen staff member).
   * Class (R8): the seats left; under Anyone, the sum of the seats left in each listed staff
   * member's class, i.e. how many more customers can book this start.
   */
  remainingCapacity: number;
}

/** Why a staff member cannot take a start (explainer). Instants are epoch ms. */
export type UnavailableReason =
  | { code: 'notBookable' }
  | { code: 'notAssignedToService'; serviceId: string }
  /** `[start, end)` is not inside one working window; `windows` are that day's, in `timeZone`. */
  | { code: 'outsideWorkingHours'; timeZone: string; date: string; windows: Interval[] }
  /** Inside a window but between grid steps: `previous` and `next` are the nearest grid starts. */
  | { code: 'offGrid'; timeSlotInterval: string; previous: EpochMs; next: EpochMs }
  /** The appointment (or hold) itself overlaps `[start, end)`. */
  | { code: 'staffBusy'; appointmentId?: string; holdId?: string; serviceId?: string; start: EpochMs; end: EpochMs }
  /** Only the buffers overlap: `preBuffer`/`postBuffer` (ms) are the new slot's, `other*` the appointment's. */
  | {
      code: 'buffer';
      appointmentId?: string;
      holdId?: string;
      start: EpochMs;
      end: EpochMs;
      preBuffer: number;
      postBuffer: number;
      otherPreBuffer: number;
      otherPostBuffer: number;
    }
  | { code: 'minimumLeadTime'; minimumLeadTime: string; earliestStart: EpochMs }
  /** `latestStart` is exclusive: starts must be before it. */
  | { code: 'beyondMaximumAdvance'; maximumAdvance: string; latestStart: EpochMs }
  /**
   * A closure or closed dates. `scope`: the business's (closes every service, also one with its
   * own policy) or the service's own. Closed dates name their range (`startDate`–`endDate`).
   */
  | {
      code: 'closed';
      source: 'closure' | 'customAvailability';
      scope: 'business' | 'service';
      title?: string;
      date: string;
      startDate?: string;
      endDate?: string;
      start: EpochMs;
      end: EpochMs;
    }
  | { code: 'timeOff'; timeOffId: string; title?: string; start: EpochMs; end: EpochMs }
  | { code: 'capacityFull'; maximumAttendeesCount: number; attendees: number; appointmentIds: string[] }
  | { code: 'personalCalendarBusy'; start: EpochMs; end: EpochMs }
  /**
   * R22: the staff member already has `bookings` bookings (a class session counts once) starting
   * on `date` (their working-hours zone), their `maximumBookingsPerDay`.
   */
  | { code: 'dailyLimit'; maximumBookingsPerDay: number; bookings: number; date: string; timeZone: string }
  | { code: 'personalCalendarUnavailable'; reason?: string; lastSyncedAt?: EpochMs };

export type UnavailableReasonCode = UnavailableReason['code'];

export interface StaffExplanation {
  staffMemberId: string;
  displayName: string;
  /** Empty ⇔ this staff member offers the start. */
  reasons: UnavailableReason[];
  /** Seats left for this staff member at this start when offered (1 for one-to-one). */
  remainingCapacity: number;
}

export interface AvailabilityExplanation {
  start: EpochMs;
  end: EpochMs;
  /** True when at least one listed staff member has no reasons. */
  offered: boolean;
  /** The chosen staff member, or every staff member of the business (Anyone). */
  staff: StaffExplanation[];
}

/** Result of the re-check inside book/reschedule (R11). */
export interface SlotCheck {
  bookable: boolean;
  start: EpochMs;
  end: EpochMs;
  /** Staff members free at this start (the chosen one, or the candidates for R9 assignment). */
  staffMemberIds: string[];
  remainingCapacity: number;
  explanation: StaffExplanation[];
}

export interface AssignStaffInput {
  strategy: StaffAssignment;
  /** The staff members free at the slot (a `Slot`'s or `SlotCheck`'s `staffMemberIds`). */
  candidates: readonly string[];
  /** The slot being booked. */
  slot: Interval;
  /** Existing active appointments (any service): the history fair strategies look at. */
  appointments: readonly BusyAppointment[];
  /** The business zone: "that day" for `leastBooked`. */
  timeZone: string;
  /** `leastBooked`'s second criterion: appointments starting in this window (default: all given). */
  window?: Interval;
  /** `roundRobin` rotates within this service's appointments (default: all services). */
  serviceId?: string;
  /** Last assignment per staff member; default: the latest `createdAt ?? start` among `appointments`. */
  lastAssignedAt?: Readonly<Record<string, EpochMs>>;
  /** Required by `random`: a source in `[0, 1)` (the adapter's injectable `random`). */
  random?: () => number;
}

export type { StaffAssignment };
