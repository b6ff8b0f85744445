// Builders for engine tests: a small valid business, wall-clock helpers, appointments.
import type {
  AvailabilityInput,
  Business,
  BusyAppointment,
  SchedulingPolicy,
  Service,
  Slot,
  StaffMember,
  WorkHours,
} from '../../src/core/index.js';
import {
  addDays,
  epochToWall,
  formatTimeOfDay,
  parseTimeOfDay,
  startOfZonedDay,
  wallToEpoch,
} from '../../src/core/index.js';

export const CPH = 'Europe/Copenhagen';
export const NYC = 'America/New_York';
export const LORD_HOWE = 'Australia/Lord_Howe';
export const KOLKATA = 'Asia/Kolkata';
export const CHATHAM = 'Pacific/Chatham';
export const ZONES = [CPH, NYC, LORD_HOWE, KOLKATA, CHATHAM] as const;

/** Daylight-saving days of 2026 (Kolkata has none): [spring-forward date, fall-back date]. */
export const DST_DAYS: Record<string, [string, string] | null> = {
  [CPH]: ['2026-03-29', '2026-10-25'],
  [NYC]: ['2026-03-08', '2026-11-01'],
  [LORD_HOWE]: ['2026-10-04', '2026-04-05'],
  [CHATHAM]: ['2026-09-27', '2026-04-05'],
  [KOLKATA]: null,
};

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

/** The instant of `yyyy-MM-dd` + `HH:mm` in `zone`. */
export function at(date: string, time: string, zone: string = CPH): number {
  const minutes = parseTimeOfDay(time);
  if (minutes === null) throw new Error(`bad time ${time}`);
  return wallToEpoch(date, minutes, zone);
}

/** `yyyy-MM-dd HH:mm` of an instant in `zone`. */
export function wall(ms: number, zone: string = CPH): string {
  const w = epochToWall(ms, zone);
  return `${w.date} ${formatTimeOfDay(w.minutes)}`;
}

/** `HH:mm` of each slot start in `zone`. */
export function times(slots: readonly Slot[], zone: string = CPH): string[] {
  return slots.map((s) => formatTimeOfDay(epochToWall(s.start, zone).minutes));
}

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
export const ALL_DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** The same windows (`'09:00-12:00'`) on each of `days`. */
export function hours(windows: string[], days: readonly WorkHours['day'][] = WEEKDAYS): WorkHours[] {
  return days.map((day) => ({
    day,
    timeSlots: windows.map((w) => {
      const [startTime, endTime] = w.split('-') as [string, string];
      return { startTime, endTime };
    }),
  }));
}

export function policy(overrides: Partial<SchedulingPolicy> = {}): SchedulingPolicy {
  return {
    timeSlotInterval: 'PT30M',
    minimumLeadTime: 'PT0M',
    maximumAdvance: 'P365D',
    allowStaffSelection: true,
    staffAssignment: 'random',
    ...overrides,
  };
}

export function staff(id: string, overrides: Partial<StaffMember> = {}): StaffMember {
  return {
    id,
    displayName: id.toUpperCase(),
    role: 'teamMember',
    useBusinessHours: true,
    availabilityIsAffectedByPersonalCalendar: false,
    timeZone: null,
    isBookable: true,
    ...overrides,
  };
}

export function service(overrides: Partial<Service> = {}): Service {
  return {
    id: 'svc',
    displayName: 'Service',
    defaultDuration: 'PT30M',
    preBuffer: 'PT0M',
    postBuffer: 'PT0M',
    defaultPriceType: 'free',
    isLocationOnline: false,
    maximumAttendeesCount: 1,
    staffMemberIds: ['anna', 'ben'],
    isHiddenFromCustomers: false,
    isCustomerAllowedToManageBooking: true,
    smsNotificationsEnabled: false,
    isEmailRequired: true,
    ...overrides,
  };
}

export function business(overrides: Partial<Business> = {}): Business {
  return {
    id: 'contoso',
    displayName: 'Contoso',
    businessTimeZone: CPH,
    businessHours: hours(['09:00-12:00']),
    schedulingPolicy: policy(),
    bookingPageSettings: {
      isPublished: true,
      accessControl: 'unrestricted',
      isCustomerConsentEnabled: false,
      isTimeSlotTimeZoneSetToBusinessTimeZone: false,
    },
    customQuestions: [],
    services: [service()],
    staffMembers: [staff('anna'), staff('ben')],
    timeOff: [],
    ...overrides,
  };
}

let nextId = 0;

export function appointment(
  staffMemberId: string,
  start: number,
  minutes: number,
  overrides: Partial<BusyAppointment> = {},
): BusyAppointment {
  return {
    id: `a${++nextId}`,
    serviceId: 'svc',
    staffMemberId,
    start,
    end: start + minutes * MIN,
    preBuffer: 0,
    postBuffer: 0,
    attendees: 1,
    ...overrides,
  };
}

/** An input for one business-zone day (or `days` days), with `now` a month before. */
export function dayInput(
  biz: Business,
  date: string,
  overrides: Partial<AvailabilityInput> = {},
  days = 1,
): AvailabilityInput {
  const start = startOfZonedDay(date, biz.businessTimeZone);
  return {
    business: biz,
    serviceId: 'svc',
    range: { start, end: startOfZonedDay(addDays(date, days), biz.businessTimeZone) },
    now: start - 30 * DAY,
    appointments: [],
    ...overrides,
  };
}
