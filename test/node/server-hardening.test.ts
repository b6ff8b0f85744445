// The server as an attacker and an unlucky operator meet it (issue 23): a bad value stored in one
// business, the sign-in lock-out raced, oversized bodies, a database that cannot answer, CORS on
// real answers, the outbox's backoff, static files and logs. PGlite in memory, fixed clock.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { HttpAdapter } from '../../src/adapters/http/http-adapter.js';
import { openDatabase, type Database } from '../../src/server/database.js';
import { jsonLogger, silentLogger } from '../../src/server/log.js';
import { migrate, MIGRATIONS } from '../../src/server/migrations.js';
import { OutboxWorker, type MailMessage } from '../../src/server/outbox-worker.js';
import { createServer, type ServerOptions } from '../../src/server/server.js';
import { parseFrameAncestors } from '../../src/server/static-files.js';
import { ANNEX, CLINIC, CONTRACT_NOW, contractConfig, cph } from '../../src/testing/fixture.js';
import { openTestDatabase, TestServers, truncate } from './server-harness.js';

let db: Database;
const clock = { now: CONTRACT_NOW };
const servers = new TestServers(
  () => db,
  () => clock.now,
);

before(async () => {
  db = await openTestDatabase('pglite');
});
after(async () => {
  // The last test's server too: a run of one test (--test-name-pattern) must not hang on it.
  await servers.stopAll();
  await db.close();
});
beforeEach(async () => {
  clock.now = CONTRACT_NOW;
  await servers.stopAll();
  await truncate(db);
});

async function start(options: Partial<ServerOptions> = {}) {
  const { server, url, api } = await servers.start(options);
  return { server, api, base: url };
}

