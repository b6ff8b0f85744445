// The fault suite (issue 23): the booking server while its database stops, restarts, freezes or
// fills up, a second process on one data folder, parallel password guesses on PostgreSQL, and
// control characters in every text field of the customer and admin routes. Servers listen on
// ports chosen at run time; PostgreSQL faults use a throwaway instance (pg-cluster.ts), never the
// shared cluster. Each scenario reports its figures (requests, 2xx, 503s, recovery time, bookings
// lost) as test diagnostics, which the spec reporter prints.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, closeSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/server/database.js';
import { silentLogger } from '../../src/server/log.js';
import { createServer, type BookingServer } from '../../src/server/server.js';
import { CLINIC, CONTRACT_NOW, contractConfig, cph } from '../../src/testing/fixture.js';
import { clusterUnavailable, freePort, PgCluster } from './pg-cluster.js';
import {
  cliPath,
  DATABASE_URL,
  NO_POSTGRES,
  openTestDatabase,
  startServerProcess,
  testClinic,
  testSchema,
  type ServerProcess,
} from './server-harness.js';

const STAFF = ['a', 'b', 'c', 'd'];
const BUSINESS = testClinic({
  id: 'fault',
  displayName: 'Fault Clinic',
  staff: STAFF,
  emailDomain: 'fault.example',
  staffAssignment: 'roundRobin',
});
const CLOCK = ['--clock', '2026-03-02T06:00:00Z', '--no-rate-limit'];
/** PGlite processes must not pick up the shared cluster's DATABASE_URL from the environment. */
const PGLITE_ENV = { DATABASE_URL: '' };

/** Request `i`: a free slot of its own, so every request can book and a missing one is the fault's doing. */
function request(i: number): { key: string; body: Record<string, unknown> } {
  const day = 3 + Math.floor(i / (STAFF.length * 32));
  const slot = Math.floor(i / STAFF.length) % 32;
  const start = `2026-03-${String(day).padStart(2, '0')}T${String(6 + Math.floor(slot / 2)).padStart(2, '0')}:${slot % 2 ? '30' : '00'}:00Z`;
  return {
    key: `fault-key-${i}`,
    body: {
      serviceId: 'visit',
      staffMemberId: STAFF[i % STAFF.length],
      start,
      customer: { name: `Customer ${i}`, emailAddress: `c${i}@example.com`, timeZone: 'UTC' },
    },
  };
}

interface Attempt {
  status: number;
  id?: string;
  retryAfter?: number;
  /** When the request was sent and when its answer (or its failure) came, by performance.now(). */
  at: number;
  doneAt: number;
}

