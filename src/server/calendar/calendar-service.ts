/**
 * The server's staff calendars (backend/connectors/calendar-connector.ts `CalendarService`) on
 * PostgreSQL / PGlite: connections with sealed credentials, the busy-time cache, the sync worker,
 * delivery of `calendar` outbox messages to CalDAV, and the private appointment feeds.
 *
 * Several nodes: a sync claims due connections with `FOR UPDATE SKIP LOCKED` and a lease, as the
 * email worker claims messages, so two nodes never read one calendar at once and a node that dies
 * mid-sync only delays that calendar until the lease runs out. Failures back off (one interval,
 * then 1, 2, 4 … minutes, at most an hour); the cached busy time stays until it is too old to trust
 * (`staleAfterMs`, see `personalCalendarFromCache`), never silently dropped.
 *
 * Calendar writes are delivered by the appointment's state at delivery time: booked with this staff
 * member and the message's SEQUENCE current → PUT; cancelled or moved to someone else → DELETE;
 * an older version → skipped (a newer message carries the current one). Messages of one
 * appointment are never in flight on two nodes at once.
 */
import { createHash, randomBytes } from 'node:crypto';
import { BookingError } from '../../contract/errors.js';
import type { PersonalCalendarState } from '../../core/engine-types.js';
import type { Business, EpochMs, Interval } from '../../core/types.js';
import { busyFromIcs, IcsParseError } from '../../backend/connectors/ical-busy.js';
import {
  appointmentUid,
  DEFAULT_SYNC_INTERVAL_MS,
  isAppointmentUid,
  maskAddress,
  personalCalendarFromCache,
  STALE_AFTER_INTERVALS,
  staffZone,
  syncBackoffMs,
  syncRange,
  type CalendarConnectBlock,
  type CalendarConnectionInfo,
  type CalendarConnector,
  type CalendarCursor,
  type CalendarService,
  type CalendarSource,
  type CalendarStatusEntry,
} from '../../backend/connectors/calendar-connector.js';
import type { StoredAppointment, StoredOutboxMessage } from '../../backend/store.js';
import type { Database } from '../database.js';
import type { Logger } from '../log.js';
import { caldavConnector, CalendarConnectError, icsFeedConnector } from './connectors.js';
import { DEFAULT_FETCH_POLICY, type FetchPolicy } from '../safe-fetch.js';
import { SecretBox } from '../secret-box.js';

export interface CalendarServiceOptions {
  db: Database;
  now: () => number;
  log: Logger;
  /** `CALENDAR_SECRET`: without it nothing is connected (credentials would sit in the clear). */
  secret?: string;
  /** How often each calendar is read (default 5 minutes). */
  intervalMs?: number;
  /** How old the last good sync may be before the calendar counts as unreadable (default 3 intervals). */
  staleAfterMs?: number;
  /** Address checks, size and time limits of every calendar request. */
  fetchPolicy?: Partial<FetchPolicy>;
  /** The public URL of a feed token, e.g. `https://booking.example/api/calendar-feeds/<token>.ics`. */
  feedUrl: (token: string) => string;
  /** Replaces the built-in connectors (tests). */
  connectors?: Partial<Record<'ics' | 'caldav', CalendarConnector>>;
}

interface ConnectionRow {
  business_id: string;
  staff_member_id: string;
  kind: 'ics' | 'caldav';
  sealed_source: string;
  address: string;
  user_name: string | null;
  calendar_name: string | null;
  cursor: CalendarCursor;
  busy: [number, number][];
  coverage_start_ms: string | number | null;
  coverage_end_ms: string | number | null;
  event_count: number | null;
  connected_at_ms: string | number;
  last_synced_at_ms: string | number | null;
  last_attempt_at_ms: string | number | null;
  last_error: string | null;
  failures: number;
  next_sync_at_ms: string | number;
}

const num = (v: string | number | null): number | undefined => (v === null ? undefined : Number(v));
const ROW_CONTEXT = (businessId: string, staffMemberId: string): string => `${businessId}\u0000${staffMemberId}`;
/** Conditional reads only while the cached coverage still reaches this close to the needed end. */
const FULL_READ_SLACK_MS = 6 * 3_600_000;

export function hashFeedToken(token: string): string {
  return createHash('sha256').update(`calendar-feed:${token}`).digest('hex');
}

export interface SyncOutcome {
  ok: boolean;
  events?: number;
  busy?: number;
  unchanged?: boolean;
  error?: string;
}

