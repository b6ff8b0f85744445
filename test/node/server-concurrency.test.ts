// Issue 24: bookings on PostgreSQL run beside each other. A booking holds its business only shared
// and locks its class session (service and start) and its customer; the database's no-overlap
// constraint guards the rest. These tests hold a booking inside its transaction (a test connection
// keeps an uncommitted row the booking must write too) and watch who waits for whom in pg_locks,
// so they depend on no clock. Skipped, saying why, when DATABASE_URL is unset.
import { deepEqual, equal, ok } from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, afterEach, before, describe, it } from 'node:test';
import pg from 'pg';
import { idempotencyRecordId } from '../../src/backend/idempotency.js';
import type { StoredAppointment } from '../../src/backend/store.js';
import type { Database } from '../../src/server/database.js';
import { PostgresStore } from '../../src/server/pg-store.js';
import { DATABASE_URL, NO_POSTGRES, openTestDatabase, testClinic, testSchema, TestServers } from './server-harness.js';
import { storedAppointment } from './stored-appointment.js';

const suite = DATABASE_URL ? describe : (name: string, fn: () => void) => describe(name, { skip: NO_POSTGRES }, fn);

const NOW = Date.parse('2026-03-02T06:00:00Z');
const DAY = '2026-03-03';
// Advisory locks are per database, not per schema: a business id of its own keeps other test files' locks apart.
const BUSINESS = `conc${randomBytes(3).toString('hex')}`;

function business() {
  return testClinic({
    id: BUSINESS,
    displayName: 'Concurrency Clinic',
    staff: ['s0', 's1', 's2'],
    days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    services: [
      {
        id: 'visit',
        displayName: 'Visit',
        defaultDuration: 'PT60M',
        staffMemberIds: ['s0', 's1', 's2'],
        maximumAttendeesCount: 1,
        isEmailRequired: false,
      },
      {
        id: 'yoga',
        displayName: 'Yoga',
        defaultDuration: 'PT60M',
        staffMemberIds: ['s1', 's2'],
        maximumAttendeesCount: 5,
        isEmailRequired: false,
      },
    ],
    extra: { timeOff: [] },
  });
}

let db: Database | undefined;
let schema = '';
let servers: TestServers;
/** The test's own connection (pg_locks, and the rows it holds uncommitted). */
let watcher: pg.Client;
let keys = 0;

if (DATABASE_URL) {
  before(async () => {
    schema = testSchema('conc');
    db = await openTestDatabase('postgres', schema);
    servers = new TestServers(
      () => db!,
      () => NOW,
    );
    watcher = new pg.Client({ connectionString: DATABASE_URL });
    await watcher.connect();
    await watcher.query(`SET search_path = ${schema}, public`);
  });
  after(async () => {
    await servers.stopAll();
    await watcher.end();
    await db?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
    await db?.close();
  });
}

afterEach(async () => {
  await servers?.stopAll();
  if (db) await db.query(`TRUNCATE appointments, holds, idempotency, outbox, customers, businesses, last_assigned`);
});

interface Attempt {
  status: number;
  body: { code?: string; appointment?: { id: string; staffMemberIds?: string[] } };
}

