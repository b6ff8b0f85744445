/**
 * Payloads of the admin-side adapter (`BookingAdminAdapter`, DESIGN.md "Adapter interface"):
 * inputs and outputs of every method, so the reference adapter, the HTTP adapter and the server
 * validate the same shapes.
 *
 * Updates take a `patch`: the fields to change, shallow-merged into the current record (nested
 * `schedulingPolicy`, `bookingPageSettings` and `address` objects of a business merge one level
 * deeper), `null` removing an optional field. A patch is only checked to be an object here; the
 * adapter validates the merged record with the entity's own schema and reports issues at
 * `patch.<field>`, so cross-field rules (end after start, R5 lead times) apply to edits too.
 */
import * as z from 'zod/mini';
import type { Business, CustomQuestion, Service, StaffMember, TimeOff } from '../core/types.js';
import { STAFF_ROLES } from './business.js';
import {
  createWebhookInputSchema,
  redeliverMessageInputSchema,
  updateWebhookInputSchema,
  WEBHOOK_EVENTS,
  webhookRefInputSchema,
} from './webhooks.js';
import { answersSchema, customerDetailsSchema, trackingSchema } from './booking.js';
import {
  boundedString,
  emailSchema,
  hasControlCharacters,
  idempotencyKeySchema,
  idSchema,
  instantMs,
  instantSchema,
  languageTagSchema,
  LIMITS,
  messageCheck,
  messageSchema,
  nameSchema,
  opaqueIdSchema,
  phoneSchema,
  singleLine,
  timeZoneSchema,
  tokenSchema,
  webUrlSchema,
} from './fields.js';

const DAY_MS = 24 * 60 * 60_000;

/** Days `listAppointments` may span in one call. */
export const ADMIN_RANGE_DAYS = 366;
/** R19: the report covers this many days before now. */
export const REPORT_DAYS = 120;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A patch: any object; its fields are validated after merging (see the module comment). */
function patchSchema<T>(): z.ZodMiniCustom<Partial<{ [K in keyof T]: T[K] | null }>> {
  return z.custom<Partial<{ [K in keyof T]: T[K] | null }>>(
    isPlainObject,
    'expected an object with the fields to change',
  );
}

/** A whole record to create; validated by the entity's schema (an absent `id` is generated). */
function recordSchema<T>(): z.ZodMiniCustom<T> {
  return z.custom<T>(isPlainObject, 'expected an object');
}

const rangeCheck = (maxDays: number) =>
  z.superRefine<{ start: string; end: string }>((value, ctx) => {
    const start = instantMs(value.start);
    const end = instantMs(value.end);
    if (!Number.isFinite(start) || !Number.isFinite(end)) return;
    if (end <= start) ctx.addIssue({ code: 'custom', message: 'must be after start', path: ['end'], input: value });
    else if (end - start > maxDays * DAY_MS) {
      ctx.addIssue({
        code: 'custom',
        message: `the range may span at most ${maxDays} days`,
        path: ['end'],
        input: value,
      });
    }
  });

// ---------------------------------------------------------------- scope

/** Every admin call may name the business; absent = the acting staff member's first business. */
export const businessScopeSchema = z.object({ businessId: z.optional(idSchema) });
export type BusinessScope = z.infer<typeof businessScopeSchema>;

// ---------------------------------------------------------------- business settings

/** Fields of a business that `updateBusiness` may change (collections have their own methods). */
export const BUSINESS_PATCH_FIELDS = [
  'displayName',
  'businessTimeZone',
  'email',
  'phone',
  'webSiteUrl',
  'logoUrl',
  'address',
  'languageTag',
  'defaultCurrencyIso',
  'businessHours',
  'schedulingPolicy',
  'bookingPageSettings',
  'meetingProvider',
] as const;
export type BusinessPatchField = (typeof BUSINESS_PATCH_FIELDS)[number];
export type BusinessPatch = Partial<{ [K in BusinessPatchField]: Business[K] | null }>;

export const updateBusinessInputSchema = z.object({
  businessId: z.optional(idSchema),
  patch: z.custom<BusinessPatch>(isPlainObject, 'expected an object with the fields to change'),
});
export type UpdateBusinessInput = z.infer<typeof updateBusinessInputSchema>;

// ---------------------------------------------------------------- services, staff, questions, time off

