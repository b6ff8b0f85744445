// Issue 18: channels that really deliver. Meeting links from the server's Jitsi provider in the
// e-mail, the .ics and the manage view. PGlite in memory, fixed clock, local sinks on port 0.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { HttpAdapter } from '../../src/adapters/http/http-adapter.js';
import type { Database } from '../../src/server/database.js';
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
