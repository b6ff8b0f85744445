// The server around the rules: staff sign-in, e-mail delivery to a local SMTP sink, the
// database's own no-overlap constraint, and the production basics. PGlite in memory, fixed clock.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { HttpAdapter } from '../../src/adapters/http/http-adapter.js';
import { BookingError } from '../../src/contract/errors.js';
import { keptBusy, type StoredAppointment } from '../../src/backend/store.js';
import { createAdmin } from '../../src/server/admin-setup.js';
import type { Database } from '../../src/server/database.js';
import { LATEST_VERSION } from '../../src/server/migrations.js';
import { PostgresStore } from '../../src/server/pg-store.js';
import type { ServerOptions } from '../../src/server/server.js';
import { CLINIC, CONTRACT_NOW, cph } from '../../src/testing/fixture.js';
import { openTestDatabase, TestServers, truncate } from './server-harness.js';
import { storedAppointment } from './stored-appointment.js';

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

const start = (options: Partial<ServerOptions> = {}) => servers.start(options);

function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

const booking = (key: string, customer: Record<string, string> = {}) => ({
  serviceId: 'consult',
  staffMemberId: 'ann',
  start: cph('2026-03-03', '09:00'),
  customer: { name: 'Jane Doe', emailAddress: 'jane@example.com', timeZone: 'America/New_York', ...customer },
  answers: [{ questionId: 'insurance', answer: 'X-1' }],
  consent: { accepted: true },
  idempotencyKey: key,
});

describe('staff sign-in', () => {
  it('signs in with email and password, acts with the staff role, and signs out', async () => {
    const { server, api } = await start();
    await server.auth.setPassword('Ann@Clinic.example', 'correct horse battery');
    const res = await post(`${api}/auth/sign-in`, { email: 'ann@clinic.example', password: 'correct horse battery' });
    assert.equal(res.status, 200);
    const body = (await res.json()) as {
      token: string;
      businessId: string;
      businesses: { id: string; staffMemberId: string; role: string }[];
    };
    assert.match(body.token, /^[A-Za-z0-9_-]{43}$/, '256 random bits, base64url');
    assert.equal(body.businessId, CLINIC);
    // R20: the same email is a scheduler in the annex (matched case-insensitively).
    assert.deepEqual(
      body.businesses.map((b) => [b.id, b.staffMemberId, b.role]),
      [
        ['contract-annex', 'ann-annex', 'scheduler'],
        [CLINIC, 'ann', 'administrator'],
      ],
    );
    const stored = await db.query<{ token_hash: string }>('SELECT token_hash FROM staff_sessions');
    assert.equal(stored.length, 1);
    assert.notEqual(stored[0]?.token_hash, body.token, 'only a hash of the token is stored');
    const hash = await db.query<{ password_hash: string }>('SELECT password_hash FROM staff_users');
    assert.match(hash[0]?.password_hash ?? '', /^scrypt\$16384\$8\$1\$[\w-]{22}\$[\w-]{43}$/);

    const admin = new HttpAdapter({ baseUrl: api, retry: { retries: 0 }, getAuthToken: () => body.token });
    const staff = await admin.listStaffMembers({});
    assert.ok(staff.some((s) => s.id === 'ann'));
    const session = await fetch(`${api}/auth/session`, { headers: { authorization: `Bearer ${body.token}` } });
    assert.equal(session.status, 200);

    const out = await post(`${api}/auth/sign-out`, {}, { authorization: `Bearer ${body.token}` });
    assert.equal(out.status, 204);
    await assert.rejects(admin.listStaffMembers({}), (e) => e instanceof BookingError && e.code === 'sign-in-required');
  });

  it('refuses wrong passwords alike for unknown emails, and throttles repeated failures with 429', async () => {
    const { server, api } = await start();
    await server.auth.setPassword('sue@clinic.example', 'the right password');
    const wrong = await post(`${api}/auth/sign-in`, { email: 'sue@clinic.example', password: 'nope nope nope' });
    assert.equal(wrong.status, 401);
    const unknown = await post(`${api}/auth/sign-in`, { email: 'who@clinic.example', password: 'nope nope nope' });
    assert.equal(unknown.status, 401);
    assert.deepEqual(
      ((await wrong.json()) as { detail: string }).detail,
      ((await unknown.json()) as { detail: string }).detail,
    );
    for (let i = 0; i < 4; i++)
      await post(`${api}/auth/sign-in`, { email: 'sue@clinic.example', password: 'x'.repeat(12) });
    const locked = await post(`${api}/auth/sign-in`, { email: 'sue@clinic.example', password: 'the right password' });
    assert.equal(locked.status, 429, 'locked out even with the right password');
    assert.ok(Number(locked.headers.get('retry-after')) > 0);
    clock.now += 61 * 60_000;
    const later = await post(`${api}/auth/sign-in`, { email: 'sue@clinic.example', password: 'the right password' });
    assert.equal(later.status, 200, 'the lock-out ends');
  });

  it('create-admin adds an administrator who can sign in', async () => {
    const { api } = await start();
    const r = await createAdmin(
      db,
      { email: 'owner@clinic.example', password: 'owner password 1', displayName: 'Owner', businessId: CLINIC },
      () => clock.now,
    );
    assert.equal(r.businessId, CLINIC);
    assert.equal(r.created, true);
    const res = await post(`${api}/auth/sign-in`, { email: 'owner@clinic.example', password: 'owner password 1' });
    const { token } = (await res.json()) as { token: string };
    const admin = new HttpAdapter({ baseUrl: api, retry: { retries: 0 }, getAuthToken: () => token });
    const me = (await admin.listStaffMembers({})).find((s) => s.id === r.staffMemberId);
    assert.equal(me?.role, 'administrator');
    assert.equal(me?.isBookable, false);
  });

  it('refuses admin routes without a valid token (401 problem+json)', async () => {
    const { api } = await start();
    const res = await fetch(
      `${api}/admin/businesses/@default/appointments?start=${cph('2026-03-03', '00:00')}&end=${cph('2026-03-04', '00:00')}`,
      {
        headers: { authorization: 'Bearer not-a-session' },
      },
    );
    assert.equal(res.status, 401);
    assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
    assert.equal(res.headers.get('www-authenticate'), 'Bearer realm="booking-elements"');
  });
});

