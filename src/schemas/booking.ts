/**
 * Payloads of the customer-side adapter from choosing a time on: holds, the booking itself, and
 * the private link's view, reschedule and cancel (R11–R14). Apart from customer.ts so that a page
 * on the HTTP adapter downloads them only when the customer books.
 *
 * Customer text (name, notes, answers, cancellation reason) is plain text: it is rendered as text,
 * never as markup (R21), so `<script>` is accepted as a name; it is only bounded.
 */
// The layer rule's 'zod' pattern also matches 'zod/mini', the one zod entry schemas may use.
import * as z from 'zod/mini';
import { customerPageSchemas } from './customer.js';
import {
  addressSchema,
  attendeesCountSchema,
  boundedString,
  CONTROL_MESSAGE,
  emailSchema,
  endAfterStart,
  idSchema,
  instantSchema,
  languageTagSchema,
  LIMITS,
  messageCheck,
  messageSchema,
  nameSchema,
  phoneSchema,
  requiredText,
  timeZoneSchema,
  webUrlSchema,
} from './fields.js';
import {
  answerTextSchema,
  hasControlCharacters,
  idempotencyKeySchema,
  notesSchema,
  opaqueIdSchema,
  tokenSchema,
} from './fields-extra.js';

/** Issue 20: an appointment's place in its series ("3 of 10"). */
export const seriesPositionSchema = z.object({
  id: opaqueIdSchema,
  index: z.int().check(z.minimum(1), z.maximum(52)),
  count: z.int().check(z.minimum(1), z.maximum(52)),
});
export type SeriesPosition = z.infer<typeof seriesPositionSchema>;

// ---------------------------------------------------------------- holdSlot

export const holdSlotInputSchema = z.object({
  businessId: z.optional(idSchema),
  serviceId: idSchema,
  staffMemberId: z.optional(idSchema),
  start: instantSchema,
  /** The caller's previous hold, released in the same step: choosing another time keeps one hold. */
  replacesHoldId: z.optional(opaqueIdSchema),
});
export type HoldSlotInput = z.infer<typeof holdSlotInputSchema>;

export const holdSlotResultSchema = z.object({ holdId: opaqueIdSchema, expiresAt: instantSchema });
export type HoldSlotResult = z.infer<typeof holdSlotResultSchema>;

// ---------------------------------------------------------------- book

export const customerDetailsSchema = z.object({
  name: nameSchema,
  emailAddress: z.optional(emailSchema),
  phone: z.optional(phoneSchema),
  notes: z.optional(notesSchema),
  timeZone: timeZoneSchema,
  /** BCP 47 tag of the language the customer booked in; their messages and .ics use it (R15). Absent: the business's. */
  languageTag: z.optional(languageTagSchema),
});
export type CustomerDetails = z.infer<typeof customerDetailsSchema>;

/**
 * One answer. `answer` carries text (text, multiline), the chosen option (radioButton) or
 * `"true"` for a single ticked checkbox; `selectedOptions` the ticked options of a checkbox
 * question with options (a radioButton answer may come as one selected option too).
 */
export const answerSchema = z.object({
  questionId: idSchema,
  answer: z.optional(answerTextSchema),
  selectedOptions: z.optional(z.array(requiredText(LIMITS.name)).check(z.maxLength(LIMITS.options))),
});
export type Answer = z.infer<typeof answerSchema>;

export const answersSchema = z.array(answerSchema).check(
  z.maxLength(LIMITS.answers),
  z.superRefine((answers, ctx) => {
    answers.forEach((a, i) => {
      if (answers.findIndex((b) => b.questionId === a.questionId) !== i) {
        ctx.addIssue({
          code: 'custom',
          message: `duplicate answer for question ${a.questionId}`,
          path: [i, 'questionId'],
          input: answers,
        });
      }
    });
  }),
);

const TRACKING_KEY = /^[A-Za-z0-9_.-]{1,40}$/;
const trackingValueSchema = boundedString(LIMITS.trackingValue);

/** Why a metadata record is refused, or null: up to ten entries, short safe keys, one-line bounded text values. */
function metadataProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected an object of text values';
  const entries = Object.entries(value);
  if (entries.length > LIMITS.trackingEntries) return `at most ${LIMITS.trackingEntries} entries`;
  for (const [key, v] of entries) {
    if (!TRACKING_KEY.test(key)) return `${key}: keys are 1–40 letters, digits, ".", "_" or "-"`;
    if (typeof v !== 'string') return `${key}: expected text`;
    if (v.length > LIMITS.trackingValue) return `${key}: at most ${LIMITS.trackingValue} characters`;
    if (hasControlCharacters(v)) return `${key}: ${CONTROL_MESSAGE}`;
  }
  return null;
}

/**
 * Where a booking came from, for the site's marketing: the page URL's UTM parameters, a
 * site-defined `source` and up to ten metadata entries. Text only and bounded; staff see it, the
 * report exports it, customers never get it back.
 */
