/**
 * The business configuration (DESIGN.md "Business configuration"; field names follow Microsoft
 * Graph's bookingBusiness). core owns the types; these schemas turn unknown JSON into them, fill in
 * the defaults a hand-written config may leave out, and check what one field cannot check alone
 * (references, duplicates, overlaps, R5). The type checks at the end keep both in step.
 *
 * Objects strip unknown keys rather than refuse them, so a Graph payload with `@odata.*` keys or
 * fields we do not model still passes.
 */
// The layer rule's 'zod' pattern also matches 'zod/mini', the one zod entry schemas may use.
import * as z from 'zod/mini';
import { parseDuration } from '../core/duration.js';
import { messageTemplatesSchema } from './message-templates.js';
import type {
  Business,
  BookingPageSettings,
  Closure,
  ContentTranslation,
  CustomAvailability,
  CustomQuestion,
  QuestionAssignment,
  Reminder,
  SchedulingPolicy,
  Service,
  StaffMember,
  TimeOff,
  TimeSlot,
  WorkHours,
} from '../core/types.js';
import {
  addressSchema,
  attendeesCountSchema,
  currencySchema,
  dateSchema,
  descriptionSchema,
  durationAtLeast,
  durationSchema,
  emailSchema,
  idSchema,
  instantMs,
  instantSchema,
  intervalDurationSchema,
  languageTagSchema,
  messageSchema,
  nameSchema,
  notesSchema,
  phoneSchema,
  positiveDurationSchema,
  priceSchema,
  rruleSchema,
  timeOfDaySchema,
  timeZoneSchema,
  titleSchema,
  webUrlSchema,
  messageCheck,
  LIMITS,
} from './primitives.js';
import {
  ANSWER_INPUT_TYPES,
  bookingPageSettingsSchema,
  crossCheck,
  customQuestionSchema,
  PRICE_TYPES,
  questionAssignmentSchema,
  type Path,
} from './business-public.js';
import type { contentTranslationSchema } from './translations.js';
import { translationsSchema } from './translations.js';

export { ANSWER_INPUT_TYPES, bookingPageSettingsSchema, customQuestionSchema, PRICE_TYPES, questionAssignmentSchema };

const DAY_MS = 24 * 60 * 60_000;
const TIME = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reports every id seen before, at `[...prefix, index, 'id']`, naming where it was first used. */
function reportDuplicateIds(
  items: readonly { id: string }[],
  collection: string,
  report: (path: Path, message: string) => void,
): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const j = first.get(item.id);
    if (j === undefined) first.set(item.id, i);
    else report([collection, i, 'id'], `duplicate id: ${item.id} is already used by ${collection}[${j}]`);
  });
}

export const DAYS_OF_WEEK = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export const dayOfWeekSchema = z.enum(DAYS_OF_WEEK);

export const timeSlotSchema = z.object({ startTime: timeOfDaySchema, endTime: timeOfDaySchema }).check(
  crossCheck((slot, report) => {
    // `HH:mm` strings order like the times they name; malformed ones were reported already.
    if (TIME.test(slot.startTime) && TIME.test(slot.endTime) && slot.endTime <= slot.startTime) {
      report(['endTime'], 'must be after startTime');
    }
  }),
);

export const workHoursSchema = z.object({
  day: dayOfWeekSchema,
  timeSlots: z.array(timeSlotSchema).check(z.maxLength(48)),
});

/** A week of hours. A day may appear in several entries; its windows may touch but not overlap. */
export const workHoursListSchema = z.array(workHoursSchema).check(
  z.maxLength(50),
  crossCheck((week, report) => {
    const windows = week.flatMap((entry, i) =>
      entry.timeSlots
        .map((slot, k) => ({ day: entry.day, i, k, start: slot.startTime, end: slot.endTime }))
        .filter((w) => TIME.test(w.start) && TIME.test(w.end) && w.end > w.start),
    );
    for (const day of DAYS_OF_WEEK) {
      const ofDay = windows
        .filter((w) => w.day === day)
        .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.i - b.i || a.k - b.k));
      let previous: (typeof ofDay)[number] | undefined;
      for (const w of ofDay) {
        if (previous && w.start < previous.end) {
          report([w.i, 'timeSlots', w.k], `overlaps ${previous.start}–${previous.end} on ${day}`);
        }
        if (!previous || w.end > previous.end) previous = w;
      }
    }
  }),
);

