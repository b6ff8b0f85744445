/**
 * The backend's `Store` (src/backend/store.ts) on PostgreSQL (a server or PGlite), so the server runs the very
 * rules the in-browser adapter runs (R4–R21), written once.
 *
 * Isolation. The backend re-checks a slot and writes the booking in one transaction
 * (R11). On IndexedDB that transaction is exclusive; here several processes share the database,
 * so a `readwrite` transaction first takes a transaction-scoped advisory lock per business it
 * names (`TxOptions.businessIds`, in sorted order, so two transactions never wait on each other
 * in a cycle) and then runs in READ COMMITTED: every statement after the lock sees everything the
 * previous holder committed, and nobody else writes that business until we commit. That is the
 * serial order an IndexedDB store gives, per business, across nodes. A transaction that names no
 * business locks the whole store. Read-only transactions take no lock and read one snapshot.
 *
 * Bookings (issue 24, `TxOptions.bookingKeys`) are the exception: they take the business lock
 * *shared* and exclusive locks on their keys only (the class session, the customer), so bookings of
 * one business run side by side while a configuration write still has the business alone. What
 * the keys do not serialise (overlaps across starts, services, sessions) the exclusion constraint
 * refuses; a booking that meets it is run once more, and the rules then see the winner.
 *
 * Writes go out late (issue 24): a transaction's puts and deletes wait until its next read or its
 * end and then go together, in order, in as few statements as that allows (`packWrites`); a
 * booking's last statement writes everything and bumps its business's busy-time revision.
 *
 * Below the lock, the database's own constraints (migrations.ts) refuse an overlapping booking
 * and a second booking under one idempotency key even if a bug let one through: an exclusion
 * violation surfaces as `slot-unavailable` (409), never as a 500. Deadlocks and serialization
 * failures are retried; a database that cannot be reached is `busy` (503, retry later).
 */
import { BookingError } from '../contract/errors.js';
import {
  keptBusy,
  SCHEMA,
  type BusyRecord,
  type IndexKey,
  type IndexName,
  type Records,
  type Store,
  type StoredAppointment,
  type StoredBusiness,
  type StoredHold,
  type StoreName,
  type StoreTx,
  type TxMode,
  type TxOptions,
} from '../backend/store.js';
import { sqlState, SQLSTATE, unavailableError, type Database, type Sql } from './database.js';
import { WebhookSecrets } from './webhook-secrets.js';

/** The column of each index field (migrations.ts). */
const COLUMNS: Record<string, string> = {
  businessId: 'business_id',
  staffMemberId: 'staff_member_id',
  startMs: 'start_ms',
  dueAtMs: 'due_at_ms',
  appointmentId: 'appointment_id',
  customerId: 'customer_id',
  seriesId: 'series_id',
  emailKey: 'email_key',
  phoneKey: 'phone_key',
  atMs: 'at_ms',
  createdAtMs: 'created_at_ms',
};

const TABLES: Record<StoreName, string> = {
  businesses: 'businesses',
  appointments: 'appointments',
  holds: 'holds',
  idempotency: 'idempotency',
  outbox: 'outbox',
  customers: 'customers',
  audit: 'audit_log',
  waitlist: 'waitlist',
};

/** Lock ids: one for "the whole store", one per business (64-bit hash of its id). */
const STORE_LOCK = 7_351_902_115;
const RETRIES = 5;

function businessOf(store: StoreName, value: unknown): string {
  const v = value as { id: string; businessId?: string };
  return store === 'businesses' ? v.id : (v.businessId ?? '');
}

/** One appointment's busy time as the projection sends it (bigints as JSON numbers: epoch ms are safe integers). */
type BusyTuple = [
  id: string,
  serviceId: string,
  staffMemberId: string,
  startMs: number,
  endMs: number,
  preBufferMs: number,
  postBufferMs: number,
  approval: NonNullable<BusyRecord['approval']> | null,
  approvalExpiresAtMs: number | null,
];

function busyRecord([
  id,
  serviceId,
  staffMemberId,
  startMs,
  endMs,
  preBufferMs,
  postBufferMs,
  approval,
  expires,
]: BusyTuple) {
  const busy: BusyRecord = {
    id,
    serviceId,
    staffMemberId,
    startMs,
    endMs,
    preBufferMs,
    postBufferMs,
    status: 'booked',
  };
  if (approval !== null) busy.approval = approval;
  if (expires !== null) busy.approvalExpiresAtMs = expires;
  return Object.freeze(busy);
}

/** A transaction's changes to one business's appointments, and the busy-time revisions around them. */
interface BusyChange {
  businessId: string;
  before: number;
  after: number;
  changes: ReadonlyMap<string, StoredAppointment | null>;
}

