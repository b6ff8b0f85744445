/**
 * The IndexedDB store: the reference adapter's data in the browser it runs in, shared by every
 * tab of the origin. IndexedDB serialises `readwrite` transactions whose scopes overlap, across
 * connections and tabs, which is what makes a booking's re-check-then-insert atomic (R11).
 *
 * This is the one module of the adapters layer that touches a DOM-only API, and only when a
 * `ReferenceAdapter` is constructed with `storage: 'indexeddb'`; nothing runs at import time, so
 * Node can load the adapters entry point. The few IndexedDB shapes used are declared here
 * rather than taken from the DOM lib, which the Node type-check of this layer does not include.
 */
import { BookingError } from '../../contract/errors.js';
import {
  SCHEMA,
  STORE_NAMES,
  type IndexKey,
  type Records,
  type Store,
  type StoreName,
  type StoreTx,
  type TxMode,
} from '../../backend/store.js';
import { buildIndexes, deepFreeze, entriesIn, type Entry } from './sorted-index.js';

/**
 * The schema version. Raise it with an `if (oldVersion < n)` step in `upgrade` for every change.
 * 2: appointments carry a revision record (below); tabs running version 1's code, which would
 * write appointments without bumping it, are closed by the upgrade.
 * 3: customer records, the privacy log, and appointments by customer.
 * 4: waitlists (issue 20).
 * 5: appointments by series (issue 20).
 */
export const DB_VERSION = 5;

/**
 * A record in the `appointments` store that no index holds (it has no index fields): a random token
 * replaced in every transaction that writes appointments, in the same transaction. A tab keeps the
 * appointments it last read whole, with the token it read them at, and answers `range` from memory
 * while the token in the database still matches: availability then costs one `get` instead of
 * thousands of records read and copied (issue 24). Another tab's booking changes the token, so the
 * next read in this tab sees it; a transaction's own writes bypass the cache.
 */
const REVISION_ID = '\u0000revision';

function revisionToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

interface IdbRequest<T> {
  readonly result: T;
  readonly error: unknown;
  onsuccess: (() => void) | null;
  onerror: ((event: { preventDefault(): void }) => void) | null;
}

interface IdbOpenRequest extends IdbRequest<IdbDatabase> {
  onupgradeneeded: ((event: { oldVersion: number }) => void) | null;
  onblocked: (() => void) | null;
}

interface IdbDatabase {
  readonly objectStoreNames: { contains(name: string): boolean };
  createObjectStore(name: string, options: { keyPath: string }): IdbObjectStore;
  transaction(
    stores: string[],
    mode: TxMode,
    options?: { durability?: 'default' | 'strict' | 'relaxed' },
  ): IdbTransaction;
  close(): void;
  onversionchange: (() => void) | null;
  onclose: (() => void) | null;
}

interface IdbTransaction {
  readonly error: unknown;
  objectStore(name: string): IdbObjectStore;
  abort(): void;
  oncomplete: (() => void) | null;
  onabort: (() => void) | null;
  onerror: ((event: { preventDefault(): void }) => void) | null;
}

interface IdbObjectStore {
  readonly indexNames: { contains(name: string): boolean };
  get(key: string): IdbRequest<unknown>;
  getAll(): IdbRequest<unknown[]>;
  put(value: unknown): IdbRequest<unknown>;
  delete(key: string): IdbRequest<undefined>;
  index(name: string): { getAll(range: unknown): IdbRequest<unknown[]> };
  createIndex(name: string, keyPath: string | string[]): unknown;
}

interface IdbFactory {
  open(name: string, version: number): IdbOpenRequest;
  deleteDatabase(name: string): IdbOpenRequest;
}

interface IdbKeyRangeStatic {
  bound(lower: unknown, upper: unknown): unknown;
}

interface IdbGlobals {
  indexedDB?: IdbFactory;
  IDBKeyRange?: IdbKeyRangeStatic;
}

function idbGlobals(): { factory: IdbFactory; keyRange: IdbKeyRangeStatic } {
  const g = globalThis as unknown as IdbGlobals;
  if (!g.indexedDB || !g.IDBKeyRange) {
    throw new BookingError('network', "storage: 'indexeddb' needs a browser with IndexedDB; use storage: 'memory'");
  }
  return { factory: g.indexedDB, keyRange: g.IDBKeyRange };
}

function request<T>(req: IdbRequest<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error instanceof Error ? req.error : new Error('IndexedDB request failed'));
  });
}

