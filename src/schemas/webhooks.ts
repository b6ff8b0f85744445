/**
 * Webhook subscriptions (issue 18): per business, a URL, the events it wants and the secret its
 * deliveries are signed with (Standard Webhooks), managed by administrators.
 */
// The layer rule's 'zod' pattern also matches 'zod/mini', the one zod entry schemas may use.
import * as z from 'zod/mini';
import { idSchema, instantSchema, LIMITS, messageCheck, opaqueIdSchema, webUrlSchema } from './primitives.js';

export const WEBHOOK_EVENTS = [
  'appointment.created',
  'appointment.rescheduled',
  'appointment.cancelled',
  'customer.created',
] as const;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const noControl = messageCheck<string>((v) => (CONTROL.test(v) ? 'must not contain control characters' : null));

/** `whsec_` + base64 of 24 to 64 bytes, as Standard Webhooks libraries expect. */
export const webhookSecretSchema = z
  .string()
  .check(
    z.regex(
      /^whsec_(?:[A-Za-z0-9+/]{4}){8,22}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,
      'expected whsec_ followed by the base64 of 24 to 64 random bytes; leave it out to have one made',
    ),
  );

export const webhookEventsSchema = z.array(z.enum(WEBHOOK_EVENTS)).check(
  z.minLength(1, 'choose at least one event'),
  z.maxLength(WEBHOOK_EVENTS.length),
  messageCheck<string[]>((list) => (new Set(list).size === list.length ? null : 'an event is listed twice')),
);

const webhookUrlSchema = webUrlSchema.check(noControl);
const descriptionSchema = z.string().check(z.trim(), z.maxLength(LIMITS.name), noControl);

export const webhookSubscriptionSchema = z.object({
  id: idSchema,
  url: webhookUrlSchema,
  events: webhookEventsSchema,
  /** Shown to administrators only: the receiver needs it to verify signatures. */
  secret: webhookSecretSchema,
  description: z.optional(descriptionSchema),
  enabled: z.boolean(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type WebhookSubscription = z.infer<typeof webhookSubscriptionSchema>;

export const newWebhookSchema = z.object({
  url: webhookUrlSchema,
  events: webhookEventsSchema,
  secret: z.optional(webhookSecretSchema),
  description: z.optional(descriptionSchema),
  enabled: z._default(z.boolean(), true),
});
export type NewWebhook = z.input<typeof newWebhookSchema>;

export const createWebhookInputSchema = z.object({ businessId: z.optional(idSchema), webhook: newWebhookSchema });
export type CreateWebhookInput = z.input<typeof createWebhookInputSchema>;

export const updateWebhookInputSchema = z.object({
  businessId: z.optional(idSchema),
  webhookId: idSchema,
  patch: z.object({
    url: z.optional(webhookUrlSchema),
    events: z.optional(webhookEventsSchema),
    /** A new secret (rotation); the receiver must be given it too. */
    secret: z.optional(webhookSecretSchema),
    description: z.optional(z.nullable(descriptionSchema)),
    enabled: z.optional(z.boolean()),
  }),
});
export type UpdateWebhookInput = z.input<typeof updateWebhookInputSchema>;

export const webhookRefInputSchema = z.object({ businessId: z.optional(idSchema), webhookId: idSchema });
export type WebhookRefInput = z.infer<typeof webhookRefInputSchema>;

export const redeliverMessageInputSchema = z.object({ businessId: z.optional(idSchema), messageId: opaqueIdSchema });
export type RedeliverMessageInput = z.infer<typeof redeliverMessageInputSchema>;

// ---------------------------------------------------------------- payloads (documented in OpenAPI)

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