export type NewService = Omit<Service, 'id'> & { id?: string };
export type NewStaffMember = Omit<StaffMember, 'id'> & { id?: string };
export type NewCustomQuestion = Omit<CustomQuestion, 'id'> & { id?: string };
export type NewTimeOff = Omit<TimeOff, 'id'> & { id?: string };

export const createServiceInputSchema = z.object({
  businessId: z.optional(idSchema),
  service: recordSchema<NewService>(),
});
export const updateServiceInputSchema = z.object({
  businessId: z.optional(idSchema),
  serviceId: idSchema,
  patch: patchSchema<Omit<Service, 'id'>>(),
});
export const deleteServiceInputSchema = z.object({ businessId: z.optional(idSchema), serviceId: idSchema });
export type CreateServiceInput = z.infer<typeof createServiceInputSchema>;
export type UpdateServiceInput = z.infer<typeof updateServiceInputSchema>;
export type DeleteServiceInput = z.infer<typeof deleteServiceInputSchema>;

export const createStaffMemberInputSchema = z.object({
  businessId: z.optional(idSchema),
  staffMember: recordSchema<NewStaffMember>(),
});
export const updateStaffMemberInputSchema = z.object({
  businessId: z.optional(idSchema),
  staffMemberId: idSchema,
  patch: patchSchema<Omit<StaffMember, 'id'>>(),
});
export const deleteStaffMemberInputSchema = z.object({ businessId: z.optional(idSchema), staffMemberId: idSchema });
export type CreateStaffMemberInput = z.infer<typeof createStaffMemberInputSchema>;
export type UpdateStaffMemberInput = z.infer<typeof updateStaffMemberInputSchema>;
export type DeleteStaffMemberInput = z.infer<typeof deleteStaffMemberInputSchema>;

export const createCustomQuestionInputSchema = z.object({
  businessId: z.optional(idSchema),
  customQuestion: recordSchema<NewCustomQuestion>(),
});
export const updateCustomQuestionInputSchema = z.object({
  businessId: z.optional(idSchema),
  customQuestionId: idSchema,
  patch: patchSchema<Omit<CustomQuestion, 'id'>>(),
});
export const deleteCustomQuestionInputSchema = z.object({
  businessId: z.optional(idSchema),
  customQuestionId: idSchema,
});
export type CreateCustomQuestionInput = z.infer<typeof createCustomQuestionInputSchema>;
export type UpdateCustomQuestionInput = z.infer<typeof updateCustomQuestionInputSchema>;
export type DeleteCustomQuestionInput = z.infer<typeof deleteCustomQuestionInputSchema>;

export const listTimeOffInputSchema = z.object({
  businessId: z.optional(idSchema),
  staffMemberId: z.optional(idSchema),
});
export const createTimeOffInputSchema = z.object({
  businessId: z.optional(idSchema),
  timeOff: recordSchema<NewTimeOff>(),
});
export const updateTimeOffInputSchema = z.object({
  businessId: z.optional(idSchema),
  timeOffId: idSchema,
  patch: patchSchema<Omit<TimeOff, 'id'>>(),
});
export const deleteTimeOffInputSchema = z.object({ businessId: z.optional(idSchema), timeOffId: idSchema });
export type ListTimeOffInput = z.infer<typeof listTimeOffInputSchema>;
export type CreateTimeOffInput = z.infer<typeof createTimeOffInputSchema>;
export type UpdateTimeOffInput = z.infer<typeof updateTimeOffInputSchema>;
export type DeleteTimeOffInput = z.infer<typeof deleteTimeOffInputSchema>;

// ---------------------------------------------------------------- appointments

export const listAppointmentsInputSchema = z
  .object({
    businessId: z.optional(idSchema),
    start: instantSchema,
    end: instantSchema,
    staffMemberId: z.optional(idSchema),
    includeCancelled: z.optional(z.boolean()),
  })
  .check(rangeCheck(ADMIN_RANGE_DAYS));
export type ListAppointmentsInput = z.infer<typeof listAppointmentsInputSchema>;

