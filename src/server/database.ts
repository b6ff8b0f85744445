/**
 * One small SQL interface over the two drivers the server runs on: PGlite (PostgreSQL compiled
 * to WebAssembly, in this process, persisted to a folder: the embedded default) and `pg` (a
 * PostgreSQL server, chosen by `DATABASE_URL`). The migrations and every statement are the same
 * on both; only how a connection is had and how a transaction begins differ.
 */
// Types only: each driver is imported when it is used, so an install needs only the one it runs on
// (`@electric-sql/pglite` or `pg`, optional peer dependencies of the package).
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { BookingError } from '../contract/errors.js';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
import { importPeer } from './peers.js';

export interface Sql {
  /** Runs one statement with `$1…` parameters and returns its rows. */
  query<R extends object = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>;
}

export type TransactionMode = 'readonly' | 'readwrite';

export interface TransactionOptions {
  /**
   * PostgreSQL server only: this transaction's statements may run this long (default: the
   * database's `statementTimeoutMs`). Migrations pass a long one.
   */
  timeoutMs?: number;
}

export interface Database extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** PGlite on disk: its data folder (readiness checks the free space there). */
  readonly dataDir?: string;
  /**
   * Runs `fn` in one transaction: `readwrite` in READ COMMITTED (callers take their locks first),
   * `readonly` in REPEATABLE READ READ ONLY, so several reads see one snapshot. A rejection of
   * `fn` rolls back.
   */
  transaction<T>(mode: TransactionMode, fn: (sql: Sql) => Promise<T>, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** `postgres://user:password@host:port/database`: a PostgreSQL server through `pg`. */
  url?: string;
  /** PGlite's data folder (created when missing). Without `url` or `dataDir`: PGlite in memory (tests). */
  dataDir?: string;
  /** `pg` pool size per process (default 10). */
  poolSize?: number;
  /**
   * PostgreSQL only: keep the tables in this schema (created when missing) rather than `public`,
   * so several installations, or test runs, can share one database. Extensions stay in `public`.
   */
  schema?: string;
  /**
   * PostgreSQL only: the longest a statement may run (default 15 s). The server ends it
   * (`statement_timeout`); if the server itself does not answer (frozen, a network partition),
   * the client gives up 5 s later. Either way the request is answered `busy` (503).
   */
  statementTimeoutMs?: number;
  /**
   * PostgreSQL only: the longest to wait for a connection, a new one or a free one of the pool
   * (default 10 s), then `busy`. Under a burst, requests queue for the pool this long.
   */
  connectTimeoutMs?: number;
  /**
   * PostgreSQL only: send statements with parameters as named prepared statements (default true),
   * so each connection parses and plans each of the server's statements once instead of on every
   * request (issue 24: a booking's dozen statements, about a millisecond). Turn it off behind a
   * proxy that pools connections per transaction without prepared-statement support (PgBouncer
   * before 1.21, or without `max_prepared_statements`).
   */
  preparedStatements?: boolean;
}

const BEGIN = {
  readonly: 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  readwrite: 'BEGIN ISOLATION LEVEL READ COMMITTED',
} as const;

class PgliteDatabase implements Database {
  readonly kind = 'pglite';
  constructor(
    private readonly db: PGlite,
    readonly dataDir?: string,
    private readonly lock?: DataDirLock,
  ) {}

  async query<R extends object>(text: string, params: readonly unknown[] = []): Promise<R[]> {
    return (await this.db.query<R>(text, [...params])).rows;
  }

  transaction<T>(mode: TransactionMode, fn: (sql: Sql) => Promise<T>): Promise<T> {
    // PGlite has one connection: its transaction() holds it for us, so other requests queue.
    return this.db.transaction(async (tx) => {
      if (mode === 'readonly') await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      return fn({
        query: async <R extends object>(text: string, params: readonly unknown[] = []) =>
          (await tx.query<R>(text, [...params])).rows,
      });
    });
  }

  async close(): Promise<void> {
    try {
      if (!this.db.closed) await this.db.close();
    } finally {
      this.lock?.release();
    }
  }
}

/** How much longer than `statement_timeout` the client waits for an answer before giving up. */
const CLIENT_GRACE_MS = 5_000;