function send(url: string, method: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function signIn(api: string, email: string, password: string): Promise<Response> {
  return send(`${api}/auth/sign-in`, 'POST', { email, password });
}

async function tokenOf(api: string, email: string, password: string): Promise<string> {
  const res = await signIn(api, email, password);
  assert.equal(res.status, 200, `${email} signs in`);
  return ((await res.json()) as { token: string }).token;
}

const bookBody = (overrides: Record<string, unknown> = {}) => ({
  serviceId: 'consult',
  staffMemberId: 'ann',
  start: cph('2026-03-03', '09:00'),
  customer: { name: 'Jane Doe', emailAddress: 'jane@example.com', timeZone: 'UTC' },
  answers: [{ questionId: 'insurance', answer: 'X-1' }],
  consent: { accepted: true },
  ...overrides,
});

/** Puts a value into a stored business document behind the server's back, as old data would hold it. */
async function storeServiceName(businessId: string, name: string): Promise<void> {
  const rows = await db.query<{ doc: { config: { services: { id: string; displayName: string }[] } } }>(
    'SELECT doc FROM businesses WHERE id = $1',
    [businessId],
  );
  const doc = rows[0]?.doc;
  assert.ok(doc, businessId);
  doc.config.services = doc.config.services.map((s) => (s.id === 'consult' ? { ...s, displayName: name } : s));
  // JSON.stringify writes NUL as \u0000: a json column keeps that text as it is.
  await db.query('UPDATE businesses SET doc = $2::json WHERE id = $1', [businessId, JSON.stringify(doc)]);
}

describe('a bad value stored in one business breaks no other business, nor sign-in', () => {
  it('the PATCH from the report is refused with its path, and nothing is stored', async () => {
    const { server, api } = await start();
    await server.auth.setPassword('ann@clinic.example', 'ann password 1');
    const token = await tokenOf(api, 'ann@clinic.example', 'ann password 1');
    const res = await send(
      `${api}/admin/businesses/${CLINIC}/services/consult`,
      'PATCH',
      { patch: { displayName: 'Clean\u0000' } },
      { authorization: `Bearer ${token}` },
    );
    assert.equal(res.status, 422);
    const problem = (await res.json()) as { code: string; issues: { path: string }[] };
    assert.equal(problem.code, 'invalid-input');
    assert.deepEqual(
      problem.issues.map((i) => i.path),
      ['patch.displayName'],
    );
    const stored = await db.query<{ doc: string }>('SELECT doc::text AS doc FROM businesses WHERE id = $1', [CLINIC]);
    assert.doesNotMatch(stored[0]?.doc ?? '', /\\u0000/);
  });

  it('with a NUL stored in a service name, everyone signs in, the other business books, the server starts', async () => {
    const first = await start();
    await first.server.auth.setPassword('zoe@clinic.example', 'zoe password 1');
    await first.server.auth.setPassword('ann@clinic.example', 'ann password 1');
    await storeServiceName(CLINIC, 'Clean\u0000\ud800');

    // The root cause was a JSON query over every business: one bad document failed them all.
    const zoe = await signIn(first.api, 'zoe@clinic.example', 'zoe password 1');
    assert.equal(zoe.status, 200, 'the annex administrator signs in');
    const ann = await signIn(first.api, 'ann@clinic.example', 'ann password 1');
    assert.equal(ann.status, 200, `a member of the damaged business signs in: ${await ann.clone().text()}`);
    const body = (await ann.json()) as { businesses: { id: string }[] };
    assert.deepEqual(body.businesses.map((b) => b.id).sort(), [ANNEX, CLINIC]);

    // Another business books as usual; the damaged one answers a typed error, never a 500.
    const annex = await send(
      `${first.api}/businesses/${ANNEX}/appointments`,
      'POST',
      {
        serviceId: 'consult',
        staffMemberId: 'zoe',
        start: cph('2026-03-03', '10:00'),
        customer: { name: 'Ole', emailAddress: 'ole@example.com', timeZone: 'UTC' },
      },
      { 'idempotency-key': 'annex-key-1' },
    );
    assert.equal(annex.status, 201, await annex.clone().text());
    const booked = await send(`${first.api}/businesses/${CLINIC}/appointments`, 'POST', bookBody(), {
      'idempotency-key': 'bad-doc-key-1',
    });
    // The damaged business's own booking cannot be stored (PostgreSQL refuses the NUL): a typed 422.
    assert.equal(booked.status, 422, await booked.clone().text());

    // A restart with no default business configured reads every business to pick one.
    const second = await start({ seed: [] });
    assert.equal((await fetch(`${second.base}/readyz`)).status, 200);
  });
});

describe('migration 3 cleans control characters already stored', () => {
  it('removes NUL and other controls, mends lone surrogates, keeps line breaks only where text spans lines', async () => {
    const old = await openDatabase({});
    try {
      await migrate(
        old,
        MIGRATIONS.filter((m) => m.version < 3),
      );
      const business = contractConfig()[0];
      assert.ok(business);
      const doc = {
        id: CLINIC,
        config: {
          ...business,
          displayName: 'Contract\u0000 Clinic\ud800',
          services: business.services?.map((s) =>
            s.id === 'consult' ? { ...s, displayName: 'Clean\u0000ing', description: 'Line one\nLine\u0007 two' } : s,
          ),
        },
        createdAt: new Date(CONTRACT_NOW).toISOString(),
        updatedAt: new Date(CONTRACT_NOW).toISOString(),
        revision: 1,
        lastAssigned: {},
      };
      await old.query('INSERT INTO businesses (id, doc) VALUES ($1, $2::json)', [CLINIC, JSON.stringify(doc)]);
      const appointment = {
        id: 'apt_old',
        businessId: CLINIC,
        serviceId: 'consult',
        // Generated columns read appointments with JSON operators: NUL and lone surrogates could
        // never be stored there, the other controls could.
        serviceName: 'Clean\u0007ing',
        staffMemberId: 'ann',
        startMs: Date.parse(cph('2026-03-03', '09:00')),
        endMs: Date.parse(cph('2026-03-03', '09:30')),
        preBufferMs: 0,
        postBufferMs: 0,
        status: 'booked',
        customer: { name: 'Jane\r\nDoe\u0085', notes: 'first\nsecond\u0008', timeZone: 'UTC' },
        answers: [{ questionId: 'insurance', answer: 'X\u001b1' }],
        consentedAt: null,
        smsOptIn: false,
        manageTokenHash: 'x',
        bookedBy: 'customer',
        createdAt: new Date(CONTRACT_NOW).toISOString(),
        updatedAt: new Date(CONTRACT_NOW).toISOString(),
        sequence: 0,
      };
      await old.query('INSERT INTO appointments (id, doc) VALUES ($1, $2::json)', [
        'apt_old',
        JSON.stringify(appointment),
      ]);
      await old.query(
        `INSERT INTO staff_users (id, email, display_name, password_hash, created_at_ms, updated_at_ms)
         VALUES ('usr_1', 'ann@clinic.example', 'Ann' || chr(7) || 'Admin', 'x', 0, 0)`,
      );

      await old.query(
        `INSERT INTO calendar_connections (business_id, staff_member_id, kind, sealed_source, address, user_name,
           calendar_name, connected_at_ms)
         VALUES ($1, 'ann', 'caldav', 'x', 'https://dav.example/' || chr(27) || 'ann/', 'ann' || chr(10) || 'x',
           'Team' || chr(133) || 'calendar', 0)`,
        [CLINIC],
      );

      // From version 2: migration 3, then whatever later migrations there are.
      assert.deepEqual(await migrate(old), [3, ...MIGRATIONS.filter((m) => m.version > 3).map((m) => m.version)]);
      const [b] = await old.query<{ doc: typeof doc }>('SELECT doc FROM businesses');
      assert.equal(b?.doc.config.displayName, 'Contract Clinic\ufffd', 'NUL removed, a lone surrogate U+FFFD');
      const consult = b?.doc.config.services?.find((s) => s.id === 'consult');
      assert.equal(consult?.displayName, 'Cleaning');
      assert.equal(consult?.description, 'Line one\nLine two', 'a multi-line field keeps its line break');
      const [a] = await old.query<{ doc: typeof appointment }>('SELECT doc FROM appointments');
      assert.equal(a?.doc.serviceName, 'Cleaning');
      assert.equal(a?.doc.customer.name, 'Jane Doe', 'CR/LF in a name becomes a space, C1 removed');
      assert.equal(a?.doc.customer.notes, 'first\nsecond');
      assert.equal(a?.doc.answers[0]?.answer, 'X1');
      const [u] = await old.query<{ display_name: string }>('SELECT display_name FROM staff_users');
      assert.equal(u?.display_name, 'Ann Admin');
      const [cal] = await old.query<{ address: string; user_name: string; calendar_name: string }>(
        'SELECT address, user_name, calendar_name FROM calendar_connections',
      );
      assert.deepEqual(
        { ...cal },
        { address: 'https://dav.example/ ann/', user_name: 'ann x', calendar_name: 'Team calendar' },
      );
      // PostgreSQL's JSON operators work on every document again.
      const names = await old.query<{ name: string }>(`SELECT doc->'config'->>'displayName' AS name FROM businesses`);
      assert.equal(names[0]?.name, 'Contract Clinic\ufffd');
      assert.deepEqual(await migrate(old), [], 'applied once');
    } finally {
      await old.close();
    }
  });
});

describe('sign-in lock-out', () => {
  it('60 wrong passwords at once: at most 5 are checked, the rest answer 429, the right one too', async () => {
    const { server, api } = await start();
    await server.auth.setPassword('sue@clinic.example', 'the right password');
    const statuses = await Promise.all(
      Array.from({ length: 60 }, (_, i) => signIn(api, 'sue@clinic.example', `wrong guess ${i}`).then((r) => r.status)),
    );
    const count = (s: number) => statuses.filter((x) => x === s).length;
    assert.equal(count(401), 5, 'checked: the documented limit');
    assert.equal(count(429), 55, 'refused before any password check');
    const right = await signIn(api, 'sue@clinic.example', 'the right password');
    assert.equal(right.status, 429, 'locked out even with the right password');
    assert.equal(right.headers.get('retry-after'), '60');
    clock.now += 60_000;
    assert.equal((await signIn(api, 'sue@clinic.example', 'the right password')).status, 200, 'the lock-out ends');
  });

  it('locks out an address after 20 failures across accounts, and the right password of one account does not count', async () => {
    const { server, api } = await start();
    await server.auth.setPassword('ann@clinic.example', 'ann password 1');
    // 25 good sign-ins from one address: a clinic's shared connection is not locked out by its own staff.
    for (let i = 0; i < 25; i++) assert.equal((await signIn(api, 'ann@clinic.example', 'ann password 1')).status, 200);
    // 20 failures spread over 5 accounts (4 each: no account reaches its own limit).
    for (let i = 0; i < 20; i++) {
      const res = await signIn(api, `user${i % 5}@clinic.example`, 'wrong password');
      assert.equal(res.status, 401, `failure ${i + 1}`);
    }
    const locked = await signIn(api, 'ann@clinic.example', 'ann password 1');
    assert.equal(locked.status, 429, 'the address is locked out');
    assert.equal(locked.headers.get('retry-after'), '60');
    assert.equal(((await locked.json()) as { code: string }).code, 'busy');
    clock.now += 60_000;
    assert.equal((await signIn(api, 'ann@clinic.example', 'ann password 1')).status, 200, 'after the lock-out');
  });

  it('refuses control characters in the email or password before counting anything', async () => {
    const { api } = await start();
    for (const [body, path] of [
      [{ email: 'ann@clinic.example\u0000', password: 'whatever 123' }, 'email'],
      [{ email: 'ann@clinic.example', password: 'what\u0000ever 123' }, 'password'],
      [{ email: 'ann@clinic.example\r\n', password: 'whatever 123' }, 'email'],
    ] as const) {
      const res = await send(`${api}/auth/sign-in`, 'POST', body);
      assert.equal(res.status, 422);
      const problem = (await res.json()) as { issues: { path: string }[] };
      assert.deepEqual(
        problem.issues.map((i) => i.path),
        [path],
      );
    }
    assert.deepEqual(await db.query('SELECT key FROM sign_in_failures'), []);
  });

  it('a staff session lasts 12 hours', async () => {
    const { server, api } = await start();
    await server.auth.setPassword('ann@clinic.example', 'ann password 1');
    const signedIn = await signIn(api, 'ann@clinic.example', 'ann password 1');
    const { token, expiresAt } = (await signedIn.json()) as { token: string; expiresAt: string };
    assert.equal(Date.parse(expiresAt), CONTRACT_NOW + 12 * 3_600_000);
    const session = () => fetch(`${api}/auth/session`, { headers: { authorization: `Bearer ${token}` } });
    const admin = () =>
      fetch(`${api}/admin/businesses/${CLINIC}/services`, { headers: { authorization: `Bearer ${token}` } });
    clock.now = CONTRACT_NOW + 12 * 3_600_000 - 1;
    assert.equal((await session()).status, 200, 'a millisecond before');
    assert.equal((await admin()).status, 200);
    clock.now += 1;
    assert.equal((await session()).status, 401, 'at 12 hours');
    assert.equal((await admin()).status, 401);
  });
});

/** A body of `total` bytes, in 64 KiB chunks, that counts how much the server has pulled. */
function countingBody(total: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let sent = 0;
  const chunk = new TextEncoder().encode('x'.repeat(65_536));
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => sent };
}