/** An appointment as staff see it: the customer's details included, never the manage token. */
export const staffAppointmentSchema = z.object({
  id: opaqueIdSchema,
  businessId: idSchema,
  serviceId: idSchema,
  serviceName: nameSchema,
  staffMemberId: idSchema,
  staffMemberName: nameSchema,
  start: instantSchema,
  end: instantSchema,
  status: z.enum(['booked', 'cancelled']),
  customer: customerDetailsSchema,
  answers: answersSchema,
  consentAcceptedAt: z.optional(instantSchema),
  smsOptIn: z.boolean(),
  joinWebUrl: z.optional(webUrlSchema),
  createdBy: z.enum(['customer', 'staff']),
  createdByStaffMemberId: z.optional(idSchema),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  cancelledAt: z.optional(instantSchema),
  cancelledBy: z.optional(z.enum(['customer', 'staff'])),
  cancellationMessage: z.optional(messageSchema),
  /** Where the booking came from (UTM parameters, the site's source and metadata). */
  tracking: z.optional(trackingSchema),
  /** Classes (R8): attendees booked in this session, this one included. */
  attendeeCount: z.int().check(z.minimum(0), z.maximum(LIMITS.maximumAttendees)),
  maximumAttendeesCount: z.int().check(z.minimum(1), z.maximum(LIMITS.maximumAttendees)),
});
export type StaffAppointment = z.infer<typeof staffAppointmentSchema>;

export const createAppointmentInputSchema = z.object({
  businessId: z.optional(idSchema),
  serviceId: idSchema,
  /** Absent: assigned like "Anyone" (R9). */
  staffMemberId: z.optional(idSchema),
  start: instantSchema,
  customer: customerDetailsSchema,
  answers: z.optional(answersSchema),
  smsOptIn: z.optional(z.boolean()),
  /** Administrators and schedulers may book inside the minimum lead time or beyond the maximum advance (R5). */
  overrideLeadTime: z.optional(z.boolean()),
  idempotencyKey: z.optional(idempotencyKeySchema),
});
export type CreateAppointmentInput = z.infer<typeof createAppointmentInputSchema>;

export const createAppointmentResultSchema = z.object({
  appointment: staffAppointmentSchema,
  /** For the customer's manage link (R14); the adapter keeps only its hash. */
  manageToken: tokenSchema,
});
export type CreateAppointmentResult = z.infer<typeof createAppointmentResultSchema>;

export const rescheduleAppointmentInputSchema = z.object({
  businessId: z.optional(idSchema),
  appointmentId: opaqueIdSchema,
  start: instantSchema,
  staffMemberId: z.optional(idSchema),
  overrideLeadTime: z.optional(z.boolean()),
});
export type RescheduleAppointmentInput = z.infer<typeof rescheduleAppointmentInputSchema>;

export const cancelAppointmentInputSchema = z.object({
  businessId: z.optional(idSchema),
  appointmentId: opaqueIdSchema,
  /** Sent to the customer (R15). */
  message: z.optional(messageSchema),
  /**
   * Classes (R8): `session` (the default) cancels every attendee of the session this
   * appointment belongs to; `attendee` only this one. One-to-one appointments: the same.
   */
  scope: z.optional(z.enum(['session', 'attendee'])),
});
export type CancelAppointmentInput = z.infer<typeof cancelAppointmentInputSchema>;

export const outsideRulesInputSchema = z
  .object({ businessId: z.optional(idSchema), start: instantSchema, end: instantSchema })
  .check(rangeCheck(ADMIN_RANGE_DAYS));
export type OutsideRulesInput = z.infer<typeof outsideRulesInputSchema>;

// ---------------------------------------------------------------- customers, outbox

export const listCustomersInputSchema = z.object({
  businessId: z.optional(idSchema),
  /** Case-insensitive match on name, email or phone. */
  query: z.optional(boundedString(LIMITS.name)),
});
export type ListCustomersInput = z.infer<typeof listCustomersInputSchema>;

export const customerRecordSchema = z.object({
  name: nameSchema,
  emailAddress: z.optional(emailSchema),
  phone: z.optional(phoneSchema),
  timeZone: timeZoneSchema,
  appointmentCount: z.int(),
  lastStart: z.optional(instantSchema),
  nextStart: z.optional(instantSchema),
});
export type CustomerRecord = z.infer<typeof customerRecordSchema>;

export const OUTBOX_STATUSES = ['pending', 'sent', 'cancelled', 'failed'] as const;
export const OUTBOX_CHANNELS = ['email', 'sms', 'calendar', 'webhook'] as const;

