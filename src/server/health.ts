/**
 * The server's view of its database: every failure that means "not now" (unreachable, full,
 * timing out) becomes `busy`, answered 503 with `Retry-After` on every route, not only the ones
 * that go through the store; and readiness (`/readyz`) tells the truth within a bounded time.
 */
import { statfs } from 'node:fs/promises';
import {
  unavailableError,
  unavailableKind,
  type Database,
  type Sql,
  type TransactionMode,
  type TransactionOptions,
} from './database.js';
import { LATEST_VERSION, schemaVersion } from './migrations.js';

/** How long `/readyz` waits for the database before it says it is not ready. */
export const READY_PROBE_MS = 1_500;
/** PGlite on disk: less free space than this in its folder is "disk full" for readiness. */
export const MIN_FREE_BYTES = 8 * 1024 * 1024;
/** A write refused for lack of space keeps readiness down this long, unless a write succeeds. */
const FULL_MEMORY_MS = 15_000;

function mapped(error: unknown, onFull: () => void): unknown {
  if (unavailableKind(error) === 'full') onFull();
  return unavailableError(error) ?? error;
}

/** `db` with unavailability as `busy`, remembering the last time a write found the disk full. */
export class GuardedDatabase implements Database {
  readonly kind: Database['kind'];
  readonly dataDir: string | undefined;
  private fullAt: number | undefined;

  constructor(readonly inner: Database) {
    this.kind = inner.kind;
    this.dataDir = inner.dataDir;
  }

  private readonly full = (): void => {
    this.fullAt = performance.now();
  };

  /** Whether a write found the disk full lately and none has succeeded since. */
  get recentlyFull(): boolean {
    return this.fullAt !== undefined && performance.now() - this.fullAt < FULL_MEMORY_MS;
  }

  async query<R extends object>(text: string, params?: readonly unknown[]): Promise<R[]> {
    try {
      return await this.inner.query<R>(text, params);
    } catch (error) {
      throw mapped(error, this.full);
    }
  }

  async transaction<T>(mode: TransactionMode, fn: (sql: Sql) => Promise<T>, options?: TransactionOptions): Promise<T> {
    try {
      const result = await this.inner.transaction(mode, fn, options);
      if (mode === 'readwrite') this.fullAt = undefined;
      return result;
    } catch (error) {
      throw mapped(error, this.full);
    }
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

export type Readiness =
  | { ready: true; body: { status: 'ready'; schema: number; database: Database['kind'] } }
  | { ready: false; body: { status: string; reason?: string; schema?: number; freeBytes?: number } };

function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Ready when the database answers within `READY_PROBE_MS` with the latest schema, and (PGlite on
 * disk) its folder has room for writes. Bounded: a frozen database makes this "not ready" after
 * the probe time, it never hangs the caller.
 */
export async function readiness(db: GuardedDatabase, probeMs = READY_PROBE_MS): Promise<Readiness> {
  const started = performance.now();
  let version: number | 'timeout';
  try {
    version = await within(schemaVersion(db), probeMs);
  } catch (error) {
    const reason = (error as Error).message;
    return { ready: false, body: { status: 'database unavailable', reason } };
  }
  if (version === 'timeout') {
    return { ready: false, body: { status: 'database unavailable', reason: `no answer within ${probeMs} ms` } };
  }
  if (version < LATEST_VERSION) return { ready: false, body: { status: 'migrating', schema: version } };
  if (db.dataDir !== undefined) {
    const left = Math.max(1, probeMs - (performance.now() - started));
    const stats = await within(statfs(db.dataDir), left).catch(() => undefined);
    if (stats === 'timeout' || stats === undefined) {
      return { ready: false, body: { status: 'database unavailable', reason: 'the data folder cannot be read' } };
    }
    const freeBytes = Number(stats.bavail) * Number(stats.bsize);
    if (freeBytes < MIN_FREE_BYTES) {
      return { ready: false, body: { status: 'disk full', schema: version, freeBytes } };
    }
  }
  if (db.recentlyFull) {
    return {
      ready: false,
      body: { status: 'disk full', reason: 'a write was refused for lack of space', schema: version },
    };
  }
  return { ready: true, body: { status: 'ready', schema: version, database: db.kind } };
}
