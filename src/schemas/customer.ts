/**
 * Payloads of the customer-side adapter before a booking (DESIGN.md "Adapter interface (customer
 * side)"): the booking page and free times; booking.ts holds the booking's own (hold, book,
 * manage). The same shapes travel over HTTP; adapters validate inputs and outputs with these at
 * the boundary.
 *
 * Outputs are schemas too, and they strip unknown keys: a `BookingPageData` parsed here cannot
 * carry staff emails or appointments even if an adapter passes whole records by mistake.
 *
 * Customer text (name, notes, answers, cancellation reason) is plain text: it is rendered as text,
 * never as markup (R21), so `<script>` is accepted as a name; it is only bounded.
 */
// The layer rule's 'zod' pattern also matches 'zod/mini', the one zod entry schemas may use.
import * as z from 'zod/mini';
import type { AvailableSlot as CoreAvailableSlot } from '../core/types.js';
import {
  bookingPageSettingsSchema,
  customQuestionSchema,
  PRICE_TYPES,
  questionAssignmentSchema,
} from './business-public.js';
import {
  addressSchema,
  endAfterStart,
  attendeesCountSchema,
  currencySchema,
  descriptionSchema,
  durationSchema,
  emailSchema,
  idSchema,
  instantMs,
  instantSchema,
  intervalDurationSchema,
  languageTagSchema,
  LIMITS,
  nameSchema,
  phoneSchema,
  priceSchema,
  timeZoneSchema,
  webUrlSchema,
} from './fields.js';

const DAY_MS = 24 * 60 * 60_000;

// ---------------------------------------------------------------- getBookingPage

export const getBookingPageInputSchema = z.object({
  businessId: z.optional(idSchema),
  /** The customer's language: the business's texts come in it, each falling back to the business's own (issue 17). */
  languageTag: z.optional(languageTagSchema),
});
export type GetBookingPageInput = z.infer<typeof getBookingPageInputSchema>;

/** What a customer may know about the business. */
export const publicBusinessSchema = z.object({
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
});
export type PublicBusiness = z.infer<typeof publicBusinessSchema>;

/** The parts of a scheduling policy the page needs to lay out its calendar (R3, R5, R10). */
export const publicSchedulingPolicySchema = z.object({
  timeSlotInterval: intervalDurationSchema,
  minimumLeadTime: durationSchema,
  maximumAdvance: durationSchema,
  allowStaffSelection: z.boolean(),
});
export type PublicSchedulingPolicy = z.infer<typeof publicSchedulingPolicySchema>;

/** A service as the booking page shows it. Buffers, reminders and notes stay with the business. */
export const publicServiceSchema = z.object({
  id: idSchema,
  displayName: nameSchema,
  description: z.optional(descriptionSchema),
  defaultDuration: durationSchema,
  defaultPrice: z.optional(priceSchema),
  defaultPriceType: z.enum(PRICE_TYPES),
  currency: z.optional(currencySchema),
  isLocationOnline: z.boolean(),
  maximumAttendeesCount: attendeesCountSchema,
  staffMemberIds: z.array(idSchema).check(z.maxLength(1000)),
  customQuestions: z.array(questionAssignmentSchema).check(z.maxLength(LIMITS.answers)),
  isEmailRequired: z.boolean(),
  smsNotificationsEnabled: z.boolean(),
  /** Effective (R10): true only when both the page policy and the service policy allow it. */
  allowStaffSelection: z.boolean(),
  /** Effective: the service's own policy when it has one, else the business's (R5). */
  schedulingPolicy: publicSchedulingPolicySchema,
  /** Issue 20: present when customers may book a series: its most occurrences. */
  maximumOccurrences: z.optional(z.int()),
  /** Issue 20: customers may join a waiting list when nothing is free. */
  isWaitlistEnabled: z.optional(z.boolean()),
});
export type PublicService = z.infer<typeof publicServiceSchema>;

/** A bookable staff member as the page shows them: no email, role or hours. */
export const publicStaffMemberSchema = z.object({ id: idSchema, displayName: nameSchema });
export type PublicStaffMember = z.infer<typeof publicStaffMemberSchema>;

export const bookingPageDataSchema = z.object({
  business: publicBusinessSchema,
  bookingPageSettings: bookingPageSettingsSchema,
  schedulingPolicy: publicSchedulingPolicySchema,
  /** Visible services only (`isHiddenFromCustomers: false`). */
  services: z.array(publicServiceSchema).check(z.maxLength(500)),
  /** Bookable staff of the visible services. */
  staffMembers: z.array(publicStaffMemberSchema).check(z.maxLength(1000)),
  /** The questions the visible services ask. */
  customQuestions: z.array(customQuestionSchema).check(z.maxLength(200)),
});
export type BookingPageData = z.infer<typeof bookingPageDataSchema>;

// ---------------------------------------------------------------- getAvailability

export const availabilityRequestSchema = z
  .object({
    businessId: z.optional(idSchema),
    serviceId: idSchema,
    /** Absent means "Anyone" (R9). */
    staffMemberId: z.optional(idSchema),
    start: instantSchema,
    end: instantSchema,
  })
  .check(
    endAfterStart(),
    z.superRefine((value, ctx) => {
      const span = instantMs(value.end) - instantMs(value.start);
      if (span > LIMITS.availabilityRangeDays * DAY_MS) {
        ctx.addIssue({
          code: 'custom',
          message: `the range may span at most ${LIMITS.availabilityRangeDays} days`,
          path: ['end'],
          input: value,
        });
      }
    }),
  );
export type AvailabilityRequest = z.infer<typeof availabilityRequestSchema>;

export const availableSlotSchema = z
  .object({
    start: instantSchema,
    end: instantSchema,
    staffMemberIds: z.array(idSchema).check(z.minLength(1), z.maxLength(1000)),
    remainingCapacity: z.int().check(z.minimum(0), z.maximum(LIMITS.maximumAttendees)),
  })
  .check(endAfterStart());
// Core declares this type; re-exporting that one (not an inferred twin) keeps `export *` of both unambiguous.
export type { AvailableSlot } from '../core/types.js';
export const availableSlotsSchema = z.array(availableSlotSchema).check(z.maxLength(20_000));

/** A signed-in person on the customer side (R17 `restrictedToOrganization`). */
export const signedInUserSchema = z.object({
  emailAddress: emailSchema,
  displayName: z.optional(nameSchema),
  timeZone: z.optional(timeZoneSchema),
});
export type SignedInUser = z.infer<typeof signedInUserSchema>;

/**
 * Input and output schema of the customer-side methods a page needs before a booking: the booking
 * page and free times. Apart from the booking's schemas (booking.ts), so that a page on the HTTP
 * adapter shows its first free times before downloading those.
 */
export const customerPageSchemas = {
  getBookingPage: { input: getBookingPageInputSchema, output: bookingPageDataSchema },
  getAvailability: { input: availabilityRequestSchema, output: availableSlotsSchema },
} as const;

type Assignable<A, B> = [A] extends [B] ? true : false;
type Expect<T extends true> = T;
type _SlotMatchesCore = [
  Expect<Assignable<z.output<typeof availableSlotSchema>, CoreAvailableSlot>>,
  Expect<Assignable<CoreAvailableSlot, z.input<typeof availableSlotSchema>>>,
];
