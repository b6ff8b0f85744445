/**
 * Delivers the outbox (R15): e-mail over SMTP, text messages through an SMS provider, and signed
 * webhooks. The rules write messages in the same transaction as the booking they are about; this
 * worker sends the due ones later, so a slow or failing receiver never fails or slows a booking.
 * (The `calendar` channel is the calendar service's.)
 *
 * Safe on several nodes: a batch is claimed in one statement with `FOR UPDATE SKIP LOCKED`, which
 * also sets a lease, so two nodes never take the same message, and a node that dies mid-send only
 * delays its messages until the lease runs out (at-least-once: a crash right after the receiver
 * accepted a message may send it twice, never zero times; webhooks carry the message id as
 * `webhook-id` so a receiver drops the second). A failure is retried with backoff; SMS and
 * webhooks stop after a limit of attempts (or at once when no retry can help: an address that is
 * private, a number the gateway refuses, 410 Gone) and the message becomes `failed`, the reason in
 * its `delivery`. E-mail is retried longer (hourly, for about two days by default) and gives up at
 * once only when the mail server refuses the recipient for good (a 5xx reply to RCPT TO): an SMTP
 * outage or a wrong password is retried, since fixing the server sends everything waiting. A message cancelled while being sent stays
 * cancelled. Each attempt is written into the message's `delivery`, which the admin outbox shows.
 */
import type { OutboxDelivery, StoredOutboxMessage, StoredWebhook } from '../backend/store.js';
import { DeliveryError } from './channels/delivery.js';
import type { SmsProvider } from './channels/sms.js';
import type { WebhookSender } from './channels/webhook-sender.js';
import { isSealed, UNREADABLE_MESSAGE, type WebhookSecrets } from './webhook-secrets.js';
import type { Database } from './database.js';
import type { Logger } from './log.js';

export interface MailMessage {
  from: string;
  to: string;
  replyTo?: string;
  subject: string;
  text: string;
  /** The HTML alternative; with it the message is multipart/alternative (text first, as RFC 2046 orders). */
  html?: string;
  headers: Record<string, string>;
  attachments: { filename: string; content: string; contentType: string }[];
}

/** Sends one message; throwing means "not sent, try again later". nodemailer's transport fits. */
export interface MailTransport {
  sendMail(message: MailMessage): Promise<unknown>;
  close?(): void;
}

export interface OutboxWorkerOptions {
  db: Database;
  /** E-mail; without it e-mail messages stay pending (the admin outbox shows them). */
  transport?: MailTransport;
  /** Text messages; without it no SMS is queued (the booking page offers no opt-in). */
  sms?: SmsProvider;
  /** Signed webhooks (always on in the server). */
  webhooks?: WebhookSender;
  /** Opens the signing secrets the store sealed (webhook-secrets.ts). */
  webhookSecrets?: WebhookSecrets;
  /** Attempts before an SMS or a webhook is given up as `failed` (default 8). */
  maxAttempts?: number;
  /** Attempts before an e-mail is given up as `failed` (default 48: about two days, hourly after the first hour). */
  emailMaxAttempts?: number;
  /** The sender address, e.g. `bookings@clinic.example`; the business's name is shown with it. */
  from: string;
  now: () => number;
  log: Logger;
  batchSize?: number;
  /** How long a claimed message is reserved for this node (default 2 minutes). */
  leaseMs?: number;
}

interface BusinessRow {
  name: string;
  email?: string;
  webhooks: StoredWebhook[];
}

interface ClaimedRow {
  id: string;
  doc: StoredOutboxMessage;
  attempts: number;
}

function backoffMs(attempts: number): number {
  return Math.min(3_600_000, 30_000 * 2 ** Math.max(0, attempts - 1));
}

/** Waits after the 1st, 2nd, … failed attempt of an SMS or a webhook: 30 s, 2 min, 10 min, 1 h, 3 h, 6 h, 12 h. */
const RETRY_SCHEDULE_MS = [30_000, 120_000, 600_000, 3_600_000, 10_800_000, 21_600_000, 43_200_000];

