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