function upgrade(db: IdbDatabase, tx: IdbTransaction, oldVersion: number): void {
  if (oldVersion < 1) {
    for (const name of STORE_NAMES) {
      const spec = SCHEMA[name];
      const store = db.objectStoreNames.contains(name)
        ? tx.objectStore(name)
        : db.createObjectStore(name, { keyPath: spec.keyPath });
      for (const [index, keyPath] of Object.entries(spec.indexes as Record<string, readonly string[]>)) {
        if (!store.indexNames.contains(index)) store.createIndex(index, [...keyPath]);
      }
    }
  }
  if (oldVersion < 2) tx.objectStore('appointments').put({ id: REVISION_ID, token: revisionToken() });
  if (oldVersion < 3) {
    // Customer records, the privacy log, and appointments by customer (only adding: records stay as
    // they were; the backend links appointments written before records existed when it first lists
    // customers).
    ensureStore(db, tx, 'customers', ['business', 'business_email', 'business_phone']);
    ensureStore(db, tx, 'audit', ['business_at']);
    ensureStore(db, tx, 'appointments', ['business_customer']);
  }
  // Waitlists (issue 20): a new store only.
  if (oldVersion < 4) ensureStore(db, tx, 'waitlist', ['business_created']);
  // Repeat bookings (issue 20): appointments by series.
  if (oldVersion < 5) ensureStore(db, tx, 'appointments', ['business_series']);
}

/** Creates a store of `SCHEMA` (when missing) with the indexes it lacks. */
function ensureStore(db: IdbDatabase, tx: IdbTransaction, name: StoreName, indexes: readonly string[]): void {
  const spec = SCHEMA[name];
  const store = db.objectStoreNames.contains(name)
    ? tx.objectStore(name)
    : db.createObjectStore(name, { keyPath: spec.keyPath });
  const all = spec.indexes as Record<string, readonly string[]>;
  for (const index of indexes) {
    if (!store.indexNames.contains(index)) store.createIndex(index, [...all[index]]);
  }
}

export interface OpenOptions {
  /** Schema version to open; tests raise it to exercise upgrades. */
  version?: number;
  /** How long to wait for other tabs to close their connections before failing with `busy`. */
  blockedTimeoutMs?: number;
}

/**
 * Opens (creating or upgrading) the database. Never hangs: when another connection blocks an
 * upgrade and does not close within `blockedTimeoutMs`, it rejects with `busy`.
 */
export function openDatabase(name: string, options: OpenOptions = {}): Promise<IdbDatabase> {
  const { factory } = idbGlobals();
  const version = options.version ?? DB_VERSION;
  const blockedTimeoutMs = options.blockedTimeoutMs ?? 5000;
  return new Promise<IdbDatabase>((resolve, reject) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const req = factory.open(name, version);
    req.onupgradeneeded = (event) => {
      // The version-change transaction is exposed on the request while upgradeneeded runs.
      const tx = (req as unknown as { transaction: IdbTransaction }).transaction;
      upgrade(req.result, tx, event.oldVersion);
    };
    req.onblocked = () => {
      // Another tab holds an older connection open; its versionchange handler should close it.
      // If it never does (a page built before that handler existed), fail instead of hanging.
      timer ??= setTimeout(() => {
        if (settled) return;
        settled = true;
        reject(
          new BookingError(
            'busy',
            'Another tab is using an older version of the booking database; close it and try again.',
            {
              retryAfterMs: 1000,
            },
          ),
        );
      }, blockedTimeoutMs);
    };
    req.onsuccess = () => {
      if (timer !== undefined) clearTimeout(timer);
      const db = req.result;
      if (settled) {
        // We already gave up waiting; do not keep a connection nobody will use.
        db.close();
        return;
      }
      settled = true;
      resolve(db);
    };
    req.onerror = (event) => {
      if (timer !== undefined) clearTimeout(timer);
      event.preventDefault();
      if (settled) return;
      settled = true;
      const error = req.error;
      if (error instanceof Error && error.name === 'VersionError') {
        reject(
          new BookingError('busy', 'A newer version of this page has upgraded the booking database; reload the page.', {
            cause: error,
          }),
        );
      } else {
        reject(new BookingError('network', 'The booking database could not be opened.', { cause: error }));
      }
    };
  });
}

/** Deletes a database (tests, "reset demo"); resolves once deleted, even if other tabs had it open. */
export function deleteDatabase(name: string): Promise<void> {
  const { factory } = idbGlobals();
  return new Promise<void>((resolve, reject) => {
    const req = factory.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error instanceof Error ? req.error : new Error('deleteDatabase failed'));
  });
}

/**
 * IndexedDB's own failures (a full disk, a transaction the browser aborted) become the adapter's
 * errors, so callers only ever see `BookingError`; an `AbortError` from the caller's signal and
 * errors thrown by the transaction's callback pass through unchanged.
 */
function asBookingError(error: unknown): unknown {
  if (error instanceof BookingError || !(error instanceof Error)) return error;
  if (error.name === 'AbortError') return error;
  if (error.name === 'QuotaExceededError') {
    return new BookingError('network', 'The browser has no room left to store bookings.', { cause: error });
  }
  if (
    error instanceof DOMException ||
    error.name === 'TransactionInactiveError' ||
    error.name === 'InvalidStateError'
  ) {
    return new BookingError('busy', 'The booking database is busy; try again.', { cause: error, retryAfterMs: 200 });
  }
  return error;
}

