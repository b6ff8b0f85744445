/**
 * The memory store: the same transactional contract as IndexedDB, in plain maps, for Node and
 * tests. Transactions run one at a time (a promise queue), writes are staged and applied only
 * when the callback succeeds, and values are structured-cloned in and out as IndexedDB does, so
 * a caller mutating a returned object cannot change stored data behind the adapter's back.
 */
import {
  SCHEMA,
  STORE_NAMES,
  compareKeys,
  type IndexKey,
  type Records,
  type Store,
  type StoreName,
  type StoreTx,
  type TxMode,
} from '../../backend/store.js';

type Table = Map<string, unknown>;

function indexKey(value: unknown, keyPath: readonly string[]): IndexKey | undefined {
  const out: (string | number)[] = [];
  for (const field of keyPath) {
    const v = (value as Record<string, unknown>)[field];
    // IndexedDB leaves a record out of an index when its key path does not yield a valid key.
    if (typeof v !== 'string' && typeof v !== 'number') return undefined;
    out.push(v);
  }
  return out;
}

export class MemoryStore implements Store {
  private readonly tables = new Map<StoreName, Table>(STORE_NAMES.map((name) => [name, new Map()]));
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  run<T>(mode: TxMode, stores: readonly StoreName[], fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    const result = this.queue.then(() => this.execute(mode, stores, fn));
    // The queue continues whether this transaction succeeded or not.
    this.queue = result.catch(() => undefined);
    return result;
  }

  close(): void {
    this.closed = true;
  }

  private async execute<T>(mode: TxMode, stores: readonly StoreName[], fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    if (this.closed) throw new Error('the store is closed');
    const staged = new Map<StoreName, Map<string, unknown>>();
    const DELETED = Symbol('deleted');
    const allowed = new Set(stores);
    const check = (store: StoreName, write: boolean): void => {
      if (!allowed.has(store)) throw new Error(`${store} is not part of this transaction`);
      if (write && mode !== 'readwrite') throw new Error('readonly transaction');
    };
    const view = (store: StoreName): unknown[] => {
      const table = this.tables.get(store)!;
      const changes = staged.get(store);
      if (!changes) return [...table.values()];
      const merged = new Map(table);
      for (const [k, v] of changes) {
        if (v === DELETED) merged.delete(k);
        else merged.set(k, v);
      }
      return [...merged.values()];
    };
    const tx: StoreTx = {
      get: <S extends StoreName>(store: S, key: string) => {
        check(store, false);
        const changes = staged.get(store);
        const v = changes?.has(key) ? changes.get(key) : this.tables.get(store)!.get(key);
        return Promise.resolve(v === undefined || v === DELETED ? undefined : (structuredClone(v) as Records[S]));
      },
      getAll: <S extends StoreName>(store: S) => {
        check(store, false);
        const rows = view(store).sort((a, b) => compareKeys([keyOf(a)], [keyOf(b)]));
        return Promise.resolve(structuredClone(rows) as Records[S][]);
      },
      range: <S extends StoreName>(store: S, index: string, lower: IndexKey, upper: IndexKey) => {
        check(store, false);
        const keyPath = (SCHEMA[store].indexes as Record<string, readonly string[]>)[index];
        if (!keyPath) throw new Error(`no index ${index} on ${store}`);
        const rows: { key: IndexKey; value: unknown }[] = [];
        for (const value of view(store)) {
          const key = indexKey(value, keyPath);
          if (key && compareKeys(key, lower) >= 0 && compareKeys(key, upper) <= 0) rows.push({ key, value });
        }
        rows.sort((a, b) => compareKeys(a.key, b.key) || compareKeys([keyOf(a.value)], [keyOf(b.value)]));
        return Promise.resolve(structuredClone(rows.map((r) => r.value)) as Records[S][]);
      },
      put: (store, value) => {
        check(store, true);
        let changes = staged.get(store);
        if (!changes) staged.set(store, (changes = new Map<string, unknown>()));
        changes.set(keyOf(value), structuredClone(value));
        return Promise.resolve();
      },
      delete: (store, key) => {
        check(store, true);
        let changes = staged.get(store);
        if (!changes) staged.set(store, (changes = new Map<string, unknown>()));
        changes.set(key, DELETED);
        return Promise.resolve();
      },
    };
    const result = await fn(tx);
    // Commit: only now do the staged writes become visible, all at once.
    for (const [store, changes] of staged) {
      const table = this.tables.get(store)!;
      for (const [k, v] of changes) {
        if (v === DELETED) table.delete(k);
        else table.set(k, v);
      }
    }
    return result;
  }
}

function keyOf(value: unknown): string {
  return (value as { id: string }).id;
}