function projected(a: StoredAppointment): BusyRecord {
  const busy: BusyRecord = {
    id: a.id,
    serviceId: a.serviceId,
    staffMemberId: a.staffMemberId,
    startMs: a.startMs,
    endMs: a.endMs,
    preBufferMs: a.preBufferMs ?? 0,
    postBufferMs: a.postBufferMs ?? 0,
    status: 'booked',
  };
  if (a.approval !== undefined) busy.approval = a.approval;
  if (a.approvalExpiresAtMs !== undefined) busy.approvalExpiresAtMs = a.approvalExpiresAtMs;
  return Object.freeze(busy);
}

/** The records (sorted by start) starting in `[from, to]`. */
function within(records: readonly BusyRecord[], from: number, to: number): readonly BusyRecord[] {
  const first = lowerBound(records, from);
  const end = lowerBound(records, to + 1);
  // All of them: the kept (frozen) array itself, no copy.
  return first === 0 && end === records.length ? records : kept(records.slice(first, end));
}

/**
 * `records` frozen and, when no request in them waits for approval (R23: those lapse with the
 * clock), in `keptBusy` (store.ts): the backend then uses them without filtering and keeps their
 * engine form while this array is handed out again (issue 24).
 */
function kept(records: BusyRecord[] | readonly BusyRecord[]): readonly BusyRecord[] {
  Object.freeze(records);
  if (!keptBusy.has(records) && !records.some((r) => r.approval === 'pending')) keptBusy.add(records);
  return records;
}

/** Where a record starting at `startMs` with `id` goes among `records` (sorted by start, then id). */
function insertionPoint(records: readonly BusyRecord[], startMs: number, id: string): number {
  let i = lowerBound(records, startMs);
  while (i < records.length && records[i].startMs === startMs && records[i].id < id) i++;
  return i;
}

