/**
 * What webhook receivers get (issue 18), documented in docs/openapi.json (`webhooks`) and checked by
 * the server tests. Apart from webhooks.ts so no browser bundle carries it (or the zod union and
 * literal types it needs): only the OpenAPI generator and the tests import it.
 */
// The layer rule's 'zod' pattern also matches 'zod/mini', the one zod entry schemas may use.
import * as z from 'zod/mini';
import { idSchema, instantSchema, opaqueIdSchema, webUrlSchema } from './primitives.js';

const webhookCustomerSchema = z.object({
  name: z.string(),
  emailAddress: z.optional(z.string()),
  phone: z.optional(z.string()),
  timeZone: z.string(),
  languageTag: z.optional(z.string()),
  notes: z.optional(z.string()),
});

/** The appointment as every `appointment.*` event carries it: the customer's answers and consent time included. */
export const webhookAppointmentSchema = z.object({
  id: opaqueIdSchema,
  status: z.enum(['booked', 'cancelled']),
  serviceId: idSchema,
  serviceName: z.string(),
  staffMemberId: idSchema,
  staffMemberName: z.string(),
  start: instantSchema,
  end: instantSchema,
  isLocationOnline: z.boolean(),
  joinWebUrl: z.optional(webUrlSchema),
  customer: webhookCustomerSchema,
  answers: z.array(
    z.object({
      questionId: idSchema,
      /** The question's text when the answer was sent. */
      question: z.optional(z.string()),
      answer: z.optional(z.string()),
      selectedOptions: z.optional(z.array(z.string())),
    }),
  ),
  /** When the customer ticked the consent box (R13); null when consent was not asked. */
  consentedAt: z.nullable(instantSchema),
  smsOptIn: z.boolean(),
  bookedBy: z.enum(['customer', 'staff']),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  cancelledAt: z.optional(instantSchema),
  cancelledBy: z.optional(z.enum(['customer', 'staff'])),
  cancellationMessage: z.optional(z.string()),
});

const envelope = <T extends string, D extends z.ZodMiniType>(type: T, data: D) =>
  z.object({ type: z.literal(type), timestamp: instantSchema, data });

/**
 * What a webhook receiver gets: the Standard Webhooks payload `{ type, timestamp, data }`, POSTed
 * with the `webhook-id`, `webhook-timestamp` and `webhook-signature` headers.
 */
export const webhookEventSchema = z.discriminatedUnion('type', [
  envelope('appointment.created', z.object({ businessId: idSchema, appointment: webhookAppointmentSchema })),
  envelope(
    'appointment.rescheduled',
    z.object({
      businessId: idSchema,
      appointment: webhookAppointmentSchema,
      /** Where it was before the move. */
      previous: z.object({ start: instantSchema, end: instantSchema }),
    }),
  ),
  envelope('appointment.cancelled', z.object({ businessId: idSchema, appointment: webhookAppointmentSchema })),
  envelope(
    'customer.created',
    z.object({ businessId: idSchema, customer: webhookCustomerSchema, appointmentId: opaqueIdSchema }),
  ),
]);
export type WebhookEvent = z.infer<typeof webhookEventSchema>;