/**
 * Names for the statements sent with parameters (`DatabaseOptions.preparedStatements`): each
 * connection parses and plans a named statement once, then only binds and runs it. The server's
 * statements are a few dozen texts; the first `MAX` distinct ones (of at most `MAX_TEXT` characters)
 * get a name, any later or longer one goes unnamed, so a connection never holds more than that.
 * So does a statement whose columns are a table's (`SELECT *`, `RETURNING c.*`): once prepared, a
 * column added by a newer node's migration would fail it ("cached plan must not change result type").
 */
class StatementNames {
  static readonly MAX = 256;
  static readonly MAX_TEXT = 8_192;
  private readonly names = new Map<string, string | undefined>();

  of(text: string): string | undefined {
    if (this.names.has(text)) return this.names.get(text);
    if (this.names.size >= StatementNames.MAX || text.length > StatementNames.MAX_TEXT) return undefined;
    const name = /\b(?:SELECT|RETURNING)\s+(?:\w+\.)?\*/i.test(text)
      ? undefined
      : `booking_elements_${this.names.size}`;
    this.names.set(text, name);
    return name;
  }
}

class PostgresDatabase implements Database {
  readonly kind = 'postgres';
  private readonly names: StatementNames | undefined;

  constructor(
    private readonly pool: pg.Pool,
    prepared: boolean,
  ) {
    this.names = prepared ? new StatementNames() : undefined;
  }

  /** `text` with `values`, named when it has parameters (`StatementNames`). */
  private statement(text: string, values: unknown[]): pg.QueryConfig {
    const name = values.length > 0 ? this.names?.of(text) : undefined;
    return name === undefined ? { text, values } : { name, text, values };
  }

  async query<R extends object>(text: string, params: readonly unknown[] = []): Promise<R[]> {
    return (await this.pool.query<R>(this.statement(text, [...params]))).rows;
  }

  async transaction<T>(
    mode: TransactionMode,
    fn: (sql: Sql) => Promise<T>,
    options: TransactionOptions = {},
  ): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    // A checked-out client has no error listener of the pool's: the connection dying between two
    // statements (the server stopped) would be an unhandled 'error' event and end the process.
    // The failing statement rejects on its own; this only keeps the event from crashing us.
    const onError = (error: Error): void => {
      broken = error;
    };
    client.on('error', onError);
    const timeout = options.timeoutMs;
    // pg's own per-query read timeout: the pool's default, or this transaction's longer one.
    const config = (text: string, values: unknown[]) =>
      timeout === undefined
        ? this.statement(text, values)
        : { ...this.statement(text, values), query_timeout: timeout + CLIENT_GRACE_MS };
    try {
      await client.query(config(BEGIN[mode], []));
      if (timeout !== undefined) await client.query(config(`SET LOCAL statement_timeout = ${Math.floor(timeout)}`, []));
      const sql: Sql = {
        query: async <R extends object>(text: string, params: readonly unknown[] = []) =>
          (await client.query<R>(config(text, [...params]))).rows,
      };
      const result = await fn(sql);
      await client.query(config('COMMIT', []));
      return result;
    } catch (error) {
      // No answer (a client-side timeout) or no connection: a ROLLBACK would wait as long again.
      // Dropping the connection ends the transaction on the server.
      if (isConnectionError(error) || (error instanceof Error && error.message === 'Query read timeout')) {
        broken ??= error instanceof Error ? error : new Error(String(error));
        throw error;
      }
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        // The connection itself failed: it must not go back to the pool.
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      }
      throw error;
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Opens the database the options name; nothing is created in it until `migrate`. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.url) {
    const { default: pg } = await importPeer('pg', 'DATABASE_URL (a PostgreSQL server)', () => import('pg'));
    const schema = options.schema;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
      throw new Error(`not a schema name: ${schema}`);
    if (schema !== undefined) {
      const setup = new pg.Client({
        connectionString: options.url,
        connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
      });
      await setup.connect();
      try {
        await setup.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      } finally {
        await setup.end();
      }
    }
    const statementTimeout = options.statementTimeoutMs ?? 15_000;
    const pool = new pg.Pool({
      connectionString: options.url,
      ...(schema !== undefined ? { options: `-c search_path=${schema},public` } : {}),
      max: options.poolSize ?? 10,
      // A statement stuck behind a lock for this long is a bug or an outage: fail, don't pile up.
      statement_timeout: statementTimeout,
      // A server that does not answer at all (frozen, partitioned) cannot end the statement itself.
      query_timeout: statementTimeout + CLIENT_GRACE_MS,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    });
    // An idle client's connection dropping (a server restart) must not crash the process.
    pool.on('error', () => undefined);
    return new PostgresDatabase(pool, options.preparedStatements ?? true);
  }
  const [{ PGlite }, { btree_gist }] = await importPeer(
    '@electric-sql/pglite',
    'The embedded database (no DATABASE_URL)',
    () => Promise.all([import('@electric-sql/pglite'), import('@electric-sql/pglite/contrib/btree_gist')]),
  );
  if (options.dataDir === undefined) {
    return new PgliteDatabase(await PGlite.create('memory://', { extensions: { btree_gist } }));
  }
  // One process per folder: a second one would corrupt it (data-dir-lock.ts). Taken before
  // PGlite touches a file, released on close.
  const lock = lockDataDir(options.dataDir);
  try {
    const db = await PGlite.create(options.dataDir, { extensions: { btree_gist } });
    return new PgliteDatabase(db, options.dataDir, lock);
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** PostgreSQL's SQLSTATE of a driver error, when it has one. */
export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

export const SQLSTATE = {
  uniqueViolation: '23505',
  exclusionViolation: '23P01',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
  untranslatableCharacter: '22P05',
  characterNotInRepertoire: '22021',
} as const;

/** The database could not be reached or went away: worth retrying later, not a bug. */
export function isConnectionError(error: unknown): boolean {
  if (error instanceof AggregateError) return error.errors.some(isConnectionError);
  const state = sqlState(error);
  if (state !== undefined) return state.startsWith('08') || state === '57P01' || state === '57P03';
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND'].includes(code))
    return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    message,
  );
}

