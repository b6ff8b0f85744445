/**
 * Webhooks: other systems (a CRM, a payment tool, an automation service) learn of bookings.
 * A business keeps its subscriptions (URL, events, secret) on its stored record, never in its
 * configuration, so exports and read-only roles never see a secret. An event becomes one outbox
 * message per subscriber, written in the same transaction as the change it announces; the server's
 * outbox worker signs it per Standard Webhooks and delivers it at least once, the outbox message id
 * being the `webhook-id` a receiver drops duplicates by.
 */
import type { Business } from '../core/types.js';
import { findService } from './backend.js';
import { toIso } from './boundary.js';
import { newId } from './crypto.js';
import type {
  OutboxKind,
  StoredAppointment,
  StoredBusiness,
  StoredOutboxMessage,
  StoredWebhook,
  StoreTx,
  WebhookEventType,
} from './store.js';
import { staffName } from './views.js';

export const WEBHOOK_EVENT_TYPES = [
  'appointment.created',
  'appointment.rescheduled',
  'appointment.cancelled',
  'customer.created',
] as const satisfies readonly WebhookEventType[];

const KIND_OF: Record<WebhookEventType, OutboxKind> = {
  'appointment.created': 'confirmation',
  'appointment.rescheduled': 'reschedule',
  'appointment.cancelled': 'cancellation',
  'customer.created': 'customerCreated',
};

function subscribers(stored: StoredBusiness | undefined, type: WebhookEventType): StoredWebhook[] {
  return (stored?.webhooks ?? []).filter((w) => w.enabled && w.events.includes(type));
}

/** The customer as the payload shows them. */
function customerData(a: StoredAppointment): Record<string, unknown> {
  const c = a.customer;
  return {
    name: c.name,
    ...(c.emailAddress ? { emailAddress: c.emailAddress } : {}),
    ...(c.phone ? { phone: c.phone } : {}),
    timeZone: c.timeZone,
    ...(c.languageTag ? { languageTag: c.languageTag } : {}),
    ...(c.notes ? { notes: c.notes } : {}),
  };
}

/** The appointment as every `appointment.*` payload shows it: answers and consent time included. */
export function appointmentData(business: Business, a: StoredAppointment): Record<string, unknown> {
  const questions = new Map(business.customQuestions.map((q) => [q.id, q.displayName]));
  const service = findService(business, a.serviceId);
  return {
    id: a.id,
    status: a.status,
    serviceId: a.serviceId,
    serviceName: service?.displayName ?? a.serviceName,
    staffMemberId: a.staffMemberId,
    staffMemberName: staffName(business, a.staffMemberId),
    start: toIso(a.startMs),
    end: toIso(a.endMs),
    isLocationOnline: service?.isLocationOnline ?? a.joinWebUrl !== undefined,
    ...(a.joinWebUrl ? { joinWebUrl: a.joinWebUrl } : {}),
    customer: customerData(a),
    answers: a.answers.map((x) => ({
      questionId: x.questionId,
      ...(questions.has(x.questionId) ? { question: questions.get(x.questionId) } : {}),
      ...(x.answer !== undefined ? { answer: x.answer } : {}),
      ...(x.selectedOptions ? { selectedOptions: x.selectedOptions } : {}),
    })),
    consentedAt: a.consentedAt,
    smsOptIn: a.smsOptIn,
    bookedBy: a.bookedBy,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    ...(a.cancelledAt ? { cancelledAt: a.cancelledAt } : {}),
    ...(a.cancelledBy ? { cancelledBy: a.cancelledBy } : {}),
    ...(a.cancellationMessage ? { cancellationMessage: a.cancellationMessage } : {}),
  };
}

function message(
  business: Business,
  hook: StoredWebhook,
  type: WebhookEventType,
  nowMs: number,
  data: Record<string, unknown>,
  appointmentId: string,
): StoredOutboxMessage {
  const id = newId('msg');
  const timestamp = toIso(nowMs);
  // The Standard Webhooks payload: `type`, `timestamp` and `data`.
  const body = JSON.stringify({ type, timestamp, data: { businessId: business.id, ...data } });
  return {
    id,
    businessId: business.id,
    appointmentId,
    kind: KIND_OF[type],
    channel: 'webhook',
    recipient: { role: 'webhook', name: hook.description ?? hook.url },
    webhook: { subscriptionId: hook.id, url: hook.url, event: type },
    languageTag: business.languageTag ?? 'en',
    timeZone: business.businessTimeZone,
    subject: type,
    body,
    createdAt: timestamp,
    dueAtMs: nowMs,
    dueAt: timestamp,
    status: 'pending',
  };
}

/** Whether any earlier appointment of the business has this customer (same email, else phone). */
async function isNewCustomer(tx: StoreTx, a: StoredAppointment): Promise<boolean> {
  const key = customerKey(a);
  if (key === undefined) return true;
  const rows = await tx.range('appointments', 'business_start', [a.businessId, -Infinity], [a.businessId, Infinity]);
  return !rows.some((r) => r.id !== a.id && customerKey(r) === key);
}

function customerKey(a: StoredAppointment): string | undefined {
  const c = a.customer;
  if (c.emailAddress) return `mail:${c.emailAddress.trim().toLowerCase()}`;
  if (c.phone) return `tel:${c.phone.replace(/\D/g, '')}`;
  return undefined;
}

/**
 * Writes the webhook messages of one appointment event (and `customer.created` for a booking by a
 * customer the business has not seen before), inside the transaction that makes the change. The
 * transaction must include `businesses`, `appointments` and `outbox`; the new or changed
 * appointment is already written.
 */
export async function putWebhookEvents(
  tx: StoreTx,
  business: Business,
  a: StoredAppointment,
  type: 'appointment.created' | 'appointment.rescheduled' | 'appointment.cancelled',
  nowMs: number,
  extra: { previousStartMs?: number; previousEndMs?: number } = {},
): Promise<void> {
  const stored = await tx.get('businesses', business.id);
  if (!stored?.webhooks?.length) return;
  const data: Record<string, unknown> = { appointment: appointmentData(business, a) };
  if (extra.previousStartMs !== undefined && extra.previousEndMs !== undefined) {
    data['previous'] = { start: toIso(extra.previousStartMs), end: toIso(extra.previousEndMs) };
  }
  for (const hook of subscribers(stored, type))
    await tx.put('outbox', message(business, hook, type, nowMs, data, a.id));
  if (type !== 'appointment.created') return;
  const wanting = subscribers(stored, 'customer.created');
  if (wanting.length === 0 || !(await isNewCustomer(tx, a))) return;
  const customer = { customer: customerData(a), appointmentId: a.id };
  for (const hook of wanting)
    await tx.put('outbox', message(business, hook, 'customer.created', nowMs, customer, a.id));
}
