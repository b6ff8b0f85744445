import { ReferenceAdapter } from '../../src/adapters/reference/reference-adapter.js';

/** The sample clinic (demo/data/contoso.json), fresh for each call so tests may change it. */
export async function loadContoso(): Promise<Record<string, unknown> & { [k: string]: any }> {
  const response = await fetch('/demo/data/contoso.json');
  return (await response.json()) as Record<string, unknown>;
}

let counter = 0;
const opened: string[] = [];

/** A reference adapter on its own IndexedDB database, with a fixed clock. */
export function makeAdapter(config: unknown, now: number, databaseName = `test-${Date.now()}-${counter++}`) {
  opened.push(databaseName);
  return new ReferenceAdapter({ config, storage: 'indexeddb', now: () => now, databaseName });
}

/** Deletes the databases the tests opened (call from afterEach). */
export async function deleteDatabases(): Promise<void> {
  const names = opened.splice(0);
  await Promise.all(
    names.map(
      (name) =>
        new Promise<void>((resolve) => {
          const r = indexedDB.deleteDatabase(name);
          r.onsuccess = r.onerror = r.onblocked = () => resolve();
        }),
    ),
  );
}
