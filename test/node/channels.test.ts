// Issue 18: channels that really deliver. Meeting links from the server's Jitsi provider in the
// e-mail, the .ics and the manage view; signed webhooks to a local receiver that verifies every
// signature with the standardwebhooks verifier; text messages to a fake Twilio-shaped gateway.
// PGlite in memory, fixed clock, local sinks on ports chosen at run time.
import assert from 'node:assert/strict';
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { after, before, beforeEach, describe, it } from 'node:test';
import { HttpAdapter } from '../../src/adapters/http/http-adapter.js';
import type { OutboxMessage } from '../../src/schemas/admin.js';
import { validate } from '../../src/schemas/validate.js';
import { webhookEventSchema } from '../../src/schemas/webhook-events.js';
import type { Database } from '../../src/server/database.js';
import { TwilioSmsProvider, WebhookSmsProvider } from '../../src/server/channels/sms.js';
import { silentLogger } from '../../src/server/log.js';
import type { MailMessage } from '../../src/server/outbox-worker.js';
import { createServer, type BookingServer, type ServerOptions } from '../../src/server/server.js';
import { CONTRACT_NOW, contractConfig, cph } from '../../src/testing/fixture.js';
import { openTestDatabase, truncate } from './server-harness.js';

let db: Database;
const clock = { now: CONTRACT_NOW };
const running: BookingServer[] = [];
const mails: MailMessage[] = [];

before(async () => {
  db = await openTestDatabase('pglite');
});
after(async () => {
  while (running.length > 0) await running.pop()?.close(500);
  await db.close();
});
beforeEach(async () => {
  clock.now = CONTRACT_NOW;
  mails.length = 0;
  while (running.length > 0) await running.pop()?.close(500);
  await truncate(db);
});

/** The contract clinic without a meeting provider of its own: the server's default applies. */
function seedWithoutProvider() {
  return contractConfig().map(({ meetingProvider: _none, ...b }) => b);
}

async function start(options: Partial<ServerOptions> = {}): Promise<{ server: BookingServer; api: string }> {
  const server = await createServer({
    database: db,
    seed: seedWithoutProvider(),
    now: () => clock.now,
    random: () => 0.5,
    logger: silentLogger,
    outboxIntervalMs: 0,
    rateLimits: false,
    // Webhook signing secrets are sealed with it (webhook-secrets.test.ts covers the rest).
    calendarSecret: 'channels-test-secret-0123456789',
    mailTransport: {
      sendMail: (m: MailMessage) => {
        mails.push(m);
        return Promise.resolve();
      },
    },
    ...options,
  });
  running.push(server);
  const { url } = await server.listen(0);
  return { server, api: `${url}/api` };
}

const videoBooking = (key: string, start: string) => ({
  serviceId: 'video',
  staffMemberId: 'bob',
  start: cph('2026-03-03', start),
  customer: { name: 'Jane Doe', emailAddress: 'jane@example.com', timeZone: 'Europe/Copenhagen' },
  answers: [],
  consent: { accepted: true },
  idempotencyKey: key,
});

