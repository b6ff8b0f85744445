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
import { importPeer } from './peers.js';

export interface Sql {
  /** Runs one statement with `$1…` parameters and returns its rows. */
  query<R extends object = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>;
}

export type TransactionMode = 'readonly' | 'readwrite';

export interface Database extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `fn` in one transaction: `readwrite` in READ COMMITTED (callers take their locks first),
   * `readonly` in REPEATABLE READ READ ONLY, so several reads see one snapshot. A rejection of
   * `fn` rolls back.
   */
  transaction<T>(mode: TransactionMode, fn: (sql: Sql) => Promise<T>): Promise<T>;
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
}

const BEGIN = {
  readonly: 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  readwrite: 'BEGIN ISOLATION LEVEL READ COMMITTED',
} as const;

class PgliteDatabase implements Database {
  readonly kind = 'pglite';
  constructor(private readonly db: PGlite) {}

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
    if (!this.db.closed) await this.db.close();
  }
}

class PostgresDatabase implements Database {
  readonly kind = 'postgres';
  constructor(private readonly pool: pg.Pool) {}

  async query<R extends object>(text: string, params: readonly unknown[] = []): Promise<R[]> {
    return (await this.pool.query<R>(text, [...params])).rows;
  }

  async transaction<T>(mode: TransactionMode, fn: (sql: Sql) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query(BEGIN[mode]);
      const sql: Sql = {
        query: async <R extends object>(text: string, params: readonly unknown[] = []) =>
          (await client.query<R>(text, [...params])).rows,
      };
      const result = await fn(sql);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        // The connection itself failed: it must not go back to the pool.
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      }
      throw error;
    } finally {
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
      const setup = new pg.Client({ connectionString: options.url });
      await setup.connect();
      try {
        await setup.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      } finally {
        await setup.end();
      }
    }
    const pool = new pg.Pool({
      connectionString: options.url,
      ...(schema !== undefined ? { options: `-c search_path=${schema},public` } : {}),
      max: options.poolSize ?? 10,
      // A statement stuck behind a lock for this long is a bug or an outage: fail, don't pile up.
      statement_timeout: 30_000,
      connectionTimeoutMillis: 10_000,
    });
    // An idle client's connection dropping (a server restart) must not crash the process.
    pool.on('error', () => undefined);
    return new PostgresDatabase(pool);
  }
  const [{ PGlite }, { btree_gist }] = await importPeer(
    '@electric-sql/pglite',
    'The embedded database (no DATABASE_URL)',
    () => Promise.all([import('@electric-sql/pglite'), import('@electric-sql/pglite/contrib/btree_gist')]),
  );
  const db = await PGlite.create(options.dataDir ?? 'memory://', { extensions: { btree_gist } });
  return new PgliteDatabase(db);
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
} as const;

/** The database could not be reached or went away: worth retrying later, not a bug. */
export function isConnectionError(error: unknown): boolean {
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
