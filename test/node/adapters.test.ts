// The reference adapter with memory storage runs in plain Node 20: no DOM, no IndexedDB.
import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { icsFeedCalendar, ReferenceAdapter } from '../../src/adapters/index.js';
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

test('R4: the reference adapter reads a staff member’s ICS feed through icsFeedCalendar (where CORS allows)', async () => {
  const { readFileSync } = await import('node:fs');
  const feed = readFileSync('test/fixtures/calendar/busy-feed.ics', 'utf8');
  let reads = 0;
  const fetchFeed = (url: string) => {
    reads++;
    return Promise.resolve(
      url.endsWith('/down.ics') ? new Response('no', { status: 503 }) : new Response(feed, { status: 200 }),
    );
  };
  const make = (url: string) =>
    new ReferenceAdapter({
      config: contractConfig(),
      storage: 'memory',
      now: () => CONTRACT_NOW,
      personalCalendar: icsFeedCalendar({
        feeds: { cal: url },
        timeZone: 'Europe/Copenhagen',
        now: () => CONTRACT_NOW,
        fetch: fetchFeed,
      }),
    });
  const day = {
    serviceId: 'synced',
    staffMemberId: 'cal',
    start: cph('2026-03-03', '00:00'),
    end: cph('2026-03-04', '00:00'),
  };
  const slots = new Set((await make('https://calendar.example/cal.ics').getAvailability(day)).map((s) => s.start));
  // The weekly meeting (10:00–11:00 Copenhagen) blocks exactly its hour.
  assert.ok(slots.has(cph('2026-03-03', '09:30')) && !slots.has(cph('2026-03-03', '10:00')));
  assert.ok(!slots.has(cph('2026-03-03', '10:30')) && slots.has(cph('2026-03-03', '11:00')));
  // A feed that cannot be read: no times at all (fail closed).
  assert.equal((await make('https://calendar.example/down.ics').getAvailability(day)).length, 0);
  assert.ok(reads >= 2);
});