function book(api: string, key: string, body: Record<string, unknown>): Promise<Attempt> {
  return fetch(`${api}/businesses/${BUSINESS}/appointments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `key-${BUSINESS}-${key}` },
    body: JSON.stringify({
      customer: { name: `Client ${key}`, emailAddress: `${key}@example.com`, timeZone: 'UTC' },
      ...body,
    }),
  }).then(async (res) => ({ status: res.status, body: (await res.json()) as Attempt['body'] }));
}

/** The server processes' connections that `pid` keeps waiting for a lock (pg_blocking_pids). */
async function blockedBy(pid: number): Promise<number[]> {
  const rows = await watcher.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))',
    [pid],
  );
  return rows.rows.map((r) => Number(r.pid));
}

const tick = () => new Promise((r) => setImmediate(r));

/** Polls until `probe` answers something; no time limit (the test runner's own applies). */
async function until<T>(probe: () => Promise<T | undefined>): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    await tick();
  }
}

/**
 * A booking held inside its transaction: the watcher inserts, uncommitted, the idempotency record
 * the booking will write, so the booking places its appointment and then waits on that row.
 * Resolves once the booking is waiting, with its connection's pid; `release()` rolls the row back.
 */
async function heldBooking(api: string, body: Record<string, unknown>) {
  const key = `held-${keys++}`;
  const recordId = idempotencyRecordId(BUSINESS, `key-${BUSINESS}-${key}`);
  await watcher.query('BEGIN');
  await watcher.query('INSERT INTO idempotency (id, doc) VALUES ($1, $2::json)', [
    recordId,
    JSON.stringify({ id: recordId, businessId: BUSINESS, appointmentId: 'gate', expiresAtMs: 0 }),
  ]);
  const me = Number((await watcher.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid);
  const result = book(api, key, body);
  let settled: Attempt | undefined;
  void result.then((r) => (settled = r));
  const pid = await until(async () => {
    if (settled) throw new Error(`the held booking did not wait: ${settled.status} ${JSON.stringify(settled.body)}`);
    return (await blockedBy(me))[0];
  }).catch(async (error: unknown) => {
    await watcher.query('ROLLBACK');
    throw error;
  });
  return {
    pid,
    result,
    release: async () => {
      await watcher.query('ROLLBACK');
    },
  };
}

/** An appointment as the rules store it, of `s0`'s 30-minute visits. */
function record(id: string, startMs: number): StoredAppointment {
  const iso = new Date(NOW).toISOString();
  return storedAppointment(id, startMs, {
    businessId: BUSINESS,
    serviceId: 'visit',
    serviceName: 'Visit',
    staffMemberId: 's0',
    createdAt: iso,
    updatedAt: iso,
  });
}

suite('bookings beside each other on PostgreSQL (issue 24)', () => {
  it("a booking's own revision bump: kept only when no other node's change came between its read and its commit (issue 24)", async () => {
    const t = Date.parse(`${DAY}T09:00:00Z`);
    const a = new PostgresStore(db!);
    const b = new PostgresStore(db!);
    const day = (store: PostgresStore) =>
      store.run('readonly', ['appointments'], async (tx) =>
        (await tx.busy!(BUSINESS, t - 86_400_000, t + 86_400_000)).map((r) => r.id),
      );
    const revision = async () =>
      Number(
        (
          await db!.query<{ rev: number }>('SELECT rev::float8 AS rev FROM busy_revisions WHERE business_id = $1', [
            BUSINESS,
          ])
        )[0]?.rev ?? 0,
      );
    deepEqual(await day(a), []);
    // Bookings share their business: node b books while node a's booking is between its read and its write.
    await a.run(
      'readwrite',
      ['appointments'],
      async (tx) => {
        await tx.busy!(BUSINESS, t - 86_400_000, t + 86_400_000);
        await b.run('readwrite', ['appointments'], (other) => other.put('appointments', record('apt_b', t)), {
          businessIds: [BUSINESS],
          bookingKeys: ['other'],
        });
        await tx.put('appointments', record('apt_a', t + 3_600_000));
      },
      { businessIds: [BUSINESS], bookingKeys: ['mine'] },
    );
    // Node a read before b's booking: it may not take its own change as the whole news.
    deepEqual(await day(a), ['apt_b', 'apt_a']);
    deepEqual(await day(b), ['apt_b', 'apt_a']);
    // Nobody between: a's bump is the revision committed, and the trigger moves it no further.
    const before = await revision();
    await a.run(
      'readwrite',
      ['appointments'],
      async (tx) => {
        await tx.busy!(BUSINESS, t - 86_400_000, t + 86_400_000);
        await tx.put('appointments', record('apt_c', t + 2 * 3_600_000));
      },
      { businessIds: [BUSINESS], bookingKeys: ['mine'] },
    );
    equal(await revision(), before + 1);
    deepEqual(await day(a), ['apt_b', 'apt_a', 'apt_c']);
    // Several appointments written without a read (an import): one bump at commit for all of them.
    const start2 = await revision();
    await b.run(
      'readwrite',
      ['appointments'],
      async (tx) => {
        await tx.put('appointments', record('apt_d', t + 4 * 3_600_000));
        await tx.put('appointments', record('apt_e', t + 5 * 3_600_000));
        await tx.put('appointments', record('apt_f', t + 6 * 3_600_000));
      },
      { businessIds: [BUSINESS] },
    );
    equal(await revision(), start2 + 1);
    deepEqual(await day(a), ['apt_b', 'apt_a', 'apt_c', 'apt_d', 'apt_e', 'apt_f']);
  });

  it('two class sessions of one business: the second books while the first is still in its transaction', async () => {
    const { api } = await servers.start({ seed: [business()] as never });
    const first = await heldBooking(api, { serviceId: 'yoga', staffMemberId: 's1', start: `${DAY}T09:00:00Z` });
    let settled: Attempt | undefined;
    const second = book(api, 'other-session', { serviceId: 'yoga', staffMemberId: 's2', start: `${DAY}T13:00:00Z` });
    void second.then((r) => (settled = r));
    // Either the second booking finishes, or it is seen waiting for the first (the old business lock).
    const waited = await until(async () =>
      settled !== undefined ? false : (await blockedBy(first.pid)).length > 0 ? true : undefined,
    );
    await first.release();
    equal(waited, false, 'the second session waited for the first booking to commit');
    equal((await second).status, 201);
    equal((await first.result).status, 201);
  });

  it('one-to-one: an overlapping start booked meanwhile meets the constraint; exactly one 201 and one 409', async () => {
    const { api } = await servers.start({ seed: [business()] as never });
    // 09:00 and 09:30 are different starts (no shared lock), and overlap for s1 (60 minutes).
    const first = await heldBooking(api, { serviceId: 'visit', staffMemberId: 's1', start: `${DAY}T09:00:00Z` });
    const second = book(api, 'overlap', { serviceId: 'visit', staffMemberId: 's1', start: `${DAY}T09:30:00Z` });
    // The second has placed its appointment too and waits on the first's uncommitted one (the exclusion constraint).
    await until(async () => ((await blockedBy(first.pid)).length > 0 ? true : undefined));
    await first.release();
    const [a, b] = [await first.result, await second];
    equal(a.status, 201);
    equal(b.status, 409);
    equal(b.body.code, 'slot-unavailable');
    const rows = await watcher.query(`SELECT count(*)::int AS n FROM appointments WHERE status = 'booked'`);
    equal(rows.rows[0].n, 1);
  });

  it('"Anyone" meeting the constraint is placed again with the staff member still free', async () => {
    const { api } = await servers.start({ seed: [business()] as never });
    const first = await heldBooking(api, { serviceId: 'visit', staffMemberId: 's1', start: `${DAY}T09:00:00Z` });
    // Before the first commits, s1 looks free at 09:30 too: of s0, s1, s2 the random source (0.5) picks s1.
    let settled: Attempt | undefined;
    const anyone = book(api, 'anyone', { serviceId: 'visit', start: `${DAY}T09:30:00Z` });
    void anyone.then((r) => (settled = r));
    const waited = await until(async () =>
      settled !== undefined ? false : (await blockedBy(first.pid)).length > 0 ? true : undefined,
    );
    await first.release();
    const [a, b] = [await first.result, await anyone];
    equal(waited, true, 'the Anyone booking met the held one');
    equal(a.status, 201);
    equal(b.status, 201);
    // Of s0 and s2, still free, 0.5 picks s2.
    equal(b.body.appointment?.staffMemberIds?.[0], 's2');
  });

  it('R22: two bookings at different times of one day with a staff member who takes one a day: one 201, one 409', async () => {
    const limited = business();
    Object.assign(limited.staffMembers[0], { maximumBookingsPerDay: 1 });
    const { api } = await servers.start({ seed: [limited] as never });
    // 09:00 and 13:00 do not overlap: only the daily limit stands between them.
    const first = await heldBooking(api, { serviceId: 'visit', staffMemberId: 's0', start: `${DAY}T09:00:00Z` });
    let settled: Attempt | undefined;
    const second = book(api, 'same-day', { serviceId: 'visit', staffMemberId: 's0', start: `${DAY}T13:00:00Z` });
    void second.then((r) => (settled = r));
    // The second waits for the first (its limit's lock) rather than counting without it.
    await until(async () =>
      settled !== undefined ? false : (await blockedBy(first.pid)).length > 0 ? true : undefined,
    );
    await first.release();
    const [a, b] = [await first.result, await second];
    equal(a.status, 201);
    equal(`${b.status} ${b.body.code}`, '409 slot-unavailable');
    const rows = await watcher.query(`SELECT count(*)::int AS n FROM appointments WHERE status = 'booked'`);
    equal(rows.rows[0].n, 1, 'the limit of one a day holds');
  });

  it('20 concurrent bookings of a 5-seat class over two servers: 5 seats sold, 15 refused, none oversold', async () => {
    const a = await servers.start({ seed: [business()] as never });
    const b = await servers.start({ seed: [business()] as never });
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        book(i % 2 ? a.api : b.api, `seat-${i}`, {
          serviceId: 'yoga',
          staffMemberId: 's1',
          start: `${DAY}T10:00:00Z`,
          customer: { name: `Seat ${i}`, emailAddress: `seat${i}@example.com`, timeZone: 'UTC' },
        }),
      ),
    );
    equal(attempts.filter((r) => r.status === 201).length, 5, JSON.stringify(attempts.map((r) => r.status)));
    for (const r of attempts) if (r.status !== 201) equal(`${r.status} ${r.body.code}`, '409 slot-unavailable');
    const rows = await watcher.query(`SELECT count(*)::int AS n FROM appointments WHERE status = 'booked'`);
    equal(rows.rows[0].n, 5);
  });

  it('a booking leaves the business document alone: R9 history in its own rows (migration 8)', async () => {
    const { api } = await servers.start({ seed: [business()] as never });
    const before = await watcher.query<{ rev: string }>('SELECT rev::text FROM businesses WHERE id = $1', [BUSINESS]);
    const r = await book(api, 'rr', { serviceId: 'visit', start: `${DAY}T12:00:00Z` });
    equal(r.status, 201);
    const afterRows = await watcher.query<{ rev: string; doc: string }>(
      'SELECT rev::text, doc::text FROM businesses WHERE id = $1',
      [BUSINESS],
    );
    equal(afterRows.rows[0].rev, before.rows[0].rev, 'the business revision stands');
    ok(!afterRows.rows[0].doc.includes('lastAssigned'), 'no history in the document');
    const history = await watcher.query<{ staff_member_id: string }>(
      'SELECT staff_member_id FROM last_assigned WHERE business_id = $1 AND service_id = $2',
      [BUSINESS, 'visit'],
    );
    equal(history.rows.length, 1);
    equal(history.rows[0].staff_member_id, r.body.appointment?.staffMemberIds?.[0]);
  });
});
