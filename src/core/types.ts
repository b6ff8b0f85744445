/**
 * The business model as plain data. Field names follow Microsoft Graph's bookingBusiness
 * (DESIGN.md). core owns these types; `src/schemas` validates unknown input into them (the
 * schemas' inferred types are checked to be assignable here), so core never imports a validator.
 *
 * Conventions: durations are ISO-8601 strings (`PT30M`); times of day are wall-clock `HH:mm`;
 * dates are `yyyy-MM-dd` in the business zone; instants are ISO-8601 strings at the boundary
 * and epoch milliseconds (`EpochMs`) inside the engine.
 */
import type { MessageTemplates } from './message-templates.js';

/** Milliseconds since 1970-01-01T00:00:00Z. The engine's only instant type. */
export type EpochMs = number;

/** A half-open interval `[start, end)` of instants. */
export interface Interval {
  start: EpochMs;
  end: EpochMs;
}

export type DayOfWeek = 'sunday' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday';

/** A wall-clock window within one day, `HH:mm`–`HH:mm` (end after start; `24:00` allowed as end). */
export interface TimeSlot {
  startTime: string;
  endTime: string;
}

export interface WorkHours {
  day: DayOfWeek;
  timeSlots: TimeSlot[];
}

export type StaffAssignment = 'random' | 'roundRobin' | 'leastBooked';

export interface CustomAvailability {
  /** First day, inclusive, `yyyy-MM-dd` in the business zone. */
  startDate: string;
  /** Last day, inclusive. */
  endDate: string;
  availabilityType: 'notBookable' | 'customWeeklyHours';
  /** With `customWeeklyHours`: the hours that replace the weekly hours on those dates. */
  businessHours?: WorkHours[];
}

/** A recurring closure for everyone (R7). Whole days unless `startTime`/`endTime` are given. */
export interface Closure {
  rrule: string;
  title?: string;
  /** First occurrence's date (defaults to the rule's own DTSTART or 2000-01-01). */
  startDate?: string;
  startTime?: string;
  endTime?: string;
}

export interface SchedulingPolicy {
  timeSlotInterval: string;
  minimumLeadTime: string;
  maximumAdvance: string;
  allowStaffSelection: boolean;
  sendConfirmationsToOwner?: boolean;
  staffAssignment?: StaffAssignment;
  customAvailabilities?: CustomAvailability[];
  closures?: Closure[];
}

export interface Address {
  street?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  countryOrRegion?: string;
}

export interface BookingPageSettings {
  isPublished: boolean;
  accessControl: 'unrestricted' | 'restrictedToOrganization';
  isCustomerConsentEnabled: boolean;
  customerConsentMessage?: string;
  privacyPolicyWebUrl?: string;
  termsAndConditionsWebUrl?: string;
  isTimeSlotTimeZoneSetToBusinessTimeZone: boolean;
  bookingPageColorCode?: string;
}

export type AnswerInputType = 'text' | 'radioButton' | 'checkbox' | 'multiline';

export interface CustomQuestion {
  id: string;
  displayName: string;
  answerInputType: AnswerInputType;
  /** Choices for `radioButton`. */
  answerOptions?: string[];
}

export interface QuestionAssignment {
  questionId: string;
  isRequired: boolean;
}

export interface Reminder {
  /** How long before the start, ISO-8601 duration. */
  offset: string;
  recipients: 'allAttendees' | 'staff' | 'customer';
  message: string;
}

export type PriceType =
  'undefined' | 'fixedPrice' | 'startingAt' | 'hourly' | 'free' | 'priceVaries' | 'callUs' | 'notSet';

/**
 * Where the join links of online appointments come from (R16): a Jitsi Meet server (`baseUrl`,
 * default https://meet.jit.si) with an unguessable room per appointment, a URL template whose
 * `{room}` is such a room name, or the `meetingLinks` hook the adapter or server was given
 * (Teams, Zoom, Google Meet, …).
 */
export interface MeetingProvider {
  kind: 'jitsi' | 'urlTemplate' | 'hook';
  baseUrl?: string;
  urlTemplate?: string;
}

