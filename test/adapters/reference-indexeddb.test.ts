import { ReferenceAdapter, deleteReferenceDatabase } from '../../src/adapters/index.js';
import { expect } from '@open-wc/testing';
import { CONTRACT_NOW, contractConfig, cph, runAdapterContract } from '../../src/testing/index.js';

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

// Each connection answers availability from the appointments it last read whole, while the
// revision record the booking transaction replaces still matches (indexeddb-store.ts): a booking
// through another connection (another tab) must show at once, and a booking there must still be
// refused here.
describe('ReferenceAdapter (IndexedDB): appointments read from memory stay true across connections', () => {
  const TUE = '2026-03-03';
  const request = {
    serviceId: 'consult',
    staffMemberId: 'ann',
    start: cph(TUE, '00:00'),
    end: cph('2026-03-04', '00:00'),
  };
  const booking = (key: string) => ({
    serviceId: 'consult',
    staffMemberId: 'ann',
    start: cph(TUE, '09:00'),
    answers: [{ questionId: 'insurance', answer: 'X' }],
    consent: { accepted: true },
    customer: { name: 'Eva Jensen', emailAddress: 'eva@example.com', timeZone: 'Europe/Copenhagen' },
    idempotencyKey: key,
  });

  it('a booking made through another connection is gone from this one’s free times and refused here', async () => {
    const databaseName = `revision-${crypto.randomUUID()}`;
    const open = () =>
      new ReferenceAdapter({ config: contractConfig(), storage: 'indexeddb', databaseName, now: () => CONTRACT_NOW });
    const here = open();
    const there = open();
    try {
      const before = await here.getAvailability(request);
      expect(before.map((s) => s.start)).to.include(cph(TUE, '09:00'));
      const booked = await there.book(booking('there-key-1'));
      const after = await here.getAvailability(request);
      expect(after.map((s) => s.start)).not.to.include(cph(TUE, '09:00'));
      expect(after.length).to.be.lessThan(before.length);
      let code: unknown;
      try {
        await here.book(booking('here-key-1'));
      } catch (error) {
        code = (error as { code?: unknown }).code;
      }
      expect(code).to.equal('slot-unavailable');
      // Its cancellation through the other connection frees the time here again.
      await there.cancel({ appointmentId: booked.appointment.id, manageToken: booked.manageToken });
      const freed = await here.getAvailability(request);
      expect(freed.map((s) => s.start)).to.deep.equal(before.map((s) => s.start));
    } finally {
      here.close();
      there.close();
      await deleteReferenceDatabase(databaseName);
    }
  });
});