export class PgCalendarService implements CalendarService {
  readonly connectBlock: CalendarConnectBlock | undefined;
  readonly intervalMs: number;
  readonly staleAfterMs: number;
  private readonly box: SecretBox | undefined;
  private readonly connectors: Record<'ics' | 'caldav', CalendarConnector>;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;

  constructor(private readonly options: CalendarServiceOptions) {
    this.box = options.secret ? new SecretBox(options.secret) : undefined;
    this.connectBlock = this.box ? undefined : 'notConfigured';
    this.intervalMs = options.intervalMs ?? DEFAULT_SYNC_INTERVAL_MS;
    this.staleAfterMs = options.staleAfterMs ?? STALE_AFTER_INTERVALS * this.intervalMs;
    const policy: FetchPolicy = { ...DEFAULT_FETCH_POLICY, ...(options.fetchPolicy ?? {}) };
    this.connectors = {
      ics: options.connectors?.ics ?? icsFeedConnector(policy),
      caldav: options.connectors?.caldav ?? caldavConnector(policy),
    };
  }

  // ------------------------------------------------------------------ CalendarService

  async status(businessId: string, staffMemberIds: readonly string[]): Promise<Map<string, CalendarStatusEntry>> {
    const { db } = this.options;
    const out = new Map<string, CalendarStatusEntry>();
    const rows = await db.query<ConnectionRow>(
      `SELECT * FROM calendar_connections WHERE business_id = $1 AND staff_member_id = ANY($2::text[])`,
      [businessId, [...staffMemberIds]],
    );
    for (const r of rows) out.set(r.staff_member_id, { connection: this.info(r) });
    const feeds = await db.query<{ staff_member_id: string; created_at_ms: string }>(
      `SELECT staff_member_id, created_at_ms FROM calendar_feeds WHERE business_id = $1 AND staff_member_id = ANY($2::text[])`,
      [businessId, [...staffMemberIds]],
    );
    for (const f of feeds) {
      out.set(f.staff_member_id, {
        ...(out.get(f.staff_member_id) ?? {}),
        feed: { createdAt: Number(f.created_at_ms) },
      });
    }
    return out;
  }

  async connect(i: {
    businessId: string;
    staffMemberId: string;
    source: CalendarSource;
  }): Promise<CalendarConnectionInfo> {
    const box = this.requireBox();
    const { db, now } = this.options;
    const connector = this.connectors[i.source.kind];
    const business = await this.business(i.businessId);
    if (!business) throw new BookingError('not-found', `No such business: ${i.businessId}`);
    // Tested and read in full before anything is stored: a calendar that cannot be read is refused.
    let tested: { cursor: CalendarCursor; name?: string };
    let read: { cursor: CalendarCursor; busy: Interval[]; events: number; range: Interval };
    try {
      tested = await connector.test(i.source);
      const full = await this.readBusy(connector, i.source, tested.cursor, business, i.staffMemberId, undefined);
      if (full === 'unchanged') throw new Error('the calendar answered "unchanged" to a first read');
      read = full;
    } catch (error) {
      throw this.refusal(error);
    }
    const t = now();
    const userName = i.source.kind === 'caldav' ? i.source.userName : null;
    await db.query(
      `INSERT INTO calendar_connections (business_id, staff_member_id, kind, sealed_source, address, user_name,
         calendar_name, cursor, busy, coverage_start_ms, coverage_end_ms, event_count, connected_at_ms,
         last_synced_at_ms, last_attempt_at_ms, last_error, failures, next_sync_at_ms, lease_until_ms)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::json, $9::json, $10, $11, $12, $13, $13, $13, NULL, 0, $14, 0)
       ON CONFLICT (business_id, staff_member_id) DO UPDATE SET kind = EXCLUDED.kind,
         sealed_source = EXCLUDED.sealed_source, address = EXCLUDED.address, user_name = EXCLUDED.user_name,
         calendar_name = EXCLUDED.calendar_name, cursor = EXCLUDED.cursor, busy = EXCLUDED.busy,
         coverage_start_ms = EXCLUDED.coverage_start_ms, coverage_end_ms = EXCLUDED.coverage_end_ms,
         event_count = EXCLUDED.event_count, connected_at_ms = EXCLUDED.connected_at_ms,
         last_synced_at_ms = EXCLUDED.last_synced_at_ms, last_attempt_at_ms = EXCLUDED.last_attempt_at_ms,
         last_error = NULL, failures = 0, next_sync_at_ms = EXCLUDED.next_sync_at_ms, lease_until_ms = 0`,
      [
        i.businessId,
        i.staffMemberId,
        i.source.kind,
        box.seal(JSON.stringify(i.source), ROW_CONTEXT(i.businessId, i.staffMemberId)),
        maskAddress(i.source.url),
        userName,
        tested.name ?? null,
        JSON.stringify(read.cursor),
        JSON.stringify(read.busy.map((b) => [b.start, b.end])),
        read.range.start,
        read.range.end,
        read.events,
        t,
        t + this.intervalMs,
      ],
    );
    this.options.log.info('calendar connected', {
      businessId: i.businessId,
      staffMemberId: i.staffMemberId,
      kind: i.source.kind,
      events: read.events,
    });
    const row = await this.row(i.businessId, i.staffMemberId);
    if (!row) throw new BookingError('busy', 'The calendar connection was removed meanwhile.');
    return this.info(row);
  }