export const listOutboxInputSchema = z.object({
  businessId: z.optional(idSchema),
  appointmentId: z.optional(opaqueIdSchema),
  status: z.optional(z.enum(OUTBOX_STATUSES)),
  channel: z.optional(z.enum(OUTBOX_CHANNELS)),
});
export type ListOutboxInput = z.infer<typeof listOutboxInputSchema>;

export const outboxMessageSchema = z.object({
  id: opaqueIdSchema,
  businessId: idSchema,
  appointmentId: z.optional(opaqueIdSchema),
  timeOffId: z.optional(idSchema),
  kind: z.enum(['confirmation', 'reschedule', 'cancellation', 'reminder', 'timeOff', 'customerCreated']),
  /**
   * `calendar`: written into the staff member's connected calendar (CalDAV), not sent; `webhook`:
   * POSTed to a webhook subscription, signed (Standard Webhooks; `body` is the payload, `id` the `webhook-id`).
   */
  channel: z.enum(OUTBOX_CHANNELS),
  /** `webhook` messages: the subscription, its URL and the event type. */
  webhook: z.optional(z.object({ subscriptionId: idSchema, url: z.string(), event: z.enum(WEBHOOK_EVENTS) })),
  recipient: z.object({
    role: z.enum(['customer', 'staff', 'owner', 'webhook']),
    name: z.optional(nameSchema),
    emailAddress: z.optional(emailSchema),
    phone: z.optional(phoneSchema),
    staffMemberId: z.optional(idSchema),
  }),
  languageTag: languageTagSchema,
  timeZone: timeZoneSchema,
  subject: z.string(),
  body: z.string(),
  /** The `.ics` attachment (RFC 5545). */
  ics: z.optional(z.string()),
  createdAt: instantSchema,
  dueAt: instantSchema,
  /** `failed`: the sender gave up (attempt limit, or a refusal no retry can fix); `delivery.lastError` says why. */
  status: z.enum(OUTBOX_STATUSES),
  /** What the server's sender did: attempts, the last error and HTTP status, the next attempt. */
  delivery: z.optional(
    z.object({
      attempts: z.int(),
      lastAttemptAt: z.optional(instantSchema),
      lastError: z.optional(z.string()),
      lastStatus: z.optional(z.int()),
      nextAttemptAt: z.optional(instantSchema),
      sentAt: z.optional(instantSchema),
      providerId: z.optional(z.string()),
      redeliveredAt: z.optional(instantSchema),
    }),
  ),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

export const listWebhookDeliveriesInputSchema = z.object({
  businessId: z.optional(idSchema),
  webhookId: z.optional(idSchema),
  status: z.optional(z.enum(OUTBOX_STATUSES)),
});
export type ListWebhookDeliveriesInput = z.infer<typeof listWebhookDeliveriesInputSchema>;

// ---------------------------------------------------------------- explainer, report, publishing, calendars

export const explainAvailabilityInputSchema = z.object({
  businessId: z.optional(idSchema),
  serviceId: idSchema,
  staffMemberId: z.optional(idSchema),
  start: instantSchema,
});
export type ExplainAvailabilityInput = z.infer<typeof explainAvailabilityInputSchema>;

export const exportReportInputSchema = z.object({
  businessId: z.optional(idSchema),
  format: z.enum(['tsv', 'csv']),
});
export type ExportReportInput = z.infer<typeof exportReportInputSchema>;

export const reportSchema = z.object({
  format: z.enum(['tsv', 'csv']),
  filename: z.string(),
  mediaType: z.string(),
  /** The covered range: the last 120 days (R19). */
  start: instantSchema,
  end: instantSchema,
  rowCount: z.int(),
  content: z.string(),
});
export type Report = z.infer<typeof reportSchema>;

export const businessSummarySchema = z.object({
  id: idSchema,
  displayName: nameSchema,
  /** The acting person's staff member in that business, and their role there. */
  staffMemberId: idSchema,
  role: z.enum(STAFF_ROLES),
  isPublished: z.boolean(),
});
export type BusinessSummary = z.infer<typeof businessSummarySchema>;

export const importConfigInputSchema = z.object({
  /** A whole business configuration, as `exportConfig` returns it. */
  config: z.custom<unknown>(isPlainObject, 'expected a business configuration object'),
  /** The new calendar's id; absent = derived from the configuration's id, made unique. */
  newId: z.optional(idSchema),
  displayName: z.optional(nameSchema),
});
export type ImportConfigInput = z.infer<typeof importConfigInputSchema>;

// ---------------------------------------------------------------- staff calendars (R4, R15)

export const CALENDAR_URL_MESSAGE =
  'expected the calendar’s https: address (a webcal: address works too), such as https://calendar.example/feed.ics';

/** A calendar's address: `https:`/`http:`, or `webcal:`/`webcals:` as calendar apps show them (read over https). */
export const calendarUrlSchema = z.string().check(
  z.maxLength(LIMITS.url),
  // The URL parser drops tabs and line breaks silently; the sealed source would keep them.
  singleLine,
  messageCheck<string>((value) => {
    if (hasControlCharacters(value)) return null; // said once, by `singleLine`
    if (/\s/.test(value)) return CALENDAR_URL_MESSAGE;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return CALENDAR_URL_MESSAGE;
    }
    return ['https:', 'http:', 'webcal:', 'webcals:'].includes(url.protocol) && url.hostname !== ''
      ? null
      : CALENDAR_URL_MESSAGE;
  }),
);

const credentialText = (max: number) => z.string().check(z.minLength(1), z.maxLength(max), singleLine);

/**
 * Where a staff member's calendar is read from: an ICS feed's secret address, or CalDAV with a user
 * name and an app password (both required for `caldav`). One object rather than a discriminated
 * union: zod's union machinery would land in the booking page's shared validation chunk.
 */
export const calendarSourceSchema = z
  .object({
    kind: z.enum(['ics', 'caldav']),
    url: calendarUrlSchema,
    userName: z.optional(credentialText(320)),
    password: z.optional(credentialText(1024)),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.kind !== 'caldav') return;
      for (const key of ['userName', 'password'] as const) {
        if (v[key] === undefined)
          ctx.addIssue({ code: 'custom', message: 'is required for CalDAV', path: [key], input: v });
      }
    }),
  );