function lowerBound(records: readonly BusyRecord[], startMs: number): number {
  let lo = 0;
  let hi = records.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (records[mid].startMs < startMs) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/**
 * What one process has read, keyed by revision (migration 5: a number from one sequence, new on
 * every committed or attempted change and never reused), so an unchanged business document or busy
 * time is not read and parsed again. A lookup costs one small query, which also tells whether the
 * revision still stands; several nodes each keep their own. Bounded: the least recently stored
 * businesses go first, and a business keeps a few ranges of busy time.
 */
class RevisionCache {
  static readonly MAX_BUSINESSES = 256;
  static readonly MAX_RANGES = 4;
  readonly businesses = new Map<string, { rev: number; doc: StoredBusiness }>();
  private readonly busy = new Map<
    string,
    { rev: number; ranges: { from: number; to: number; records: readonly BusyRecord[] }[] }
  >();

  keepBusiness(id: string, rev: number, doc: StoredBusiness): void {
    this.businesses.delete(id);
    this.businesses.set(id, { rev, doc });
    trim(this.businesses);
  }

  /** The kept busy time of `businessId` whose range covers `[from, to]`, with its revision. */
  busyCovering(businessId: string, from: number, to: number) {
    const entry = this.busy.get(businessId);
    const range = entry?.ranges.find((r) => r.from <= from && to <= r.to);
    return entry && range ? { rev: entry.rev, records: range.records } : undefined;
  }

  /** A committed transaction's own changes to busy time kept at its `before` revision. */
  applyBusy({ businessId, before, after, changes }: BusyChange): void {
    const entry = this.busy.get(businessId);
    if (!entry || entry.rev !== before) return;
    const ranges = entry.ranges.map(({ from, to, records }) => {
      const next = records.filter((r) => !changes.has(r.id));
      // Each change into its place (start, then id, as the projection orders them): no sort of the rest.
      for (const a of changes.values()) {
        if (a && a.status === 'booked' && a.startMs >= from && a.startMs <= to) {
          next.splice(insertionPoint(next, a.startMs, a.id), 0, projected(a));
        }
      }
      return { from, to, records: kept(next) };
    });
    this.busy.set(businessId, { rev: after, ranges });
  }

  keepBusy(businessId: string, rev: number, from: number, to: number, records: readonly BusyRecord[]): void {
    const entry = this.busy.get(businessId);
    const ranges = entry && entry.rev === rev ? entry.ranges : [];
    ranges.unshift({ from, to, records: kept(records) });
    ranges.length = Math.min(ranges.length, RevisionCache.MAX_RANGES);
    this.busy.delete(businessId);
    this.busy.set(businessId, { rev, ranges });
    trim(this.busy);
  }
}

const byCodeUnits = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** A `json_agg` column: `null` for no rows; PGlite parses JSON, `pg` leaves a `json` column's text. */
function parsed<T>(raw: T[] | string | null): T[] {
  return raw === null ? [] : typeof raw === 'string' ? (JSON.parse(raw) as T[]) : raw;
}

function trim(map: Map<string, unknown>): void {
  while (map.size > RevisionCache.MAX_BUSINESSES) map.delete(map.keys().next().value!);
}

/** A write `PgTx` holds until its next read or its end. */
type PendingWrite =
  | { kind: 'put'; table: string; id: string; doc: string }
  | { kind: 'delete'; table: string; id: string }
  | { kind: 'assigned'; businessId: string; serviceId: string; staffMemberId: string; atMs: number };

/**
 * The transaction-local setting naming the businesses (each between line feeds) whose busy-time
 * revision this transaction has bumped: the revision trigger then leaves them be (migration 9).
 */
export const BUMPED_SETTING = 'booking_elements.busy_bumped';

/**
 * The first of `writes` that can go out as one statement, in order, as that statement's parts
 * (`w0 AS (…), w1 AS (…)`, consecutive writes to one table and of one kind in one part) and its
 * parameters. Each part waits for the one before (`(SELECT count(*) FROM w…) >= 0`), so they run
 * in the order written. The parts share one snapshot, so a statement takes no row twice (the
 * later write would not see the earlier), and at most one appointment (the exclusion constraint
 * is then met by the write that meets it, as when each went alone).
 */
function packWrites(
  writes: readonly PendingWrite[],
  params: unknown[] = [],
): { parts: string[]; params: unknown[]; taken: number } {
  const p = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const rows = new Set<string>();
  const groups: { key: string; list: PendingWrite[] }[] = [];
  let appointments = 0;
  let taken = 0;
  for (const w of writes) {
    const table = w.kind === 'assigned' ? 'last_assigned' : w.table;
    const row =
      w.kind === 'assigned'
        ? `${table}\u0000${w.businessId}\u0000${w.serviceId}\u0000${w.staffMemberId}`
        : `${table}\u0000${w.id}`;
    if (rows.has(row) || (table === 'appointments' && appointments > 0)) break;
    if (table === 'appointments') appointments++;
    rows.add(row);
    const key = `${w.kind}:${table}`;
    const last = groups[groups.length - 1];
    if (last?.key === key) last.list.push(w);
    else groups.push({ key, list: [w] });
    taken++;
  }
  const parts = groups.map(({ list }, i) => {
    const after = i === 0 ? 'TRUE' : `(SELECT count(*) FROM w${i - 1}) >= 0`;
    const first = list[0];
    let sql: string;
    if (first.kind === 'put') {
      const values = list.map((w) => `(${p((w as { id: string }).id)}, ${p((w as { doc: string }).doc)})`);
      sql = `INSERT INTO ${first.table} (id, doc)
       SELECT v.id, v.doc::json FROM (VALUES ${values.join(', ')}) AS v(id, doc) WHERE ${after}
       ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc`;
    } else if (first.kind === 'delete') {
      const ids = p(list.map((w) => (w as { id: string }).id));
      sql = `DELETE FROM ${first.table} WHERE id = ANY(${ids}::text[]) AND ${after}`;
    } else {
      const values = list.map((w) => {
        const a = w as Extract<PendingWrite, { kind: 'assigned' }>;
        return `(${p(a.businessId)}, ${p(a.serviceId)}, ${p(a.staffMemberId)}, ${p(a.atMs)}::bigint)`;
      });
      sql = `INSERT INTO last_assigned (business_id, service_id, staff_member_id, at_ms)
       SELECT v.b, v.s, v.m, v.at FROM (VALUES ${values.join(', ')}) AS v(b, s, m, at) WHERE ${after}
       ON CONFLICT (business_id, service_id, staff_member_id)
       DO UPDATE SET at_ms = greatest(last_assigned.at_ms, EXCLUDED.at_ms)`;
    }
    return `w${i} AS (${sql} RETURNING 1)`;
  });
  return { parts, params, taken };
}

class PgTx implements StoreTx {
  constructor(
    private readonly cache: RevisionCache,
    private readonly sql: Sql,
    private readonly mode: TxMode,
    /** The businesses locked; `undefined`: the whole store is. */
    private readonly locked: ReadonlySet<string> | undefined,
    private readonly secrets: WebhookSecrets,
    /** A booking (`TxOptions.bookingKeys`): the businesses are locked shared, their documents are not written. */
    private readonly booking = false,
  ) {}

  /** The business documents this transaction read, as read: what a written secret is compared with. */
  private readonly businessesRead = new Map<string, StoredBusiness>();
  /**
   * What this transaction read of each business it did not write since: read again only when it may
   * have changed. It cannot while this transaction holds that business's lock (shared or not: its
   * writers take it exclusive) or reads one snapshot (`readonly`); a booking read it twice.
   */
  private readonly businessMemo = new Map<string, StoredBusiness>();
  /**
   * Per business: the holds `busy` read with busy time, and their span, for a `range` of holds
   * within it that follows (until this transaction writes a hold).
   */
  private readonly holdsRead = new Map<string, { from: number; to: number; holds: readonly StoredHold[] }>();
  /**
   * `readwrite`: per business, R9's history of every service, read with busy time (a booking
   * reads both), for `lastAssigned` (until this transaction records an assignment there).
   */
  private readonly assignedRead = new Map<string, Map<string, Record<string, number>>>();
  /** Per business: the busy time this transaction read (before writing any of it), for a later read within it. */
  private readonly busyMemo = new Map<string, { from: number; to: number; records: readonly BusyRecord[] }>();

  /** Per business: the busy-time revision this transaction read before it wrote any appointment. */
  private readonly busyBefore = new Map<string, number>();
  /** Per business: the appointments this transaction wrote (`null`: deleted). */
  private readonly written = new Map<string, Map<string, StoredAppointment | null>>();

  private wrote(businessId: string, id: string, value: StoredAppointment | null): void {
    const changes = this.written.get(businessId) ?? new Map<string, StoredAppointment | null>();
    changes.set(id, value);
    this.written.set(businessId, changes);
  }

  /**
   * Writes not sent yet (issue 24): a transaction's puts, deletes and R9 history go out together,
   * in as few statements as keep their order meaningful (`packWrites`), before its next read and
   * at its end, where the busy-time revision is bumped in the same statement. Every read sends
   * them first, so the transaction reads its own writes as before; a write the database refuses
   * (the exclusion constraint, a key) fails the statement and so the transaction, as it did.
   */
  private pending: PendingWrite[] = [];

  /** Settled at once: the write is sent with the next read or at the end. */
  private queue(write: PendingWrite): Promise<void> {
    this.pending.push(write);
    return Promise.resolve();
  }

  /** A read: after the pending writes, so it sees them. */
  private async read<R extends object>(text: string, params?: readonly unknown[]): Promise<R[]> {
    await this.flush();
    return this.sql.query<R>(text, params);
  }

  /** Sends the pending writes (all but the last statement's worth when `keepLast`). */
  private async flush(keepLast = false): Promise<void> {
    while (this.pending.length > 0) {
      const { parts, params, taken } = packWrites(this.pending);
      if (keepLast && taken === this.pending.length) return;
      this.pending = this.pending.slice(taken);
      await this.sql.query(`WITH ${parts.join(',\n')}\nSELECT count(*) FROM w${parts.length - 1}`, params);
    }
  }

  /**
   * Called in the transaction after its work: sends what is pending and, for each business whose
   * busy time it read and then changed, bumps that business's busy-time revision in the same
   * statement (migration 9), when it still is the one read: then nobody else's change came
   * between this transaction's read and its commit (the revision row stays locked until then),
   * and the cache can apply this transaction's changes once it commits instead of reading all of
   * it again. Otherwise (or a business whose busy time was not read) the revision trigger bumps
   * it at commit, as for every other writer, and the cache reads it again.
   */
  async finish(): Promise<BusyChange[]> {
    const bumps: [string, number][] = [];
    for (const businessId of [...this.written.keys()].sort(byCodeUnits)) {
      const before = this.busyBefore.get(businessId);
      if (before !== undefined) bumps.push([businessId, before]);
    }
    if (bumps.length === 0) {
      await this.flush();
      return [];
    }
    await this.flush(true);
    // The last writes and the bumps in one statement, the bumps after the writes.
    const { parts, params } = packWrites(this.pending);
    this.pending = [];
    const p = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const after = parts.length === 0 ? 'TRUE' : `(SELECT count(*) FROM w${parts.length - 1}) >= 0`;
    const rows = await this.sql.query<{ business_id: string; rev: number }>(
      `WITH ${parts.map((part) => `${part},\n`).join('')}x AS (
         SELECT x.id, x.before
           FROM unnest(${p(bumps.map(([id]) => id))}::text[], ${p(bumps.map(([, rev]) => rev))}::bigint[]) AS x(id, before)
           WHERE ${after}),
       moved AS (
         UPDATE busy_revisions r SET rev = nextval('store_revision') FROM x
         WHERE r.business_id = x.id AND r.rev = x.before AND x.before <> 0
         RETURNING r.business_id, r.rev),
       first AS (
         INSERT INTO busy_revisions (business_id, rev)
         SELECT x.id, nextval('store_revision') FROM x WHERE x.before = 0
         ON CONFLICT (business_id) DO NOTHING
         RETURNING business_id, rev),
       bumped AS (SELECT business_id, rev FROM moved UNION ALL SELECT business_id, rev FROM first)
       SELECT b.business_id, b.rev::float8 AS rev,
         set_config('${BUMPED_SETTING}',
           coalesce(current_setting('${BUMPED_SETTING}', true), '') ||
             (SELECT string_agg(E'\\n' || business_id || E'\\n', '') FROM bumped),
           true) AS bumped
       FROM bumped b`,
      params,
    );
    const before = new Map(bumps);
    return rows.map((r) => ({
      businessId: r.business_id,
      before: before.get(r.business_id)!,
      after: Number(r.rev),
      changes: this.written.get(r.business_id)!,
    }));
  }

  async get<S extends StoreName>(store: S, key: string): Promise<Records[S] | undefined> {
    if (store === 'businesses') return (await this.business(key)) as Records[S] | undefined;
    if (store === 'idempotency' && this.booking && this.locked?.size === 1) {
      const [businessId] = this.locked;
      if (!this.businessMemo.has(businessId)) return (await this.keyWithBusiness(key, businessId)) as Records[S];
    }
    const rows = await this.read<{ doc: Records[S] }>(`SELECT doc FROM ${TABLES[store]} WHERE id = $1`, [key]);
    return rows[0]?.doc;
  }

  /**
   * A booking's idempotency key and its business's document (by revision) in one statement (issue
   * 24): a booking reads the key first and the document next, which then comes from `businessMemo`.
   */
  private async keyWithBusiness(key: string, businessId: string): Promise<Records['idempotency'] | undefined> {
    const cached = this.cache.businesses.get(businessId);
    const rows = await this.read<{
      doc: Records['idempotency'] | string | null;
      rev: number | null;
      business: StoredBusiness | null;
    }>(
      `SELECT (SELECT doc FROM idempotency WHERE id = $1) AS doc, b.rev::float8 AS rev,
         CASE WHEN b.rev = $3 THEN NULL ELSE b.doc END AS business
       FROM (SELECT 1) AS one LEFT JOIN businesses b ON b.id = $2`,
      [key, businessId, cached?.rev ?? -1],
    );
    const row = rows[0];
    if (row && row.rev !== null) this.businessRead(businessId, cached, Number(row.rev), row.business);
    const doc = row?.doc ?? null;
    return doc === null ? undefined : typeof doc === 'string' ? (JSON.parse(doc) as Records['idempotency']) : doc;
  }

  /** A business's document: from memory while its revision stands (migration 5), else read (and kept). */
  private async business(id: string): Promise<StoredBusiness | undefined> {
    const memo = this.businessMemo.get(id);
    if (memo && (this.mode === 'readonly' || this.locked === undefined || this.locked.has(id))) return memo;
    const cached = this.cache.businesses.get(id);
    const rows = await this.read<{ rev: number; doc: StoredBusiness | null }>(
      `SELECT rev::float8 AS rev, CASE WHEN rev = $2 THEN NULL ELSE doc END AS doc FROM businesses WHERE id = $1`,
      [id, cached?.rev ?? -1],
    );
    const row = rows[0];
    return row ? this.businessRead(id, cached, Number(row.rev), row.doc) : undefined;
  }

  /** The document of a business row read at `rev` (`doc` null: the cached one, which has that revision). */
  private businessRead(
    id: string,
    cached: { rev: number; doc: StoredBusiness } | undefined,
    rev: number,
    row: StoredBusiness | null,
  ): StoredBusiness {
    let doc: StoredBusiness;
    if (cached && rev === cached.rev) doc = cached.doc;
    else {
      // Webhook secrets are sealed in the database (webhook-secrets.ts) and opened here, once per revision.
      doc = deepFreeze(this.secrets.open(row!));
      this.cache.keepBusiness(id, rev, doc);
    }
    this.businessesRead.set(id, doc);
    this.businessMemo.set(id, doc);
    return doc;
  }

  async getAll<S extends StoreName>(store: S): Promise<Records[S][]> {
    const rows = await this.read<{ doc: Records[S] }>(`SELECT doc FROM ${TABLES[store]} ORDER BY id`);
    if (store === 'businesses') return rows.map((r) => this.secrets.open(r.doc as StoredBusiness) as Records[S]);
    return rows.map((r) => r.doc);
  }

  async range<S extends StoreName>(
    store: S,
    index: IndexName<S>,
    lower: IndexKey,
    upper: IndexKey,
  ): Promise<Records[S][]> {
    if (store === 'holds' && index === 'business_start') {
      const [id, from] = lower;
      const [upperId, to] = upper;
      const read =
        lower.length === 2 && upper.length === 2 && typeof id === 'string' && id === upperId
          ? this.holdsRead.get(id)
          : undefined;
      // The bounds' rows in index order (start, then id), as the statement below would send them.
      if (read && typeof from === 'number' && typeof to === 'number' && read.from <= from && to <= read.to) {
        return read.holds.filter((h) => h.startMs >= from && h.startMs <= to) as Records[S][];
      }
    }
    const fields = (SCHEMA[store].indexes as Record<string, readonly string[]>)[index];
    if (!fields) throw new Error(`no index ${index} on ${store}`);
    const columns = fields.map((f) => {
      const c = COLUMNS[f];
      if (!c) throw new Error(`no column for ${store}.${f}`);
      return c;
    });
    const params: unknown[] = [];
    /**
     * One bound as SQL, in IndexedDB's key order (store.ts compareKeys): a key that extends a
     * bound is above it, and ±Infinity (callers' "no bound on this field") ends the bound there.
     */
    const bound = (values: IndexKey, side: 'lower' | 'upper'): string => {
      const n = Math.min(values.length, columns.length);
      let k = n;
      for (let i = 0; i < n; i++) {
        const v = values[i];
        if (typeof v === 'number' && !Number.isFinite(v)) {
          k = i;
          break;
        }
      }
      let op: string;
      if (k < n) {
        const infinite = values[k] as number;
        const below = infinite < 0;
        op = side === 'lower' ? (below ? '>=' : '>') : below ? '<' : '<=';
        if (k === 0) return op === '>=' || op === '<=' ? 'TRUE' : 'FALSE';
      } else {
        op = side === 'lower' ? '>=' : values.length < columns.length ? '<' : '<=';
        if (n === 0) return side === 'lower' ? 'TRUE' : 'FALSE';
      }
      const vals = values.slice(0, k).map((v) => {
        params.push(v);
        return `$${params.length}`;
      });
      return `ROW(${columns.slice(0, k).join(', ')}) ${op} ROW(${vals.join(', ')})`;
    };
    const where = `${bound(lower, 'lower')} AND ${bound(upper, 'upper')}`;
    const rows = await this.read<{ doc: Records[S] }>(
      `SELECT doc FROM ${TABLES[store]} WHERE ${where} ORDER BY ${columns.join(', ')}, id`,
      params,
    );
    return rows.map((r) => r.doc);
  }

  /**
   * The busy-time projection (migration 5): columns only, no document is read or parsed, sent as
   * one JSON array (one row to transfer and one `JSON.parse`, not a row per appointment). While the
   * business's appointments keep their revision, a range read before is answered from memory.
   * The holds starting in the same span come in the same statement (issue 24): free times, a
   * booking's pre-check and its placement read both, and then make one round trip; in a
   * `readwrite` transaction R9's history of the business comes too (a booking reads it next).
   */
  async busy(businessId: string, fromMs: number, toMs: number): Promise<BusyRecord[]> {
    const from = Math.max(fromMs, Number.MIN_SAFE_INTEGER);
    const to = Math.min(toMs, Number.MAX_SAFE_INTEGER);
    // After this transaction's own writes the revision moves only at commit (migration 8): read, and keep nothing.
    const own = this.written.has(businessId);
    // Read before in this transaction: the same answer (its locks were taken before that read).
    const memo = own ? undefined : this.busyMemo.get(businessId);
    // Arrays kept are frozen: the callers only read them.
    if (memo && memo.from <= from && to <= memo.to) return within(memo.records, from, to) as BusyRecord[];
    const cached = own ? undefined : this.cache.busyCovering(businessId, from, to);
    const withAssigned = this.mode === 'readwrite' && !this.assignedRead.has(businessId);
    const rows = await this.read<{
      rev: number;
      busy: BusyTuple[] | string | null;
      holds: StoredHold[] | string | null;
      assigned?: [string, string, number][] | string | null;
    }>(
      `WITH r AS (SELECT coalesce((SELECT rev FROM busy_revisions WHERE business_id = $1), 0) AS rev)
       SELECT r.rev::float8 AS rev, CASE WHEN r.rev = $4 THEN NULL ELSE (
         SELECT json_agg(json_build_array(id, service_id, staff_member_id, start_ms, end_ms, pre_buffer_ms,
             post_buffer_ms, approval, approval_expires_at_ms) ORDER BY start_ms, id)
         FROM appointments
         WHERE business_id = $1 AND start_ms >= $2 AND start_ms <= $3 AND status = 'booked'
       ) END AS busy, (SELECT json_agg(doc ORDER BY start_ms, id) FROM holds
         WHERE business_id = $1 AND start_ms >= $2 AND start_ms <= $3) AS holds${
           withAssigned
             ? `, (SELECT json_agg(json_build_array(service_id, staff_member_id, at_ms)) FROM last_assigned
                WHERE business_id = $1) AS assigned`
             : ''
         }
       FROM r`,
      [businessId, from, to, cached?.rev ?? -1],
    );
    const row = rows[0];
    const rev = Number(row?.rev ?? 0);
    this.holdsRead.set(businessId, { from, to, holds: parsed(row?.holds ?? null) });
    if (withAssigned) {
      const history = new Map<string, Record<string, number>>();
      for (const [serviceId, staffMemberId, atMs] of parsed(row?.assigned ?? null)) {
        const of = history.get(serviceId) ?? {};
        of[staffMemberId] = Number(atMs);
        history.set(serviceId, of);
      }
      this.assignedRead.set(businessId, history);
    }
    if (!this.written.has(businessId)) this.busyBefore.set(businessId, rev);
    let records: readonly BusyRecord[];
    if (cached && rev === cached.rev) {
      records = within(cached.records, from, to);
    } else {
      records = kept(parsed(row?.busy ?? null).map(busyRecord));
      if (!own) this.cache.keepBusy(businessId, rev, from, to, records);
    }
    if (!own) this.busyMemo.set(businessId, { from, to, records });
    return records as BusyRecord[];
  }

  async put<S extends StoreName>(store: S, value: Records[S]): Promise<void> {
    this.checkWrite(store, value);
    if (store === 'holds') this.holdsRead.clear();
    if (store === 'appointments') {
      const a = value as StoredAppointment;
      this.wrote(a.businessId, a.id, a);
    }
    if (store === 'businesses') {
      this.businessMemo.delete((value as StoredBusiness).id);
      // R9's history lives in its own rows (migration 8), not in the document.
      const { lastAssigned: _kept, ...b } = value as StoredBusiness;
      value = this.secrets.seal(b, this.businessesRead.get(b.id)) as Records[S];
    }
    await this.queue({
      kind: 'put',
      table: TABLES[store],
      id: (value as { id: string }).id,
      doc: JSON.stringify(value),
    });
  }

  async delete(store: StoreName, key: string): Promise<void> {
    if (this.mode !== 'readwrite') throw new Error('readonly transaction');
    if (store === 'businesses') this.businessMemo.delete(key);
    if (store === 'holds') this.holdsRead.clear();
    if (this.locked || store === 'appointments') {
      const rows = await this.read<{ doc: unknown }>(`SELECT doc FROM ${TABLES[store]} WHERE id = $1`, [key]);
      if (rows[0]) this.checkWrite(store, rows[0].doc);
      if (rows[0] && store === 'appointments') this.wrote((rows[0].doc as StoredAppointment).businessId, key, null);
    }
    await this.queue({ kind: 'delete', table: TABLES[store], id: key });
  }

  /** R9's round-robin history of one service (migration 8). */
  async lastAssigned(businessId: string, serviceId: string): Promise<Record<string, number>> {
    const read = this.assignedRead.get(businessId);
    if (read) return { ...read.get(serviceId) };
    const rows = await this.read<{ staff_member_id: string; at_ms: number }>(
      'SELECT staff_member_id, at_ms::float8 AS at_ms FROM last_assigned WHERE business_id = $1 AND service_id = $2',
      [businessId, serviceId],
    );
    return Object.fromEntries(rows.map((r) => [r.staff_member_id, Number(r.at_ms)]));
  }

  /** One row per staff member and service: concurrent bookings assigning others never wait on it. */
  async assigned(businessId: string, serviceId: string, staffMemberId: string, atMs: number): Promise<void> {
    this.checkWrite('last_assigned', { businessId });
    this.assignedRead.delete(businessId);
    await this.queue({ kind: 'assigned', businessId, serviceId, staffMemberId, atMs });
  }

  /**
   * A write outside the locked businesses would escape the lock, and a booking holds its business
   * only shared: a bug either way, refused before it lands.
   */
  private checkWrite(store: StoreName | 'last_assigned', value: unknown): void {
    if (this.mode !== 'readwrite') throw new Error('readonly transaction');
    if (store === 'businesses' && this.booking) throw new Error('a booking transaction wrote a business document');
    const business =
      store === 'last_assigned' ? (value as { businessId: string }).businessId : businessOf(store, value);
    if (this.locked && !this.locked.has(business)) {
      throw new Error(`write to ${store} of business ${business} outside the locked businesses`);
    }
  }
}

/**
 * A write transaction's locks, taken in one statement (one round trip, issue 24) and always in
 * one order, so two transactions never wait on each other in a cycle: the store lock (shared when
 * businesses are named, else exclusive); then each named business, sorted (shared for a booking,
 * else exclusive); then a booking's own keys (`TxOptions.bookingKeys`) per business, exclusive,
 * sorted. The subquery's order is the order the locks are taken in.
 */
async function takeLocks(sql: Sql, businessIds: readonly string[], booking: readonly string[] | undefined) {
  const keys: string[] = [];
  const shared: boolean[] = [];
  const ids = [...new Set(businessIds)].sort(byCodeUnits);
  for (const id of ids) {
    keys.push(`business:${id}`);
    shared.push(booking !== undefined);
  }
  const own = [...new Set(ids.flatMap((id) => (booking ?? []).map((k) => `booking:${id}:${k}`)))].sort(byCodeUnits);
  for (const k of own) {
    keys.push(k);
    shared.push(false);
  }
  await sql.query(
    `SELECT count(CASE WHEN l.shared THEN pg_advisory_xact_lock_shared(l.id) ELSE pg_advisory_xact_lock(l.id) END)
     FROM (SELECT $1::bigint AS id, $2::boolean AS shared, 0::bigint AS n
           UNION ALL
           SELECT hashtextextended(k.key, 0), k.shared, k.n
           FROM unnest($3::text[], $4::boolean[]) WITH ORDINALITY AS k(key, shared, n)
           ORDER BY n) AS l`,
    [STORE_LOCK, ids.length > 0, keys, shared],
  );
}

export interface PostgresStoreOptions {
  /** Called when a transaction is retried (deadlock, serialization failure), for logs. */
  onRetry?: (error: unknown, attempt: number) => void;
  /** Seals webhook signing secrets as businesses are written, opens them as they are read. */
  webhookSecrets?: WebhookSecrets;
}

export class PostgresStore implements Store {
  /** What this process read, by revision (migration 5); shared by its transactions. */
  private readonly cache = new RevisionCache();
  private readonly secrets: WebhookSecrets;

  constructor(
    readonly db: Database,
    private readonly options: PostgresStoreOptions = {},
  ) {
    this.secrets = options.webhookSecrets ?? new WebhookSecrets();
  }

  async run<T>(
    mode: TxMode,
    _stores: readonly StoreName[],
    fn: (tx: StoreTx) => Promise<T>,
    options: TxOptions = {},
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      let changes: BusyChange[] = [];
      try {
        if (mode === 'readonly' && options.singleRead) return await this.singleRead(fn);
        const committed = await this.db.transaction(mode, async (sql) => {
          let locked: Set<string> | undefined;
          const booking = mode === 'readwrite' && options.bookingKeys !== undefined && !!options.businessIds?.length;
          if (mode === 'readwrite') {
            // Shared on the store lock when businesses are named, so a whole-store transaction
            // still excludes us; a booking shares its business with other bookings, a
            // configuration write has it alone.
            const named = options.businessIds ?? [];
            if (named.length > 0) locked = new Set(named);
            await takeLocks(sql, named, booking ? (options.bookingKeys ?? []) : undefined);
          }
          const tx = new PgTx(this.cache, sql, mode, locked, this.secrets, booking);
          const result = await fn(tx);
          if (mode === 'readwrite') changes = await tx.finish();
          return result;
        });
        // Committed: what this node keeps moves to the new revision with the changes applied.
        for (const change of changes) this.cache.applyBusy(change);
        return committed;
      } catch (error) {
        const state = sqlState(error);
        if (state === SQLSTATE.exclusionViolation) {
          // A booking beside others met one that overlaps it (another session, start or service of
          // that staff member): once more, the rules then see it and pick someone else or refuse.
          if (options.bookingKeys !== undefined && attempt < RETRIES) {
            this.options.onRetry?.(error, attempt);
            continue;
          }
          throw new BookingError('slot-unavailable', 'This time was just taken. Please choose another time.');
        }
        const retryable =
          state === SQLSTATE.deadlockDetected ||
          state === SQLSTATE.serializationFailure ||
          // Only reachable without a lock hint: a concurrent twin inserted the same key; a retry replays it.
          state === SQLSTATE.uniqueViolation;
        if (retryable && attempt < RETRIES) {
          this.options.onRetry?.(error, attempt);
          await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
          continue;
        }
        if (retryable) {
          throw new BookingError('busy', 'The booking database is busy. Please try again in a moment.', {
            retryAfterMs: 1000,
          });
        }
        // Unreachable, full or timing out: 503 with Retry-After, like every route (database.ts).
        const unavailable = unavailableError(error);
        if (unavailable) throw unavailable;
        if (state === SQLSTATE.untranslatableCharacter || state === SQLSTATE.characterNotInRepertoire) {
          // Text PostgreSQL cannot hold (NUL); the schemas refuse it, so this is a stored leftover.
          throw new BookingError('invalid-input', 'The request holds text the booking database cannot store.', {
            cause: error,
          });
        }
        throw error;
      }
    }
  }

  /** `TxOptions.singleRead`: the one statement on its own (its own snapshot), no BEGIN and COMMIT around it. */
  private singleRead<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    let reads = 0;
    const sql: Sql = {
      query: <R extends object>(text: string, params?: readonly unknown[]) => {
        if (++reads > 1) return Promise.reject(new Error('a single-read transaction read twice'));
        return this.db.query<R>(text, params);
      },
    };
    return fn(new PgTx(this.cache, sql, 'readonly', undefined, this.secrets));
  }

  close(): void {
    // The database belongs to whoever opened it (the server closes it on shutdown).
  }
}

/**
 * The business `@default` means when none is configured: the first created. The documents are
 * read whole (not with PostgreSQL's JSON operators, which fail on a document holding a value they
 * cannot turn into text), so one bad business cannot stop the server from starting.
 */
export async function firstBusinessId(db: Sql): Promise<string | undefined> {
  const rows = await db.query<{ id: string; doc: { createdAt?: string } | string }>('SELECT id, doc FROM businesses');
  const created = (doc: { createdAt?: string } | string): string => {
    try {
      return (typeof doc === 'string' ? (JSON.parse(doc) as { createdAt?: string }) : doc).createdAt ?? '';
    } catch {
      return '';
    }
  };
  const sorted = rows
    .map((r) => ({ id: r.id, createdAt: created(r.doc) }))
    .sort((a, b) =>
      a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
  return sorted[0]?.id;
}
