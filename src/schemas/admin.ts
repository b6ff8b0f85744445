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
import { parseRruleSyntax } from '../core/rrule-syntax.js';
import { previewMessageInputSchema } from './message-templates.js';
import { useRruleSyntax } from './rrule-checker.js';
import { staffWaitlistEntrySchema } from './waitlist.js';
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
import { answersSchema, customerDetailsSchema, seriesPositionSchema, trackingSchema } from './booking.js';
import {
  boundedString,
  emailSchema,
  idSchema,
  instantMs,
  instantSchema,
  languageTagSchema,
  LIMITS,
  messageCheck,
  messageSchema,
  nameSchema,
  phoneSchema,
  singleLine,
  timeZoneSchema,
  webUrlSchema,
} from './fields.js';
import {
  hasControlCharacters,
  idempotencyKeySchema,
  notesSchema,
  opaqueIdSchema,
  tokenSchema,
} from './fields-extra.js';

// Every context that validates admin payloads validates whole configurations too (rrule-checker.ts).
useRruleSyntax(parseRruleSyntax);

const DAY_MS = 24 * 60 * 60_000;

/** R23: where a booking that needed approval stands. */
export const APPROVAL_STATES = ['pending', 'approved', 'declined', 'expired'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];
/** Whether the customer came. */
export const ATTENDANCE = ['attended', 'noShow'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

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

/** An optional `end` after `start`, at most `maxMs` later. */
const endAfterStart = (maxMs: number) =>
  z.superRefine<{ start: string; end?: string | undefined }>((value, ctx) => {
    if (value.end === undefined) return;
    const start = instantMs(value.start);
    const end = instantMs(value.end);
    if (!Number.isFinite(start) || !Number.isFinite(end)) return;
    if (end <= start) ctx.addIssue({ code: 'custom', message: 'must be after start', path: ['end'], input: value });
    else if (end - start > maxMs) {
      ctx.addIssue({ code: 'custom', message: 'may be at most 24 hours after start', path: ['end'], input: value });
    }
  });

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
  'messageTemplates',
  'translations',
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
  /** The customer record this booking belongs to; absent once the customer was erased. */
  customerId: z.optional(opaqueIdSchema),
  /** The customer was erased: `customer` holds no personal data any more, only the booking is kept for reports. */
  customerErased: z.optional(z.boolean()),
  /**
   * R23, services with `isApprovalRequired`: `pending` holds the time until staff approve or
   * decline, or `approvalExpiresAt` passes (`expired`). Absent: no approval was needed.
   */
  approval: z.optional(z.enum(APPROVAL_STATES)),
  approvalExpiresAt: z.optional(instantSchema),
  /** Marked by staff once the appointment has started. */
  attendance: z.optional(z.enum(ATTENDANCE)),
  /** Issue 20: one of a series the customer booked together ("3 of 10"). */
  series: z.optional(seriesPositionSchema),
});
export type StaffAppointment = z.infer<typeof staffAppointmentSchema>;