describe('meeting links (R16)', () => {
  it('a Jitsi booking carries a room on the configured server, unique per appointment, in the e-mail, the .ics and the manage view', async () => {
    const { server, api } = await start({
      defaultMeetingProvider: { kind: 'jitsi', baseUrl: 'https://jitsi.clinic.example/rooms' },
    });
    const customer = new HttpAdapter({ baseUrl: api, retry: { retries: 0 } });
    const a = await customer.book(videoBooking('channels-jitsi-1', '09:00'));
    const b = await customer.book(videoBooking('channels-jitsi-2', '09:30'));
    const link = a.appointment.joinWebUrl ?? '';
    assert.match(link, /^https:\/\/jitsi\.clinic\.example\/rooms\/[0-9a-f]{32}$/);
    assert.notEqual(link, b.appointment.joinWebUrl);

    await server.deliverOutbox();
    const mail = mails.find((m) => m.to.includes('jane@example.com') && m.text.includes(link));
    assert.ok(mail, 'the link is in the customer’s e-mail');
    const ics = mail.attachments.find((x) => x.filename === 'invite.ics')?.content ?? '';
    assert.ok(ics.replace(/\r\n /g, '').includes(link), 'and in the .ics');
    assert.ok(!mails.some((m) => m.text.includes(b.appointment.joinWebUrl ?? '') && m.text.includes(link)));

    const managed = await customer.getBooking({ appointmentId: a.appointment.id, manageToken: a.manageToken });
    assert.equal(managed.joinWebUrl, link, 'and on the manage page');
    for (const m of mails) assert.ok(!m.text.includes('example.invalid'), 'never a placeholder');
  });

  it('without any provider an online service is not offered and cannot be booked (never a fake link)', async () => {
    const { api } = await start();
    const customer = new HttpAdapter({ baseUrl: api, retry: { retries: 0 } });
    const page = await customer.getBookingPage({});
    assert.ok(!page.services.some((s) => s.id === 'video'));
    await assert.rejects(customer.book(videoBooking('channels-none-1', '09:00')), { code: 'policy-violation' });
  });

  it('a URL template from the server fills {room}', async () => {
    const { api } = await start({
      defaultMeetingProvider: {
        kind: 'urlTemplate',
        urlTemplate: 'https://video.clinic.example/j/{room}?s={serviceId}',
      },
    });
    const customer = new HttpAdapter({ baseUrl: api, retry: { retries: 0 } });
    const { appointment } = await customer.book(videoBooking('channels-tpl-1', '09:00'));
    assert.match(appointment.joinWebUrl ?? '', /^https:\/\/video\.clinic\.example\/j\/[0-9a-f]{32}\?s=video$/);
  });
});

