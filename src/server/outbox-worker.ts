/**
 * Delivers the outbox (R15) by email. The rules write messages in the same transaction as the
 * booking they are about; this worker sends the due ones later, so a slow or failing mail server
 * never fails or slows a booking.
 *
 * Safe on several nodes: a batch is claimed in one statement with `FOR UPDATE SKIP LOCKED`, which
 * also sets a lease, so two nodes never take the same message, and a node that dies mid-send only
 * delays its messages until the lease runs out (at-least-once: a crash right after the mail server
 * accepted a message may send it twice, never zero times). A failure is retried with exponential
 * backoff (30 s, 1 min, 2 min … capped at an hour). A reminder cancelled while being sent stays
 * cancelled. SMS messages stay pending: no SMS provider is wired in; the admin outbox shows them.
 */
import type { StoredOutboxMessage } from '../backend/store.js';
import type { Database } from './database.js';
import type { Logger } from './log.js';

export interface MailMessage {
  from: string;
  to: string;
  replyTo?: string;
  subject: string;
  text: string;
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
  transport: MailTransport;
  /** The sender address, e.g. `bookings@clinic.example`; the business's name is shown with it. */
  from: string;
  now: () => number;
  log: Logger;
  batchSize?: number;
  /** How long a claimed message is reserved for this node (default 2 minutes). */
  leaseMs?: number;
}

interface ClaimedRow {
  id: string;
  doc: StoredOutboxMessage;
  attempts: number;
}

function backoffMs(attempts: number): number {
  return Math.min(3_600_000, 30_000 * 2 ** Math.max(0, attempts - 1));
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
    this.options.transport.close?.();
  }

  /** Claims and sends one batch of due messages. */
  async runOnce(): Promise<{ sent: number; failed: number }> {
    const { db, now, batchSize = 20, leaseMs = 120_000 } = this.options;
    const t = now();
    const claimed = await db.query<ClaimedRow>(
      `UPDATE outbox SET lease_until_ms = $2, attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM outbox
         WHERE status = 'pending' AND channel = 'email' AND due_at_ms <= $1
           AND next_attempt_at_ms <= $1 AND lease_until_ms <= $1
         ORDER BY due_at_ms LIMIT $3
         FOR UPDATE SKIP LOCKED)
       RETURNING id, doc, attempts`,
      [t, t + leaseMs, batchSize],
    );
    if (claimed.length === 0) return { sent: 0, failed: 0 };
    const names = await this.businessNames([...new Set(claimed.map((r) => r.doc.businessId))]);
    let sent = 0;
    let failed = 0;
    for (const row of claimed) {
      const m = row.doc;
      try {
        if (!m.recipient.emailAddress) throw new Error('the recipient has no email address');
        await this.options.transport.sendMail(this.mailOf(m, names.get(m.businessId)));
        // Only a still-pending message becomes sent: a reminder cancelled meanwhile stays cancelled.
        await db.query(
          `UPDATE outbox SET doc = jsonb_set(doc::jsonb, '{status}', '"sent"')::json,
             sent_at_ms = $2, lease_until_ms = 0, last_error = NULL
           WHERE id = $1 AND status = 'pending'`,
          [row.id, now()],
        );
        sent++;
      } catch (error) {
        failed++;
        const message = error instanceof Error ? error.message : String(error);
        await db.query('UPDATE outbox SET lease_until_ms = 0, next_attempt_at_ms = $2, last_error = $3 WHERE id = $1', [
          row.id,
          now() + backoffMs(row.attempts),
          message.slice(0, 500),
        ]);
        this.options.log.warn('email not sent; will retry', {
          messageId: row.id,
          attempts: row.attempts,
          error: message,
        });
      }
    }
    this.options.log.info('outbox batch delivered', { sent, failed });
    return { sent, failed };
  }

  private async businessNames(ids: readonly string[]): Promise<Map<string, { name: string; email?: string }>> {
    // Whole documents, read here: PostgreSQL's JSON operators would fail on a stored value they
    // cannot turn into text, and with them the batch of every business (see auth.ts memberships).
    type Doc = { config?: { displayName?: string; email?: string } };
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
        const config = parse(r.doc).config;
        return [r.id, { name: config?.displayName ?? r.id, ...(config?.email ? { email: config.email } : {}) }];
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
