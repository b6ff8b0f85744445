// Schema upgrades with other connections open must not hang: an open ReferenceAdapter closes its
// connection on `versionchange`, and an upgrade blocked by a connection that never closes fails
// with `busy` instead of waiting forever.
import { expect } from '@open-wc/testing';
import { ReferenceAdapter, deleteReferenceDatabase } from '../../src/adapters/index.js';
import { DB_VERSION, openDatabase } from '../../src/adapters/reference/indexeddb-store.js';
import { CONTRACT_NOW, contractConfig } from '../../src/testing/index.js';

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} hung for ${ms} ms`)), ms)),
  ]);
}

async function settle(promise: Promise<unknown>): Promise<{ code?: unknown; name?: unknown } | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error as { code?: unknown; name?: unknown };
  }
}

describe('ReferenceAdapter on IndexedDB: schema upgrades', () => {
  const names: string[] = [];
  const fresh = (): string => {
    const name = `upgrade-${crypto.randomUUID()}`;
    names.push(name);
    return name;
  };

  afterEach(async () => {
    for (const name of names.splice(0)) await deleteReferenceDatabase(name);
  });

  it('an upgrade from another connection completes while an adapter is open (versionchange closes it)', async () => {
    const databaseName = fresh();
    const adapter = new ReferenceAdapter({
      config: contractConfig(),
      storage: 'indexeddb',
      databaseName,
      now: () => CONTRACT_NOW,
    });
    await adapter.getBookingPage({});
    const upgraded = await within(openDatabase(databaseName, { version: DB_VERSION + 1 }), 5000, 'the upgrade');
    upgraded.close();
    // The adapter stepped aside; its next call says a reload is needed instead of hanging.
    const error = await within(settle(adapter.getBookingPage({})), 5000, 'the old adapter');
    expect(error?.code).to.equal('busy');
    adapter.close();
  });

  it('an upgrade blocked by a connection that never closes fails with busy instead of hanging', async () => {
    const databaseName = fresh();
    const seeded = new ReferenceAdapter({
      config: contractConfig(),
      storage: 'indexeddb',
      databaseName,
      now: () => CONTRACT_NOW,
    });
    await seeded.getBookingPage({});
    seeded.close();
    // A page built without a versionchange handler: it keeps its connection open forever.
    const stubborn = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(databaseName);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('open failed'));
    });
    try {
      const error = await within(
        settle(openDatabase(databaseName, { version: DB_VERSION + 1, blockedTimeoutMs: 200 })),
        5000,
        'the blocked upgrade',
      );
      expect(error?.code).to.equal('busy');
    } finally {
      stubborn.close();
    }
  });

  it('deleting the database while an adapter is open does not hang, and the data survives only until then', async () => {
    const databaseName = fresh();
    const adapter = new ReferenceAdapter({
      config: contractConfig(),
      storage: 'indexeddb',
      databaseName,
      now: () => CONTRACT_NOW,
    });
    await adapter.asStaff('ann').updateBusiness({ patch: { displayName: 'Edited before the deletion' } });
    expect((await adapter.getBookingPage({})).business.displayName).to.equal('Edited before the deletion');
    await within(deleteReferenceDatabase(databaseName), 5000, 'deleteDatabase');
    // The open adapter stepped aside (versionchange), so the deletion went through; its next call
    // opens the new, empty database and no longer finds the business it had seeded.
    const error = await within(settle(adapter.getBookingPage({})), 5000, 'the old adapter');
    expect(error?.code).to.equal('invalid-input');
    adapter.close();
    // The data lived until the deletion and not after: a new adapter starts from the configuration.
    const reopened = new ReferenceAdapter({
      config: contractConfig(),
      storage: 'indexeddb',
      databaseName,
      now: () => CONTRACT_NOW,
    });
    expect((await reopened.getBookingPage({})).business.displayName).to.equal('Contract Clinic');
    reopened.close();
  });

  it('reopening an existing database keeps what was stored (the config seeds only once)', async () => {
    const databaseName = fresh();
    const first = new ReferenceAdapter({
      config: contractConfig(),
      storage: 'indexeddb',
      databaseName,
      now: () => CONTRACT_NOW,
    });
    await first.asStaff('ann').updateBusiness({ patch: { displayName: 'Edited by an admin' } });
    first.close();
    const second = new ReferenceAdapter({
      config: contractConfig(),
      storage: 'indexeddb',
      databaseName,
      now: () => CONTRACT_NOW,
    });
    expect((await second.getBookingPage({})).business.displayName).to.equal('Edited by an admin');
    second.close();
  });
});