  async disconnect(businessId: string, staffMemberId: string): Promise<boolean> {
    const rows = await this.options.db.query(
      `DELETE FROM calendar_connections WHERE business_id = $1 AND staff_member_id = $2 RETURNING staff_member_id`,
      [businessId, staffMemberId],
    );
    // Writes still queued for it cannot be delivered any more.
    await this.options.db.query(
      `UPDATE outbox SET doc = jsonb_set(doc::jsonb, '{status}', '"cancelled"')::json, last_error = $3
       WHERE business_id = $1 AND channel = 'calendar' AND status = 'pending' AND doc->'recipient'->>'staffMemberId' = $2`,
      [businessId, staffMemberId, 'The calendar was disconnected.'],
    );
    return rows.length > 0;
  }

  async syncNow(businessId: string, staffMemberId: string): Promise<CalendarConnectionInfo> {
    const row = await this.row(businessId, staffMemberId);
    if (!row) throw new BookingError('not-found', 'No calendar is connected for this staff member.');
    await this.syncRow(row);
    const after = await this.row(businessId, staffMemberId);
    if (!after) throw new BookingError('not-found', 'No calendar is connected for this staff member.');
    return this.info(after);
  }

  async busy(businessId: string, staffMemberId: string, range: Interval): Promise<PersonalCalendarState> {
    const row = await this.row(businessId, staffMemberId);
    const cache = row
      ? {
          busy: row.busy.map(([start, end]) => ({ start: Number(start), end: Number(end) })),
          coverage:
            row.coverage_start_ms !== null && row.coverage_end_ms !== null
              ? { start: Number(row.coverage_start_ms), end: Number(row.coverage_end_ms) }
              : undefined,
          lastSyncedAt: num(row.last_synced_at_ms),
          lastError: row.last_error ?? undefined,
        }
      : undefined;
    return personalCalendarFromCache(cache, range, this.options.now(), this.staleAfterMs);
  }

  async writers(businessId: string): Promise<ReadonlySet<string>> {
    const rows = await this.options.db.query<{ staff_member_id: string }>(
      `SELECT staff_member_id FROM calendar_connections WHERE business_id = $1 AND kind = 'caldav'`,
      [businessId],
    );
    return new Set(rows.map((r) => r.staff_member_id));
  }

  async createFeed(businessId: string, staffMemberId: string): Promise<{ url: string; createdAt: EpochMs }> {
    const token = randomBytes(32).toString('base64url');
    const t = this.options.now();
    await this.options.db.transaction('readwrite', async (sql) => {
      await sql.query(`DELETE FROM calendar_feeds WHERE business_id = $1 AND staff_member_id = $2`, [
        businessId,
        staffMemberId,
      ]);
      await sql.query(
        `INSERT INTO calendar_feeds (token_hash, business_id, staff_member_id, created_at_ms) VALUES ($1, $2, $3, $4)`,
        [hashFeedToken(token), businessId, staffMemberId, t],
      );
    });
    return { url: this.options.feedUrl(token), createdAt: t };
  }

  async revokeFeed(businessId: string, staffMemberId: string): Promise<boolean> {
    const rows = await this.options.db.query(
      `DELETE FROM calendar_feeds WHERE business_id = $1 AND staff_member_id = $2 RETURNING token_hash`,
      [businessId, staffMemberId],
    );
    return rows.length > 0;
  }

