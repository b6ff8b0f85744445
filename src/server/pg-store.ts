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
 * Below the lock, the database's own constraints (migrations.ts) refuse an overlapping booking
 * and a second booking under one idempotency key even if a bug let one through: an exclusion
 * violation surfaces as `slot-unavailable` (409), never as a 500. Deadlocks and serialization
 * failures are retried; a database that cannot be reached is `busy` (503, retry later).
 */
import { BookingError } from '../contract/errors.js';
import {
  SCHEMA,
  type IndexKey,
  type IndexName,
  type Records,
  type Store,
  type StoreName,
  type StoreTx,
  type TxMode,
  type TxOptions,
} from '../backend/store.js';
import { sqlState, SQLSTATE, unavailableError, type Database, type Sql } from './database.js';

/** The column of each index field (migrations.ts). */
const COLUMNS: Record<string, string> = {
  businessId: 'business_id',
  staffMemberId: 'staff_member_id',
  startMs: 'start_ms',
  dueAtMs: 'due_at_ms',
  appointmentId: 'appointment_id',
  customerId: 'customer_id',
  emailKey: 'email_key',
  phoneKey: 'phone_key',
  atMs: 'at_ms',
};

const TABLES: Record<StoreName, string> = {
  businesses: 'businesses',
  appointments: 'appointments',
  holds: 'holds',
  idempotency: 'idempotency',
  outbox: 'outbox',
  customers: 'customers',
  audit: 'audit_log',
};

/** Lock ids: one for "the whole store", one per business (64-bit hash of its id). */
const STORE_LOCK = 7_351_902_115;
const RETRIES = 5;

function businessOf(store: StoreName, value: unknown): string {
  const v = value as { id: string; businessId?: string };
  return store === 'businesses' ? v.id : (v.businessId ?? '');
}

class PgTx implements StoreTx {
  constructor(
    private readonly sql: Sql,
    private readonly mode: TxMode,
    /** The businesses locked; `undefined`: the whole store is. */
    private readonly locked: ReadonlySet<string> | undefined,
  ) {}

  async get<S extends StoreName>(store: S, key: string): Promise<Records[S] | undefined> {
    const rows = await this.sql.query<{ doc: Records[S] }>(`SELECT doc FROM ${TABLES[store]} WHERE id = $1`, [key]);
    return rows[0]?.doc;
  }

  async getAll<S extends StoreName>(store: S): Promise<Records[S][]> {
    const rows = await this.sql.query<{ doc: Records[S] }>(`SELECT doc FROM ${TABLES[store]} ORDER BY id`);
    return rows.map((r) => r.doc);
  }

  async range<S extends StoreName>(
    store: S,
    index: IndexName<S>,
    lower: IndexKey,
    upper: IndexKey,
  ): Promise<Records[S][]> {
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
    const rows = await this.sql.query<{ doc: Records[S] }>(
      `SELECT doc FROM ${TABLES[store]} WHERE ${where} ORDER BY ${columns.join(', ')}, id`,
      params,
    );
    return rows.map((r) => r.doc);
  }

  async put<S extends StoreName>(store: S, value: Records[S]): Promise<void> {
    this.checkWrite(store, value);
    await this.sql.query(
      `INSERT INTO ${TABLES[store]} (id, doc) VALUES ($1, $2::json)
       ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc`,
      [(value as { id: string }).id, JSON.stringify(value)],
    );
  }

  async delete(store: StoreName, key: string): Promise<void> {
    if (this.mode !== 'readwrite') throw new Error('readonly transaction');
    if (this.locked) {
      const rows = await this.sql.query<{ doc: unknown }>(`SELECT doc FROM ${TABLES[store]} WHERE id = $1`, [key]);
      if (rows[0]) this.checkWrite(store, rows[0].doc);
    }
    await this.sql.query(`DELETE FROM ${TABLES[store]} WHERE id = $1`, [key]);
  }

  /** A write outside the locked businesses would escape the lock: a bug, refused before it lands. */
  private checkWrite(store: StoreName, value: unknown): void {
    if (this.mode !== 'readwrite') throw new Error('readonly transaction');
    const business = businessOf(store, value);
    if (this.locked && !this.locked.has(business)) {
      throw new Error(`write to ${store} of business ${business} outside the locked businesses`);
    }
  }
}

export interface PostgresStoreOptions {
  /** Called when a transaction is retried (deadlock, serialization failure), for logs. */
  onRetry?: (error: unknown, attempt: number) => void;
}

export class PostgresStore implements Store {
  constructor(
    readonly db: Database,
    private readonly options: PostgresStoreOptions = {},
  ) {}

  async run<T>(
    mode: TxMode,
    _stores: readonly StoreName[],
    fn: (tx: StoreTx) => Promise<T>,
    options: TxOptions = {},
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction(mode, async (sql) => {
          let locked: Set<string> | undefined;
          if (mode === 'readwrite') {
            if (options.businessIds && options.businessIds.length > 0) {
              locked = new Set(options.businessIds);
              // Shared on the store lock, so a whole-store transaction still excludes us.
              await sql.query('SELECT pg_advisory_xact_lock_shared($1)', [STORE_LOCK]);
              for (const id of [...locked].sort()) {
                await sql.query(`SELECT pg_advisory_xact_lock(hashtextextended('business:' || $1, 0))`, [id]);
              }
            } else {
              await sql.query('SELECT pg_advisory_xact_lock($1)', [STORE_LOCK]);
            }
          }
          return fn(new PgTx(sql, mode, locked));
        });
      } catch (error) {
        const state = sqlState(error);
        if (state === SQLSTATE.exclusionViolation) {
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
