// The reference adapter with memory storage runs in plain Node 20: no DOM, no IndexedDB.
import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { ReferenceAdapter } from '../../src/adapters/index.js';
import { CONTRACT_NOW, CLINIC, contractConfig, cph, runAdapterContract } from '../../src/testing/index.js';

test('memory adapter in Node: book → getBooking → cancel', async () => {
  assert.equal(typeof (globalThis as { indexedDB?: unknown }).indexedDB, 'undefined');
  const now = CONTRACT_NOW;
  const adapter = new ReferenceAdapter({
    config: contractConfig(),
    storage: 'memory',
    now: () => now,
    random: () => 0.5,
  });
  const page = await adapter.getBookingPage({});
  assert.equal(page.business.id, CLINIC);
  const slots = await adapter.getAvailability({
    serviceId: 'consult',
    staffMemberId: 'ann',
    start: cph('2026-03-03', '00:00'),
    end: cph('2026-03-04', '00:00'),
  });
  assert.equal(slots[0]?.start, cph('2026-03-03', '09:00'));
  const { appointment, manageToken } = await adapter.book({
    serviceId: 'consult',
    staffMemberId: 'ann',
    start: cph('2026-03-03', '09:00'),
    customer: { name: 'Jane Doe', emailAddress: 'jane@example.com', timeZone: 'America/New_York' },
    answers: [{ questionId: 'insurance', answer: 'X-1' }],
    consent: { accepted: true },
    idempotencyKey: 'node-test-key-1',
  });
  assert.equal(appointment.status, 'booked');
  const fetched = await adapter.getBooking({ appointmentId: appointment.id, manageToken });
  assert.equal(fetched.id, appointment.id);
  await adapter.cancel({ appointmentId: appointment.id, manageToken, reason: 'Cannot make it' });
  const after = await adapter.getBooking({ appointmentId: appointment.id, manageToken });
  assert.equal(after.status, 'cancelled');
  const outbox = await adapter.asStaff('ann').listOutbox({});
  assert.ok(outbox.some((m) => m.kind === 'cancellation' && m.recipient.role === 'customer'));
});

// The contract suite is framework-agnostic: here it runs under node:test against the memory store.
runAdapterContract({
  name: 'ReferenceAdapter (memory, node:test)',
  describe,
  it,
  createAdapter: ({ config, now, personalCalendar, signedInUser }) =>
    new ReferenceAdapter({
      config,
      storage: 'memory',
      now,
      random: () => 0.5,
      ...(personalCalendar ? { personalCalendar } : {}),
      ...(signedInUser ? { signedInUser } : {}),
    }),
});