export type CalendarSourceInput = z.infer<typeof calendarSourceSchema>;

export const connectCalendarInputSchema = z.object({
  businessId: z.optional(idSchema),
  staffMemberId: idSchema,
  source: calendarSourceSchema,
});
export type ConnectCalendarInput = z.infer<typeof connectCalendarInputSchema>;

export const staffCalendarInputSchema = z.object({
  businessId: z.optional(idSchema),
  staffMemberId: idSchema,
});
export type StaffCalendarInput = z.infer<typeof staffCalendarInputSchema>;

/** A connected calendar, as the back office sees it: never the secret address or the password. */
export const calendarConnectionSchema = z.object({
  kind: z.enum(['ics', 'caldav']),
  /** The address with its secret parts masked. */
  address: z.string(),
  userName: z.optional(z.string()),
  calendarUrl: z.optional(z.string()),
  calendarName: z.optional(z.string()),
  /** CalDAV: bookings, moves and cancellations are written into this calendar. */
  writesBookings: z.boolean(),
  connectedAt: instantSchema,
  /** The last good sync: availability uses the busy time it found. */
  lastSyncedAt: z.optional(instantSchema),
  lastAttemptAt: z.optional(instantSchema),
  /** Why the last sync failed; absent after a good one. */
  lastError: z.optional(z.string()),
  nextSyncAt: z.optional(instantSchema),
  busyCount: z.optional(z.int()),
  eventCount: z.optional(z.int()),
});
export type CalendarConnection = z.infer<typeof calendarConnectionSchema>;

export const calendarSyncStatusSchema = z.object({
  staffMemberId: idSchema,
  displayName: nameSchema,
  /** `notUsed`: availability does not follow a personal calendar. */
  status: z.enum(['ok', 'unavailable', 'notUsed']),
  reason: z.optional(z.string()),
  /** When `unavailable` because the calendar has not synced for too long: the last good sync. */
  lastSyncedAt: z.optional(instantSchema),
  /** The connected calendar, when there is one. */
  connection: z.optional(calendarConnectionSchema),
  /** When the staff member's private appointments feed was made; absent when there is none. */
  feedCreatedAt: z.optional(instantSchema),
  /**
   * Whether the acting person may connect this staff member's calendar here: `yes`, `notAllowed`
   * (their role, R18), `notSupported` (this adapter cannot), `notConfigured` (the server has no
   * `CALENDAR_SECRET`).
   */
  canConnect: z.optional(z.enum(['yes', 'notAllowed', 'notSupported', 'notConfigured'])),
});
export type CalendarSyncStatus = z.infer<typeof calendarSyncStatusSchema>;

