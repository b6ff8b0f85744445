import { ReferenceAdapter, deleteReferenceDatabase } from '../../src/adapters/index.js';
import { runAdapterContract } from '../../src/testing/index.js';

let counter = 0;
const names = new WeakMap<object, string>();

runAdapterContract({
  name: 'ReferenceAdapter (IndexedDB)',
  describe,
  it,
  createAdapter: ({ config, now, personalCalendar, signedInUser }) => {
    // A database per test, so tests cannot see each other's data.
    const databaseName = `contract-${crypto.randomUUID()}-${++counter}`;
    const adapter = new ReferenceAdapter({
      config,
      storage: 'indexeddb',
      databaseName,
      now,
      random: () => 0.5,
      ...(personalCalendar ? { personalCalendar } : {}),
      ...(signedInUser ? { signedInUser } : {}),
    });
    names.set(adapter, databaseName);
    return adapter;
  },
  disposeAdapter: async (adapter) => {
    (adapter as ReferenceAdapter).close();
    const name = names.get(adapter);
    if (name) await deleteReferenceDatabase(name);
  },
});