export interface Service {
  id: string;
  displayName: string;
  description?: string;
  defaultDuration: string;
  preBuffer: string;
  postBuffer: string;
  defaultPrice?: number;
  defaultPriceType: PriceType;
  /** ISO-4217 code used for display; defaults to the business currency. */
  currency?: string;
  isLocationOnline: boolean;
  /** R16: this service's own meeting-link provider; absent or null: the business's. */
  meetingProvider?: MeetingProvider | null;
  maximumAttendeesCount: number;
  staffMemberIds: string[];
  customQuestions?: QuestionAssignment[];
  defaultReminders?: Reminder[];
  /** When set, replaces the business policy (R5), except that the business's closures still apply (R7). */
  schedulingPolicy?: SchedulingPolicy | null;
  isHiddenFromCustomers: boolean;
  isCustomerAllowedToManageBooking: boolean;
  smsNotificationsEnabled: boolean;
  isEmailRequired: boolean;
  notes?: string;
  /**
   * Beyond Graph: customers' bookings wait for a staff member's approval (R23). The time is held
   * meanwhile; an unanswered request expires after `approvalExpiresAfter` (default `P1D`), and
   * never later than its start.
   */
  isApprovalRequired?: boolean;
  /** ISO-8601 duration a request may wait for approval (R23). */
  approvalExpiresAfter?: string;
  /** Beyond Graph (issue 20): customers may book a series of this service. */
  isRepeatBookingAllowed?: boolean;
  /** The most occurrences one series may have (default 10, at most 52). */
  maximumOccurrences?: number;
  /** Issue 20: customers may join a waiting list for a full session or a day without free time. */
  isWaitlistEnabled?: boolean;
  /** Issue 20: how long an offered place is held (ISO-8601, PT5M to P7D; default PT2H). */
  waitlistOfferExpiresAfter?: string;
}

export type StaffRole = 'administrator' | 'scheduler' | 'teamMember' | 'viewer' | 'guest';

export interface StaffMember {
  id: string;
  displayName: string;
  emailAddress?: string;
  role: StaffRole;
  useBusinessHours: boolean;
  workingHours?: WorkHours[];
  availabilityIsAffectedByPersonalCalendar: boolean;
  /** IANA zone of `workingHours`; null/absent = the business zone (R1). */
  timeZone?: string | null;
  isBookable: boolean;
  /**
   * Beyond Graph (R22): at most this many bookings (class sessions count once) start on one day
   * of this staff member's working-hours zone; null or absent means no limit.
   */
  maximumBookingsPerDay?: number | null;
}

export interface TimeOff {
  id: string;
  staffMemberId: string;
  /** Instant, ISO-8601. With `rrule`, the first occurrence; later ones repeat its wall-clock times (R7). */
  start: string;
  end: string;
  rrule?: string | null;
  title?: string;
}

export interface Business {
  id: string;
  displayName: string;
  businessTimeZone: string;
  email?: string;
  phone?: string;
  webSiteUrl?: string;
  logoUrl?: string;
  address?: Address;
  languageTag?: string;
  /** ISO-4217, for prices. */
  defaultCurrencyIso?: string;
  businessHours: WorkHours[];
  schedulingPolicy: SchedulingPolicy;
  bookingPageSettings: BookingPageSettings;
  customQuestions: CustomQuestion[];
  services: Service[];
  staffMembers: StaffMember[];
  timeOff: TimeOff[];
  /** R16: where online appointments' join links come from; absent: the server's default, if any. */
  meetingProvider?: MeetingProvider;
  /** The business's own wording of its e-mails, per kind and language (message-templates.ts). */
  messageTemplates?: MessageTemplates;
  /**
   * The business's texts in other languages, keyed by language tag (`de`, `fr-CA`). A text missing
   * here falls back to the business's own (`languageTag`). See core/content-language.ts.
   */
  translations?: Record<string, ContentTranslation>;
}

/** One service's texts in one language. */
export interface ServiceTranslation {
  displayName?: string;
  description?: string;
}

/** One custom question's texts in one language; `answerOptions` maps each option (as the business wrote it) to its translation. */
export interface CustomQuestionTranslation {
  displayName?: string;
  answerOptions?: Record<string, string>;
}

/** The booking page's own texts in one language. */
export interface BookingPageSettingsTranslation {
  customerConsentMessage?: string;
  privacyPolicyWebUrl?: string;
  termsAndConditionsWebUrl?: string;
}

/** Every text of a business in one language, by the id of what it belongs to. */
export interface ContentTranslation {
  services?: Record<string, ServiceTranslation>;
  customQuestions?: Record<string, CustomQuestionTranslation>;
  bookingPageSettings?: BookingPageSettingsTranslation;
}

/** What the engine needs to know about an existing appointment to treat it as busy time. */
export interface BusyAppointment {
  id: string;
  serviceId: string;
  staffMemberId: string;
  start: EpochMs;
  end: EpochMs;
  preBuffer: EpochMs;
  postBuffer: EpochMs;
  /** Attendees booked on this appointment (1 for one-to-one; seats taken for a class). */
  attendees: number;
  /** When it was booked: `roundRobin` rotates by the oldest last assignment (optional). */
  createdAt?: EpochMs;
}

/** A bookable slot, as the adapter returns it (instants as ISO strings at the boundary). */
export interface AvailableSlot {
  start: string;
  end: string;
  staffMemberIds: string[];
  remainingCapacity: number;
}