  /** Whose feed a token opens, if it is a current one. */
  async feedOwner(token: string): Promise<{ businessId: string; staffMemberId: string } | undefined> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
    const rows = await this.options.db.query<{ business_id: string; staff_member_id: string }>(
      `SELECT business_id, staff_member_id FROM calendar_feeds WHERE token_hash = $1`,
      [hashFeedToken(token)],
    );
    const r = rows[0];
    return r ? { businessId: r.business_id, staffMemberId: r.staff_member_id } : undefined;
  }

  // ------------------------------------------------------------------ the worker

  /** Syncs the due calendars and delivers the due calendar writes, every `intervalMs / 5` (at least every minute). */
  start(pollMs = Math.min(60_000, Math.max(1_000, this.intervalMs / 5))): void {
    const tick = (): void => {
      if (this.stopped) return;
      this.running = this.runOnce()
        .catch((error: unknown) => this.options.log.error('calendar sync failed', { error }))
        .finally(() => {
          this.running = undefined;
          if (!this.stopped) this.timer = setTimeout(tick, pollMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One round: the due syncs, then the due calendar writes. */
  async runOnce(): Promise<{ synced: number; failed: number; written: number; writeFailures: number }> {
    const s = await this.syncDue();
    const w = await this.deliverWrites();
    return { synced: s.synced, failed: s.failed, written: w.written, writeFailures: w.failed };
  }

  /** Claims and syncs the connections whose time has come. */
  async syncDue(batchSize = 10, leaseMs = 120_000): Promise<{ synced: number; failed: number }> {
    const { db, now } = this.options;
    const t = now();
    const claimed = await db.query<ConnectionRow>(
      `UPDATE calendar_connections c SET lease_until_ms = $2
       FROM (SELECT business_id, staff_member_id FROM calendar_connections
             WHERE next_sync_at_ms <= $1 AND lease_until_ms <= $1
             ORDER BY next_sync_at_ms LIMIT $3 FOR UPDATE SKIP LOCKED) due
       WHERE c.business_id = due.business_id AND c.staff_member_id = due.staff_member_id
       RETURNING c.*`,
      [t, t + leaseMs, batchSize],
    );
    let synced = 0;
    let failed = 0;
    for (const row of claimed) {
      const outcome = await this.syncRow(row);
      if (outcome.ok) synced++;
      else failed++;
    }
    return { synced, failed };
  }

  /** Reads one calendar and updates its cache; a failure is recorded, never thrown. */
  async syncRow(row: ConnectionRow): Promise<SyncOutcome> {
    const { db, now, log } = this.options;
    const started = performance.now();
    const key = { businessId: row.business_id, staffMemberId: row.staff_member_id };
    try {
      const business = await this.business(row.business_id);
      if (!business || !business.staffMembers.some((s) => s.id === row.staff_member_id)) {
        // The staff member (or business) is gone: so is their calendar.
        await this.disconnect(row.business_id, row.staff_member_id);
        return { ok: false, error: 'the staff member no longer exists' };
      }
      const source = this.openSource(row);
      const previousEnd = num(row.coverage_end_ms);
      const read = await this.readBusy(
        this.connectors[row.kind],
        source,
        row.cursor,
        business,
        row.staff_member_id,
        previousEnd,
      );
      const t = now();
      if (read === 'unchanged') {
        await db.query(
          `UPDATE calendar_connections SET last_synced_at_ms = $3, last_attempt_at_ms = $3, last_error = NULL,
             failures = 0, next_sync_at_ms = $4, lease_until_ms = 0
           WHERE business_id = $1 AND staff_member_id = $2`,
          [row.business_id, row.staff_member_id, t, t + this.intervalMs],
        );
        log.info('calendar unchanged', { ...key, ms: Math.round(performance.now() - started) });
        return { ok: true, unchanged: true };
      }
      await db.query(
        `UPDATE calendar_connections SET cursor = $3::json, busy = $4::json, coverage_start_ms = $5,
           coverage_end_ms = $6, event_count = $7, last_synced_at_ms = $8, last_attempt_at_ms = $8,
           last_error = NULL, failures = 0, next_sync_at_ms = $9, lease_until_ms = 0
         WHERE business_id = $1 AND staff_member_id = $2`,
        [
          row.business_id,
          row.staff_member_id,
          JSON.stringify(read.cursor),
          JSON.stringify(read.busy.map((b) => [b.start, b.end])),
          read.range.start,
          read.range.end,
          read.events,
          t,
          t + this.intervalMs,
        ],
      );
      log.info('calendar synced', {
        ...key,
        events: read.events,
        busy: read.busy.length,
        ms: Math.round(performance.now() - started),
      });
      return { ok: true, events: read.events, busy: read.busy.length };
    } catch (error) {
      const message = this.describe(error);
      const failures = row.failures + 1;
      const t = now();
      await db.query(
        `UPDATE calendar_connections SET last_attempt_at_ms = $3, last_error = $4, failures = $5,
           next_sync_at_ms = $6, lease_until_ms = 0
         WHERE business_id = $1 AND staff_member_id = $2`,
        [
          row.business_id,
          row.staff_member_id,
          t,
          message.slice(0, 500),
          failures,
          t + syncBackoffMs(failures, this.intervalMs),
        ],
      );
      log.warn('calendar sync failed; will retry', { ...key, failures, error: message });
      return { ok: false, error: message };
    }
  }

  /** Claims and delivers due `calendar` outbox messages (one appointment's never on two nodes at once). */
  async deliverWrites(batchSize = 20, leaseMs = 120_000): Promise<{ written: number; failed: number }> {
    const { db, now, log } = this.options;
    const t = now();
    const claimed = await db.query<{ id: string; doc: StoredOutboxMessage; attempts: number }>(
      `UPDATE outbox SET lease_until_ms = $2, attempts = attempts + 1
       WHERE id IN (
         SELECT o.id FROM outbox o
         WHERE o.status = 'pending' AND o.channel = 'calendar' AND o.due_at_ms <= $1
           AND o.next_attempt_at_ms <= $1 AND o.lease_until_ms <= $1
           AND NOT EXISTS (SELECT 1 FROM outbox busy WHERE busy.appointment_id = o.appointment_id
             AND busy.channel = 'calendar' AND busy.lease_until_ms > $1 AND busy.id <> o.id)
         ORDER BY o.due_at_ms, o.id LIMIT $3
         FOR UPDATE SKIP LOCKED)
       RETURNING id, doc, attempts`,
      [t, t + leaseMs, batchSize],
    );
    let written = 0;
    let failed = 0;
    for (const m of claimed) {
      try {
        const outcome = await this.deliver(m.doc);
        await db.query(
          `UPDATE outbox SET doc = jsonb_set(doc::jsonb, '{status}', $2::jsonb)::json,
             sent_at_ms = $3, lease_until_ms = 0, last_error = $4
           WHERE id = $1 AND status = 'pending'`,
          [
            m.id,
            JSON.stringify(outcome === 'superseded' ? 'cancelled' : 'sent'),
            now(),
            outcome === 'superseded' ? 'superseded by a newer version' : null,
          ],
        );
        if (outcome !== 'superseded') written++;
      } catch (error) {
        failed++;
        const message = this.describe(error);
        await db.query('UPDATE outbox SET lease_until_ms = 0, next_attempt_at_ms = $2, last_error = $3 WHERE id = $1', [
          m.id,
          now() + Math.min(3_600_000, 30_000 * 2 ** Math.max(0, m.attempts - 1)),
          message.slice(0, 500),
        ]);
        log.warn('calendar write failed; will retry', { messageId: m.id, attempts: m.attempts, error: message });
      }
    }
    return { written, failed };
  }

  private async deliver(m: StoredOutboxMessage): Promise<'put' | 'removed' | 'superseded'> {
    const staffMemberId = m.recipient.staffMemberId;
    if (!staffMemberId || !m.appointmentId) return 'superseded';
    const row = await this.row(m.businessId, staffMemberId);
    if (!row || row.kind !== 'caldav') return 'superseded';
    const connector = this.connectors.caldav;
    if (!connector.put || !connector.remove) return 'superseded';
    const source = this.openSource(row);
    const uid = appointmentUid(m.appointmentId);
    const rows = await this.options.db.query<{ doc: StoredAppointment }>(`SELECT doc FROM appointments WHERE id = $1`, [
      m.appointmentId,
    ]);
    const a = rows[0]?.doc;
    if (!a || a.status !== 'booked' || a.staffMemberId !== staffMemberId) {
      await connector.remove(source, row.cursor, uid);
      return 'removed';
    }
    const sequence = Number(/^SEQUENCE:(\d+)\r?$/m.exec(m.ics ?? '')?.[1] ?? -1);
    if (!m.ics || sequence !== a.sequence) return 'superseded';
    await connector.put(source, row.cursor, uid, m.ics);
    return 'put';
  }

  // ------------------------------------------------------------------ helpers

  private requireBox(): SecretBox {
    if (!this.box) {
      throw new BookingError(
        'policy-violation',
        'The server has no CALENDAR_SECRET, so it cannot store calendar addresses and passwords safely. Set CALENDAR_SECRET (see docs/deploy.md) and try again.',
      );
    }
    return this.box;
  }

  private openSource(row: ConnectionRow): CalendarSource {
    if (!this.box) throw new Error('CALENDAR_SECRET is not set: the stored calendar credentials cannot be read.');
    try {
      return JSON.parse(
        this.box.open(row.sealed_source, ROW_CONTEXT(row.business_id, row.staff_member_id)),
      ) as CalendarSource;
    } catch {
      throw new Error(
        'The stored credentials cannot be decrypted (was CALENDAR_SECRET changed?); connect the calendar again.',
      );
    }
  }

  private async readBusy(
    connector: CalendarConnector,
    source: CalendarSource,
    cursor: CalendarCursor,
    business: Business,
    staffMemberId: string,
    previousCoverageEnd: number | undefined,
  ): Promise<'unchanged' | { cursor: CalendarCursor; busy: Interval[]; events: number; range: Interval }> {
    const range = syncRange(business, this.options.now());
    // Conditional reads only while the cache still covers (almost) the whole horizon: time moves on.
    const conditional = previousCoverageEnd !== undefined && previousCoverageEnd >= range.end - FULL_READ_SLACK_MS;
    const use: CalendarCursor = conditional
      ? cursor
      : { ...(cursor.calendarUrl !== undefined ? { calendarUrl: cursor.calendarUrl } : {}) };
    const read = await connector.read(
      source,
      { start: new Date(range.start).toISOString(), end: new Date(range.end).toISOString() },
      use,
    );
    if (read.status === 'unchanged') return 'unchanged';
    const parsed = busyFromIcs(read.texts, {
      range,
      zone: staffZone(business, staffMemberId),
      ignoreUid: isAppointmentUid,
    });
    return { cursor: read.cursor, busy: parsed.busy, events: parsed.events, range };
  }

  private refusal(error: unknown): BookingError {
    if (error instanceof BookingError) return error;
    const field = error instanceof CalendarConnectError ? error.field : 'url';
    const message = this.describe(error);
    return new BookingError('invalid-input', `The calendar could not be connected: ${message}`, {
      issues: [{ path: `source.${field}`, message }],
    });
  }

  private describe(error: unknown): string {
    if (error instanceof IcsParseError) return `The calendar's data could not be read: ${error.message}.`;
    return error instanceof Error ? error.message : String(error);
  }

  private async row(businessId: string, staffMemberId: string): Promise<ConnectionRow | undefined> {
    const rows = await this.options.db.query<ConnectionRow>(
      `SELECT * FROM calendar_connections WHERE business_id = $1 AND staff_member_id = $2`,
      [businessId, staffMemberId],
    );
    return rows[0];
  }

  private async business(id: string): Promise<Business | undefined> {
    const rows = await this.options.db.query<{ config: Business }>(
      `SELECT doc->'config' AS config FROM businesses WHERE id = $1`,
      [id],
    );
    return rows[0]?.config;
  }

  private info(r: ConnectionRow): CalendarConnectionInfo {
    const out: CalendarConnectionInfo = {
      kind: r.kind,
      address: r.address,
      writesBookings: r.kind === 'caldav',
      connectedAt: Number(r.connected_at_ms),
      nextSyncAt: Number(r.next_sync_at_ms),
    };
    if (r.user_name) out.userName = r.user_name;
    if (r.cursor.calendarUrl) out.calendarUrl = maskAddress(r.cursor.calendarUrl);
    if (r.calendar_name) out.calendarName = r.calendar_name;
    const synced = num(r.last_synced_at_ms);
    if (synced !== undefined) out.lastSyncedAt = synced;
    const attempted = num(r.last_attempt_at_ms);
    if (attempted !== undefined) out.lastAttemptAt = attempted;
    if (r.last_error) out.lastError = r.last_error;
    if (synced !== undefined) out.busyCount = r.busy.length;
    if (r.event_count !== null) out.eventCount = r.event_count;
    return out;
  }
}
