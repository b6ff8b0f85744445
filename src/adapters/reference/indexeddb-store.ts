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

/** The schema version. Raise it with an `if (oldVersion < n)` step in `upgrade` for every change. */
export const DB_VERSION = 1;

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
    const api: StoreTx = {
      get: <S extends StoreName>(store: S, key: string) =>
        request(tx.objectStore(store).get(key)) as Promise<Records[S] | undefined>,
      getAll: <S extends StoreName>(store: S) => request(tx.objectStore(store).getAll()) as Promise<Records[S][]>,
      range: <S extends StoreName>(store: S, index: string, lower: IndexKey, upper: IndexKey) =>
        request(
          tx
            .objectStore(store)
            .index(index)
            .getAll(keyRange.bound([...lower], [...upper])),
        ) as Promise<Records[S][]>,
      put: async (store, value) => {
        await request(tx.objectStore(store).put(value));
      },
      delete: async (store, key) => {
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

  close(): void {
    this.closed = true;
    void this.connection?.then(
      (db) => db.close(),
      () => undefined,
    );
    this.connection = undefined;
  }
}