export const createAppointmentInputSchema = z.object({
  businessId: z.optional(idSchema),
  serviceId: idSchema,
  /** Absent: assigned like "Anyone" (R9). */
  staffMemberId: z.optional(idSchema),
  start: instantSchema,
  customer: customerDetailsSchema,
  /** An existing customer record to book for (`customer` then carries the details used for this booking). Absent: matched by email or phone, else a new record. */
  customerId: z.optional(opaqueIdSchema),
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

export const rescheduleAppointmentInputSchema = z
  .object({
    businessId: z.optional(idSchema),
    appointmentId: opaqueIdSchema,
    start: instantSchema,
    /** A new end (a resized appointment); absent: the appointment keeps its length. */
    end: z.optional(instantSchema),
    staffMemberId: z.optional(idSchema),
    overrideLeadTime: z.optional(z.boolean()),
  })
  .check(endAfterStart(DAY_MS));
export type RescheduleAppointmentInput = z.infer<typeof rescheduleAppointmentInputSchema>;

export const cancelAppointmentInputSchema = z.object({
  businessId: z.optional(idSchema),
  appointmentId: opaqueIdSchema,
  /** Sent to the customer (R15). */
  message: z.optional(messageSchema),
  /**
   * Classes (R8): `session` (the default) cancels every attendee of the session this
   * appointment belongs to; `attendee` only this one. One-to-one appointments: the same.
   * `following` (issue 20): this appointment and every later one of its series.
   */
  scope: z.optional(z.enum(['session', 'attendee', 'following'])),
});
export type CancelAppointmentInput = z.infer<typeof cancelAppointmentInputSchema>;

/** Issue 20: every appointment of the series `appointmentId` belongs to. */
export const getAppointmentSeriesInputSchema = z.object({
  businessId: z.optional(idSchema),
  appointmentId: opaqueIdSchema,
});
export type GetAppointmentSeriesInput = z.infer<typeof getAppointmentSeriesInputSchema>;

export const outsideRulesInputSchema = z
  .object({ businessId: z.optional(idSchema), start: instantSchema, end: instantSchema })
  .check(rangeCheck(ADMIN_RANGE_DAYS));
export type OutsideRulesInput = z.infer<typeof outsideRulesInputSchema>;

// ---------------------------------------------------------------- customers, outbox

export const listCustomersInputSchema = z.object({
  businessId: z.optional(idSchema),
  /** Case-insensitive match on name, email or phone. */
  query: z.optional(boundedString(LIMITS.name)),
  /** At most this many, best matches first (a type-ahead asks for a few); default all. */
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
});
export type ListCustomersInput = z.infer<typeof listCustomersInputSchema>;

/**
 * A customer's record: contact details staff can edit, internal notes, and figures from their
 * bookings (R18: a team member's figures count their own appointments only).
 */
export const customerRecordSchema = z.object({
  id: opaqueIdSchema,
  name: nameSchema,
  emailAddress: z.optional(emailSchema),
  phone: z.optional(phoneSchema),
  timeZone: timeZoneSchema,
  languageTag: z.optional(languageTagSchema),
  /** Internal: never shown to the customer. */
  notes: z.optional(notesSchema),
  /** Booked appointments (past and upcoming), cancelled ones left out. */
  appointmentCount: z.int(),
  cancelledCount: z.int(),
  noShowCount: z.int(),
  lastStart: z.optional(instantSchema),
  nextStart: z.optional(instantSchema),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type CustomerRecord = z.infer<typeof customerRecordSchema>;

/** What staff type for a new customer (or one row of an import): the time zone defaults to the business's. */
export const newCustomerSchema = z.object({
  name: nameSchema,
  emailAddress: z.optional(emailSchema),
  phone: z.optional(phoneSchema),
  timeZone: z.optional(timeZoneSchema),
  languageTag: z.optional(languageTagSchema),
  notes: z.optional(notesSchema),
});
export type NewCustomer = z.infer<typeof newCustomerSchema>;

/** The fields `updateCustomer` may change; `null` clears an optional one. */
export const CUSTOMER_PATCH_FIELDS = ['name', 'emailAddress', 'phone', 'timeZone', 'languageTag', 'notes'] as const;
export type CustomerPatch = Partial<{ [K in (typeof CUSTOMER_PATCH_FIELDS)[number]]: NewCustomer[K] | null }>;

const customerIdInput = z.object({ businessId: z.optional(idSchema), customerId: opaqueIdSchema });
export const getCustomerInputSchema = customerIdInput;
export type GetCustomerInput = z.infer<typeof getCustomerInputSchema>;

/** One customer with their history: every appointment (cancelled and no-shows included), by start. */
export const customerDetailSchema = z.object({
  customer: customerRecordSchema,
  appointments: z.array(staffAppointmentSchema),
});
export type CustomerDetail = z.infer<typeof customerDetailSchema>;

export const createCustomerInputSchema = z.object({
  businessId: z.optional(idSchema),
  customer: newCustomerSchema,
});
export type CreateCustomerInput = z.infer<typeof createCustomerInputSchema>;

export const updateCustomerInputSchema = z.object({
  businessId: z.optional(idSchema),
  customerId: opaqueIdSchema,
  patch: z.custom<CustomerPatch>(isPlainObject, 'expected an object with the fields to change'),
});
export type UpdateCustomerInput = z.infer<typeof updateCustomerInputSchema>;

/** Customers read from a file (the back office parses CSV): matched by email, then phone; at most 2,000 at once. */
export const importCustomersInputSchema = z.object({
  businessId: z.optional(idSchema),
  customers: z.array(newCustomerSchema).check(z.minLength(1), z.maxLength(2000)),
});
export type ImportCustomersInput = z.infer<typeof importCustomersInputSchema>;

export const importCustomersResultSchema = z.object({
  /** New records. */
  created: z.int(),
  /** Existing records (same email or phone) whose empty fields the file filled. */
  updated: z.int(),
  /** Rows that matched a record and added nothing. */
  unchanged: z.int(),
});
export type ImportCustomersResult = z.infer<typeof importCustomersResultSchema>;

export const mergeCustomersInputSchema = z.object({
  businessId: z.optional(idSchema),
  /** The record that stays. */
  customerId: opaqueIdSchema,
  /** Records merged into it: their appointments move over, their empty fields fill its gaps, then they are deleted. */
  duplicateIds: z.array(opaqueIdSchema).check(z.minLength(1), z.maxLength(50)),
});
export type MergeCustomersInput = z.infer<typeof mergeCustomersInputSchema>;

export const exportCustomerDataInputSchema = customerIdInput;
export type ExportCustomerDataInput = z.infer<typeof exportCustomerDataInputSchema>;

export const eraseCustomerInputSchema = customerIdInput;
export type EraseCustomerInput = z.infer<typeof eraseCustomerInputSchema>;

export const AUDIT_ACTIONS = ['customerExported', 'customerErased', 'customersMerged'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One entry of the privacy log: who did what to which customer record, and when. Never personal data. */
export const auditEntrySchema = z.object({
  id: opaqueIdSchema,
  at: instantSchema,
  action: z.enum(AUDIT_ACTIONS),
  staffMemberId: idSchema,
  staffMemberName: nameSchema,
  customerId: opaqueIdSchema,
  /** `customersMerged`: the records merged into `customerId`. */
  mergedIds: z.optional(z.array(opaqueIdSchema)),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const listAuditLogInputSchema = z.object({
  businessId: z.optional(idSchema),
  /** Entries of one customer record only. */
  customerId: z.optional(opaqueIdSchema),
});
export type ListAuditLogInput = z.infer<typeof listAuditLogInputSchema>;

// ---------------------------------------------------------------- approval and attendance

export const approveAppointmentInputSchema = z.object({
  businessId: z.optional(idSchema),
  appointmentId: opaqueIdSchema,
});
export type ApproveAppointmentInput = z.infer<typeof approveAppointmentInputSchema>;

export const declineAppointmentInputSchema = z.object({
  businessId: z.optional(idSchema),
  appointmentId: opaqueIdSchema,
  /** Sent to the customer with the news (R15). */
  message: z.optional(messageSchema),
});
export type DeclineAppointmentInput = z.infer<typeof declineAppointmentInputSchema>;

export const markAttendanceInputSchema = z.object({
  businessId: z.optional(idSchema),
  appointmentId: opaqueIdSchema,
  /** `null` clears a mark made by mistake. */
  attendance: z.nullable(z.enum(ATTENDANCE)),
});
export type MarkAttendanceInput = z.infer<typeof markAttendanceInputSchema>;

// ---------------------------------------------------------------- figures

export const getFiguresInputSchema = z
  .object({ businessId: z.optional(idSchema), start: instantSchema, end: instantSchema })
  .check(rangeCheck(ADMIN_RANGE_DAYS));
export type GetFiguresInput = z.infer<typeof getFiguresInputSchema>;

const countsShape = {
  /** Appointments starting in the range that were not cancelled (no-shows included). */
  booked: z.int(),
  cancelled: z.int(),
  noShow: z.int(),
};
export const figureRowSchema = z.object({ id: idSchema, name: nameSchema, ...countsShape });
export type FigureRow = z.infer<typeof figureRowSchema>;
export const weekFigureSchema = z.object({
  /** The week's Monday, `yyyy-MM-dd` in the business's zone (ISO weeks). */
  weekStart: z.string(),
  ...countsShape,
});
export type WeekFigure = z.infer<typeof weekFigureSchema>;

/** Bookings, cancellations and no-shows by start, per week, service and staff member (the figures on screen). */
export const figuresSchema = z.object({
  start: instantSchema,
  end: instantSchema,
  timeZone: timeZoneSchema,
  totals: z.object(countsShape),
  weeks: z.array(weekFigureSchema),
  services: z.array(figureRowSchema),
  staff: z.array(figureRowSchema),
});
export type Figures = z.infer<typeof figuresSchema>;

/** R15 and R23: what an outbox message is about. */
export const OUTBOX_KINDS = [
  'confirmation',
  'reschedule',
  'cancellation',
  'reminder',
  'timeOff',
  'requested',
  'approved',
  'declined',
  'expired',
  'customerCreated',
  'waitlistJoined',
  'waitlistOffer',
  'waitlistLapsed',
] as const;
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
  /** Waitlist messages (issue 20): the entry they are about. */
  waitlistEntryId: z.optional(opaqueIdSchema),
  kind: z.enum(OUTBOX_KINDS),
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
  /** E-mail: the plain-text part; SMS: the text; webhook: the JSON payload. */
  body: z.string(),
  /** E-mail: the HTML part (accessible, inline-styled, nothing remote). */
  html: z.optional(z.string()),
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

/** Everything the business holds about one customer (a data subject's access request), as JSON. */
export const customerDataExportSchema = z.object({
  exportedAt: instantSchema,
  business: z.object({ id: idSchema, displayName: nameSchema }),
  customer: customerRecordSchema,
  appointments: z.array(staffAppointmentSchema),
  /** The customer's waitlist entries (matched by email address, else phone number), oldest first. */
  waitlist: z.array(staffWaitlistEntrySchema),
  /** Messages addressed to the customer. */
  messages: z.array(outboxMessageSchema),
});
export type CustomerDataExport = z.infer<typeof customerDataExportSchema>;

export const listWebhookDeliveriesInputSchema = z.object({
  businessId: z.optional(idSchema),
  webhookId: z.optional(idSchema),
  status: z.optional(z.enum(OUTBOX_STATUSES)),
});
export type ListWebhookDeliveriesInput = z.infer<typeof listWebhookDeliveriesInputSchema>;

// ---------------------------------------------------------------- explainer, report, publishing, calendars

export const explainAvailabilityInputSchema = z
  .object({
    businessId: z.optional(idSchema),
    serviceId: idSchema,
    staffMemberId: z.optional(idSchema),
    start: instantSchema,
    /** Explains a move of this appointment: it does not stand in its own way. */
    appointmentId: z.optional(opaqueIdSchema),
    /** A length other than the service's (a resized appointment). */
    end: z.optional(instantSchema),
  })
  .check(endAfterStart(DAY_MS));
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
  getAppointmentSeries: getAppointmentSeriesInputSchema,
  listAppointmentsOutsideRules: outsideRulesInputSchema,
  listCustomers: listCustomersInputSchema,
  getCustomer: getCustomerInputSchema,
  createCustomer: createCustomerInputSchema,
  updateCustomer: updateCustomerInputSchema,
  importCustomers: importCustomersInputSchema,
  mergeCustomers: mergeCustomersInputSchema,
  exportCustomerData: exportCustomerDataInputSchema,
  eraseCustomer: eraseCustomerInputSchema,
  listAuditLog: listAuditLogInputSchema,
  approveAppointment: approveAppointmentInputSchema,
  declineAppointment: declineAppointmentInputSchema,
  markAttendance: markAttendanceInputSchema,
  getFigures: getFiguresInputSchema,
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
  previewMessage: previewMessageInputSchema,
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
