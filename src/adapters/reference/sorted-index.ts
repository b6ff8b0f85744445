/**
 * Index arrays kept sorted by (index key, id), in IndexedDB's key order: what lets both reference
 * stores answer `range` with a binary search and a slice instead of a scan. Values in them are
 * frozen, so the stores can hand the same objects to every reader.
 */
import { SCHEMA, compareKeys, type IndexKey, type StoreName } from '../../backend/store.js';

/** One record's place in an index. */
export interface Entry {
  key: IndexKey;
  id: string;
  value: unknown;
}

/** The key path of `store`'s index `index`; throws for an index the schema does not have. */
export function keyPathOf(store: StoreName, index: string): readonly string[] {
  const keyPath = (SCHEMA[store].indexes as Record<string, readonly string[]>)[index];
  if (!keyPath) throw new Error(`no index ${index} on ${store}`);
  return keyPath;
}

/** A record's key in an index, or undefined when IndexedDB would leave it out (no valid key). */
export function indexKey(value: unknown, keyPath: readonly string[]): IndexKey | undefined {
  const out: (string | number)[] = [];
  for (const field of keyPath) {
    const v = (value as Record<string, unknown>)[field];
    if (typeof v !== 'string' && typeof v !== 'number') return undefined;
    out.push(v);
  }
  return out;
}

/** Index order: the key, then the record's id (IndexedDB's order for equal index keys). */
export function compareEntries(a: { key: IndexKey; id: string }, b: { key: IndexKey; id: string }): number {
  return compareKeys(a.key, b.key) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The first position in `entries` whose entry is not before `probe`. */
export function lowerBound(entries: readonly Entry[], probe: { key: IndexKey; id: string }): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareEntries(entries[mid], probe) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entries whose key lies in `[lower, upper]`, in index order (a slice, by bisection). */
export function entriesIn(entries: readonly Entry[], lower: IndexKey, upper: IndexKey): Entry[] {
  const out: Entry[] = [];
  for (let i = lowerBound(entries, { key: lower, id: '' }); i < entries.length; i++) {
    const entry = entries[i];
    if (compareKeys(entry.key, upper) > 0) break;
    out.push(entry);
  }
  return out;
}

/** Every index of `store` over `values`, each sorted. */
export function buildIndexes(store: StoreName, values: Iterable<{ id: string }>): Map<string, Entry[]> {
  const indexes = new Map<string, Entry[]>();
  for (const index of Object.keys(SCHEMA[store].indexes)) {
    const keyPath = keyPathOf(store, index);
    const entries: Entry[] = [];
    for (const value of values) {
      const key = indexKey(value, keyPath);
      if (key) entries.push({ key, id: value.id, value });
    }
    indexes.set(index, entries.sort(compareEntries));
  }
  return indexes;
}

/** Freezes a value and everything in it (values the stores hand to every reader). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