/** SQLSTATE classes and codes meaning "the database cannot do this now", not "this request is wrong". */
const UNAVAILABLE_STATES = new Set([
  '53000', // insufficient_resources
  '53100', // disk_full
  '53200', // out_of_memory
  '53300', // too_many_connections
  '57014', // query_canceled: statement_timeout
  '55P03', // lock_not_available: lock_timeout
  '58030', // io_error
  '25006', // read_only_sql_transaction: a standby during a failover
]);

export type UnavailableKind = 'unreachable' | 'full' | 'timeout';

/**
 * Why the database cannot answer now, when that is what `error` says: it cannot be reached or
 * went away, its disk or memory is full, or a statement or a connection timed out. These are
 * answered `busy` (503 with `Retry-After`) on every route; anything else is a bug or a bad request.
 */
export function unavailableKind(error: unknown): UnavailableKind | undefined {
  if (error instanceof BookingError) return undefined;
  const state = sqlState(error);
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  if (state === '53100' || code === 'ENOSPC' || /no space left on device|disk full/i.test(message)) return 'full';
  if (state === '57014' || state === '55P03' || code === 'ETIMEDOUT' || /timeout|timed out/i.test(message))
    return 'timeout';
  if (isConnectionError(error)) return 'unreachable';
  if (state !== undefined && (UNAVAILABLE_STATES.has(state) || state.startsWith('53'))) return 'full';
  // PGlite closed (shutting down) or its WebAssembly instance aborted.
  if (/PGlite is closed|^Aborted\(|RuntimeError/.test(`${message}${(error as Error | null)?.name ?? ''}`))
    return 'unreachable';
  return undefined;
}

/** `busy` (503, `Retry-After`) for an error `unavailableKind` recognises, else `undefined`. */
export function unavailableError(error: unknown): BookingError | undefined {
  const kind = unavailableKind(error);
  if (kind === undefined) return undefined;
  const message =
    kind === 'full'
      ? 'The booking database is out of space. Please try again later.'
      : kind === 'timeout'
        ? 'The booking database is slow to answer. Please try again in a moment.'
        : 'The booking database cannot be reached. Please try again in a moment.';
  return new BookingError('busy', message, { retryAfterMs: kind === 'full' ? 30_000 : 2_000, cause: error });
}
