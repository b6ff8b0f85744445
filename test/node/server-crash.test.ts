// Done-when: a server process killed (SIGKILL) in the middle of bookings and restarted loses no
// acknowledged booking and leaves none half-written; a retry with the same idempotency key gets
// the same appointment. And the loopback load test (tools/bench-server.mjs) holds its invariants.
// Both need a PostgreSQL server (DATABASE_URL): PGlite lives inside one process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import pg from 'pg';
import { DATABASE_URL, NO_POSTGRES, startServerProcess, testSchema } from './server-harness.js';

const STAFF = ['a', 'b', 'c', 'd'];
const business = {
  id: 'crash',
  displayName: 'Crash Clinic',
  businessTimeZone: 'UTC',
  languageTag: 'en',
  businessHours: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((day) => ({
    day,
    timeSlots: [{ startTime: '06:00', endTime: '22:00' }],
  })),
  schedulingPolicy: {
    timeSlotInterval: 'PT30M',
    minimumLeadTime: 'PT0M',
    maximumAdvance: 'P30D',
    allowStaffSelection: true,
    sendConfirmationsToOwner: false,
    staffAssignment: 'roundRobin',
  },
  bookingPageSettings: { isPublished: true, accessControl: 'unrestricted', isCustomerConsentEnabled: false },
  customQuestions: [],
  services: [
    {
      id: 'visit',
      displayName: 'Visit',
      defaultDuration: 'PT30M',
      staffMemberIds: STAFF,
      isEmailRequired: true,
    },
  ],
  staffMembers: STAFF.map((id) => ({
    id,
    displayName: id.toUpperCase(),
    emailAddress: `${id}@crash.example`,
    role: 'teamMember',
    useBusinessHours: true,
    availabilityIsAffectedByPersonalCalendar: false,
    isBookable: true,
  })),
};

/** Distinct free slots: every request can succeed, so any missing one is the crash's doing. */
function request(i: number): { key: string; body: Record<string, unknown> } {
  const day = 3 + Math.floor(i / (STAFF.length * 32));
  const slot = Math.floor(i / STAFF.length) % 32;
  const start = `2026-03-${String(day).padStart(2, '0')}T${String(6 + Math.floor(slot / 2)).padStart(2, '0')}:${slot % 2 ? '30' : '00'}:00Z`;
  return {
    key: `crash-key-${i}`,
    body: {
      serviceId: 'visit',
      staffMemberId: STAFF[i % STAFF.length],
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

describe('server processes on PostgreSQL', { skip: DATABASE_URL ? false : NO_POSTGRES }, () => {
  it('a killed server loses no acknowledged booking and half-writes none; retries replay', async () => {
    const schema = testSchema('crash');
    const tmp = mkdtempSync(join(tmpdir(), 'crash-'));
    const seed = join(tmp, 'crash.json');
    writeFileSync(seed, JSON.stringify(business));
    const args = ['--database-url', DATABASE_URL ?? '', '--database-schema', schema, '--seed', seed];
    const fixed = ['--clock', '2026-03-02T06:00:00Z', '--no-rate-limit'];
    const db = new pg.Client({ connectionString: DATABASE_URL });
    await db.connect();
    try {
      const first = await startServerProcess([...args, ...fixed]);
      const TOTAL = 240;
      const acked = new Map<number, string>();
      let next = 0;
      let killed = false;
      const worker = async (): Promise<void> => {
        for (;;) {
          const i = next++;
          if (i >= TOTAL) return;
          const r = await send(`${first.url}/api`, i);
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

      await db.query(`SET search_path = ${schema}, public`);
      const rows = await db.query<{ id: string; idem: number; outbox: number }>(
        `SELECT a.id,
           (SELECT count(*)::int FROM idempotency i WHERE i.appointment_id = a.id) AS idem,
           (SELECT count(*)::int FROM outbox o WHERE o.appointment_id = a.id AND o.doc->>'kind' = 'confirmation') AS outbox
         FROM appointments a`,
      );
      const stored = new Map(rows.rows.map((r) => [r.id, r]));
      for (const [i, id] of acked) assert.ok(stored.has(id), `acknowledged booking ${i} (${id}) is in the database`);
      for (const r of rows.rows) {
        // Whole or nothing: the appointment, its idempotency key and its messages (customer + staff).
        assert.equal(r.idem, 1, `${r.id} has its idempotency key`);
        assert.equal(r.outbox, 2, `${r.id} has its confirmations`);
      }
      const orphans = await db.query(
        `SELECT id FROM idempotency i WHERE NOT EXISTS (SELECT 1 FROM appointments a WHERE a.id = i.appointment_id)`,
      );
      assert.equal(orphans.rowCount, 0, 'no idempotency key without its appointment');

      const second = await startServerProcess([...args, ...fixed]);
      try {
        for (let i = 0; i < TOTAL; i++) {
          const r = await send(`${second.url}/api`, i);
          assert.equal(r.status, 201, `retry ${i}`);
          const before = acked.get(i);
          if (before !== undefined) assert.equal(r.id, before, `retry ${i} returns the same appointment`);
        }
        const count = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM appointments`);
        assert.equal(count.rows[0]?.n, TOTAL, 'every key booked exactly once');
      } finally {
        second.child.kill('SIGTERM');
        await second.exited;
      }
    } finally {
      await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await db.end();
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('the loopback load test: two processes, 200 clients, hot slots: no overlap, every loser 409', () => {
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
    };
    assert.equal(figures.processes, 2);
    assert.equal(figures.overlappingPairs, 0);
    assert.deepEqual(figures.otherStatuses, [], 'every request that did not book got 409');
    assert.equal(figures.bookings + figures.conflicts409, figures.requests);
    assert.ok(figures.ok, line);
  });
});