export const customAvailabilitySchema = z
  .object({
    startDate: dateSchema,
    endDate: dateSchema,
    availabilityType: z.enum(['notBookable', 'customWeeklyHours']),
    businessHours: z.optional(workHoursListSchema),
  })
  .check(
    crossCheck((range, report) => {
      if (DATE.test(range.startDate) && DATE.test(range.endDate) && range.endDate < range.startDate) {
        report(['endDate'], 'must be on or after startDate');
      }
      if (range.availabilityType === 'customWeeklyHours' && range.businessHours === undefined) {
        report(['businessHours'], 'is required when availabilityType is customWeeklyHours');
      }
    }),
  );

export const closureSchema = z
  .object({
    rrule: rruleSchema,
    title: z.optional(titleSchema),
    startDate: z.optional(dateSchema),
    startTime: z.optional(timeOfDaySchema),
    endTime: z.optional(timeOfDaySchema),
  })
  .check(
    crossCheck((closure, report) => {
      const { startTime, endTime } = closure;
      if (startTime !== undefined && endTime === undefined) report(['endTime'], 'is required when startTime is given');
      if (endTime !== undefined && startTime === undefined) report(['startTime'], 'is required when endTime is given');
      if (startTime !== undefined && endTime !== undefined && TIME.test(startTime) && TIME.test(endTime)) {
        if (endTime <= startTime) report(['endTime'], 'must be after startTime');
      }
    }),
  );

export const STAFF_ASSIGNMENTS = ['random', 'roundRobin', 'leastBooked'] as const;

/** R5: a policy is valid only when `maximumAdvance − minimumLeadTime ≥ 24h`. */
export function leadTimeProblem(minimumLeadTime: string, maximumAdvance: string): string | null {
  const min = parseDuration(minimumLeadTime);
  const max = parseDuration(maximumAdvance);
  if (!min.ok || !max.ok || max.ms - min.ms >= DAY_MS) return null;
  return `must be at least 24 hours more than minimumLeadTime (${minimumLeadTime}), e.g. P1D needs a minimumLeadTime of PT0H`;
}

/**
 * A scheduling policy, the business default or a service's own. The three durations are required
 * even in a service's policy: it replaces the business policy (R5; the business's closures still apply), so silently
 * defaulting one of them would surprise.
 */
export const schedulingPolicySchema = z
  .object({
    timeSlotInterval: intervalDurationSchema,
    minimumLeadTime: durationSchema,
    maximumAdvance: durationSchema,
    allowStaffSelection: z._default(z.boolean(), true),
    sendConfirmationsToOwner: z._default(z.boolean(), true),
    staffAssignment: z._default(z.enum(STAFF_ASSIGNMENTS), 'random'),
    customAvailabilities: z._default(z.array(customAvailabilitySchema).check(z.maxLength(500)), () => []),
    closures: z._default(z.array(closureSchema).check(z.maxLength(200)), () => []),
  })
  .check(
    crossCheck((policy, report) => {
      const problem = leadTimeProblem(policy.minimumLeadTime, policy.maximumAdvance);
      if (problem) report(['maximumAdvance'], problem);
    }),
  );

/** The placeholders a meeting URL template may use (R16); `{room}` is required: it makes the link unique and unguessable. */
export const MEETING_URL_PLACEHOLDERS = [
  'room',
  'appointmentId',
  'businessId',
  'serviceId',
  'staffMemberId',
  'start',
] as const;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export const meetingUrlTemplateSchema = z.string().check(
  z.maxLength(LIMITS.url),
  messageCheck<string>((value) => {
    if (CONTROL.test(value)) return 'must not contain control characters';
    const names = [...value.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '');
    const unknown = names.find((n) => !(MEETING_URL_PLACEHOLDERS as readonly string[]).includes(n));
    if (unknown !== undefined)
      return `unknown placeholder {${unknown}}: use ${MEETING_URL_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`;
    if (!names.includes('room')) return 'must contain {room}, which makes each link unique and unguessable';
    let url: URL;
    try {
      url = new URL(value.replace(/\{[^{}]*\}/g, 'x'));
    } catch {
      return 'expected an https: or http: web address with placeholders, such as https://meet.example.com/{room}';
    }
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
      ? null
      : 'expected an https: or http: web address with placeholders, such as https://meet.example.com/{room}';
  }),
);

