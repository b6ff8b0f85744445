/**
 * The memory store: the same transactional contract as IndexedDB, in plain maps, for Node and
 * tests. Transactions run one at a time (a promise queue), writes are staged and applied only
 * when the callback succeeds.
 *
 * Reads are cheap, because availability reads thousands of appointments per question: each index
 * is an array kept sorted by (index key, id), so `range` is a binary search and a slice, and
 * values are copied once, when written, and frozen, so `range` and `getAll` hand out the stored
 * objects themselves. A caller still cannot change stored data behind the adapter's back (a write
 * to a frozen object throws); `get`, whose result callers edit and put back, returns a copy.
 * `busy` (issue 24) answers the same question with the same frozen array until a commit changes
 * the appointments (`booked` below).
 */
import {
  SCHEMA,
  keptBusy,
  STORE_NAMES,
  compareKeys,
  type IndexKey,
  type Records,
  type BusyRecord,
  type Store,
  type StoreName,
  type StoreTx,
  type TxMode,
} from '../../backend/store.js';
import { compareEntries, deepFreeze, entriesIn, indexKey, keyPathOf, lowerBound, type Entry } from './sorted-index.js';

type Table = Map<string, unknown>;

const DELETED = Symbol('deleted');
type Staged = Map<string, unknown>;

export class MemoryStore implements Store {
  private readonly tables = new Map<StoreName, Table>(STORE_NAMES.map((name) => [name, new Map()]));
  /** Per store, per index name: the entries sorted by (key, id). */
  private readonly indexes = new Map<StoreName, Map<string, Entry[]>>(
    STORE_NAMES.map((name) => [name, new Map(Object.keys(SCHEMA[name].indexes).map((index) => [index, []]))]),
  );
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
    const staged = new Map<StoreName, Staged>();
    const allowed = new Set(stores);
    const check = (store: StoreName, write: boolean): void => {
      if (!allowed.has(store)) throw new Error(`${store} is not part of this transaction`);
      if (write && mode !== 'readwrite') throw new Error('readonly transaction');
    };
    const stage = (store: StoreName): Staged => {
      let changes = staged.get(store);
      if (!changes) staged.set(store, (changes = new Map<string, unknown>()));
      return changes;
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
        const merged = new Map(this.tables.get(store));
        for (const [k, v] of staged.get(store) ?? []) {
          if (v === DELETED) merged.delete(k);
          else merged.set(k, v);
        }
        const ids = [...merged.keys()].sort();
        return Promise.resolve(ids.map((id) => merged.get(id)) as Records[S][]);
      },
      range: <S extends StoreName>(store: S, index: string, lower: IndexKey, upper: IndexKey) => {
        check(store, false);
        const keyPath = keyPathOf(store, index);
        const changes = staged.get(store);
        let rows = entriesIn(this.indexes.get(store)!.get(index)!, lower, upper);
        if (changes) rows = rows.filter((entry) => !changes.has(entry.id));
        if (changes) {
          // This transaction's own writes: few, so merged in and sorted again.
          for (const [id, value] of changes) {
            if (value === DELETED) continue;
            const key = indexKey(value, keyPath);
            if (key && compareKeys(key, lower) >= 0 && compareKeys(key, upper) <= 0) rows.push({ key, id, value });
          }
          rows.sort(compareEntries);
        }
        return Promise.resolve(rows.map((r) => r.value) as Records[S][]);
      },
      // Issue 24: from the index, the same answer until a commit changes it; with this
      // transaction's own writes, from the records as `range` merges them.
      busy: async (businessId, from, to) =>
        staged.has('appointments')
          ? (await tx.range('appointments', 'business_start', [businessId, from], [businessId, to])).filter(
              (a) => a.status === 'booked',
            )
          : (check('appointments', false),
            booked(this.indexes.get('appointments')!.get('business_start')!, businessId, from, to)),
      put: (store, value) => {
        check(store, true);
        stage(store).set(keyOf(value), deepFreeze(structuredClone(value)));
        return Promise.resolve();
      },
      delete: (store, key) => {
        check(store, true);
        stage(store).set(key, DELETED);
        return Promise.resolve();
      },
    };
    const result = await fn(tx);
    // Commit: only now do the staged writes become visible, all at once.
    for (const [store, changes] of staged) {
      for (const [id, value] of changes) this.write(store, id, value === DELETED ? undefined : value);
    }
    return result;
  }

  /** Replaces (or with `undefined`, removes) one record, in its table and in every index. */
  private write(store: StoreName, id: string, value: unknown): void {
    const table = this.tables.get(store)!;
    const previous = table.get(id);
    for (const [index, entries] of this.indexes.get(store)!) {
      const keyPath = keyPathOf(store, index);
      const oldKey = previous === undefined ? undefined : indexKey(previous, keyPath);
      if (oldKey) entries.splice(lowerBound(entries, { key: oldKey, id }), 1);
      forgetBooked(entries);
      const newKey = value === undefined ? undefined : indexKey(value, keyPath);
      if (newKey) {
        const entry = { key: newKey, id, value };
        entries.splice(lowerBound(entries, entry), 0, entry);
      }
    }
    if (value === undefined) table.delete(id);
    else table.set(id, value);
  }
}

/** Per appointments `business_start` index: answers of `booked` (issue 24), until the index changes. */
const bookedAnswers = new WeakMap<readonly Entry[], Map<string, readonly BusyRecord[]>>();

/**
 * `StoreTx.busy` from an appointments `business_start` index: the booked appointments of
 * `businessId` starting in `[from, to]`. Without requests waiting for approval, the same frozen
 * array (in `keptBusy`) answers the same question until the index changes (`forgetBooked` at the
 * commit that changed it): repeated questions for free times read no records, and the backend
 * keeps the engine form it made of the array (store.ts `keptBusy`).
 */
function booked(entries: readonly Entry[], businessId: string, from: number, to: number): readonly BusyRecord[] {
  let answers = bookedAnswers.get(entries);
  if (!answers || answers.size > 50) bookedAnswers.set(entries, (answers = new Map<string, readonly BusyRecord[]>()));
  const key = `${businessId} ${from} ${to}`;
  let rows = answers.get(key);
  if (!rows) {
    const found = entriesIn(entries, [businessId, from], [businessId, to])
      .map((e) => e.value as BusyRecord)
      .filter((a) => a.status === 'booked');
    // R23: a pending request lapses with time, so such an answer is neither frozen nor kept.
    if (found.some((a) => a.approval === 'pending')) return found;
    keptBusy.add((rows = Object.freeze(found)));
    answers.set(key, rows);
  }
  return rows;
}

/** After a commit that changed `entries` in place: `booked` answers from them again. */
function forgetBooked(entries: readonly Entry[]): void {
  bookedAnswers.delete(entries);
}

function keyOf(value: unknown): string {
  return (value as { id: string }).id;
}