async function book(api: string, i: number): Promise<Attempt> {
  const { key, body } = request(i);
  const at = performance.now();
  try {
    const res = await fetch(`${api}/businesses/fault/appointments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    const json = (await res.json().catch(() => ({}))) as { appointment?: { id: string } };
    const retryAfter = res.headers.get('retry-after');
    return {
      status: res.status,
      at,
      doneAt: performance.now(),
      ...(json.appointment ? { id: json.appointment.id } : {}),
      ...(retryAfter ? { retryAfter: Number(retryAfter) } : {}),
    };
  } catch {
    return { status: -1, at, doneAt: performance.now() };
  }
}

/** Figures of one run of traffic: every HTTP attempt counted. */
class Figures {
  attempts: Attempt[] = [];
  acked = new Map<number, string>();

  count(filter: (a: Attempt) => boolean): number {
    return this.attempts.filter(filter).length;
  }

  report(t: TestContext, what: string, extra: [string, string | number][] = []): void {
    const fields: [string, string | number][] = [
      ['requests', this.attempts.length],
      ['2xx', this.count((a) => a.status >= 200 && a.status < 300)],
      ['409', this.count((a) => a.status === 409)],
      ['503', this.count((a) => a.status === 503)],
      ['connection errors', this.count((a) => a.status === -1)],
      [
        'other',
        this.count(
          (a) => a.status !== -1 && a.status !== 409 && a.status !== 503 && (a.status < 200 || a.status >= 300),
        ),
      ],
      ...extra,
    ];
    t.diagnostic(`${what}: ${fields.map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
}

/**
 * Books requests 0…total-1 with `workers` clients that retry a `busy` (503) or a broken
 * connection as a client would (after Retry-After, at most 1 s), until every request has a final
 * answer. `onAck` runs after each 201 (to start a fault in the middle of traffic).
 */
async function traffic(
  api: () => string,
  total: number,
  workers: number,
  figures: Figures,
  onAck?: () => Promise<void> | void,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    for (;;) {
      const i = next++;
      if (i >= total) return;
      for (let tries = 0; ; tries++) {
        const r = await book(api(), i);
        figures.attempts.push(r);
        if (r.status === 201 && r.id) {
          figures.acked.set(i, r.id);
          await onAck?.();
          break;
        }
        if (r.status !== 503 && r.status !== -1) break; // final: anything else is asserted on later
        assert.ok(tries < 400, `request ${i} never succeeded`);
        await new Promise((resolve) => setTimeout(resolve, Math.min(1000, (r.retryAfter ?? 0.2) * 1000)));
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
}

const OVERLAPS = `SELECT count(*)::int AS n FROM appointments x JOIN appointments y
  ON x.id < y.id AND x.business_id = y.business_id AND x.staff_member_id = y.staff_member_id
  AND x.status = 'booked' AND y.status = 'booked' AND x.busy && y.busy AND x.session_key <> y.session_key`;

function seedFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fault-seed-'));
  const file = join(dir, 'fault.json');
  writeFileSync(file, JSON.stringify(BUSINESS));
  return file;
}

async function stopProcess(p: ServerProcess): Promise<void> {
  if (p.child.exitCode === null) p.child.kill('SIGTERM');
  await p.exited;
}

// ------------------------------------------------------------------ PostgreSQL stops, restarts, freezes

describe(
  'fault: PostgreSQL stopped, restarted and frozen under traffic',
  { skip: clusterUnavailable() ?? false },
  () => {
    const cluster = new PgCluster();
    let server: ServerProcess | undefined;
    let api = '';
    before(async () => {
      await cluster.init();
      cluster.start();
      server = await startServerProcess([
        '--database-url',
        cluster.url,
        '--seed',
        seedFile(),
        '--statement-timeout',
        '2000',
        ...CLOCK,
      ]);
      api = `${server.url}/api`;
    });
    after(async () => {
      if (server) await stopProcess(server);
      cluster.destroy();
    });

    it('stopped and restarted during bookings: 503 with Retry-After meanwhile, then recovery by itself, nothing lost', async (t) => {
      const TOTAL = 200;
      const figures = new Figures();
      let stopped = false;
      let restartedAt = 0;
      const during: Record<string, number> = {};
      const fault = async (): Promise<void> => {
        cluster.stop('immediate'); // like a crash: no checkpoint
        const base = api.replace(/\/api$/, '');
        const started = performance.now();
        const ready = await fetch(`${base}/readyz`);
        during['readyz ms'] = Math.round(performance.now() - started);
        during.readyz = ready.status;
        during['sign-in'] = (
          await fetch(`${api}/auth/sign-in`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: 'a@fault.example', password: 'whatever password' }),
          })
        ).status;
        during.admin = (
          await fetch(`${api}/admin/businesses/fault/services`, { headers: { authorization: 'Bearer some-token' } })
        ).status;
        during['booking page'] = (await fetch(`${api}/businesses/fault/booking-page`)).status;
        await new Promise((resolve) => setTimeout(resolve, 2000)); // a two-second outage under traffic
        cluster.start();
        restartedAt = performance.now();
      };
      let faultDone: Promise<void> | undefined;
      await traffic(
        () => api,
        TOTAL,
        8,
        figures,
        () => {
          if (!stopped && figures.acked.size >= 40) {
            stopped = true;
            faultDone = fault();
          }
        },
      );
      await faultDone;
      assert.ok(stopped, 'the database was stopped mid-run');
      assert.deepEqual(
        {
          readyz: during.readyz,
          'sign-in': during['sign-in'],
          admin: during.admin,
          'booking page': during['booking page'],
        },
        { readyz: 503, 'sign-in': 503, admin: 503, 'booking page': 503 },
        'every route answers 503 busy while the database is down',
      );
      // Recovery: from the database accepting connections again to the first booking answered 201
      // after it; what clients saw: from the first 503 to that booking.
      const firstAfter = figures.attempts
        .filter((a) => a.status === 201 && a.doneAt >= restartedAt)
        .sort((a, b) => a.doneAt - b.doneAt)[0];
      const recovery = firstAfter ? Math.round(firstAfter.doneAt - restartedAt) : -1;
      const first503 = Math.min(...figures.attempts.filter((a) => a.status === 503).map((a) => a.doneAt));
      const unavailableMs = firstAfter ? Math.round(firstAfter.doneAt - first503) : -1;
      assert.equal(figures.acked.size, TOTAL, 'every request booked in the end');
      assert.ok(figures.count((a) => a.status === 503) > 0, 'some requests met the outage');
      assert.ok(
        figures.attempts.filter((a) => a.status === 503).every((a) => (a.retryAfter ?? 0) >= 1),
        'Retry-After',
      );
      assert.equal(
        figures.count((a) => ![201, 503, -1].includes(a.status)),
        0,
        'no 500, no other answer',
      );

      const db = new pg.Client({ connectionString: cluster.url });
      await db.connect();
      try {
        const rows = await db.query<{ id: string }>('SELECT id FROM appointments');
        const stored = new Set(rows.rows.map((r) => r.id));
        const lost = [...figures.acked.values()].filter((id) => !stored.has(id)).length;
        assert.equal(lost, 0, 'bookings lost');
        assert.equal(rows.rowCount, TOTAL, 'no booking twice');
        assert.equal((await db.query<{ n: number }>(OVERLAPS)).rows[0]?.n, 0, 'overlaps');
        figures.report(t, 'PostgreSQL stopped 2 s and restarted', [
          ['readyz during the outage (ms)', during['readyz ms'] ?? -1],
          ['first 201 after the restart (ms)', recovery],
          ['clients without bookings, first 503 to that 201 (ms)', unavailableMs],
          ['bookings lost', lost],
        ]);
      } finally {
        await db.end();
      }
      const ready = await fetch(`${api.replace(/\/api$/, '')}/readyz`);
      assert.equal(ready.status, 200, 'ready again');
    });

    it('frozen (SIGSTOP): /readyz says so within 2 s, bookings answer 503 after the timeout, all recovers on SIGCONT', async (t) => {
      const base = api.replace(/\/api$/, '');
      assert.equal((await fetch(`${base}/readyz`)).status, 200);
      cluster.freeze();
      let readyMs: number;
      let bookMs: number;
      try {
        const started = performance.now();
        const ready = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(30_000) });
        readyMs = Math.round(performance.now() - started);
        assert.equal(ready.status, 503);
        assert.match(((await ready.json()) as { reason?: string }).reason ?? '', /no answer within/);
        assert.equal((await fetch(`${base}/healthz`)).status, 200, 'the process itself is alive');
        const b = await book(api, 500);
        bookMs = Math.round(performance.now() - b.at);
        assert.equal(b.status, 503, 'a statement that gets no answer is busy, not a hang');
        assert.ok((b.retryAfter ?? 0) >= 1);
      } finally {
        cluster.thaw();
      }
      const thawed = performance.now();
      let recovered = -1;
      for (let i = 0; i < 100 && recovered < 0; i++) {
        const b = await book(api, 500);
        if (b.status === 201) recovered = Math.round(performance.now() - thawed);
        else await new Promise((resolve) => setTimeout(resolve, 200));
      }
      assert.ok(recovered >= 0, 'bookings succeed again after SIGCONT');
      assert.equal((await fetch(`${base}/readyz`)).status, 200);
      t.diagnostic(
        `PostgreSQL frozen: /readyz answered 503 in ${readyMs} ms; a booking answered 503 after ${bookMs} ms (statement timeout 2 s + 5 s); recovery after SIGCONT ${recovered} ms`,
      );
    });
  },
);

