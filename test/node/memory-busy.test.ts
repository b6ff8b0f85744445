// Issue 24: the memory store answers a repeated question for busy time with the same frozen array,
// and the backend keeps the engine form it made of it. Every write that can change free times
// must give the fresh answer at once: bookings, cancellations, moves, time off, staff edits, and
// the clock passing a request's approval expiry (no write at all).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ReferenceAdapter } from '../../src/adapters/index.js';
import { MemoryStore } from '../../src/adapters/reference/memory-store.js';
import { Backend } from '../../src/backend/backend.js';
import type { Business } from '../../src/core/types.js';
import { keptBusy, type BusyRecord, type StoredAppointment, type StoreTx } from '../../src/backend/store.js';
import { CLINIC, CONTRACT_NOW, contractConfig, cph } from '../../src/testing/index.js';
import { storedAppointment } from './stored-appointment.js';

const TUE = '2026-03-03';
const HOUR = 3_600_000;
const customer = { name: 'Jane Doe', emailAddress: 'jane@example.com', timeZone: 'Europe/Copenhagen' };

function appointment(id: string, startMs: number, patch: Partial<StoredAppointment> = {}): StoredAppointment {
  return storedAppointment(id, startMs, {
    customer,
    manageTokenHash: 'f'.repeat(64),
    bookedBy: 'customer',
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
    maximumAttendeesCount: 1,
    ...patch,
  });
}

/** A customer books Ann on Tuesday at 9:00, as the booking page would. */
function bookAnnAtNine(adapter: ReferenceAdapter, idempotencyKey: string) {
  return adapter.book({
    serviceId: 'consult',
    staffMemberId: 'ann',
    start: cph(TUE, '09:00'),
    customer,
    answers: [{ questionId: 'insurance', answer: 'X-1' }],
    consent: { accepted: true },
    idempotencyKey,
  });
}

const busy = (store: MemoryStore, from = 0, to = Number.MAX_SAFE_INTEGER): Promise<readonly BusyRecord[]> =>
  store.run('readonly', ['appointments'], (tx) => (tx as Required<StoreTx>).busy(CLINIC, from, to));

const put = (store: MemoryStore, ...rows: StoredAppointment[]): Promise<void> =>
  store.run('readwrite', ['appointments'], async (tx) => {
    for (const row of rows) await tx.put('appointments', row);
  });

describe('memory store: busy time (issue 24)', () => {
  it('answers a repeated question with the same frozen array, and a new one after any appointment write', async () => {
    const store = new MemoryStore();
    const t = Date.parse(cph(TUE, '09:00'));
    await put(
      store,
      appointment('a1', t),
      appointment('a2', t + HOUR),
      appointment('gone', t, { status: 'cancelled' }),
    );
    const first = await busy(store);
    assert.deepEqual(
      first.map((a) => a.id),
      ['a1', 'a2'],
      'booked only, in start order',
    );
    assert.ok(Object.isFrozen(first));
    assert.equal(await busy(store), first, 'the same answer, not a copy');
    assert.notEqual(await busy(store, t, t), first, 'another question, another answer');
    assert.deepEqual(
      (await busy(store, t, t)).map((a) => a.id),
      ['a1'],
    );

    // A cancellation: the answer changes at the commit.
    await put(store, appointment('a1', t, { status: 'cancelled' }));
    const afterCancel = await busy(store);
    assert.deepEqual(
      afterCancel.map((a) => a.id),
      ['a2'],
    );
    // A move: the new start, not the old one.
    await put(store, appointment('a2', t + 3 * HOUR));
    assert.deepEqual(
      (await busy(store)).map((a) => a.startMs),
      [t + 3 * HOUR],
    );
    // A deletion (an erasure, an import that replaces appointments).
    await store.run('readwrite', ['appointments'], (tx) => tx.delete('appointments', 'a2'));
    assert.deepEqual(await busy(store), []);
  });

  it('sees the transaction’s own writes, and an aborted transaction changes nothing', async () => {
    const store = new MemoryStore();
    const t = Date.parse(cph(TUE, '09:00'));
    await put(store, appointment('a1', t));
    const before = await busy(store);
    const inside = await store.run('readwrite', ['appointments'], async (tx) => {
      await tx.put('appointments', appointment('a2', t + HOUR));
      await tx.put('appointments', appointment('a1', t, { status: 'cancelled' }));
      return (tx as Required<StoreTx>).busy(CLINIC, 0, Number.MAX_SAFE_INTEGER);
    });
    assert.deepEqual(
      inside.map((a) => a.id),
      ['a2'],
    );
    await assert.rejects(
      store.run('readwrite', ['appointments'], async (tx) => {
        await tx.put('appointments', appointment('a3', t));
        throw new Error('abort');
      }),
    );
    const after = await busy(store);
    assert.notEqual(after, before);
    assert.deepEqual(
      after.map((a) => a.id),
      ['a2'],
    );
  });

  it('does not keep an answer holding a request waiting for approval: it lapses with the clock (R23)', async () => {
    const store = new MemoryStore();
    const t = Date.parse(cph(TUE, '09:00'));
    await put(store, appointment('req', t, { approval: 'pending', approvalExpiresAtMs: CONTRACT_NOW + HOUR }));
    const first = await busy(store);
    assert.equal(first.length, 1);
    assert.ok(!Object.isFrozen(first), 'not an answer the backend may keep');
    assert.notEqual(await busy(store), first);
  });
});