async function streamed(url: string, method: string, total: number, headers: Record<string, string> = {}) {
  const body = countingBody(total);
  const abort = new AbortController();
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body.stream,
    duplex: 'half',
    signal: abort.signal,
  });
  const pulledAtAnswer = body.pulled();
  abort.abort();
  return { status: res.status, pulledAtAnswer };
}

describe('bodies are limited while they are read', () => {
  it('sign-in: a 50 MB body is answered 413 after the first kilobytes, not read whole', async () => {
    const { api } = await start();
    const r = await streamed(`${api}/auth/sign-in`, 'POST', 50 * 1024 * 1024);
    assert.equal(r.status, 413);
    assert.ok(r.pulledAtAnswer < 8 * 1024 * 1024, `pulled ${r.pulledAtAnswer} bytes before the answer`);
    const declared = await fetch(`${api}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@b.example', password: 'x'.repeat(9000) }),
    });
    assert.equal(declared.status, 413);
  });

  it('admin routes: bodies over maxAdminBodyBytes are 413 (declared or streamed); smaller ones pass', async () => {
    const { server, api } = await start({ maxAdminBodyBytes: 4096 });
    await server.auth.setPassword('ann@clinic.example', 'ann password 1');
    const token = await tokenOf(api, 'ann@clinic.example', 'ann password 1');
    const auth = { authorization: `Bearer ${token}` };
    const url = `${api}/admin/businesses/${CLINIC}/services/consult`;
    const fits = await send(url, 'PATCH', { patch: { description: 'd'.repeat(1900) } }, auth);
    assert.equal(fits.status, 200, 'under the limit');
    const big = await send(url, 'PATCH', { patch: { description: 'd'.repeat(5000) } }, auth);
    assert.equal(big.status, 413);
    const r = await streamed(url, 'PATCH', 50 * 1024 * 1024, auth);
    assert.equal(r.status, 413);
    assert.ok(r.pulledAtAnswer < 8 * 1024 * 1024, `pulled ${r.pulledAtAnswer} bytes before the answer`);
    // Without a valid token the body is not read at all.
    const anonymous = await streamed(url, 'PATCH', 50 * 1024 * 1024);
    assert.equal(anonymous.status, 401);
  });
});

describe('CORS headers on actual answers', () => {
  const origin = 'https://clinic.example';

  it('allowed origins read the answer and its Retry-After; others get no CORS headers', async () => {
    const { api } = await start({
      corsOrigins: [origin],
      rateLimits: { customerReads: { burst: 1, perMinute: 1 } },
    });
    const page = await fetch(`${api}/businesses/@default/booking-page`, { headers: { origin } });
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('access-control-allow-origin'), origin);
    assert.match(page.headers.get('vary') ?? '', /origin/i);
    const exposed = (page.headers.get('access-control-expose-headers') ?? '').toLowerCase().split(/\s*,\s*/);
    assert.ok(exposed.includes('retry-after') && exposed.includes('x-request-id'), exposed.join());
    const limited = await fetch(`${api}/businesses/@default/booking-page`, { headers: { origin } });
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('access-control-allow-origin'), origin, 'a 429 is readable too');
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    const evil = await fetch(`${api}/businesses/@default/booking-page`, {
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(evil.headers.get('access-control-allow-origin'), null);
  });

  it('preflights allow the manage token and Authorization headers, and nothing else', async () => {
    const { api } = await start({ corsOrigins: [origin] });
    const res = await fetch(`${api}/appointments/apt_1`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'x-manage-token, authorization, content-type',
      },
    });
    assert.ok(res.status === 204 || res.status === 200);
    const allowed = (res.headers.get('access-control-allow-headers') ?? '')
      .toLowerCase()
      .split(/\s*,\s*/)
      .sort();
    assert.deepEqual(allowed, ['authorization', 'content-type', 'idempotency-key', 'x-manage-token', 'x-request-id']);
    assert.match(res.headers.get('access-control-allow-methods') ?? '', /PATCH/);
    assert.equal(res.headers.get('access-control-allow-origin'), origin);
    assert.equal(res.headers.get('access-control-allow-credentials'), null, 'no cookies: tokens travel in headers');
  });
});

describe('a database that cannot answer is 503 busy on every route', () => {
  it('sign-in, sign-out, session, admin and customer routes answer 503 with Retry-After; /readyz says so', async () => {
    const own = await openDatabase({});
    await migrate(own);
    const server = await createServer({
      database: own,
      seed: contractConfig(),
      now: () => clock.now,
      logger: silentLogger,
      outboxIntervalMs: 0,
      rateLimits: false,
      corsOrigins: ['https://clinic.example'],
    });
    try {
      await server.auth.setPassword('ann@clinic.example', 'ann password 1');
      const { url } = await server.listen(0);
      const api = `${url}/api`;
      const token = await tokenOf(api, 'ann@clinic.example', 'ann password 1');
      await own.close(); // the database goes away under a running server
      const auth = { authorization: `Bearer ${token}`, origin: 'https://clinic.example' };
      const calls: [string, () => Promise<Response>][] = [
        ['sign-in', () => signIn(api, 'ann@clinic.example', 'ann password 1')],
        ['sign-out', () => send(`${api}/auth/sign-out`, 'POST', {}, auth)],
        ['session', () => fetch(`${api}/auth/session`, { headers: auth })],
        ['admin read', () => fetch(`${api}/admin/businesses/${CLINIC}/services`, { headers: auth })],
        [
          'admin write',
          () => send(`${api}/admin/businesses/${CLINIC}/services/consult`, 'PATCH', { patch: { notes: 'x' } }, auth),
        ],
        [
          'calendar sync status',
          () => fetch(`${api}/admin/businesses/${CLINIC}/calendar-sync-status`, { headers: auth }),
        ],
        [
          'calendar feed made',
          () => send(`${api}/admin/businesses/${CLINIC}/staff-members/ann/calendar-feed`, 'POST', {}, auth),
        ],
        ['calendar feed read', () => fetch(`${api}/calendar-feeds/${'f'.repeat(43)}.ics`)],
        ['booking page', () => fetch(`${api}/businesses/@default/booking-page`)],
        ['booking page, signed in', () => fetch(`${api}/businesses/@default/booking-page`, { headers: auth })],
        [
          'book',
          () =>
            send(`${api}/businesses/@default/appointments`, 'POST', bookBody(), { 'idempotency-key': 'down-key-1' }),
        ],
      ];
      for (const [what, call] of calls) {
        const res = await call();
        assert.equal(res.status, 503, `${what}: ${await res.clone().text()}`);
        assert.ok(Number(res.headers.get('retry-after')) >= 1, `${what}: Retry-After`);
        const problem = (await res.json()) as { code: string };
        assert.equal(problem.code, 'busy', what);
      }
      const cors = await fetch(`${api}/admin/businesses/${CLINIC}/services`, { headers: auth });
      assert.equal(
        cors.headers.get('access-control-allow-origin'),
        'https://clinic.example',
        'a browser can read the 503',
      );
      const ready = await fetch(`${url}/readyz`);
      assert.equal(ready.status, 503);
      assert.equal(((await ready.json()) as { status: string }).status, 'database unavailable');
      // The HTTP adapter retries a 503 (then gives up with `busy`, retryable).
      let attempts = 0;
      const adapter = new HttpAdapter({
        baseUrl: api,
        retry: { retries: 2, sleep: () => Promise.resolve() },
        fetch: (input, init) => {
          attempts++;
          return fetch(input, init);
        },
      });
      await assert.rejects(adapter.getBookingPage({}), (e: { code?: string }) => e.code === 'busy');
      assert.equal(attempts, 3, 'one try and two retries');
    } finally {
      await server.close(500);
    }
  });
});

describe('outbox delivery backs off', () => {
  it('doubles the wait after each failure (30 s, 1 min, 2 min …) and caps it at an hour', async () => {
    const { api } = await start();
    await new HttpAdapter({ baseUrl: api, retry: { retries: 0 } }).book({
      ...bookBody(),
      idempotencyKey: 'backoff-key-1',
    });
    const worker = new OutboxWorker({
      db,
      transport: {
        sendMail: (_m: MailMessage) => Promise.reject(new Error('mailbox unavailable')),
      },
      from: 'bookings@clinic.example',
      now: () => clock.now,
      log: silentLogger,
    });
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 10; attempt++) {
      const r = await worker.runOnce();
      assert.ok(r.failed > 0 && r.sent === 0, `attempt ${attempt} failed`);
      const rows = await db.query<{ attempts: number; next: string }>(
        `SELECT attempts, next_attempt_at_ms AS next FROM outbox
         WHERE channel = 'email' AND status = 'pending' AND due_at_ms <= $1 ORDER BY id LIMIT 1`,
        [clock.now],
      );
      const row = rows[0];
      assert.ok(row);
      assert.equal(row.attempts, attempt);
      waits.push(Number(row.next) - clock.now);
      clock.now = Number(row.next);
    }
    assert.deepEqual(
      waits.map((ms) => ms / 1000),
      [30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600],
    );
  });
});

describe('static files', () => {
  let dir = '';
  let outside = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'static-'));
    outside = mkdtempSync(join(tmpdir(), 'outside-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><title>Demo</title><script type="module" src="./app.js"></script>',
    );
    writeFileSync(join(dir, 'app.js'), 'export {};');
    writeFileSync(join(dir, '.env'), 'DATABASE_URL=postgres://u:secret@db/x');
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'config'), '[core]');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'page.txt'), 'inside');
    writeFileSync(join(outside, 'secret.txt'), 'outside');
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'escape.txt'));
    symlinkSync(outside, join(dir, 'escape-dir'));
    symlinkSync(join(dir, 'sub', 'page.txt'), join(dir, 'alias.txt'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('HTML carries a CSP (script-src self, frame-ancestors), nosniff everywhere', async () => {
    const { base } = await start({ static: [{ urlPath: '/', dir }] });
    const page = await fetch(`${base}/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /(^|; )script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline[^;]*;.*script|script-src[^;]*unsafe/);
    assert.match(csp, /(^|; )frame-ancestors 'self'(;|$)/);
    assert.match(csp, /object-src 'none'/);
    assert.equal(page.headers.get('x-frame-options'), 'SAMEORIGIN');
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    const script = await fetch(`${base}/app.js`);
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.equal(script.headers.get('x-content-type-options'), 'nosniff');
    assert.equal((await fetch(`${base}/sub/page.txt`)).status, 200);
    assert.equal((await fetch(`${base}/alias.txt`)).status, 200, 'a link that stays inside is fine');
  });

  it('refuses dotfiles, dot-folders and anything that resolves outside the folder', async () => {
    const { base } = await start({ static: [{ urlPath: '/', dir }] });
    for (const path of [
      '/.env',
      '/.git/config',
      '/%2eenv',
      '/sub/..%2f.env',
      '/escape.txt',
      '/escape-dir/secret.txt',
      '/..%2f..%2fetc%2fpasswd',
      '/sub/%2e%2e/%2e%2e/etc/passwd',
    ]) {
      const res = await fetch(`${base}${path}`);
      assert.equal(res.status, 404, path);
      assert.doesNotMatch(await res.text(), /secret|outside|\[core\]/, path);
    }
  });

  it('the demo pages run under that policy: no inline script, no handler attributes, no javascript: links', () => {
    const demo = new URL('../../demo/', import.meta.url).pathname;
    const pages = readdirSync(demo).filter((f) => f.endsWith('.html'));
    assert.deepEqual(pages.sort(), ['admin.html', 'index.html', 'manage.html']);
    for (const page of pages) {
      const source = readFileSync(join(demo, page), 'utf8');
      const scripts = [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)];
      assert.ok(scripts.length > 0, `${page} loads its script`);
      for (const [tag, body] of scripts) {
        assert.match(tag, /\ssrc=/, `${page}: an inline script would be blocked by script-src 'self'`);
        assert.equal(body?.trim(), '', page);
      }
      assert.doesNotMatch(source, /\son[a-z]+\s*=/i, `${page}: an event handler attribute is inline script`);
      assert.doesNotMatch(source, /javascript:/i, page);
    }
  });

  it('frame-ancestors is configurable for sites that frame the pages, and checked', async () => {
    const { base } = await start({
      static: [{ urlPath: '/', dir }],
      frameAncestors: parseFrameAncestors(['https://clinic.example https://*.partner.example']),
    });
    const page = await fetch(`${base}/`);
    assert.match(
      page.headers.get('content-security-policy') ?? '',
      /frame-ancestors https:\/\/clinic\.example https:\/\/\*\.partner\.example(;|$)/,
    );
    assert.equal(page.headers.get('x-frame-options'), null, 'X-Frame-Options cannot name other origins');
    assert.throws(() => parseFrameAncestors(["https://a.example; script-src 'unsafe-inline'"]));
    assert.throws(() => parseFrameAncestors(["'none' https://a.example"]));
    assert.deepEqual(parseFrameAncestors([]), ["'self'"]);
  });
});

describe('logs keep secrets out', () => {
  it('redacts secret fields and the passwords of URLs, in messages, fields and error stacks', () => {
    const lines: string[] = [];
    const log = jsonLogger({ write: (l) => lines.push(l) });
    const url = 'postgres://booking:hunter2-secret@db.example:5432/bookings';
    log.error('failed to start', { error: new Error(`connect ${url} failed`), databaseUrl: url });
    log.info('demo', { password: 'hunter2-secret', token: 'tok-123-secret', nested: { authorization: 'Bearer x' } });
    log.info(`smtp://mailer:hunter2-secret@mail.example:587 refused`);
    const all = lines.join('\n');
    assert.doesNotMatch(all, /hunter2|tok-123|Bearer x/);
    assert.match(all, /postgres:\/\/booking:\*\*\*@db\.example/);
  });
});