describe('e-mail delivery', () => {
  interface Received {
    from: string;
    to: string[];
    raw: string;
  }
  let sink: SMTPServer;
  let smtpUrl = '';
  const received: Received[] = [];
  let refuseNext = 0;

  before(async () => {
    sink = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      // A mailbox that does not exist, refused for good, as real mail servers do at RCPT TO.
      onRcptTo(address, _session, callback) {
        if (address.address.startsWith('nobody@')) {
          callback(Object.assign(new Error('5.1.1 no such mailbox'), { responseCode: 550 }));
          return;
        }
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          if (refuseNext > 0) {
            refuseNext--;
            callback(Object.assign(new Error('mailbox busy'), { responseCode: 451 }));
            return;
          }
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
    smtpUrl = `smtp://127.0.0.1:${(sink.server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => sink.close(() => resolve())));
  beforeEach(() => {
    received.length = 0;
    refuseNext = 0;
  });

  it('sends the confirmation with the .ics attached, in the customer’s language, once', async () => {
    const { server, api } = await start({ smtpUrl, mailFrom: 'bookings@clinic.example' });
    const customer = new HttpAdapter({ baseUrl: api, retry: { retries: 0 } });
    // en-GB: English text, British dates ("3 March"), whatever language the business uses.
    const { appointment } = await customer.book(booking('mail-key-1', { languageTag: 'en-GB' }));
    const result = await server.deliverOutbox();
    assert.ok(result.sent >= 2, `sent ${result.sent}`);
    assert.equal(result.failed, 0);
    const mail = received.find((m) => m.to.includes('jane@example.com'));
    assert.ok(mail, 'the customer got an email');
    assert.equal(mail.from, 'bookings@clinic.example');
    assert.match(mail.raw, /^Content-Language: en-GB\r?$/m);
    assert.match(mail.raw, /^Subject: .*Consultation/m);
    assert.match(mail.raw, /3 March 2026/, 'dates in the customer’s language');
    assert.match(mail.raw, /Content-Type: text\/calendar; charset=utf-8; method=REQUEST/);
    assert.match(mail.raw, /filename=invite\.ics/);
    const ics =
      /Content-Transfer-Encoding: base64\r?\nContent-Disposition: attachment; filename=invite\.ics\r?\n\r?\n([\s\S]*?)\r?\n--/.exec(
        mail.raw,
      )?.[1];
    const decoded = ics ? Buffer.from(ics.replace(/\s+/g, ''), 'base64').toString('utf8') : mail.raw;
    assert.match(decoded, /BEGIN:VCALENDAR/);
    assert.match(decoded, new RegExp(`UID:${appointment.id}@booking-elements`));
    assert.match(decoded, /^METHOD:REQUEST\r?$/m);
    assert.match(decoded, /^ORGANIZER;CN=[^:]+:mailto:owner@clinic\.example\r?$/m, 'an invitation names its organizer');

    const outbox = await server.adapter.asStaff('ann').listOutbox({ appointmentId: appointment.id });
    const confirmations = outbox.filter((m) => m.kind === 'confirmation' && m.channel === 'email');
    // The customer's, Ann's and the owner's (an empty list would pass `every`).
    assert.deepEqual(confirmations.map((m) => m.recipient.role).sort(), ['customer', 'owner', 'staff']);
    assert.deepEqual(
      confirmations.map((m) => m.status),
      ['sent', 'sent', 'sent'],
      'marked sent',
    );
    const again = await server.deliverOutbox();
    assert.equal(again.sent, 0, 'never sent twice');
  });

  it('retries a refused message with backoff', async () => {
    const { server, api } = await start({ smtpUrl });
    await new HttpAdapter({ baseUrl: api, retry: { retries: 0 } }).book(booking('mail-key-2'));
    refuseNext = 100;
    const first = await server.deliverOutbox();
    assert.equal(first.sent, 0);
    assert.ok(first.failed > 0);
    const rows = await db.query<{ attempts: number; next_attempt_at_ms: string; last_error: string }>(
      `SELECT attempts, next_attempt_at_ms, last_error FROM outbox WHERE status = 'pending' AND channel = 'email' AND due_at_ms <= $1`,
      [clock.now],
    );
    assert.ok(rows.every((r) => r.attempts === 1 && Number(r.next_attempt_at_ms) === clock.now + 30_000));
    assert.match(rows[0]?.last_error ?? '', /mailbox busy/);
    refuseNext = 0;
    assert.equal((await server.deliverOutbox()).sent, 0, 'not before the backoff');
    clock.now += 30_000;
    const second = await server.deliverOutbox();
    assert.equal(second.sent, first.failed);
  });

  it('gives up on a mailbox refused for good at once, and on a refusing server after the attempt limit', async () => {
    const { server, api } = await start({ smtpUrl, emailMaxAttempts: 3 });
    const customer = new HttpAdapter({ baseUrl: api, retry: { retries: 0 } });
    const { appointment } = await customer.book(booking('mail-key-4', { emailAddress: 'nobody@example.com' }));
    await server.deliverOutbox();
    const admin = server.adapter.asStaff('ann');
    const toCustomer = (await admin.listOutbox({ appointmentId: appointment.id })).find(
      (m) => m.channel === 'email' && m.recipient.role === 'customer',
    );
    assert.equal(toCustomer?.status, 'failed');
    assert.equal(toCustomer?.delivery?.attempts, 1);
    assert.match(toCustomer?.delivery?.lastError ?? '', /no such mailbox/);
    // Staff and owner got theirs.
    assert.ok(received.length >= 2);

    // A server that keeps refusing (451) is retried, then given up after the limit, the reason kept.
    const second = await customer.book({ ...booking('mail-key-5'), start: cph('2026-03-03', '11:00') });
    refuseNext = 100;
    for (let i = 0; i < 6; i++) {
      await server.deliverOutbox();
      clock.now += 3_600_000;
    }
    const messages = (await admin.listOutbox({ appointmentId: second.appointment.id })).filter(
      (m) => m.channel === 'email',
    );
    assert.ok(messages.length > 0);
    assert.ok(
      messages.every((m) => m.status === 'failed' && m.delivery?.attempts === 3),
      JSON.stringify(messages.map((m) => [m.status, m.delivery?.attempts])),
    );
    assert.match(messages[0]?.delivery?.lastError ?? '', /mailbox busy/);
    // Sent again by an administrator once the cause is fixed.
    refuseNext = 0;
    await admin.redeliverMessage({ messageId: messages[0].id });
    assert.equal((await server.deliverOutbox()).sent, 1);
  });

  it('keeps messages pending in the admin outbox without SMTP', async () => {
    const { server, api } = await start();
    await new HttpAdapter({ baseUrl: api, retry: { retries: 0 } }).book(booking('mail-key-3'));
    assert.deepEqual(await server.deliverOutbox(), { sent: 0, failed: 0 });
    const outbox = await server.adapter.asStaff('ann').listOutbox({});
    assert.ok(outbox.length > 0 && outbox.every((m) => m.status === 'pending'));
  });
});

describe('the database refuses double bookings by itself', () => {
  const record = (id: string, startMs: number, extra: Partial<StoredAppointment> = {}): StoredAppointment =>
    storedAppointment(id, startMs, { postBufferMs: 10 * 60_000, ...extra });

  it('an overlap including buffers is a constraint violation, answered as slot-unavailable', async () => {
    await start();
    const t = Date.parse(cph('2026-03-03', '09:00'));
    const store = new PostgresStore(db);
    await store.run('readwrite', ['appointments'], (tx) => tx.put('appointments', record('apt_a', t)), {
      businessIds: [CLINIC],
    });
    // Starts when the first ends, but inside its 10-minute post-buffer.
    await assert.rejects(
      store.run('readwrite', ['appointments'], (tx) => tx.put('appointments', record('apt_b', t + 30 * 60_000)), {
        businessIds: [CLINIC],
      }),
      (e) => e instanceof BookingError && e.code === 'slot-unavailable',
    );
    // After the buffer: fine. Another staff member at the same time: fine. A cancelled one: fine.
    await store.run(
      'readwrite',
      ['appointments'],
      async (tx) => {
        await tx.put('appointments', record('apt_c', t + 40 * 60_000));
        await tx.put('appointments', record('apt_d', t, { staffMemberId: 'bob' }));
        await tx.put('appointments', record('apt_e', t, { status: 'cancelled' }));
      },
      { businessIds: [CLINIC] },
    );
    // Seats of one class share the session; a one-to-one over a class does not.
    const seat = (id: string) => record(id, t + 3 * 3_600_000, { serviceId: 'yoga', maximumAttendeesCount: 3 });
    await store.run(
      'readwrite',
      ['appointments'],
      async (tx) => {
        await tx.put('appointments', seat('apt_s1'));
        await tx.put('appointments', seat('apt_s2'));
      },
      { businessIds: [CLINIC] },
    );
    await assert.rejects(
      db.query(`INSERT INTO appointments (id, doc) VALUES ('apt_x', $1::json)`, [
        JSON.stringify(record('apt_x', t + 3 * 3_600_000)),
      ]),
      (e) => (e as { code?: string }).code === '23P01',
    );
    const count = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM appointments WHERE status = 'booked'`);
    assert.equal(count[0]?.n, 5);
  });

  it('two nodes keep what they read only while its revision stands (issue 24)', async () => {
    await start();
    const t = Date.parse(cph('2026-03-03', '09:00'));
    const a = new PostgresStore(db);
    const b = new PostgresStore(db);
    const busy = (store: PostgresStore, from = t - 86_400_000, to = t + 86_400_000) =>
      store.run('readonly', ['appointments'], async (tx) => (await tx.busy!(CLINIC, from, to)).map((r) => r.id));
    const put = (store: PostgresStore, r: StoredAppointment) =>
      store.run('readwrite', ['appointments'], (tx) => tx.put('appointments', r), { businessIds: [CLINIC] });
    assert.deepEqual(await busy(a), []);
    await put(b, record('apt_1', t));
    // Node a read the range before: the new revision makes it read again.
    assert.deepEqual(await busy(a), ['apt_1']);
    // A narrower range at the same revision comes from memory, the same answer a read gives.
    assert.deepEqual(await busy(a, t, t), ['apt_1']);
    assert.deepEqual(await busy(a, t + 1, t + 86_400_000), []);
    await put(
      b,
      record('apt_2', t + 2 * 3_600_000, { staffMemberId: 'bob', approval: 'pending', approvalExpiresAtMs: t }),
    );
    await put(b, { ...record('apt_1', t), status: 'cancelled' });
    const rows = await a.run('readonly', ['appointments'], (tx) => tx.busy!(CLINIC, t - 86_400_000, t + 86_400_000));
    assert.deepEqual(rows, [
      {
        id: 'apt_2',
        serviceId: 'consult',
        staffMemberId: 'bob',
        startMs: t + 2 * 3_600_000,
        endMs: t + 2 * 3_600_000 + 30 * 60_000,
        preBufferMs: 0,
        postBufferMs: 10 * 60_000,
        status: 'booked',
        approval: 'pending',
        approvalExpiresAtMs: t,
      },
    ]);
    // A write that rolls back leaves no trace in either node's memory.
    await assert.rejects(
      a.run(
        'readwrite',
        ['appointments'],
        async (tx) => {
          await tx.put('appointments', record('apt_3', t + 5 * 3_600_000));
          assert.deepEqual(
            (await tx.busy!(CLINIC, t - 86_400_000, t + 86_400_000)).map((r) => r.id),
            ['apt_2', 'apt_3'],
          );
          throw new Error('changed my mind');
        },
        { businessIds: [CLINIC] },
      ),
      /changed my mind/,
    );
    assert.deepEqual(await busy(a), ['apt_2']);
    assert.deepEqual(await busy(b), ['apt_2']);
    // A booking as the rules write it (read, then write, under the business lock): the node applies
    // its own change to what it keeps, in order, and both nodes agree afterwards.
    await a.run(
      'readwrite',
      ['appointments'],
      async (tx) => {
        await tx.busy!(CLINIC, t - 86_400_000, t + 86_400_000);
        await tx.put('appointments', record('apt_0', t - 3_600_000));
        await tx.put('appointments', {
          ...record('apt_2', t + 2 * 3_600_000, { staffMemberId: 'bob' }),
          status: 'cancelled',
        });
      },
      { businessIds: [CLINIC] },
    );
    assert.deepEqual(await busy(a), ['apt_0']);
    assert.deepEqual(await busy(a, t - 3_600_000, t - 3_600_000), ['apt_0']);
    await put(b, record('apt_4', t + 6 * 3_600_000));
    assert.deepEqual(await busy(a), ['apt_0', 'apt_4']);
    assert.deepEqual(await busy(b), ['apt_0', 'apt_4']);
    // The business document too: an edit on one node is what the other reads next.
    const name = (store: PostgresStore) =>
      store.run('readonly', ['businesses'], async (tx) => (await tx.get('businesses', CLINIC))?.config.displayName);
    const before = await name(a);
    await b.run(
      'readwrite',
      ['businesses'],
      async (tx) => {
        const stored = (await tx.get('businesses', CLINIC))!;
        await tx.put('businesses', { ...stored, config: { ...stored.config, displayName: 'Renamed Clinic' } });
      },
      { businessIds: [CLINIC] },
    );
    assert.notEqual(before, 'Renamed Clinic');
    assert.equal(await name(a), 'Renamed Clinic');
    // What is kept is frozen: nobody can change another request's copy.
    const kept = await a.run('readonly', ['businesses'], (tx) => tx.get('businesses', CLINIC));
    assert.ok(Object.isFrozen(kept?.config));
    // TRUNCATE (no row triggers) still ends what was kept.
    await db.query('TRUNCATE appointments');
    assert.deepEqual(await busy(a), []);
  });

  it('hands a repeated busy-time answer out as the same kept array, and one holding a request as neither (issue 24)', async () => {
    await start();
    const t = Date.parse(cph('2026-03-03', '09:00'));
    const store = new PostgresStore(db);
    const busy = (from = t - 86_400_000, to = t + 86_400_000) =>
      store.run('readonly', ['appointments'], (tx) => tx.busy!(CLINIC, from, to));
    const put = (r: StoredAppointment) =>
      store.run('readwrite', ['appointments'], (tx) => tx.put('appointments', r), { businessIds: [CLINIC] });
    await put(record('apt_1', t));
    const first = await busy();
    assert.ok(keptBusy.has(first) && Object.isFrozen(first));
    assert.equal(await busy(), first);
    // A narrower range from memory is kept too (its own array).
    const narrow = await busy(t, t);
    assert.ok(keptBusy.has(narrow));
    assert.deepEqual(
      narrow.map((r) => r.id),
      ['apt_1'],
    );
    // R23: a request waiting for approval lapses with the clock, so the backend must filter such an answer.
    await put(record('apt_2', t + 3_600_000, { approval: 'pending', approvalExpiresAtMs: t }));
    const pending = await busy();
    assert.ok(!keptBusy.has(pending));
    assert.deepEqual(
      pending.map((r) => r.id),
      ['apt_1', 'apt_2'],
    );
  });

  it('refuses a write outside the businesses the transaction locked', async () => {
    await start();
    const store = new PostgresStore(db);
    await assert.rejects(
      store.run('readwrite', ['appointments'], (tx) => tx.put('appointments', record('apt_z', 0)), {
        businessIds: ['contract-annex'],
      }),
      /outside the locked businesses/,
    );
  });
});