export class IndexedDbStore implements Store {
  private readonly name: string;
  private readonly options: OpenOptions;
  private connection: Promise<IdbDatabase> | undefined;
  private closed = false;
  /** The appointments as last read whole, indexed, with the revision token they were read at. */
  private appointments: { token: unknown; indexes: Map<string, Entry[]> } | undefined;

  constructor(name: string, options: OpenOptions = {}) {
    this.name = name;
    this.options = options;
  }

  private connect(): Promise<IdbDatabase> {
    if (this.closed) return Promise.reject(new BookingError('network', 'The booking database has been closed.'));
    this.connection ??= openDatabase(this.name, this.options).then(
      (db) => {
        // Another tab wants to upgrade the schema (or delete the database): step aside at once so it
        // does not stay blocked; the next call here reopens, or reports that a reload is needed.
        db.onversionchange = () => {
          db.close();
          this.connection = undefined;
        };
        // The browser closed it (storage cleared, disk error): reopen on the next call.
        db.onclose = () => {
          this.connection = undefined;
        };
        return db;
      },
      (error: unknown) => {
        this.connection = undefined;
        throw error;
      },
    );
    return this.connection;
  }

  async run<T>(mode: TxMode, stores: readonly StoreName[], fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    try {
      return await this.runOnce(mode, stores, fn);
    } catch (error) {
      throw asBookingError(error);
    }
  }

  private async runOnce<T>(mode: TxMode, stores: readonly StoreName[], fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    const db = await this.connect();
    let tx: IdbTransaction;
    try {
      // Strict durability: a confirmed booking is on disk before the customer is told so.
      tx = db.transaction([...stores], mode, mode === 'readwrite' ? { durability: 'strict' } : undefined);
    } catch (error) {
      // The connection was closed under us (versionchange between connect and here): retry once.
      if (error instanceof Error && error.name === 'InvalidStateError') {
        this.connection = undefined;
        const fresh = await this.connect();
        tx = fresh.transaction([...stores], mode, mode === 'readwrite' ? { durability: 'strict' } : undefined);
      } else {
        throw error;
      }
    }
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () =>
        reject(tx.error instanceof Error ? tx.error : new BookingError('busy', 'The transaction was aborted.'));
    });
    const { keyRange } = idbGlobals();
    let wroteAppointments = false;
    const touch = (store: StoreName): void => {
      if (store !== 'appointments' || wroteAppointments) return;
      wroteAppointments = true;
      // Queued before the write itself, in the same transaction: readers see both or neither.
      // A failure aborts the transaction, which the caller sees through it.
      request(tx.objectStore('appointments').put({ id: REVISION_ID, token: revisionToken() })).catch(() => undefined);
    };
    const api: StoreTx = {
      get: async <S extends StoreName>(store: S, key: string) =>
        store === 'appointments' && key === REVISION_ID
          ? undefined
          : ((await request(tx.objectStore(store).get(key))) as Records[S] | undefined),
      getAll: async <S extends StoreName>(store: S) =>
        ((await request(tx.objectStore(store).getAll())) as { id: string }[]).filter(
          (r) => r.id !== REVISION_ID,
        ) as Records[S][],
      range: async <S extends StoreName>(store: S, index: string, lower: IndexKey, upper: IndexKey) => {
        if (store === 'appointments' && !wroteAppointments) {
          const indexes = await this.cachedAppointments(tx);
          return entriesIn(indexes.get(index) ?? [], lower, upper).map((e) => e.value) as Records[S][];
        }
        return (await request(
          tx
            .objectStore(store)
            .index(index)
            .getAll(keyRange.bound([...lower], [...upper])),
        )) as Records[S][];
      },
      put: async (store, value) => {
        touch(store);
        await request(tx.objectStore(store).put(value));
      },
      delete: async (store, key) => {
        touch(store);
        await request(tx.objectStore(store).delete(key));
      },
    };
    let result: T;
    try {
      result = await fn(api);
    } catch (error) {
      done.catch(() => undefined);
      try {
        tx.abort();
      } catch {
        // Already finished or aborting (a failed request aborts it by default).
      }
      throw error;
    }
    await done;
    return result;
  }

  /** The appointments' indexes as of `tx`: from memory while the revision token matches, else read again. */
  private async cachedAppointments(tx: IdbTransaction): Promise<Map<string, Entry[]>> {
    const store = tx.objectStore('appointments');
    const token = ((await request(store.get(REVISION_ID))) as { token?: unknown } | undefined)?.token;
    const cached = this.appointments;
    if (cached && token !== undefined && cached.token === token) return cached.indexes;
    const rows = ((await request(store.getAll())) as { id: string }[]).filter((r) => r.id !== REVISION_ID);
    const indexes = buildIndexes('appointments', rows.map(deepFreeze));
    this.appointments = { token, indexes };
    return indexes;
  }

  close(): void {
    this.closed = true;
    this.appointments = undefined;
    void this.connection?.then(
      (db) => db.close(),
      () => undefined,
    );
    this.connection = undefined;
  }
}