// ------------------------------------------------------------------ one process per PGlite folder

describe('fault: a second process on one PGlite data folder', () => {
  it('exits non-zero naming the first; after a kill -9 the lock is taken over and the data is there', async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'fault-pglite-'));
    const args = ['--data-dir', dir, '--seed', seedFile(), ...CLOCK];
    let first: ServerProcess | undefined;
    let third: ServerProcess | undefined;
    try {
      first = await startServerProcess(args, PGLITE_ENV);
      const booked = await book(`${first.url}/api`, 0);
      assert.equal(booked.status, 201);
      const second = spawnSync(process.execPath, [cliPath(), 'serve', '--port', '0', ...args], {
        encoding: 'utf8',
        env: { ...process.env, ...PGLITE_ENV },
        timeout: 60_000,
      });
      assert.equal(
        second.status,
        2,
        `the second process exits non-zero: ${second.stdout} ${second.stderr} ${String(second.error)}`,
      );
      assert.match(second.stderr, new RegExp(`data folder .* is in use by process ${first.child.pid}`));
      assert.equal((await fetch(`${first.url}/readyz`)).status, 200, 'the first keeps serving');
      first.child.kill('SIGKILL');
      await first.exited;
      third = await startServerProcess(args, PGLITE_ENV);
      const again = await book(`${third.url}/api`, 0);
      assert.equal(again.status, 201);
      assert.equal(again.id, booked.id, 'the booking made before the kill is there (a replay returns it)');
      t.diagnostic(`second process: exit ${second.status}: ${second.stderr.trim().split('\n')[0] ?? ''}`);
    } finally {
      if (first && first.child.exitCode === null) first.child.kill('SIGKILL');
      if (third) await stopProcess(third);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// ------------------------------------------------------------------ secrets in logs

describe('fault: no secret reaches the logs', () => {
  it('not --demo-password, not the password in a DATABASE_URL that fails', async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'fault-secrets-'));
    let server: ServerProcess | undefined;
    try {
      const demo = 'demo-secret-hunter2';
      server = await startServerProcess(
        ['--data-dir', join(dir, 'data'), '--seed', seedFile(), ...CLOCK, '--demo-password', demo],
        PGLITE_ENV,
      );
      const signedIn = await fetch(`${server.url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'a@fault.example', password: demo }),
      });
      assert.equal(signedIn.status, 200, 'the demo password works');
      const { token } = (await signedIn.json()) as { token: string };
      await fetch(`${server.url}/api/auth/session`, { headers: { authorization: `Bearer ${token}` } });
      await stopProcess(server);
      const logs = server.lines.join('\n');
      server = undefined;
      assert.ok(logs.includes('demo sign-ins created'), 'the demo sign-ins are logged…');
      assert.ok(!logs.includes(demo), '…without their password');
      assert.ok(!logs.includes(token), 'no session token');

      const port = await freePort();
      const dbSecret = 'db-secret-hunter3';
      const failed = spawnSync(
        process.execPath,
        [cliPath(), 'serve', '--port', '0', '--database-url', `postgres://booking:${dbSecret}@127.0.0.1:${port}/x`],
        { encoding: 'utf8', timeout: 60_000 },
      );
      assert.equal(failed.status, 1, 'an unreachable database stops the start');
      assert.match(failed.stdout, /failed to start/);
      assert.ok(!`${failed.stdout}${failed.stderr}`.includes(dbSecret), 'no database password');
      t.diagnostic('secrets: the demo password, a session token and a database password stayed out of the logs');
    } finally {
      if (server) server.child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// ------------------------------------------------------------------ parallel guesses on PostgreSQL

describe(
  'fault: 60 wrong passwords at once on PostgreSQL, across two nodes',
  { skip: DATABASE_URL ? false : NO_POSTGRES },
  () => {
    it('checks at most 5 of them (the documented limit); the others, and then the right password, get 429', async (t) => {
      const schema = testSchema('guess');
      const nodes: BookingServer[] = [];
      const admin = new pg.Client({ connectionString: DATABASE_URL });
      await admin.connect();
      try {
        for (let n = 0; n < 2; n++) {
          nodes.push(
            await createServer({
              database: { url: DATABASE_URL ?? '', schema, poolSize: 10 },
              seed: contractConfig(),
              now: () => CONTRACT_NOW,
              logger: silentLogger,
              outboxIntervalMs: 0,
              rateLimits: false,
            }),
          );
        }
        await nodes[0]?.auth.setPassword('sue@clinic.example', 'the right password');
        const apis = await Promise.all(nodes.map(async (s) => `${(await s.listen(0)).url}/api`));
        const statuses = await Promise.all(
          Array.from({ length: 60 }, (_, i) =>
            fetch(`${apis[i % 2]}/auth/sign-in`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ email: 'sue@clinic.example', password: `wrong guess ${i}` }),
            }).then((r) => r.status),
          ),
        );
        const checked = statuses.filter((s) => s === 401).length;
        const refused = statuses.filter((s) => s === 429).length;
        assert.equal(checked, 5, `checked ${checked}: ${statuses.join(' ')}`);
        assert.equal(refused, 55);
        const right = await fetch(`${apis[0]}/auth/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'sue@clinic.example', password: 'the right password' }),
        });
        assert.equal(right.status, 429);
        t.diagnostic(`60 parallel wrong passwords over 2 nodes: ${checked} checked (401), ${refused} refused (429)`);
      } finally {
        for (const s of nodes) await s.close(500);
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
        await admin.end();
      }
    });
  },
);

// ------------------------------------------------------------------ control characters, every text field

describe('fault: control characters in every text field of the customer and admin routes', () => {
  let db: Database;
  let server: BookingServer;
  let api = '';
  let token = '';
  before(async () => {
    db = await openTestDatabase('pglite');
    server = await createServer({
      database: db,
      seed: contractConfig(),
      now: () => CONTRACT_NOW,
      logger: silentLogger,
      outboxIntervalMs: 0,
      rateLimits: false,
    });
    api = `${(await server.listen(0)).url}/api`;
    await server.auth.setPassword('ann@clinic.example', 'ann password 1');
    const res = await fetch(`${api}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ann@clinic.example', password: 'ann password 1' }),
    });
    token = ((await res.json()) as { token: string }).token;
  });
  after(async () => {
    await server.close(500);
    await db.close();
  });

  /** Every row of every table, as text: what "nothing stored" is checked against. */
  async function snapshot(): Promise<string> {
    const parts: string[] = [];
    for (const table of [
      'businesses',
      'appointments',
      'holds',
      'idempotency',
      'outbox',
      'staff_users',
      'sign_in_failures',
      'calendar_connections',
      'calendar_feeds',
    ]) {
      parts.push(JSON.stringify(await db.query(`SELECT * FROM ${table} ORDER BY 1`)));
    }
    return parts.join('\n');
  }

  it('each is refused 422 invalid-input at its path, and nothing is stored', async (t) => {
    const B = `${api}/admin/businesses/${CLINIC}`;
    const customer = { name: 'Jane', emailAddress: 'jane@example.com', notes: 'ok', timeZone: 'UTC' };
    const booking = {
      serviceId: 'consult',
      staffMemberId: 'ann',
      start: cph('2026-03-03', '11:00'),
      customer,
      answers: [{ questionId: 'insurance', answer: 'X-1' }],
      consent: { accepted: true },
    };
    // A booking to cancel with a bad reason, made before the snapshot.
    const made = await fetch(`${api}/businesses/@default/appointments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'control-base-1' },
      body: JSON.stringify(booking),
    });
    assert.equal(made.status, 201);
    const { appointment, manageToken } = (await made.json()) as { appointment: { id: string }; manageToken: string };

    type Case = [
      what: string,
      method: string,
      url: string,
      body: (x: string) => unknown,
      path: string,
      headers?: Record<string, string>,
    ];
    const bad = ['\u0000', '\u001b', '\u0085', '\ud800'];
    const cases: Case[] = [
      [
        'book: name',
        'POST',
        `${api}/businesses/@default/appointments`,
        (x) => ({ ...booking, customer: { ...customer, name: `Jane${x}` } }),
        'customer.name',
      ],
      [
        'book: email',
        'POST',
        `${api}/businesses/@default/appointments`,
        (x) => ({ ...booking, customer: { ...customer, emailAddress: `jane${x}@example.com` } }),
        'customer.emailAddress',
      ],
      [
        'book: phone',
        'POST',
        `${api}/businesses/@default/appointments`,
        (x) => ({ ...booking, customer: { ...customer, phone: `+45 1234${x}5678` } }),
        'customer.phone',
      ],
      [
        'book: tracking (UTM source)',
        'POST',
        `${api}/businesses/@default/appointments`,
        (x) => ({ ...booking, tracking: { utmSource: `news${x}letter` } }),
        'tracking.utmSource',
      ],
      [
        'book: tracking (a metadata value)',
        'POST',
        `${api}/businesses/@default/appointments`,
        (x) => ({ ...booking, tracking: { metadata: { portal: `yes${x}` } } }),
        'tracking.metadata',
      ],
      [
        'book: notes',
        'POST',
        `${api}/businesses/@default/appointments`,
        (x) => ({ ...booking, customer: { ...customer, notes: `ok${x}` } }),
        'customer.notes',
      ],
      [
        'book: answer',
        'POST',
        `${api}/businesses/@default/appointments`,
        (x) => ({ ...booking, answers: [{ questionId: 'insurance', answer: `X${x}` }] }),
        'answers[0].answer',
      ],
      [
        'book: option',
        'POST',
        `${api}/businesses/@default/appointments`,
        (x) => ({ ...booking, answers: [{ questionId: 'first', selectedOptions: [`yes${x}`] }] }),
        'answers[0].selectedOptions[0]',
      ],
      [
        'cancel: reason',
        'DELETE',
        `${api}/appointments/${appointment.id}`,
        (x) => ({ reason: `ill${x}` }),
        'reason',
        { 'x-manage-token': manageToken },
      ],
      [
        'sign-in: email',
        'POST',
        `${api}/auth/sign-in`,
        (x) => ({ email: `ann${x}@clinic.example`, password: 'ann password 1' }),
        'email',
      ],
      [
        'sign-in: password',
        'POST',
        `${api}/auth/sign-in`,
        (x) => ({ email: 'ann@clinic.example', password: `ann password${x}` }),
        'password',
      ],
      ['business: name', 'PATCH', B, (x) => ({ patch: { displayName: `Clinic${x}` } }), 'patch.displayName'],
      ['business: street', 'PATCH', B, (x) => ({ patch: { address: { street: `Main${x}` } } }), 'patch.address.street'],
      [
        'business: consent text',
        'PATCH',
        B,
        (x) => ({ patch: { bookingPageSettings: { customerConsentMessage: `I agree${x}` } } }),
        'patch.bookingPageSettings.customerConsentMessage',
      ],
      [
        'business: web site',
        'PATCH',
        B,
        (x) => ({ patch: { webSiteUrl: `https://clinic${x}.example` } }),
        'patch.webSiteUrl',
      ],
      [
        'service: new name',
        'POST',
        `${B}/services`,
        (x) => ({ service: { displayName: `New${x}`, defaultDuration: 'PT30M', staffMemberIds: [] } }),
        'service.displayName',
      ],
      [
        'service: name',
        'PATCH',
        `${B}/services/consult`,
        (x) => ({ patch: { displayName: `Clean${x}` } }),
        'patch.displayName',
      ],
      [
        'service: description',
        'PATCH',
        `${B}/services/consult`,
        (x) => ({ patch: { description: `d${x}` } }),
        'patch.description',
      ],
      ['service: notes', 'PATCH', `${B}/services/consult`, (x) => ({ patch: { notes: `n${x}` } }), 'patch.notes'],
      [
        'service: reminder',
        'PATCH',
        `${B}/services/consult`,
        (x) => ({ patch: { defaultReminders: [{ offset: 'P1D', message: `m${x}` }] } }),
        'patch.defaultReminders[0].message',
      ],
      [
        'staff: new name',
        'POST',
        `${B}/staff-members`,
        (x) => ({ staffMember: { displayName: `Kim${x}` } }),
        'staffMember.displayName',
      ],
      [
        'staff: name',
        'PATCH',
        `${B}/staff-members/bob`,
        (x) => ({ patch: { displayName: `Bob${x}` } }),
        'patch.displayName',
      ],
      [
        'question: new',
        'POST',
        `${B}/custom-questions`,
        (x) => ({ customQuestion: { displayName: `Q${x}` } }),
        'customQuestion.displayName',
      ],
      [
        'question: option',
        'PATCH',
        `${B}/custom-questions/first`,
        (x) => ({ patch: { answerOptions: ['yes', `no${x}`] } }),
        'patch.answerOptions[1]',
      ],
      [
        'time off: title',
        'POST',
        `${B}/time-off`,
        (x) => ({
          timeOff: {
            staffMemberId: 'bob',
            start: cph('2026-03-10', '09:00'),
            end: cph('2026-03-10', '12:00'),
            title: `Off${x}`,
          },
        }),
        'timeOff.title',
      ],
      [
        'staff booking: name',
        'POST',
        `${B}/appointments`,
        (x) => ({
          ...booking,
          start: cph('2026-03-03', '12:00'),
          consent: undefined,
          customer: { ...customer, name: `Caller${x}` },
        }),
        'customer.name',
      ],
      [
        'staff cancel: message',
        'DELETE',
        `${B}/appointments/${appointment.id}`,
        (x) => ({ message: `Closed${x}` }),
        'message',
      ],
      ...(['url', 'userName', 'password'] as const).map((key): Case => [
        `connect a calendar: ${key}`,
        'POST',
        `${B}/staff-members/ann/calendar`,
        (x) => ({
          source: {
            kind: 'caldav',
            url: 'https://dav.example/ann/',
            userName: 'ann',
            password: 'app password',
            [key]: key === 'url' ? `https://dav.example/a${x}nn/` : `ann${x}`,
          },
        }),
        `source.${key}`,
      ]),
      [
        'import: name',
        'POST',
        `${api}/admin/businesses`,
        (x) => ({ config: { ...contractConfig()[0], id: 'copy', displayName: `Copy${x}` } }),
        'config.displayName',
      ],
    ];
    const before = await snapshot();
    let refused = 0;
    for (const [what, method, url, body, path, headers] of cases) {
      for (const x of bad) {
        const res = await fetch(url, {
          method,
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            'idempotency-key': `control-${refused}`,
            ...headers,
          },
          body: JSON.stringify(body(x)),
        });
        const text = await res.text();
        assert.equal(res.status, 422, `${what} ${JSON.stringify(x)}: ${text}`);
        const problem = JSON.parse(text) as { code: string; issues: { path: string }[] };
        assert.equal(problem.code, 'invalid-input');
        assert.ok(
          problem.issues.some((i) => i.path === path || i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`)),
          `${what} ${JSON.stringify(x)}: an issue at ${path}, got ${problem.issues.map((i) => i.path).join(', ')}`,
        );
        refused++;
      }
    }
    // Line breaks: refused in one-line fields, kept in multi-line ones.
    const nameBreak = await fetch(`${api}/businesses/@default/appointments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'control-crlf' },
      body: JSON.stringify({ ...booking, customer: { ...customer, name: 'Jane\r\nBcc: everyone@example.com' } }),
    });
    assert.equal(nameBreak.status, 422);
    const query = await fetch(`${B}/customers?query=${encodeURIComponent('ja\u0000')}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(query.status, 422, 'a customer search');
    assert.equal(await snapshot(), before, 'nothing stored');
    t.diagnostic(
      `control characters: ${refused + 2} requests over ${cases.length + 2} text fields, all 422, nothing stored`,
    );
  });
});

// ------------------------------------------------------------------ PGlite's disk fills up

function diskFullUnavailable(): string | undefined {
  if (process.platform !== 'linux') return 'needs Linux tmpfs';
  if (process.getuid?.() !== 0) return 'mounting a small tmpfs needs root';
  const probe = mkdtempSync(join(tmpdir(), 'fault-mount-probe-'));
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { encoding: 'utf8' });
  if (r.status === 0) spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return r.status === 0 ? undefined : `cannot mount a tmpfs here: ${r.stderr.trim()}`;
}

describe('fault: PGlite on a full disk', { skip: diskFullUnavailable() ?? false }, () => {
  it('bookings answer 503 busy and /readyz "disk full" while it is full; both recover when space is freed', async (t) => {
    const mount = mkdtempSync(join(tmpdir(), 'fault-disk-'));
    assert.equal(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=96m', 'tmpfs', mount]).status, 0);
    let server: ServerProcess | undefined;
    const figures = new Figures();
    try {
      const dataDir = join(mount, 'data');
      mkdirSync(dataDir);
      server = await startServerProcess(['--data-dir', dataDir, '--seed', seedFile(), ...CLOCK], PGLITE_ENV);
      const api = `${server.url}/api`;
      const base = server.url;
      for (let i = 0; i < 10; i++) {
        const r = await book(api, i);
        figures.attempts.push(r);
        assert.equal(r.status, 201);
        if (r.id) figures.acked.set(i, r.id);
      }
      // Fill the disk to the last byte.
      const filler = join(mount, 'filler');
      const fd = openSync(filler, 'w');
      const chunk = Buffer.alloc(1 << 16);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (error) {
        assert.equal((error as { code?: string }).code, 'ENOSPC');
      } finally {
        closeSync(fd);
      }
      const ready = await fetch(`${base}/readyz`);
      assert.equal(ready.status, 503);
      assert.equal(((await ready.json()) as { status: string }).status, 'disk full');
      let busy = 0;
      for (let i = 10; i < 40; i++) {
        const r = await book(api, i);
        figures.attempts.push(r);
        if (r.status === 201 && r.id) figures.acked.set(i, r.id);
        else {
          assert.equal(r.status, 503, `booking ${i} on a full disk`);
          assert.ok((r.retryAfter ?? 0) >= 1, 'Retry-After');
          busy++;
        }
      }
      assert.ok(busy > 0, 'a full disk refuses writes');
      // Space comes back: everything recovers without a restart.
      rmSync(filler);
      const freed = performance.now();
      let recovered = -1;
      for (let i = 40; i < 60; i++) {
        const r = await book(api, i);
        figures.attempts.push(r);
        assert.equal(r.status, 201, `booking ${i} after space was freed`);
        if (r.id) figures.acked.set(i, r.id);
        if (recovered < 0) recovered = Math.round(performance.now() - freed);
      }
      assert.equal((await fetch(`${base}/readyz`)).status, 200, 'ready again');
      // Every acknowledged booking is there after a clean restart.
      await stopProcess(server);
      server = undefined;
      const db = await openDatabase({ dataDir });
      try {
        const rows = await db.query<{ id: string }>('SELECT id FROM appointments');
        const stored = new Set(rows.map((r) => r.id));
        const lost = [...figures.acked.values()].filter((id) => !stored.has(id)).length;
        assert.equal(lost, 0);
        assert.equal(rows.length, figures.acked.size, 'nothing half-written');
        figures.report(t, 'PGlite disk full (tmpfs 96 MB)', [
          ['refused while full (503)', busy],
          ['recovery after freeing space (ms)', recovered],
          ['bookings lost', lost],
        ]);
      } finally {
        await db.close();
      }
    } finally {
      if (server) server.child.kill('SIGKILL');
      if (server) await server.exited;
      spawnSync('umount', [mount]);
      rmSync(mount, { recursive: true, force: true });
    }
  });
});