describe('production basics', () => {
  it('health, readiness, problem+json 404, security headers, no internals', async () => {
    const { api } = await start();
    const base = api.replace(/\/api$/, '');
    assert.equal((await fetch(`${base}/healthz`)).status, 200);
    const ready = await fetch(`${base}/readyz`);
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { status: 'ready', schema: LATEST_VERSION, database: 'pglite' });
    const missing = await fetch(`${api}/nothing/here`);
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-type') ?? '', /problem\+json/);
    assert.equal(missing.headers.get('x-content-type-options'), 'nosniff');
    assert.match(missing.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.ok(missing.headers.get('x-request-id'));
  });

  it('limits public requests per address with 429 and Retry-After, refilling on the server clock', async () => {
    // 2 at once, then one every 30 s: the buckets run on the injected clock, not the wall clock.
    const { api } = await start({ rateLimits: { customerWrites: { burst: 2, perMinute: 2 } } });
    let key = 0;
    const book = () =>
      post(
        `${api}/businesses/@default/appointments`,
        {
          ...booking('x', { name: `Client ${key}` }),
          idempotencyKey: undefined,
          // 09:00, 09:30, …: a free slot each, so every admitted request books.
          start: cph('2026-03-03', `${String(9 + Math.floor(key / 2)).padStart(2, '0')}:${key % 2 ? '30' : '00'}`),
        },
        { 'idempotency-key': `rl-key-${key++}` },
      );
    const first = await book();
    const second = await book();
    const third = await book();
    assert.equal(first.status, 201);
    assert.equal(second.status, 201, 'the burst allows two');
    assert.equal(third.status, 429);
    assert.equal(third.headers.get('retry-after'), '30', 'one token every 30 s');
    const problem = (await third.json()) as { code: string; retryAfterMs: number };
    assert.equal(problem.code, 'busy');
    assert.equal(problem.retryAfterMs, 30_000);
    clock.now += 29_000;
    const early = await book();
    assert.equal(early.status, 429, 'not refilled after 29 s');
    assert.equal(early.headers.get('retry-after'), '1');
    clock.now += 1_000;
    assert.equal((await book()).status, 201, 'refilled after 30 s');
    assert.equal((await book()).status, 429, 'and only one token');
    clock.now += 10 * 60_000;
    assert.equal((await book()).status, 201);
    assert.equal((await book()).status, 201, 'a full bucket holds the burst again, not more');
    assert.equal((await book()).status, 429);
  });

  it('caps active slot holds per client address: a new hold beyond the cap releases that address’s oldest', async () => {
    const { api } = await start({ trustProxy: 1, holdsPerAddress: 2 });
    const hold = async (time: string, address: string): Promise<string> => {
      const res = await post(
        `${api}/businesses/@default/holds`,
        { serviceId: 'consult', staffMemberId: 'ann', start: cph('2026-03-03', time) },
        { 'x-forwarded-for': address },
      );
      assert.equal(res.status, 201, `hold ${time} from ${address}`);
      return ((await res.json()) as { holdId: string }).holdId;
    };
    const offered = async (): Promise<string[]> => {
      const url = new URL(`${api}/businesses/@default/availability`);
      url.searchParams.set('serviceId', 'consult');
      url.searchParams.set('staffMemberId', 'ann');
      url.searchParams.set('start', cph('2026-03-03', '09:00'));
      url.searchParams.set('end', cph('2026-03-03', '12:00'));
      const slots = (await (await fetch(url)).json()) as { start: string }[];
      return slots.map((s) => new Date(s.start).toISOString());
    };
    const at = (time: string) => new Date(cph('2026-03-03', time)).toISOString();
    await hold('09:00', '203.0.113.7');
    await hold('10:00', '203.0.113.7');
    let free = await offered();
    assert.ok(!free.includes(at('09:00')) && !free.includes(at('10:00')), 'both held');
    await hold('11:00', '203.0.113.7');
    free = await offered();
    assert.ok(free.includes(at('09:00')), 'the oldest hold of that address was released');
    assert.ok(!free.includes(at('10:00')) && !free.includes(at('11:00')), 'the two newest stay held');
    await hold('09:00', '198.51.100.4');
    free = await offered();
    assert.ok(!free.includes(at('09:00')), 'another address holds on its own');
    assert.ok(
      !free.includes(at('10:00')) && !free.includes(at('11:00')),
      'without releasing the first address’s holds',
    );
  });

  it('answers CORS preflights for allowed origins only', async () => {
    const { api } = await start({ corsOrigins: ['https://clinic.example'] });
    const preflight = (origin: string) =>
      fetch(`${api}/businesses/@default/appointments`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'idempotency-key, content-type',
        },
      });
    const ok = await preflight('https://clinic.example');
    assert.equal(ok.headers.get('access-control-allow-origin'), 'https://clinic.example');
    assert.match(ok.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/i);
    const other = await preflight('https://evil.example');
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });

  it('refuses oversized bodies with 413', async () => {
    const { api } = await start({ maxBodyBytes: 1024 });
    const res = await post(
      `${api}/businesses/@default/appointments`,
      { pad: 'x'.repeat(4096) },
      { 'idempotency-key': 'big-body-key' },
    );
    assert.equal(res.status, 413);
  });

  it('finishes requests in flight on shutdown, then refuses new connections', async () => {
    const { server, api } = await start();
    // PGlite has one connection: a long transaction holds the request below in flight.
    const blocker = db.transaction('readwrite', () => new Promise((r) => setTimeout(r, 400)));
    const inFlight = fetch(`${api}/businesses/@default/booking-page`);
    await new Promise((r) => setTimeout(r, 150));
    const closing = server.close(2000);
    await blocker;
    assert.equal((await inFlight).status, 200);
    await closing;
    servers.running.splice(servers.running.indexOf(server), 1);
    await assert.rejects(fetch(`${api}/businesses/@default/booking-page`));
  });
});
