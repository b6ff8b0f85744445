/**
 * Webhook subscriptions and the delivery log (issue 18). Administrators only (`writeSettings`):
 * a subscription's secret signs what other systems will trust. The delivery log is the outbox's
 * `webhook` messages; a failed (or delivered) message can be sent again, under the same
 * `webhook-id`, so a receiver that already has it drops it.
 */
import {
  adminAdapterInputSchemas as S,
  type ListWebhookDeliveriesInput,
  type OutboxMessage,
} from '../../schemas/admin.js';
import type {
  CreateWebhookInput,
  RedeliverMessageInput,
  UpdateWebhookInput,
  WebhookRefInput,
  WebhookSubscription,
} from '../../schemas/webhooks.js';
import type { CallOptions } from '../../contract/adapter.js';
import { BookingError } from '../../contract/errors.js';
import { json, parseInput, toIso } from '../boundary.js';
import { base64url, newId, randomBytes } from '../crypto.js';
import type { StoredOutboxMessage, StoredWebhook } from '../store.js';
import { type AdminScope, require } from './admin-scope.js';

/** At most this many subscriptions per business. */
const MAX_WEBHOOKS = 20;

/** A new Standard Webhooks secret: `whsec_` + base64 of 24 random bytes (192 bits). */
export function newWebhookSecret(): string {
  return `whsec_${base64url(randomBytes(24)).replace(/-/g, '+').replace(/_/g, '/')}`;
}

function view(w: StoredWebhook): WebhookSubscription {
  return json<WebhookSubscription>(w);
}

export async function listWebhooks(
  scope: AdminScope,
  input: { businessId?: string },
  options?: CallOptions,
): Promise<WebhookSubscription[]> {
  const req = parseInput(S.listWebhooks, input);
  return scope.tx('readonly', ['businesses'], req.businessId, options, (_tx, actor) => {
    require(actor.perms.writeSettings, 'Only administrators manage webhooks.');
    return Promise.resolve((actor.stored.webhooks ?? []).map(view));
  });
}

export async function createWebhook(
  scope: AdminScope,
  input: CreateWebhookInput,
  options?: CallOptions,
): Promise<WebhookSubscription> {
  const req = parseInput(S.createWebhook, input);
  return scope.tx('readwrite', ['businesses'], req.businessId, options, async (tx, actor) => {
    require(actor.perms.writeSettings, 'Only administrators manage webhooks.');
    const list = actor.stored.webhooks ?? [];
    if (list.length >= MAX_WEBHOOKS) {
      throw new BookingError('policy-violation', `A business may have at most ${MAX_WEBHOOKS} webhooks.`);
    }
    const now = toIso(scope.backend.now());
    const w = req.webhook;
    const created: StoredWebhook = {
      id: newId('wh'),
      url: w.url,
      events: [...w.events],
      secret: w.secret ?? newWebhookSecret(),
      ...(w.description ? { description: w.description } : {}),
      enabled: w.enabled,
      createdAt: now,
      updatedAt: now,
    };
    await tx.put('businesses', { ...actor.stored, webhooks: [...list, created] });
    return view(created);
  });
}

export async function updateWebhook(
  scope: AdminScope,
  input: UpdateWebhookInput,
  options?: CallOptions,
): Promise<WebhookSubscription> {
  const req = parseInput(S.updateWebhook, input);
  return scope.tx('readwrite', ['businesses'], req.businessId, options, async (tx, actor) => {
    require(actor.perms.writeSettings, 'Only administrators manage webhooks.');
    const list = actor.stored.webhooks ?? [];
    const current = list.find((w) => w.id === req.webhookId);
    if (!current) throw new BookingError('not-found', `No such webhook: ${req.webhookId}`);
    const { description, ...rest } = req.patch;
    const next: StoredWebhook = { ...current, updatedAt: toIso(scope.backend.now()) };
    if (rest.url !== undefined) next.url = rest.url;
    if (rest.events !== undefined) next.events = [...rest.events];
    if (rest.secret !== undefined) next.secret = rest.secret;
    if (rest.enabled !== undefined) next.enabled = rest.enabled;
    if (description === null || description === '') delete next.description;
    else if (description !== undefined) next.description = description;
    await tx.put('businesses', { ...actor.stored, webhooks: list.map((w) => (w.id === current.id ? next : w)) });
    return view(next);
  });
}

