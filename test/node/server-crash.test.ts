// Done-when: a server process killed (SIGKILL) in the middle of a burst of bookings and restarted
// loses no acknowledged booking, leaves none half-written and no two overlapping; a retry with the
// same idempotency key gets the same appointment. On PGlite (the restart takes over the dead
// process's data-folder lock) and on PostgreSQL. And the loopback load test
// (tools/bench-server.mjs) holds its invariants (PostgreSQL: two processes share it).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/server/database.js';
import { DATABASE_URL, NO_POSTGRES, startServerProcess, testClinic, testSchema } from './server-harness.js';

const STAFF = ['a', 'b', 'c', 'd'];
const business = testClinic({
  id: 'crash',
  displayName: 'Crash Clinic',
  staff: STAFF,
  emailDomain: 'crash.example',
  staffAssignment: 'roundRobin',
  services: [
    { id: 'visit', displayName: 'Visit', defaultDuration: 'PT30M', staffMemberIds: STAFF, isEmailRequired: true },
  ],
});

/**
 * Request `i`: a free slot of its own (so a missing booking is the crash's doing), except every
 * 8th, which races for one of two hot slots of staff member a (so overlaps could happen).
 */
const HOT = ['2026-03-02T21:00:00Z', '2026-03-02T21:30:00Z'];
function request(i: number): { key: string; hot: boolean; body: Record<string, unknown> } {
  const hot = i % 8 === 7;
  const day = 3 + Math.floor(i / (STAFF.length * 32));
  const slot = Math.floor(i / STAFF.length) % 32;
  const start = hot
    ? HOT[Math.floor(i / 8) % 2]
    : `2026-03-${String(day).padStart(2, '0')}T${String(6 + Math.floor(slot / 2)).padStart(2, '0')}:${slot % 2 ? '30' : '00'}:00Z`;
  return {
    key: `crash-key-${i}`,
    hot,
    body: {
      serviceId: 'visit',
      staffMemberId: hot ? 'a' : STAFF[i % STAFF.length],
      start,
      customer: { name: `Customer ${i}`, emailAddress: `c${i}@example.com`, timeZone: 'UTC' },
    },
  };
}