export function retryDelayMs(attempts: number): number {
  return RETRY_SCHEDULE_MS[Math.min(attempts, RETRY_SCHEDULE_MS.length) - 1] ?? 30_000;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * The mail server refused the recipient for good: a 5xx reply to RCPT TO (no such mailbox, relay
 * denied). nodemailer marks it `EENVELOPE` or names the command. Other refusals (4xx, a failed
 * sign-in, a server that cannot be reached) can pass once the cause is fixed: they are retried.
 */
function recipientRefused(error: unknown): boolean {
  const e = error as { code?: unknown; command?: unknown; responseCode?: unknown } | null;
  if (!e || typeof e.responseCode !== 'number' || e.responseCode < 500 || e.responseCode > 599) return false;
  return e.code === 'EENVELOPE' || e.command === 'RCPT TO';
}

function quoteName(name: string): string {
  return `"${name.replace(/[\\"\r\n]/g, ' ')}"`;
}

function icsMethod(ics: string): string {
  return /^METHOD:([A-Z]+)\r?$/m.exec(ics)?.[1] ?? 'REQUEST';
}

export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;

  constructor(private readonly options: OutboxWorkerOptions) {}

  /** Polls every `intervalMs` until `stop`. */
  start(intervalMs = 5_000): void {
    const tick = (): void => {
      if (this.stopped) return;
      this.running = this.runOnce()
        .catch((error: unknown) => this.options.log.error('outbox delivery failed', { error }))
        .finally(() => {
          this.running = undefined;
          if (!this.stopped) this.timer = setTimeout(tick, intervalMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  /** Stops polling and waits for the batch in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    this.options.transport?.close?.();
  }

  /** The channels this worker delivers. */
  private channels(): string[] {
    const o = this.options;
    return [...(o.transport ? ['email'] : []), ...(o.sms ? ['sms'] : []), ...(o.webhooks ? ['webhook'] : [])];
  }

  /** Claims and sends one batch of due messages. */
  async runOnce(): Promise<{ sent: number; failed: number }> {
    const { db, now, batchSize = 20, leaseMs = 120_000 } = this.options;
    const channels = this.channels();
    if (channels.length === 0) return { sent: 0, failed: 0 };
    const t = now();
    const claimed = await db.query<ClaimedRow>(
      `UPDATE outbox SET lease_until_ms = $2, attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM outbox
         WHERE status = 'pending' AND channel = ANY($4::text[]) AND due_at_ms <= $1
           AND next_attempt_at_ms <= $1 AND lease_until_ms <= $1
         ORDER BY due_at_ms LIMIT $3
         FOR UPDATE SKIP LOCKED)
       RETURNING id, doc, attempts`,
      [t, t + leaseMs, batchSize, channels],
    );
    if (claimed.length === 0) return { sent: 0, failed: 0 };
    const ids = [...new Set(claimed.map((r) => r.doc.businessId))];
    const businesses = await this.businesses(ids);
    let sent = 0;
    let failed = 0;
    for (const row of claimed) {
      const m = row.doc;
      // Attempts since the message was written or redelivered (the document's, which a redelivery resets).
      const attempt = (m.delivery?.attempts ?? 0) + 1;
      const before: OutboxDelivery = { ...(m.delivery ?? {}), attempts: attempt, lastAttemptAt: iso(now()) };
      delete before.nextAttemptAt;
      try {
        const outcome = await this.send(m, businesses.get(m.businessId));
        if (outcome === 'gone') {
          await this.finish(row.id, 'cancelled', { ...before, lastError: 'Its webhook was deleted or disabled.' });
          continue;
        }
        const delivery: OutboxDelivery = { ...before, sentAt: iso(now()) };
        delete delivery.lastError;
        if (outcome.status !== undefined) delivery.lastStatus = outcome.status;
        if (outcome.providerId !== undefined) delivery.providerId = outcome.providerId;
        // Only a still-pending message becomes sent: a reminder cancelled meanwhile stays cancelled.
        await this.finish(row.id, 'sent', delivery);
        sent++;
      } catch (error) {
        failed++;
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        const delivery: OutboxDelivery = { ...before, lastError: message };
        if (error instanceof DeliveryError && error.status !== undefined) delivery.lastStatus = error.status;
        else delete delivery.lastStatus;
        const limited = m.channel !== 'email';
        const max = limited ? (this.options.maxAttempts ?? 8) : (this.options.emailMaxAttempts ?? 48);
        const permanent = (error instanceof DeliveryError && error.permanent) || recipientRefused(error);
        if (permanent || attempt >= max) {
          await this.finish(row.id, 'failed', delivery);
          this.options.log.warn(`${m.channel} not delivered; given up`, {
            messageId: row.id,
            attempts: attempt,
            error: message,
          });
          continue;
        }
        const next = now() + (limited ? retryDelayMs(attempt) : backoffMs(row.attempts));
        delivery.nextAttemptAt = iso(next);
        await db.query(
          `UPDATE outbox SET lease_until_ms = 0, next_attempt_at_ms = $2, last_error = $3,
             doc = jsonb_set(doc::jsonb, '{delivery}', $4::jsonb)::json
           WHERE id = $1 AND status = 'pending'`,
          [row.id, next, message, JSON.stringify(delivery)],
        );
        this.options.log.warn(`${m.channel} not sent; will retry`, {
          messageId: row.id,
          attempts: attempt,
          error: message,
        });
      }
    }
    this.options.log.info('outbox batch delivered', { sent, failed });
    return { sent, failed };
  }

  /** Sends one message on its channel; `gone`: its webhook no longer exists or is disabled. */
  private async send(
    m: StoredOutboxMessage,
    business: BusinessRow | undefined,
  ): Promise<'gone' | { status?: number; providerId?: string }> {
    const o = this.options;
    if (m.channel === 'email' && o.transport) {
      if (!m.recipient.emailAddress) throw new DeliveryError('the recipient has no email address');
      await o.transport.sendMail(this.mailOf(m, business));
      return {};
    }
    if (m.channel === 'sms' && o.sms) {
      if (!m.recipient.phone) throw new DeliveryError('the recipient has no phone number', { permanent: true });
      return o.sms.send({ to: m.recipient.phone, body: m.body, languageTag: m.languageTag, messageId: m.id });
    }
    if (m.channel === 'webhook' && o.webhooks) {
      const hook = business?.webhooks.find((w) => w.id === m.webhook?.subscriptionId);
      if (!hook || !hook.enabled) return 'gone';
      if (isSealed(hook.secret)) throw new DeliveryError(UNREADABLE_MESSAGE);
      return o.webhooks.deliver(m, hook);
    }
    throw new DeliveryError(`no sender for the ${m.channel} channel`);
  }

  /** Ends a delivery: `sent`, `failed` or `cancelled`, unless the message is no longer pending. */
  private async finish(id: string, status: 'sent' | 'failed' | 'cancelled', delivery: OutboxDelivery): Promise<void> {
    await this.options.db.query(
      `UPDATE outbox SET doc = jsonb_set(jsonb_set(doc::jsonb, '{delivery}', $3::jsonb), '{status}', $2::jsonb)::json,
         sent_at_ms = CASE WHEN $4 THEN $5::bigint ELSE sent_at_ms END, lease_until_ms = 0, next_attempt_at_ms = 0,
         last_error = $6
       WHERE id = $1 AND status = 'pending'`,
      [
        id,
        JSON.stringify(status),
        JSON.stringify(delivery),
        status === 'sent',
        this.options.now(),
        delivery.lastError ?? null,
      ],
    );
  }

  private async businesses(ids: readonly string[]): Promise<Map<string, BusinessRow>> {
    // Whole documents, read here: PostgreSQL's JSON operators would fail on a stored value they
    // cannot turn into text, and with them the batch of every business (see auth.ts memberships).
    type Doc = { config?: { displayName?: string; email?: string }; webhooks?: StoredWebhook[] };
    const rows = await this.options.db.query<{ id: string; doc: Doc | string }>(
      `SELECT id, doc FROM businesses WHERE id = ANY($1::text[])`,
      [ids],
    );
    const parse = (doc: Doc | string): Doc => {
      try {
        return typeof doc === 'string' ? (JSON.parse(doc) as Doc) : doc;
      } catch {
        return {};
      }
    };
    return new Map(
      rows.map((r) => {
        const doc = parse(r.doc);
        const config = doc.config;
        const webhooks = this.options.webhookSecrets?.open({ id: r.id, webhooks: doc.webhooks ?? [] }).webhooks;
        return [
          r.id,
          {
            name: config?.displayName ?? r.id,
            ...(config?.email ? { email: config.email } : {}),
            webhooks: webhooks ?? doc.webhooks ?? [],
          },
        ];
      }),
    );
  }

  mailOf(m: StoredOutboxMessage, business: { name: string; email?: string } | undefined): MailMessage {
    const to = m.recipient.name
      ? `${quoteName(m.recipient.name)} <${m.recipient.emailAddress ?? ''}>`
      : (m.recipient.emailAddress ?? '');
    return {
      from: business ? `${quoteName(business.name)} <${this.options.from}>` : this.options.from,
      to,
      ...(business?.email ? { replyTo: business.email } : {}),
      subject: m.subject,
      text: m.body,
      ...(m.html ? { html: m.html } : {}),
      headers: { 'Content-Language': m.languageTag, 'X-Booking-Message-Id': m.id },
      attachments: m.ics
        ? [
            {
              filename: 'invite.ics',
              content: m.ics,
              contentType: `text/calendar; charset=utf-8; method=${icsMethod(m.ics)}`,
            },
          ]
        : [],
    };
  }
}