export const calendarFeedSchema = z.object({
  staffMemberId: idSchema,
  /** The private address to subscribe to; shown once, stored only as a hash. */
  url: z.string(),
  createdAt: instantSchema,
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;

/** A signed-in person on the customer side (R17 `restrictedToOrganization`). */
export const signedInUserSchema = z.object({
  emailAddress: emailSchema,
  displayName: z.optional(nameSchema),
  timeZone: z.optional(timeZoneSchema),
});
export type SignedInUser = z.infer<typeof signedInUserSchema>;

/** The input schema of every admin method, for validating at the boundary. */
export const adminAdapterInputSchemas = {
  getBusiness: businessScopeSchema,
  updateBusiness: updateBusinessInputSchema,
  listServices: businessScopeSchema,
  createService: createServiceInputSchema,
  updateService: updateServiceInputSchema,
  deleteService: deleteServiceInputSchema,
  listStaffMembers: businessScopeSchema,
  createStaffMember: createStaffMemberInputSchema,
  updateStaffMember: updateStaffMemberInputSchema,
  deleteStaffMember: deleteStaffMemberInputSchema,
  listCustomQuestions: businessScopeSchema,
  createCustomQuestion: createCustomQuestionInputSchema,
  updateCustomQuestion: updateCustomQuestionInputSchema,
  deleteCustomQuestion: deleteCustomQuestionInputSchema,
  listTimeOff: listTimeOffInputSchema,
  createTimeOff: createTimeOffInputSchema,
  updateTimeOff: updateTimeOffInputSchema,
  deleteTimeOff: deleteTimeOffInputSchema,
  listAppointments: listAppointmentsInputSchema,
  createAppointment: createAppointmentInputSchema,
  rescheduleAppointment: rescheduleAppointmentInputSchema,
  cancelAppointment: cancelAppointmentInputSchema,
  listAppointmentsOutsideRules: outsideRulesInputSchema,
  listCustomers: listCustomersInputSchema,
  listOutbox: listOutboxInputSchema,
  explainAvailability: explainAvailabilityInputSchema,
  exportReport: exportReportInputSchema,
  publish: businessScopeSchema,
  unpublish: businessScopeSchema,
  listBusinesses: z.object({}),
  exportConfig: businessScopeSchema,
  importConfig: importConfigInputSchema,
  listCalendarSyncStatus: businessScopeSchema,
  connectCalendar: connectCalendarInputSchema,
  disconnectCalendar: staffCalendarInputSchema,
  syncCalendarNow: staffCalendarInputSchema,
  createCalendarFeed: staffCalendarInputSchema,
  revokeCalendarFeed: staffCalendarInputSchema,
  listWebhooks: businessScopeSchema,
  createWebhook: createWebhookInputSchema,
  updateWebhook: updateWebhookInputSchema,
  deleteWebhook: webhookRefInputSchema,
  listWebhookDeliveries: listWebhookDeliveriesInputSchema,
  redeliverMessage: redeliverMessageInputSchema,
} as const;

// ---------------------------------------------------------------- explanations (JSON form)

/**
 * One reason a staff member cannot take a start (the engine's `UnavailableReason`), as JSON:
 * `code` plus that code's fields, with instants as ISO strings and buffers as ISO durations.
 */
export const unavailableReasonJsonSchema = z.looseObject({ code: z.string() });
export type UnavailableReasonJson = z.infer<typeof unavailableReasonJsonSchema>;

export const staffExplanationJsonSchema = z.object({
  staffMemberId: idSchema,
  displayName: nameSchema,
  /** Empty when this staff member offers the start. */
  reasons: z.array(unavailableReasonJsonSchema),
  remainingCapacity: z.int(),
});

export const availabilityExplanationJsonSchema = z.object({
  start: instantSchema,
  end: instantSchema,
  offered: z.boolean(),
  staff: z.array(staffExplanationJsonSchema),
});
export type AvailabilityExplanationJson = z.infer<typeof availabilityExplanationJsonSchema>;

export const outsideRulesEntrySchema = z.object({
  appointment: staffAppointmentSchema,
  reasons: z.array(unavailableReasonJsonSchema),
});
export type OutsideRulesEntry = z.infer<typeof outsideRulesEntrySchema>;