async function send(api: string, i: number): Promise<{ status: number; id?: string }> {
  const { key, body } = request(i);
  try {
    const res = await fetch(`${api}/businesses/crash/appointments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    });
    const json = (await res.json().catch(() => ({}))) as { appointment?: { id: string } };
    return { status: res.status, ...(json.appointment ? { id: json.appointment.id } : {}) };
  } catch {
    return { status: -1 };
  }
}

const OVERLAPS = `SELECT count(*)::int AS n FROM appointments x JOIN appointments y
  ON x.id < y.id AND x.business_id = y.business_id AND x.staff_member_id = y.staff_member_id
  AND x.status = 'booked' AND y.status = 'booked' AND x.busy && y.busy AND x.session_key <> y.session_key`;

/** What the database holds right after the crash: every acknowledged booking, each whole, no overlap. */
async function checkAfterCrash(db: Database, acked: ReadonlyMap<number, string>): Promise<number> {
  const rows = await db.query<{ id: string; idem: number; outbox: number }>(
    `SELECT a.id,
       (SELECT count(*)::int FROM idempotency i WHERE i.appointment_id = a.id) AS idem,
       (SELECT count(*)::int FROM outbox o WHERE o.appointment_id = a.id AND o.doc->>'kind' = 'confirmation') AS outbox
     FROM appointments a`,
  );
  const stored = new Map(rows.map((r) => [r.id, r]));
  for (const [i, id] of acked) assert.ok(stored.has(id), `acknowledged booking ${i} (${id}) is in the database`);
  for (const r of rows) {
    // Whole or nothing: the appointment, its idempotency key and its messages (customer + staff).
    assert.equal(r.idem, 1, `${r.id} has its idempotency key`);
    assert.equal(r.outbox, 2, `${r.id} has its confirmations`);
  }
  const orphans = await db.query(
    `SELECT id FROM idempotency i WHERE NOT EXISTS (SELECT 1 FROM appointments a WHERE a.id = i.appointment_id)`,
  );
  assert.equal(orphans.length, 0, 'no idempotency key without its appointment');
  assert.equal((await db.query<{ n: number }>(OVERLAPS))[0]?.n, 0, 'no overlapping appointments');
  return rows.length;
}

/**
 * kill -9 of a server in the middle of a burst of bookings, then a restart: every 2xx is in the
 * database, whole, with no overlap, and every retry replays its first answer.
 */
async function crashBurst(
  t: TestContext,
  kind: string,
  args: readonly string[],
  env: Record<string, string>,
  open: () => Promise<Database>,
): Promise<void> {
  const fixed = ['--clock', '2026-03-02T06:00:00Z', '--no-rate-limit'];
  const first = await startServerProcess([...args, ...fixed], env);
  const TOTAL = 240;
  const acked = new Map<number, string>();
  const statuses: number[] = [];
  let next = 0;
  let killed = false;
  const worker = async (): Promise<void> => {
    for (;;) {
      const i = next++;
      if (i >= TOTAL) return;
      const r = await send(`${first.url}/api`, i);
      statuses.push(r.status);
      if (r.status === 201 && r.id) acked.set(i, r.id);
      // Kill in the middle: with requests still in flight on every connection.
      if (!killed && acked.size >= 60) {
        killed = true;
        first.child.kill('SIGKILL');
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  await first.exited;
  assert.ok(killed, 'the server was killed mid-run');
  assert.ok(acked.size >= 60 && acked.size < TOTAL, `acknowledged ${acked.size}`);
  assert.deepEqual(
    statuses.filter((s) => ![201, 409, -1].includes(s)),
    [],
    'before the kill: booked, or 409 for a taken hot slot',
  );

  const db = await open();
  let afterCrash: number;
  try {
    afterCrash = await checkAfterCrash(db, acked);
  } finally {
    await db.close();
  }

  const second = await startServerProcess([...args, ...fixed], env);
  const replay = { booked: 0, taken: 0 };
  try {
    for (let i = 0; i < TOTAL; i++) {
      const r = await send(`${second.url}/api`, i);
      const before = acked.get(i);
      if (before !== undefined) {
        assert.equal(r.status, 201, `retry ${i}`);
        assert.equal(r.id, before, `retry ${i} returns the same appointment`);
      } else if (request(i).hot) {
        assert.ok(r.status === 201 || r.status === 409, `hot retry ${i}: ${r.status}`);
      } else assert.equal(r.status, 201, `retry ${i}`);
      if (r.status === 201) replay.booked++;
      else replay.taken++;
    }
  } finally {
    second.child.kill('SIGTERM');
    await second.exited;
  }
  const after = await open();
  try {
    const cold = Array.from({ length: TOTAL }, (_, i) => i).filter((i) => !request(i).hot).length;
    const count = await after.query<{ n: number }>(`SELECT count(*)::int AS n FROM appointments`);
    assert.equal(count[0]?.n, cold + HOT.length, 'every key booked exactly once; each hot slot once');
    assert.equal((await after.query<{ n: number }>(OVERLAPS))[0]?.n, 0, 'no overlapping appointments');
  } finally {
    await after.close();
  }
  const count = (s: number) => statuses.filter((x) => x === s).length;
  t.diagnostic(
    `kill -9 mid-burst on ${kind}: requests ${statuses.length}, 2xx ${count(201)}, 409 ${count(409)}, cut by the kill ${count(-1)}; ` +
      `stored after the crash ${afterCrash} (every 2xx present), bookings lost 0, overlaps 0; ` +
      `replayed after restart: ${replay.booked} booked or same answer, ${replay.taken} 409`,
  );
}

describe('server processes on PGlite', () => {
  it('a killed server loses no acknowledged booking and half-writes none; retries replay; the stale lock is taken over', async (t) => {
    const tmp = mkdtempSync(join(tmpdir(), 'crash-pglite-'));
    const seed = join(tmp, 'crash.json');
    writeFileSync(seed, JSON.stringify(business));
    const dataDir = join(tmp, 'data');
    try {
      // The environment's DATABASE_URL (the shared cluster) must not win over --data-dir.
      await crashBurst(t, 'PGlite', ['--data-dir', dataDir, '--seed', seed], { DATABASE_URL: '' }, () =>
        openDatabase({ dataDir }),
      );
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('server processes on PostgreSQL', { skip: DATABASE_URL ? false : NO_POSTGRES }, () => {
  it('a killed server loses no acknowledged booking and half-writes none; retries replay', async (t) => {
    const schema = testSchema('crash');
    const tmp = mkdtempSync(join(tmpdir(), 'crash-'));
    const seed = join(tmp, 'crash.json');
    writeFileSync(seed, JSON.stringify(business));
    const url = DATABASE_URL ?? '';
    try {
      await crashBurst(t, 'PostgreSQL', ['--database-url', url, '--database-schema', schema, '--seed', seed], {}, () =>
        openDatabase({ url, schema }),
      );
    } finally {
      const db = new pg.Client({ connectionString: url });
      await db.connect();
      await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await db.end();
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('the loopback load test: two processes, 200 clients, hot slots and free-time reads: no overlap, every loser 409', () => {
    const r = spawnSync(
      process.execPath,
      ['tools/bench-server.mjs', '--requests', '1500', '--clients', '200', '--seconds', '60', '--json'],
      { encoding: 'utf8', env: process.env, timeout: 180_000 },
    );
    const line = r.stdout.trim().split('\n').pop() ?? '';
    const figures = JSON.parse(line) as {
      ok: boolean;
      processes: number;
      overlappingPairs: number;
      otherStatuses: number[];
      bookings: number;
      conflicts409: number;
      requests: number;
      gets: number;
      getsNot200: number;
    };
    assert.equal(figures.processes, 2);
    assert.equal(figures.overlappingPairs, 0);
    assert.deepEqual(figures.otherStatuses, [], 'every booking request that did not book got 409');
    // Every other request asks for free times (bench-server.mjs --gets 2); each booking request booked or got 409.
    assert.ok(figures.gets > 0, 'free times were asked for too');
    assert.equal(figures.getsNot200, 0, 'every request for free times answered 200');
    assert.equal(figures.bookings + figures.conflicts409 + figures.gets, figures.requests);
    assert.ok(figures.ok, line);
  });
});