export const trackingSchema = z.object({
  source: z.optional(trackingValueSchema),
  utmSource: z.optional(trackingValueSchema),
  utmMedium: z.optional(trackingValueSchema),
  utmCampaign: z.optional(trackingValueSchema),
  utmTerm: z.optional(trackingValueSchema),
  utmContent: z.optional(trackingValueSchema),
  // A check rather than z.record: the page on the HTTP adapter downloads these schemas.
  metadata: z.optional(z.custom<Record<string, string>>().check(messageCheck(metadataProblem))),
});
export type Tracking = z.infer<typeof trackingSchema>;

export const bookRequestSchema = z.object({
  businessId: z.optional(idSchema),
  serviceId: idSchema,
  /** Absent means "Anyone": the adapter assigns one of the staff free at booking time (R9). */
  staffMemberId: z.optional(idSchema),
  start: instantSchema,
  customer: customerDetailsSchema,
  answers: z.optional(answersSchema),
  consent: z.optional(z.object({ accepted: z.boolean() })),
  smsOptIn: z.optional(z.boolean()),
  holdId: z.optional(opaqueIdSchema),
  /** Where the customer came from (UTM parameters, the site's source and metadata). */
  tracking: z.optional(trackingSchema),
  /** Retrying with the same key returns the first result (R11). */
  idempotencyKey: idempotencyKeySchema,
});
export type BookRequest = z.infer<typeof bookRequestSchema>;

/** One customer's view of an appointment: never other customers' data. */
export const customerAppointmentSchema = z
  .object({
    id: opaqueIdSchema,
    businessId: idSchema,
    businessName: nameSchema,
    serviceId: idSchema,
    serviceName: nameSchema,
    staffMemberIds: z.array(idSchema).check(z.maxLength(100)),
    staffNames: z.array(nameSchema).check(z.maxLength(100)),
    start: instantSchema,
    end: instantSchema,
    status: z.enum(['booked', 'cancelled']),
    isLocationOnline: z.boolean(),
    /** Online services (R16). */
    joinWebUrl: z.optional(webUrlSchema),
    /** Where an in-person appointment takes place. */
    address: z.optional(addressSchema),
    /** This customer's own details. */
    customer: customerDetailsSchema,
    answers: answersSchema,
    /** When the customer accepted the consent message (R13). */
    consentAcceptedAt: z.optional(instantSchema),
    smsOptIn: z.boolean(),
    /** Whether this customer may reschedule or cancel now (R6). */
    canManage: z.boolean(),
    /** Until when they may: `start − minimumLeadTime` (R6). */
    manageUntil: instantSchema,
    /** Classes (R8): seats taken, and seats in all. */
    attendeeCount: z.optional(z.int().check(z.minimum(0), z.maximum(LIMITS.maximumAttendees))),
    maximumAttendeesCount: attendeesCountSchema,
    cancellationReason: z.optional(messageSchema),
    createdBy: z.enum(['customer', 'staff']),
    /** R23: a request still waiting for the business's approval, or how one ended unconfirmed. */
    approval: z.optional(z.enum(['pending', 'declined', 'expired'])),
    /** Issue 20: one of a series (booked together, one manage link): its place and the series' size. */
    series: z.optional(seriesPositionSchema),
  })
  .check(endAfterStart());
export type CustomerAppointment = z.infer<typeof customerAppointmentSchema>;

export const bookResultSchema = z.object({ appointment: customerAppointmentSchema, manageToken: tokenSchema });
export type BookResult = z.infer<typeof bookResultSchema>;

// ---------------------------------------------------------------- manage (R14)

export const getBookingInputSchema = z.object({
  appointmentId: opaqueIdSchema,
  manageToken: tokenSchema,
  /** The language of the business's texts (the service name); absent: the language the customer booked in. */
  languageTag: z.optional(languageTagSchema),
});
export type GetBookingInput = z.infer<typeof getBookingInputSchema>;

export const rescheduleInputSchema = z.object({
  appointmentId: opaqueIdSchema,
  manageToken: tokenSchema,
  start: instantSchema,
  staffMemberId: z.optional(idSchema),
});
export type RescheduleInput = z.infer<typeof rescheduleInputSchema>;

export const cancelInputSchema = z.object({
  appointmentId: opaqueIdSchema,
  manageToken: tokenSchema,
  reason: z.optional(messageSchema),
});
export type CancelInput = z.infer<typeof cancelInputSchema>;

/** `cancel` resolves with nothing. */
export const cancelResultSchema = z.undefined();

/**
 * Input and output schema of every customer-side adapter method, for validating at the boundary
 * (`validate(customerAdapterSchemas.book.input, body)`).
 */
export const customerAdapterSchemas = {
  ...customerPageSchemas,
  holdSlot: { input: holdSlotInputSchema, output: holdSlotResultSchema },
  book: { input: bookRequestSchema, output: bookResultSchema },
  getBooking: { input: getBookingInputSchema, output: customerAppointmentSchema },
  reschedule: { input: rescheduleInputSchema, output: customerAppointmentSchema },
  cancel: { input: cancelInputSchema, output: cancelResultSchema },
} as const;