/** A local HTTP receiver on a port chosen at run time; `answer` decides each response. */
interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}
async function sink(answer: (r: Received) => { status: number; body?: string }): Promise<{
  url: string;
  received: Received[];
  close: () => Promise<void>;
}> {
  const received: Received[] = [];
  const server: Server = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r = { path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(r);
      const { status, body = '' } = answer(r);
      res.writeHead(status, { 'content-type': 'application/json' }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const consultBooking = (key: string, customer: Record<string, string> = {}, extra: Record<string, unknown> = {}) => ({
  serviceId: 'consult',
  staffMemberId: 'ann',
  start: cph('2026-03-03', '09:00'),
  customer: { name: 'Jane Doe', emailAddress: 'jane@example.com', timeZone: 'Europe/Copenhagen', ...customer },
  answers: [{ questionId: 'insurance', answer: 'X-1' }],
  consent: { accepted: true },
  idempotencyKey: key,
  ...extra,
});

describe('webhooks', () => {
  it('signs every delivery (Standard Webhooks), retries 500, 500 then 200 once each, and stops there', async () => {
    const receiver = await sink((r) =>
      receiver.received.indexOf(r) < 2 ? { status: 500, body: '{"oops":1}' } : { status: 200 },
    );
    try {
      const { server, api } = await start({ webhookFetch: { allowHosts: ['127.0.0.1'] } });
      const admin = server.adapter.asStaff('ann');
      const hook = await admin.createWebhook({
        webhook: { url: `${receiver.url}/hooks/booking`, events: ['appointment.created'], description: 'CRM' },
      });
      assert.match(hook.secret, /^whsec_[A-Za-z0-9+/]{32}$/);
      const customer = new HttpAdapter({ baseUrl: api, retry: { retries: 0 } });
      const { appointment } = await customer.book(consultBooking('hooks-created-1'));

      const verifier = new Webhook(hook.secret);
      const attempts: number[] = [];
      for (const wait of [0, 30_000, 120_000]) {
        clock.now += wait;
        const before = receiver.received.length;
        await server.deliverOutbox();
        attempts.push(receiver.received.length - before);
        // Nothing more before the backoff has passed.
        await server.deliverOutbox();
        assert.equal(receiver.received.length - before, 1, 'exactly once more per attempt');
      }
      assert.deepEqual(attempts, [1, 1, 1]);
      clock.now += 3_600_000;
      await server.deliverOutbox();
      assert.equal(receiver.received.length, 3, 'never again after the 200');

      const ids = new Set<string>();
      for (const r of receiver.received) {
        assert.equal(r.path, '/hooks/booking');
        const payload = verifier.verify(r.body, r.headers as Record<string, string>) as {
          type: string;
          data: { businessId: string; appointment: { id: string; answers: unknown[]; consentedAt: string } };
        };
        assert.ok(validate(webhookEventSchema, payload).ok, 'the payload is what docs/openapi.json says');
        assert.equal(payload.type, 'appointment.created');
        assert.equal(payload.data.appointment.id, appointment.id);
        assert.deepEqual(payload.data.appointment.answers, [
          { questionId: 'insurance', question: 'Insurance number', answer: 'X-1' },
        ]);
        assert.ok(payload.data.appointment.consentedAt, 'the consent time travels');
        ids.add(String(r.headers['webhook-id']));
      }
      assert.equal(ids.size, 1, 'one webhook-id across retries: a receiver drops duplicates by it');
      assert.throws(() =>
        new Webhook(`whsec_${Buffer.alloc(24, 7).toString('base64')}`).verify(
          receiver.received[0].body,
          receiver.received[0].headers as Record<string, string>,
        ),
      );

      const [log] = await admin.listWebhookDeliveries({ webhookId: hook.id });
      assert.equal(log?.status, 'sent');
      assert.equal(log?.delivery?.attempts, 3);
      assert.equal(log?.delivery?.lastStatus, 200);
      assert.equal(log?.id, [...ids][0]);
      // Redelivery sends it again under the same webhook-id.
      await admin.redeliverMessage({ messageId: log.id });
      await server.deliverOutbox();
      assert.equal(receiver.received.length, 4);
      assert.equal(receiver.received[3]?.headers['webhook-id'], log.id);
    } finally {
      await receiver.close();
    }
  });

  it('gives up after the attempt limit with the reason visible; redeliver tries again', async () => {
    const receiver = await sink(() => ({ status: 503, body: 'maintenance' }));
    try {
      const { server, api } = await start({ webhookFetch: { allowHosts: ['127.0.0.1'] }, deliveryMaxAttempts: 3 });
      const admin = server.adapter.asStaff('ann');
      const hook = await admin.createWebhook({
        webhook: { url: `${receiver.url}/h`, events: ['appointment.cancelled', 'appointment.rescheduled'] },
      });
      const customer = new HttpAdapter({ baseUrl: api, retry: { retries: 0 } });
      const { appointment, manageToken } = await customer.book(consultBooking('hooks-limit-1'));
      await customer.reschedule({ appointmentId: appointment.id, manageToken, start: cph('2026-03-03', '10:00') });
      for (let i = 0; i < 6; i++) {
        await server.deliverOutbox();
        clock.now += 3_600_000;
      }
      assert.equal(receiver.received.length, 3, 'three attempts, then no more');
      const [failed] = await admin.listWebhookDeliveries({ webhookId: hook.id });
      assert.equal(failed?.status, 'failed');
      assert.equal(failed?.webhook?.event, 'appointment.rescheduled');
      assert.match(failed?.delivery?.lastError ?? '', /HTTP 503: maintenance/);
      assert.equal(failed?.delivery?.lastStatus, 503);
      const payload = JSON.parse(receiver.received[0].body) as { data: { previous: { start: string } } };
      assert.ok(validate(webhookEventSchema, payload).ok);
      assert.equal(payload.data.previous.start, new Date(cph('2026-03-03', '09:00')).toISOString());
      const again = await admin.redeliverMessage({ messageId: failed.id });
      assert.equal(again.status, 'pending');
      assert.equal(again.delivery?.attempts, 0);
      await server.deliverOutbox();
      assert.equal(receiver.received.length, 4);
    } finally {
      await receiver.close();
    }
  });

  it('refuses private and loopback receivers unless allow-listed, as the calendar does', async () => {
    const receiver = await sink(() => ({ status: 200 }));
    try {
      const { server, api } = await start();
      const admin = server.adapter.asStaff('ann');
      const hook = await admin.createWebhook({
        webhook: { url: `${receiver.url}/h`, events: ['appointment.created'] },
      });
      await new HttpAdapter({ baseUrl: api, retry: { retries: 0 } }).book(consultBooking('hooks-private-1'));
      await server.deliverOutbox();
      assert.equal(receiver.received.length, 0);
      const [log] = await admin.listWebhookDeliveries({ webhookId: hook.id });
      assert.equal(log?.status, 'failed', 'no retry can make a loopback address public');
      assert.match(log?.delivery?.lastError ?? '', /private or local/);
    } finally {
      await receiver.close();
    }
  });

  it('customer.created once per new customer; subscriptions over REST for administrators only; control characters refused', async () => {
    const receiver = await sink(() => ({ status: 204 }));
    try {
      const self: { server?: BookingServer } = {};
      const { server, api } = await start({
        webhookFetch: { allowHosts: ['127.0.0.1'] },
        authenticate: (token) => Promise.resolve(self.server?.adapter.asStaff(token)),
      });
      self.server = server;
      // Over the REST contract, as the back office does it.
      const admin = new HttpAdapter({ baseUrl: api, retry: { retries: 0 }, getAuthToken: () => 'ann' });
      const created = await admin.createWebhook({
        webhook: { url: `${receiver.url}/c`, events: ['customer.created'] },
      });
      assert.deepEqual(
        (await admin.listWebhooks({})).map((w) => w.id),
        [created.id],
      );
      await assert.rejects(
        admin.createWebhook({
          webhook: { url: `${receiver.url}/c`, events: ['customer.created'], description: 'a\u0007b' },
        }),
        { code: 'invalid-input' },
      );
      const bob = new HttpAdapter({ baseUrl: api, retry: { retries: 0 }, getAuthToken: () => 'bob' });
      await assert.rejects(bob.listWebhooks({}), { code: 'forbidden' });
      await assert.rejects(bob.listWebhookDeliveries({}), { code: 'forbidden' });
      const customer = new HttpAdapter({ baseUrl: api, retry: { retries: 0 } });
      await customer.book(consultBooking('hooks-cust-1'));
      await customer.book(
        consultBooking('hooks-cust-2', { emailAddress: 'JANE@example.com' }, { start: cph('2026-03-03', '11:00') }),
      );
      await customer.book(
        consultBooking(
          'hooks-cust-3',
          { name: 'Max', emailAddress: 'max@example.com' },
          { start: cph('2026-03-03', '12:00') },
        ),
      );
      await server.deliverOutbox();
      const emails = receiver.received.map(
        (r) => (JSON.parse(r.body) as { data: { customer: { emailAddress: string } } }).data.customer.emailAddress,
      );
      assert.deepEqual(emails.sort(), ['jane@example.com', 'max@example.com']);
    } finally {
      await receiver.close();
    }
  });
});

describe('text messages', () => {
  const quick = (key: string, extra: Record<string, unknown> = {}) => ({
    serviceId: 'quick',
    staffMemberId: 'ann',
    start: cph('2026-03-03', '09:00'),
    customer: { name: 'Jens Hansen', phone: '+45 12 34 56 78', timeZone: 'Europe/Copenhagen', languageTag: 'da' },
    answers: [],
    consent: { accepted: true },
    smsOptIn: true,
    idempotencyKey: key,
    ...extra,
  });

  it('a fake Twilio-shaped gateway receives the confirmation and the cancellation in the customer’s language', async () => {
    const gateway = await sink((r) =>
      r.body.includes('To=%2B4599999999')
        ? { status: 400, body: '{"code":21211,"message":"The \'To\' number is not a valid phone number."}' }
        : { status: 201, body: `{"sid":"SM${String(gateway.received.length).padStart(32, '0')}","status":"queued"}` },
    );
    try {
      const { server, api } = await start({
        sms: new TwilioSmsProvider({
          baseUrl: gateway.url,
          accountSid: 'AC0123',
          authToken: 'tw-token',
          from: '+4570000000',
        }),
      });
      const customer = new HttpAdapter({ baseUrl: api, retry: { retries: 0 } });
      const page = await customer.getBookingPage({});
      assert.equal(
        page.services.find((s) => s.id === 'quick')?.smsNotificationsEnabled,
        true,
        'the opt-in box is offered',
      );
      const { appointment, manageToken } = await customer.book(quick('sms-da-1'));
      await server.deliverOutbox();
      assert.equal(gateway.received.length, 1);
      const [first] = gateway.received;
      assert.equal(first?.path, '/2010-04-01/Accounts/AC0123/Messages.json');
      assert.equal(first?.headers['authorization'], `Basic ${Buffer.from('AC0123:tw-token').toString('base64')}`);
      assert.equal(first?.headers['content-type'], 'application/x-www-form-urlencoded');
      const form = new URLSearchParams(first?.body);
      assert.equal(form.get('To'), '+4512345678');
      assert.equal(form.get('From'), '+4570000000');
      assert.match(form.get('Body') ?? '', /^Contract Clinic: Quick check er booket\. Tidspunkt: .*marts 2026/);
      assert.ok((form.get('Body') ?? '').length <= 306);

      await customer.cancel({ appointmentId: appointment.id, manageToken });
      await server.deliverOutbox();
      assert.match(new URLSearchParams(gateway.received[1]?.body).get('Body') ?? '', /er aflyst\.$/);

      const sms = (await server.adapter.asStaff('ann').listOutbox({ appointmentId: appointment.id })).filter(
        (m: OutboxMessage) => m.channel === 'sms',
      );
      assert.deepEqual(sms.map((m) => [m.kind, m.status, m.delivery?.providerId?.slice(0, 2)]).sort(), [
        ['cancellation', 'sent', 'SM'],
        ['confirmation', 'sent', 'SM'],
      ]);

      // A number the gateway refuses fails at once, the gateway's reason in the outbox.
      await customer.book(
        quick('sms-da-2', {
          start: cph('2026-03-03', '11:00'),
          customer: { name: 'X', phone: '+45 99 99 99 99', timeZone: 'Europe/Copenhagen' },
        }),
      );
      await server.deliverOutbox();
      const refused = (await server.adapter.asStaff('ann').listOutbox({ channel: 'sms', status: 'failed' }))[0];
      assert.match(refused?.delivery?.lastError ?? '', /HTTP 400: The 'To' number is not a valid phone number/);
    } finally {
      await gateway.close();
    }
  });

  it('without an SMS provider the opt-in box is not offered and no text message is queued', async () => {
    const { server, api } = await start();
    const customer = new HttpAdapter({ baseUrl: api, retry: { retries: 0 } });
    const page = await customer.getBookingPage({});
    assert.equal(page.services.find((s) => s.id === 'quick')?.smsNotificationsEnabled, false);
    const { appointment } = await customer.book(
      quick('sms-none-1', {
        customer: { name: 'Jens', phone: '+4512345678', emailAddress: 'j@example.com', timeZone: 'UTC' },
      }),
    );
    assert.equal(appointment.smsOptIn, false);
    const outbox = await server.adapter.asStaff('ann').listOutbox({ appointmentId: appointment.id });
    assert.ok(!outbox.some((m) => m.channel === 'sms'));
  });

  it('the signed-JSON provider posts a Standard Webhooks signed message', async () => {
    const secret = `whsec_${Buffer.alloc(32, 9).toString('base64')}`;
    const gateway = await sink(() => ({ status: 202 }));
    try {
      const { server, api } = await start({ sms: new WebhookSmsProvider({ url: `${gateway.url}/sms`, secret }) });
      await new HttpAdapter({ baseUrl: api, retry: { retries: 0 } }).book(quick('sms-hook-1'));
      await server.deliverOutbox();
      const r = gateway.received[0];
      assert.ok(r);
      const payload = new Webhook(secret).verify(r.body, r.headers as Record<string, string>) as {
        type: string;
        data: { to: string; body: string; languageTag: string };
      };
      assert.equal(payload.type, 'sms.send');
      assert.equal(payload.data.to, '+4512345678');
      assert.equal(payload.data.languageTag, 'da');
      assert.match(payload.data.body, /er booket/);
    } finally {
      await gateway.close();
    }
  });
});