describe('backend: which busy answers are used as they are (issue 24)', () => {
  const business = contractConfig().find((b) => b.id === CLINIC) as unknown as Business;
  const t = Date.parse(cph(TUE, '09:00'));
  const lapsed = { ...appointment('req', t, { approval: 'pending', approvalExpiresAtMs: CONTRACT_NOW - 1 }) };
  const backend = (rows: readonly BusyRecord[]) => {
    const b = new Backend({
      store: new MemoryStore(),
      now: () => CONTRACT_NOW,
      random: () => 0.5,
      manageLink: () => '',
      holdMs: 0,
      holdsPerClient: 1,
    });
    const tx = { busy: () => Promise.resolve(rows) } as unknown as StoreTx;
    return b.busyAround(tx, business, t, t);
  };

  it('a frozen answer alone is no promise: a lapsed request in it is left out (a server cache freezes its arrays)', async () => {
    const rows = Object.freeze([appointment('a1', t), lapsed]);
    assert.deepEqual(
      (await backend(rows)).map((a) => a.id),
      ['a1'],
    );
  });

  it('a kept answer is handed on as it is', async () => {
    const rows = Object.freeze([appointment('a1', t)]);
    keptBusy.add(rows);
    assert.equal(await backend(rows), rows);
  });
});

describe('reference adapter on the memory store: free times stay fresh (issue 24)', () => {
  const ann9 = Date.parse(cph(TUE, '09:00'));
  const day = { serviceId: 'consult', staffMemberId: 'ann', start: cph(TUE, '00:00'), end: cph('2026-03-04', '00:00') };
  const has = (slots: { start: string }[], ms: number): boolean => slots.some((s) => Date.parse(s.start) === ms);

  function setup(clock = { now: CONTRACT_NOW }) {
    const adapter = new ReferenceAdapter({
      config: contractConfig(),
      storage: 'memory',
      now: () => clock.now,
      random: () => 0.5,
    });
    return { adapter, admin: adapter.asStaff('ann'), clock };
  }

  it('a booking, a cancellation and a move each change the next answer', async () => {
    const { adapter, admin } = setup();
    assert.ok(has(await adapter.getAvailability(day), ann9));
    assert.ok(has(await adapter.getAvailability(day), ann9), 'asked twice: the kept answer');
    const { appointment: booked, manageToken } = await bookAnnAtNine(adapter, 'memory-busy-1');
    assert.ok(!has(await adapter.getAvailability(day), ann9), 'booked: gone');
    await admin.rescheduleAppointment({ appointmentId: booked.id, start: cph(TUE, '11:00') });
    const moved = await adapter.getAvailability(day);
    assert.ok(has(moved, ann9), 'moved away: free again');
    assert.ok(!has(moved, Date.parse(cph(TUE, '11:00'))), 'moved to: taken');
    await adapter.cancel({ appointmentId: booked.id, manageToken });
    assert.ok(has(await adapter.getAvailability(day), Date.parse(cph(TUE, '11:00'))), 'cancelled: free again');
  });

  it('time off and a staff edit change the next answer (the configuration is read per question)', async () => {
    const { adapter, admin } = setup();
    assert.ok(has(await adapter.getAvailability(day), ann9));
    const off = await admin.createTimeOff({
      timeOff: { staffMemberId: 'ann', start: cph(TUE, '08:00'), end: cph(TUE, '10:00'), title: 'Dentist' },
    });
    assert.ok(!has(await adapter.getAvailability(day), ann9), 'time off: gone');
    await admin.deleteTimeOff({ timeOffId: off.id });
    assert.ok(has(await adapter.getAvailability(day), ann9), 'time off removed: back');
    const anyone = { ...day, staffMemberId: undefined };
    assert.ok((await adapter.getAvailability(anyone)).some((s) => s.staffMemberIds.includes('bob')));
    await admin.updateStaffMember({ staffMemberId: 'bob', patch: { isBookable: false } });
    assert.ok(
      !(await adapter.getAvailability(anyone)).some((s) => s.staffMemberIds.includes('bob')),
      'not bookable: no times of his',
    );
  });

  it('an unanswered request stops holding its time when it expires, with no write in between (R23)', async () => {
    const { adapter, admin, clock } = setup();
    await admin.updateService({
      serviceId: 'consult',
      patch: { isApprovalRequired: true, approvalExpiresAfter: 'PT2H' },
    });
    await bookAnnAtNine(adapter, 'memory-busy-2');
    assert.ok(!has(await adapter.getAvailability(day), ann9), 'held while waiting');
    assert.ok(!has(await adapter.getAvailability(day), ann9), 'asked again: still held');
    clock.now += 2 * HOUR;
    assert.ok(has(await adapter.getAvailability(day), ann9), 'expired: free, though nothing was written');
  });
});