/** Removes a subscription; its deliveries still pending stop (they stay in the log as cancelled). */
export async function deleteWebhook(scope: AdminScope, input: WebhookRefInput, options?: CallOptions): Promise<void> {
  const req = parseInput(S.deleteWebhook, input);
  await scope.tx('readwrite', ['businesses', 'outbox'], req.businessId, options, async (tx, actor) => {
    require(actor.perms.writeSettings, 'Only administrators manage webhooks.');
    const list = actor.stored.webhooks ?? [];
    if (!list.some((w) => w.id === req.webhookId))
      throw new BookingError('not-found', `No such webhook: ${req.webhookId}`);
    await tx.put('businesses', { ...actor.stored, webhooks: list.filter((w) => w.id !== req.webhookId) });
    const id = actor.business.id;
    for (const m of await tx.range('outbox', 'business_due', [id, -Infinity], [id, Infinity])) {
      if (m.webhook?.subscriptionId === req.webhookId && m.status === 'pending') {
        await tx.put('outbox', { ...m, status: 'cancelled' });
      }
    }
  });
}

/** The delivery log: the latest 200 webhook messages, newest first, of one subscription or all. */
export async function listWebhookDeliveries(
  scope: AdminScope,
  input: ListWebhookDeliveriesInput,
  options?: CallOptions,
): Promise<OutboxMessage[]> {
  const req = parseInput(S.listWebhookDeliveries, input);
  return scope.tx('readonly', ['businesses', 'outbox'], req.businessId, options, async (tx, actor) => {
    require(actor.perms.writeSettings, 'Only administrators manage webhooks.');
    const id = actor.business.id;
    const rows = (await tx.range('outbox', 'business_due', [id, -Infinity], [id, Infinity])).filter(
      (m) =>
        m.channel === 'webhook' &&
        (req.webhookId === undefined || m.webhook?.subscriptionId === req.webhookId) &&
        (req.status === undefined || m.status === req.status),
    );
    return rows
      .sort((x, y) => y.dueAtMs - x.dueAtMs || y.createdAt.localeCompare(x.createdAt))
      .slice(0, 200)
      .map(outboxView);
  });
}

/**
 * Sends a message again: a failed one (or a delivered one a receiver lost), with a fresh attempt
 * count, due now. Webhook messages keep their id, the `webhook-id`; a receiver that has it drops it.
 */
export async function redeliverMessage(
  scope: AdminScope,
  input: RedeliverMessageInput,
  options?: CallOptions,
): Promise<OutboxMessage> {
  const req = parseInput(S.redeliverMessage, input);
  return scope.tx('readwrite', ['businesses', 'outbox'], req.businessId, options, async (tx, actor) => {
    require(actor.perms.writeSettings, 'Only administrators redeliver messages.');
    const m = await tx.get('outbox', req.messageId);
    if (!m || m.businessId !== actor.business.id) throw new BookingError('not-found', 'No such message.');
    if (m.channel === 'calendar' || (m.status !== 'failed' && m.status !== 'sent')) {
      throw new BookingError('policy-violation', 'Only a sent or failed message can be sent again.');
    }
    if (m.webhook && !(actor.stored.webhooks ?? []).some((w) => w.id === m.webhook?.subscriptionId)) {
      throw new BookingError('policy-violation', 'Its webhook has been deleted.');
    }
    const now = scope.backend.now();
    const next: StoredOutboxMessage = {
      ...m,
      status: 'pending',
      dueAtMs: now,
      dueAt: toIso(now),
      delivery: { ...(m.delivery ?? {}), attempts: 0, redeliveredAt: toIso(now) },
    };
    delete next.delivery?.nextAttemptAt;
    await tx.put('outbox', next);
    return outboxView(next);
  });
}

export function outboxView({ dueAtMs: _dueAtMs, ...m }: StoredOutboxMessage): OutboxMessage {
  return m;
}
