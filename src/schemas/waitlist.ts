/**
 * Payloads of the waitlist (issue 20): a customer joins the list of a full class session or of a
 * day without free time, with details and consent as for a booking; their private link shows
 * their place and lets them leave, or claim the place they were offered. Staff list the entries,
 * take someone off, or offer a place now. Customer text is plain text, bounded, without control
 * characters (the booking's own schemas).
 */
// The layer rule's 'zod' pattern also matches 'zod/mini', the one zod entry schemas may use.
import * as z from 'zod/mini';
import { answersSchema, bookResultSchema, customerDetailsSchema } from './booking.js';
import { idSchema, instantSchema, languageTagSchema, nameSchema } from './fields.js';
import { dateSchema, idempotencyKeySchema, opaqueIdSchema, tokenSchema } from './fields-extra.js';

export const WAITLIST_STATES = ['waiting', 'offered', 'claimed', 'left', 'lapsed'] as const;

/**
 * Joining: `start` names a class session that is full; `date` (the business's own calendar day) a
 * day with no free time for the service and staff member (or Anyone). Exactly one of the two.
 */
export const joinWaitlistInputSchema = z
  .object({
    businessId: z.optional(idSchema),
    serviceId: idSchema,
    /** Absent: "Anyone" (R9). */
    staffMemberId: z.optional(idSchema),
    start: z.optional(instantSchema),
    date: z.optional(dateSchema),
    customer: customerDetailsSchema,
    answers: z.optional(answersSchema),
    consent: z.optional(z.object({ accepted: z.boolean() })),
    smsOptIn: z.optional(z.boolean()),
  })
  .check(
    z.refine((v) => (v.start === undefined) !== (v.date === undefined), {
      message: 'give either start (a class session) or date (a day), not both',
      path: ['start'],
    }),
  );
export type JoinWaitlistInput = z.infer<typeof joinWaitlistInputSchema>;

/** What the customer's private link shows: their wish, their place and any offer. */
export const waitlistEntrySchema = z.object({
  id: opaqueIdSchema,
  businessId: idSchema,
  businessName: nameSchema,
  serviceId: idSchema,
  serviceName: nameSchema,
  staffMemberId: z.optional(idSchema),
  staffName: z.optional(nameSchema),
  wish: z.enum(['session', 'day']),
  /** `session`: its start. */
  start: z.optional(instantSchema),
  /** `day`: the day, in the business's time zone. */
  date: z.optional(dateSchema),
  businessTimeZone: z.string(),
  state: z.enum(WAITLIST_STATES),
  /** 1 for the first person waiting on this list; absent once the entry has ended. */
  position: z.optional(z.int().check(z.minimum(1))),
  /** People on this list (waiting or with an offer). */
  waitingCount: z.int().check(z.minimum(0)),
  /** `offered`: the place held, and until when. */
  offer: z.optional(
    z.object({ start: instantSchema, end: instantSchema, staffName: z.optional(nameSchema), expiresAt: instantSchema }),
  ),
  appointmentId: z.optional(opaqueIdSchema),
  customerName: nameSchema,
  createdAt: instantSchema,
});
export type WaitlistEntry = z.infer<typeof waitlistEntrySchema>;

export const joinWaitlistResultSchema = z.object({ entry: waitlistEntrySchema, waitlistToken: tokenSchema });
export type JoinWaitlistResult = z.infer<typeof joinWaitlistResultSchema>;

export const waitlistRefInputSchema = z.object({
  entryId: opaqueIdSchema,
  waitlistToken: tokenSchema,
  /** The language of the business's texts (the service name). */
  languageTag: z.optional(languageTagSchema),
});
export type WaitlistRefInput = z.infer<typeof waitlistRefInputSchema>;

export const leaveWaitlistInputSchema = z.object({ entryId: opaqueIdSchema, waitlistToken: tokenSchema });
export type LeaveWaitlistInput = z.infer<typeof leaveWaitlistInputSchema>;

export const claimWaitlistOfferInputSchema = z.object({
  entryId: opaqueIdSchema,
  waitlistToken: tokenSchema,
  /** A retry with the same key answers with the first result. */
  idempotencyKey: idempotencyKeySchema,
});
export type ClaimWaitlistOfferInput = z.infer<typeof claimWaitlistOfferInputSchema>;

export const customerWaitlistSchemas = {
  joinWaitlist: { input: joinWaitlistInputSchema, output: joinWaitlistResultSchema },
  getWaitlistEntry: { input: waitlistRefInputSchema, output: waitlistEntrySchema },
  leaveWaitlist: { input: leaveWaitlistInputSchema, output: z.undefined() },
  claimWaitlistOffer: { input: claimWaitlistOfferInputSchema, output: bookResultSchema },
} as const;

// ---------------------------------------------------------------- staff

/** One entry as staff see it: the customer's contact details too. */
export const staffWaitlistEntrySchema = z.object({
  ...waitlistEntrySchema.shape,
  customer: customerDetailsSchema,
  answers: answersSchema,
  listKey: z.string(),
  offers: z.int().check(z.minimum(0)),
  endedBy: z.optional(z.enum(['customer', 'staff'])),
  lapseReason: z.optional(z.enum(['offer', 'passed'])),
  endedAt: z.optional(instantSchema),
});
export type StaffWaitlistEntry = z.infer<typeof staffWaitlistEntrySchema>;

export const listWaitlistInputSchema = z.object({
  businessId: z.optional(idSchema),
  serviceId: z.optional(idSchema),
  /** Also entries that ended (claimed, left, lapsed). Default: waiting and offered only. */
  includeEnded: z.optional(z.boolean()),
});
export type ListWaitlistInput = z.infer<typeof listWaitlistInputSchema>;

export const waitlistEntryRefSchema = z.object({ businessId: z.optional(idSchema), entryId: opaqueIdSchema });
export type WaitlistEntryRef = z.infer<typeof waitlistEntryRefSchema>;

export const adminWaitlistSchemas = {
  listWaitlist: { input: listWaitlistInputSchema, output: z.array(staffWaitlistEntrySchema) },
  removeWaitlistEntry: { input: waitlistEntryRefSchema, output: staffWaitlistEntrySchema },
  offerWaitlistPlace: { input: waitlistEntryRefSchema, output: staffWaitlistEntrySchema },
} as const;