export const meetingProviderSchema = z
  .object({
    kind: z.enum(['jitsi', 'urlTemplate', 'hook']),
    /** `jitsi`: the Jitsi Meet server (default https://meet.jit.si). */
    baseUrl: z.optional(webUrlSchema),
    /** `urlTemplate`: e.g. `https://video.example.com/{room}`. */
    urlTemplate: z.optional(meetingUrlTemplateSchema),
  })
  .check(
    crossCheck((provider, report) => {
      if (provider.kind === 'urlTemplate' && provider.urlTemplate === undefined) {
        report(['urlTemplate'], 'is required when kind is urlTemplate');
      }
    }),
  );

export const reminderSchema = z.object({
  offset: durationSchema,
  recipients: z._default(z.enum(['allAttendees', 'staff', 'customer']), 'allAttendees'),
  message: messageSchema,
});

/** How long a waitlist offer holds its place: at least 5 minutes, at most 7 days. */
const waitlistHoldSchema = durationAtLeast(5 * 60_000, 'must be at least PT5M').check(
  messageCheck<string>((value) => {
    const r = parseDuration(value);
    return r.ok && r.ms > 7 * 86_400_000 ? 'must be at most P7D' : null;
  }),
);

export const serviceSchema = z
  .object({
    id: idSchema,
    displayName: nameSchema,
    description: z.optional(descriptionSchema),
    defaultDuration: positiveDurationSchema,
    preBuffer: z._default(durationSchema, 'PT0M'),
    postBuffer: z._default(durationSchema, 'PT0M'),
    defaultPrice: z.optional(priceSchema),
    // Not given ('undefined', as Graph calls it): shown when there is a price (see below).
    defaultPriceType: z._default(z.enum(PRICE_TYPES), 'undefined'),
    currency: z.optional(currencySchema),
    isLocationOnline: z._default(z.boolean(), false),
    meetingProvider: z.optional(z.nullable(meetingProviderSchema)),
    maximumAttendeesCount: z._default(attendeesCountSchema, 1),
    staffMemberIds: z.array(idSchema).check(z.maxLength(1000)),
    customQuestions: z._default(z.array(questionAssignmentSchema).check(z.maxLength(LIMITS.answers)), () => []),
    defaultReminders: z._default(z.array(reminderSchema).check(z.maxLength(10)), () => []),
    schedulingPolicy: z.optional(z.nullable(schedulingPolicySchema)),
    isHiddenFromCustomers: z._default(z.boolean(), false),
    isCustomerAllowedToManageBooking: z._default(z.boolean(), true),
    smsNotificationsEnabled: z._default(z.boolean(), false),
    isEmailRequired: z._default(z.boolean(), true),
    notes: z.optional(notesSchema),
    /** R23: customers' bookings wait for a staff member's approval, holding the time meanwhile. */
    isApprovalRequired: z._default(z.boolean(), false),
    /** R23: how long a request waits for an answer before it expires (never past its start). */
    approvalExpiresAfter: z._default(positiveDurationSchema, 'P1D'),
    /** Issue 20: customers may book this service as a series (every week, 2 weeks or month). */
    isRepeatBookingAllowed: z._default(z.boolean(), false),
    /** Issue 20: the most occurrences one series may have (2–52). */
    maximumOccurrences: z._default(z.int().check(z.minimum(2), z.maximum(52)), 10),
    /** Issue 20: customers may join a waiting list when a session is full or a day has no free time. */
    isWaitlistEnabled: z._default(z.boolean(), false),
    /** Issue 20: how long an offered place is held for the person waiting (5 minutes to 7 days). */
    waitlistOfferExpiresAfter: z._default(waitlistHoldSchema, 'PT2H'),
  })
  .check(
    crossCheck((service, report) => {
      service.staffMemberIds.forEach((id, k) => {
        if (service.staffMemberIds.indexOf(id) !== k) report(['staffMemberIds', k], `duplicate staff member id: ${id}`);
      });
      const questionIds = service.customQuestions.map((q) => q.questionId);
      questionIds.forEach((id, k) => {
        if (questionIds.indexOf(id) !== k) report(['customQuestions', k, 'questionId'], `duplicate question id: ${id}`);
      });
    }),
    // A price nobody said to hide is shown to customers (a fixed price); without one there is nothing to show.
    z.overwrite((service) =>
      service.defaultPriceType === 'undefined'
        ? { ...service, defaultPriceType: service.defaultPrice === undefined ? 'notSet' : 'fixedPrice' }
        : service,
    ),
  );

export const STAFF_ROLES = ['administrator', 'scheduler', 'teamMember', 'viewer', 'guest'] as const;

export const staffMemberSchema = z
  .object({
    id: idSchema,
    displayName: nameSchema,
    emailAddress: z.optional(emailSchema),
    role: z._default(z.enum(STAFF_ROLES), 'teamMember'),
    useBusinessHours: z._default(z.boolean(), true),
    workingHours: z.optional(workHoursListSchema),
    availabilityIsAffectedByPersonalCalendar: z._default(z.boolean(), false),
    timeZone: z.optional(z.nullable(timeZoneSchema)),
    isBookable: z._default(z.boolean(), true),
    /** R22: at most this many bookings start on one of their days; null or absent: no limit. */
    maximumBookingsPerDay: z.optional(z.nullable(z.int().check(z.minimum(1), z.maximum(1000)))),
  })
  .check(
    crossCheck((staff, report) => {
      if (!staff.useBusinessHours && staff.workingHours === undefined) {
        report(['workingHours'], 'is required when useBusinessHours is false');
      }
    }),
  );

export const timeOffSchema = z
  .object({
    id: idSchema,
    staffMemberId: idSchema,
    start: instantSchema,
    end: instantSchema,
    rrule: z.optional(z.nullable(rruleSchema)),
    title: z.optional(titleSchema),
  })
  .check(
    crossCheck((timeOff, report) => {
      const start = instantMs(timeOff.start);
      const end = instantMs(timeOff.end);
      if (Number.isFinite(start) && Number.isFinite(end) && end <= start) report(['end'], 'must be after start');
    }),
  );

export const businessSchema = z
  .object({
    id: idSchema,
    displayName: nameSchema,
    businessTimeZone: timeZoneSchema,
    email: z.optional(emailSchema),
    phone: z.optional(phoneSchema),
    webSiteUrl: z.optional(webUrlSchema),
    logoUrl: z.optional(webUrlSchema),
    address: z.optional(addressSchema),
    languageTag: z.optional(languageTagSchema),
    defaultCurrencyIso: z.optional(currencySchema),
    businessHours: workHoursListSchema,
    schedulingPolicy: schedulingPolicySchema,
    bookingPageSettings: z.prefault(bookingPageSettingsSchema, {}),
    customQuestions: z._default(z.array(customQuestionSchema).check(z.maxLength(200)), () => []),
    services: z._default(z.array(serviceSchema).check(z.maxLength(500)), () => []),
    staffMembers: z._default(z.array(staffMemberSchema).check(z.maxLength(1000)), () => []),
    timeOff: z._default(z.array(timeOffSchema).check(z.maxLength(10_000)), () => []),
    meetingProvider: z.optional(meetingProviderSchema),
    /** The business's own wording of its e-mails, per kind and language (core/message-templates.ts). */
    messageTemplates: z.optional(messageTemplatesSchema),
    translations: z.optional(translationsSchema),
  })
  .check(
    crossCheck((business, report) => {
      reportUnknownTranslated(business, report);
      reportDuplicateIds(business.services, 'services', report);
      reportDuplicateIds(business.staffMembers, 'staffMembers', report);
      reportDuplicateIds(business.customQuestions, 'customQuestions', report);
      reportDuplicateIds(business.timeOff, 'timeOff', report);
      const staffIds = new Set(business.staffMembers.map((s) => s.id));
      const questionIds = new Set(business.customQuestions.map((q) => q.id));
      business.services.forEach((service, i) => {
        service.staffMemberIds.forEach((id, k) => {
          if (!staffIds.has(id)) report(['services', i, 'staffMemberIds', k], `unknown staff member id: ${id}`);
        });
        service.customQuestions.forEach((assignment, k) => {
          if (!questionIds.has(assignment.questionId)) {
            report(
              ['services', i, 'customQuestions', k, 'questionId'],
              `unknown custom question id: ${assignment.questionId}`,
            );
          }
        });
      });
      business.timeOff.forEach((timeOff, i) => {
        if (!staffIds.has(timeOff.staffMemberId)) {
          report(['timeOff', i, 'staffMemberId'], `unknown staff member id: ${timeOff.staffMemberId}`);
        }
      });
    }),
  );

/** Translations of services, questions and options the business does not have (a typo, or a stale export). */
function reportUnknownTranslated(
  business: Pick<Business, 'services' | 'customQuestions' | 'translations'>,
  report: (path: Path, message: string) => void,
): void {
  const services = new Set(business.services.map((s) => s.id));
  const questions = new Map(business.customQuestions.map((q) => [q.id, q.answerOptions ?? []]));
  for (const [tag, t] of Object.entries(business.translations ?? {})) {
    for (const id of Object.keys(t.services ?? {})) {
      if (!services.has(id)) report(['translations', tag, 'services', id], `unknown service id: ${id}`);
    }
    for (const [id, q] of Object.entries(t.customQuestions ?? {})) {
      const options = questions.get(id);
      if (options === undefined) {
        report(['translations', tag, 'customQuestions', id], `unknown custom question id: ${id}`);
        continue;
      }
      for (const option of Object.keys(q.answerOptions ?? {})) {
        if (!options.includes(option)) {
          report(
            ['translations', tag, 'customQuestions', id, 'answerOptions', option],
            `not an option of ${id}: ${option}`,
          );
        }
      }
    }
  }
}

/** What a hand-written configuration may look like: every defaulted field optional. */
export type BusinessInput = z.input<typeof businessSchema>;
export type ServiceInput = z.input<typeof serviceSchema>;
export type StaffMemberInput = z.input<typeof staffMemberSchema>;
export type SchedulingPolicyInput = z.input<typeof schedulingPolicySchema>;
export type TimeOffInput = z.input<typeof timeOffSchema>;
export type CustomQuestionInput = z.input<typeof customQuestionSchema>;

// Compile-time drift checks: a schema's output must be a valid core value, and a core value must
// be accepted as input (so nothing core allows is missing from the schema). `npm run typecheck` fails otherwise.
type Assignable<A, B> = [A] extends [B] ? true : false;
type Expect<T extends true> = T;
type _OutputMatchesCore = [
  Expect<Assignable<z.output<typeof businessSchema>, Business>>,
  Expect<Assignable<z.output<typeof serviceSchema>, Service>>,
  Expect<Assignable<z.output<typeof staffMemberSchema>, StaffMember>>,
  Expect<Assignable<z.output<typeof schedulingPolicySchema>, SchedulingPolicy>>,
  Expect<Assignable<z.output<typeof timeOffSchema>, TimeOff>>,
  Expect<Assignable<z.output<typeof customQuestionSchema>, CustomQuestion>>,
  Expect<Assignable<z.output<typeof questionAssignmentSchema>, QuestionAssignment>>,
  Expect<Assignable<z.output<typeof reminderSchema>, Reminder>>,
  Expect<Assignable<z.output<typeof bookingPageSettingsSchema>, BookingPageSettings>>,
  Expect<Assignable<z.output<typeof customAvailabilitySchema>, CustomAvailability>>,
  Expect<Assignable<z.output<typeof closureSchema>, Closure>>,
  Expect<Assignable<z.output<typeof workHoursSchema>, WorkHours>>,
  Expect<Assignable<z.output<typeof timeSlotSchema>, TimeSlot>>,
  Expect<Assignable<z.output<typeof contentTranslationSchema>, ContentTranslation>>,
];
type _CoreFitsInput = [
  Expect<Assignable<Business, z.input<typeof businessSchema>>>,
  Expect<Assignable<Service, z.input<typeof serviceSchema>>>,
  Expect<Assignable<StaffMember, z.input<typeof staffMemberSchema>>>,
  Expect<Assignable<SchedulingPolicy, z.input<typeof schedulingPolicySchema>>>,
  Expect<Assignable<TimeOff, z.input<typeof timeOffSchema>>>,
  Expect<Assignable<ContentTranslation, z.input<typeof contentTranslationSchema>>>,
];
