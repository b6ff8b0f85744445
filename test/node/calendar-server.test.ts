// Staff calendars on the server, against real local servers: an ICS feed served here, and Radicale
// (Debian's CalDAV server) for both directions. PostgreSQL when DATABASE_URL is set, else PGlite.
// Time is never real: the server's clock is `clock.now`, moved by hand.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { HttpAdapter } from '../../src/adapters/http/http-adapter.js';
import { BookingError } from '../../src/contract/errors.js';
import type { Database } from '../../src/server/database.js';
import { silentLogger } from '../../src/server/log.js';
import { createServer, type BookingServer, type ServerOptions } from '../../src/server/server.js';
import { CLINIC, CONTRACT_NOW, contractConfig, cph } from '../../src/testing/fixture.js';
import { DATABASE_URL, openTestDatabase, truncate } from './server-harness.js';

const FEED = readFileSync('test/fixtures/calendar/busy-feed.ics', 'utf8');
const SECRET = 'calendar-test-secret-0123456789';
const INTERVAL = 5 * 60_000;
const clock = { now: CONTRACT_NOW };
/** A Copenhagen wall time after the 29 March 2026 change (UTC+2). */
const cest = (date: string, time: string) => new Date(`${date}T${time}:00+02:00`).toISOString();

let db: Database;
const running: BookingServer[] = [];

// ------------------------------------------------------------------ a local ICS feed

const feed = { mode: 'ok' as 'ok' | 'fail' | 'html', requests: 0, notModified: 0, body: FEED };
let feedServer: Server;
let feedUrl = '';
let feedHost = '';

before(async () => {
  db = await openTestDatabase(DATABASE_URL ? 'postgres' : 'pglite');
  feedServer = createHttpServer((req, res) => {
    feed.requests++;
    if (feed.mode === 'fail') return void res.writeHead(503).end('down for maintenance');
    if (feed.mode === 'html')
      return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Sign in</html>');
    const etag = `"${feed.body.length}"`;
    if (req.headers['if-none-match'] === etag) {
      feed.notModified++;
      return void res.writeHead(304, { etag }).end();
    }
    res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', etag }).end(feed.body);
  });
  await new Promise<void>((r) => feedServer.listen(0, '127.0.0.1', r));
  const port = (feedServer.address() as AddressInfo).port;
  feedHost = `127.0.0.1:${port}`;
  feedUrl = `http://${feedHost}/calendar/private-abc/basic.ics`;
});
after(async () => {
  while (running.length > 0) await running.pop()?.close(500);
  await new Promise<void>((r) => feedServer.close(() => r()));
  await db.close();
});
beforeEach(async () => {
  clock.now = CONTRACT_NOW;
  Object.assign(feed, { mode: 'ok', requests: 0, notModified: 0, body: FEED });
  while (running.length > 0) await running.pop()?.close(500);
  await truncate(db);
});

interface Started {
  server: BookingServer;
  api: string;
  customer: HttpAdapter;
  staff: (id: string) => HttpAdapter;
}

async function start(options: Partial<ServerOptions> = {}, extraHosts: string[] = []): Promise<Started> {
  const server: BookingServer = await createServer({
    database: db,
    seed: contractConfig(),
    now: () => clock.now,
    random: () => 0.5,
    logger: silentLogger,
    outboxIntervalMs: 0,
    rateLimits: false,
    calendarSecret: SECRET,
    calendarSyncIntervalMs: 0,
    calendarFetch: { allowHosts: [feedHost, ...extraHosts] },
    authenticate: (token) => {
      const m = /^staff\.([\w-]+)$/.exec(token);
      return Promise.resolve(m?.[1] ? server.adapter.asStaff(m[1]) : undefined);
    },
    ...options,
  });
  running.push(server);
  const { url } = await server.listen(0);
  const api = `${url}/api`;
  return {
    server,
    api,
    customer: new HttpAdapter({ baseUrl: api, retry: { retries: 0 } }),
    staff: (id) => new HttpAdapter({ baseUrl: api, retry: { retries: 0 }, getAuthToken: () => `staff.${id}` }),
  };
}

async function starts(customer: HttpAdapter, serviceId: string, staffMemberId: string, from: string, to: string) {
  const slots = await customer.getAvailability({ businessId: CLINIC, serviceId, staffMemberId, start: from, end: to });
  return new Set(slots.map((s) => s.start));
}

async function rejection(p: Promise<unknown>): Promise<BookingError> {
  try {
    await p;
  } catch (error) {
    assert.ok(error instanceof BookingError, String(error));
    return error;
  }
  assert.fail('expected a BookingError');
}

const booking = (key: string, start: string, staffMemberId = 'ann') => ({
  businessId: CLINIC,
  serviceId: 'consult',
  staffMemberId,
  start,
  customer: { name: 'Jane Doe', emailAddress: 'jane@example.com', timeZone: 'Europe/Copenhagen' },
  answers: [{ questionId: 'insurance', answer: 'X-1' }],
  consent: { accepted: true },
  idempotencyKey: `test-key-${key}`,
});

// ------------------------------------------------------------------ ICS feeds

describe('an ICS feed (the secret address Google, Outlook and iCloud publish)', () => {
  it('R4: blocks exactly the feed’s busy times, case by case', async () => {
    const { customer, staff } = await start();
    const status = await staff('ann').connectCalendar({ staffMemberId: 'cal', source: { kind: 'ics', url: feedUrl } });
    assert.equal(status.status, 'ok');
    assert.equal(status.connection?.kind, 'ics');
    assert.equal(status.connection?.writesBookings, false);
    assert.equal(status.connection?.eventCount, 7);
    assert.equal(status.connection?.lastSyncedAt, new Date(CONTRACT_NOW).toISOString());
    assert.equal(status.connection?.address, `http://${feedHost}/…/basic.ics`, 'the secret path is masked');

    const free = await starts(customer, 'synced', 'cal', cph('2026-03-03', '00:00'), cest('2026-04-01', '00:00'));
    const has = (t: string) => free.has(t);
    // Weekly meeting, Tuesdays 10:00–11:00: 3 March taken, the slot before it free.
    assert.ok(!has(cph('2026-03-03', '10:00')) && !has(cph('2026-03-03', '10:30')));
    assert.ok(has(cph('2026-03-03', '09:30')) && has(cph('2026-03-03', '11:00')));
    // 10 March moved to 14:00–15:00 (RECURRENCE-ID): 10:00 free, 14:00 and 14:30 taken.
    assert.ok(has(cph('2026-03-10', '10:00')));
    assert.ok(!has(cph('2026-03-10', '14:00')) && !has(cph('2026-03-10', '14:30')) && has(cph('2026-03-10', '15:00')));
    // 17 March deleted (EXDATE): free.
    assert.ok(has(cph('2026-03-17', '10:00')));
    assert.ok(!has(cph('2026-03-24', '10:00')));
    // 31 March, after the daylight-saving change: still 10:00 Copenhagen time.
    assert.ok(
      !has(cest('2026-03-31', '10:00')) && has(cest('2026-03-31', '09:30')) && has(cest('2026-03-31', '11:00')),
    );
    // All-day event on Thursday 5 March: nothing that day.
    assert.ok(![...free].some((s) => s.startsWith('2026-03-05')));
    // Transparent (12:00) and cancelled (14:00) events on 4 March: free.
    assert.ok(has(cph('2026-03-04', '12:00')) && has(cph('2026-03-04', '14:00')));
    // New York stand-up 06:00 New York = 12:00 here on 6 March, 11:00 on 13 March (the US changed clocks on 8 March).
    assert.ok(!has(cph('2026-03-06', '12:00')) && has(cph('2026-03-06', '11:30')) && has(cph('2026-03-06', '13:00')));
    assert.ok(!has(cph('2026-03-13', '11:00')) && has(cph('2026-03-13', '12:00')));
    // Kolkata 15:30 (TZID without VTIMEZONE) = 11:00 here on 9 March.
    assert.ok(!has(cph('2026-03-09', '11:00')) && has(cph('2026-03-09', '11:30')));

    const why = await staff('ann').explainAvailability({
      serviceId: 'synced',
      staffMemberId: 'cal',
      start: cph('2026-03-03', '10:00'),
    });
    assert.deepEqual(
      why.staff[0]?.reasons.map((r) => r.code),
      ['personalCalendarBusy'],
    );
  });

  it('asks with If-None-Match and keeps the cache on 304 Not Modified', async () => {
    const { server, staff } = await start();
    await staff('ann').connectCalendar({ staffMemberId: 'cal', source: { kind: 'ics', url: feedUrl } });
    clock.now += INTERVAL;
    const r = await server.syncCalendars();
    assert.equal(r.synced, 1);
    assert.equal(feed.notModified, 1);
    const [cal] = (await staff('ann').listCalendarSyncStatus({})).filter((s) => s.staffMemberId === 'cal');
    assert.equal(cal?.connection?.lastSyncedAt, new Date(clock.now).toISOString());
    assert.equal(cal?.connection?.busyCount, 8);
  });

  it('R4: a failing feed keeps the last good busy time, then fails closed: "calendar not synced since …"', async () => {
    const { server, customer, staff } = await start();
    await staff('ann').connectCalendar({ staffMemberId: 'cal', source: { kind: 'ics', url: feedUrl } });
    const connectedAt = clock.now;
    feed.mode = 'fail';
    clock.now += INTERVAL;
    assert.deepEqual(await server.syncCalendars(), { synced: 0, failed: 1, written: 0, writeFailures: 0 });
    let [cal] = (await staff('ann').listCalendarSyncStatus({})).filter((s) => s.staffMemberId === 'cal');
    assert.match(cal?.connection?.lastError ?? '', /503/);
    assert.equal(cal?.status, 'ok', 'one failed sync does not take the times away');
    const day = [cph('2026-03-03', '00:00'), cph('2026-03-04', '00:00')] as const;
    assert.ok((await starts(customer, 'synced', 'cal', ...day)).has(cph('2026-03-03', '09:30')));

    // Three intervals without a good sync: the cache is too old to trust.
    clock.now = connectedAt + 3 * INTERVAL + 1;
    await server.syncCalendars();
    assert.equal((await starts(customer, 'synced', 'cal', ...day)).size, 0);
    [cal] = (await staff('ann').listCalendarSyncStatus({})).filter((s) => s.staffMemberId === 'cal');
    assert.equal(cal?.status, 'unavailable');
    assert.equal(cal?.lastSyncedAt, new Date(connectedAt).toISOString());
    assert.match(cal?.reason ?? '', /Calendar not synced since 2026-03-02T08:00:00.000Z/);
    const why = await staff('ann').explainAvailability({
      serviceId: 'synced',
      staffMemberId: 'cal',
      start: cph('2026-03-03', '09:30'),
    });
    const reason = why.staff[0]?.reasons[0];
    assert.equal(reason?.code, 'personalCalendarUnavailable');
    assert.equal(reason?.['lastSyncedAt'], new Date(connectedAt).toISOString());
    // A booking re-checks against the same cache: refused.
    const refused = await rejection(
      customer.book({ ...booking('k-stale', cph('2026-03-03', '09:30'), 'cal'), serviceId: 'synced', answers: [] }),
    );
    assert.equal(refused.code, 'slot-unavailable');

    // The feed answers again: after the backoff, the times come back.
    feed.mode = 'ok';
    await staff('ann').syncCalendarNow({ staffMemberId: 'cal' });
    assert.ok((await starts(customer, 'synced', 'cal', ...day)).has(cph('2026-03-03', '09:30')));
  });

  it('refuses what it cannot read, and stores nothing', async () => {
    const { staff } = await start();
    feed.mode = 'html';
    let e = await rejection(
      staff('ann').connectCalendar({ staffMemberId: 'cal', source: { kind: 'ics', url: feedUrl } }),
    );
    assert.equal(e.code, 'invalid-input');
    assert.equal(e.issues[0]?.path, 'source.url');
    assert.match(e.message, /does not serve an iCalendar/);
    feed.mode = 'ok';
    e = await rejection(
      staff('ann').connectCalendar({ staffMemberId: 'cal', source: { kind: 'ics', url: 'http://127.0.0.2:9/x.ics' } }),
    );
    assert.match(e.message, /private or local/);
    e = await rejection(
      staff('ann').connectCalendar({ staffMemberId: 'cal', source: { kind: 'ics', url: 'ftp://example.com/x.ics' } }),
    );
    assert.equal(e.code, 'invalid-input');
    e = await rejection(
      staff('ann').connectCalendar({
        staffMemberId: 'cal',
        source: { kind: 'caldav', url: feedUrl, userName: 'a\nb', password: 'p' },
      }),
    );
    assert.equal(e.issues[0]?.path, 'source.userName');
    const [cal] = (await staff('ann').listCalendarSyncStatus({})).filter((s) => s.staffMemberId === 'cal');
    assert.equal(cal?.connection, undefined);
  });

  it('without CALENDAR_SECRET the server stores no calendar and says so', async () => {
    const { staff } = await start({ calendarSecret: undefined });
    const list = await staff('ann').listCalendarSyncStatus({});
    assert.ok(list.every((s) => s.canConnect === 'notConfigured'));
    const e = await rejection(
      staff('ann').connectCalendar({ staffMemberId: 'cal', source: { kind: 'ics', url: feedUrl } }),
    );
    assert.equal(e.code, 'policy-violation');
    assert.match(e.message, /CALENDAR_SECRET/);
  });

  it('R18: administrators connect anyone’s calendar, team members their own, schedulers and viewers none', async () => {
    const { staff } = await start();
    const source = { kind: 'ics' as const, url: feedUrl };
    assert.equal((await staff('bob').connectCalendar({ staffMemberId: 'bob', source })).connection?.kind, 'ics');
    assert.equal((await rejection(staff('bob').connectCalendar({ staffMemberId: 'cal', source }))).code, 'forbidden');
    assert.equal((await rejection(staff('sue').connectCalendar({ staffMemberId: 'sue', source }))).code, 'forbidden');
    assert.equal((await rejection(staff('vic').disconnectCalendar({ staffMemberId: 'bob' }))).code, 'forbidden');
    assert.equal((await rejection(staff('bob').createCalendarFeed({ staffMemberId: 'ann' }))).code, 'forbidden');
    assert.equal((await staff('ann').connectCalendar({ staffMemberId: 'cal', source })).connection?.kind, 'ics');
    const seen = await staff('bob').listCalendarSyncStatus({});
    assert.equal(seen.find((s) => s.staffMemberId === 'bob')?.canConnect, 'yes');
    assert.equal(seen.find((s) => s.staffMemberId === 'cal')?.canConnect, 'notAllowed');
    assert.equal(
      seen.find((s) => s.staffMemberId === 'cal')?.connection?.kind,
      'ics',
      'status is visible to staff who read settings',
    );
    assert.equal((await rejection(staff('gus').listCalendarSyncStatus({}))).code, 'forbidden');
    const gone = await staff('bob').disconnectCalendar({ staffMemberId: 'bob' });
    assert.equal(gone.connection, undefined);
  });

  it('R4: "availability follows their calendar" needs a calendar that syncs', async () => {
    const { staff } = await start();
    const e = await rejection(
      staff('ann').updateStaffMember({
        staffMemberId: 'bob',
        patch: { availabilityIsAffectedByPersonalCalendar: true },
      }),
    );
    assert.equal(e.code, 'invalid-input');
    assert.equal(e.issues[0]?.path, 'patch.availabilityIsAffectedByPersonalCalendar');
    await staff('ann').connectCalendar({ staffMemberId: 'bob', source: { kind: 'ics', url: feedUrl } });
    const bob = await staff('ann').updateStaffMember({
      staffMemberId: 'bob',
      patch: { availabilityIsAffectedByPersonalCalendar: true },
    });
    assert.equal(bob.availabilityIsAffectedByPersonalCalendar, true);
  });
});

// ------------------------------------------------------------------ the staff member's own feed

describe('each staff member’s private feed of their appointments', () => {
  it('parses with ical.js and lists their appointments; replacing or revoking it stops the old address', async () => {
    const { customer, staff } = await start();
    const first = await customer.book(booking('k1', cph('2026-03-03', '11:00')));
    await customer.book(booking('k2', cph('2026-03-05', '09:00'), 'bob'));
    const created = await staff('ann').createCalendarFeed({ staffMemberId: 'ann' });
    assert.match(created.url, /\/api\/calendar-feeds\/[A-Za-z0-9_-]{43}\.ics$/);
    const res = await fetch(created.url);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await res.text()) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v, { exceptions: [] }));
    assert.equal(events.length, 1, 'only Ann’s appointments');
    assert.equal(events[0]?.uid, `${first.appointment.id}@booking-elements`);
    assert.equal(events[0]?.summary, 'Consultation – Jane Doe');
    assert.equal(events[0]?.startDate.toJSDate().toISOString(), cph('2026-03-03', '11:00'));
    assert.equal(events[0]?.endDate.toJSDate().toISOString(), cph('2026-03-03', '11:30'));
    assert.equal(calendar.getFirstPropertyValue('method'), null, 'a subscribed calendar carries no METHOD');

    const status = (await staff('ann').listCalendarSyncStatus({})).find((s) => s.staffMemberId === 'ann');
    assert.equal(status?.feedCreatedAt, new Date(CONTRACT_NOW).toISOString());
    const replaced = await staff('ann').createCalendarFeed({ staffMemberId: 'ann' });
    assert.equal((await fetch(created.url)).status, 404);
    assert.equal((await fetch(replaced.url)).status, 200);
    await staff('ann').revokeCalendarFeed({ staffMemberId: 'ann' });
    assert.equal((await fetch(replaced.url)).status, 404);
    assert.equal((await fetch(created.url.replace(/[A-Za-z0-9_-]{43}\.ics$/, 'x'.repeat(43)))).status, 404);
  });
});

// ------------------------------------------------------------------ Radicale (CalDAV), both ways

function radicaleAvailable(): boolean {
  return spawnSync('radicale', ['--version'], { encoding: 'utf8' }).status === 0;
}

async function freePort(): Promise<number> {
  const s = createNetServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe(
  'CalDAV against Radicale',
  { skip: radicaleAvailable() ? false : 'radicale is not installed (apt-get install radicale)' },
  () => {
    let radicale: ChildProcess;
    let folder: string;
    let base = '';
    let host = '';
    const auth = { authorization: `Basic ${Buffer.from('ann:app-password').toString('base64')}` };
    const dav = (method: string, path: string, body?: string, headers: Record<string, string> = {}) =>
      fetch(`${base}${path}`, { method, headers: { ...auth, ...headers }, ...(body !== undefined ? { body } : {}) });

    before(async () => {
      folder = mkdtempSync(join(tmpdir(), 'radicale-'));
      const port = await freePort();
      host = `127.0.0.1:${port}`;
      base = `http://${host}`;
      radicale = spawn(
        'radicale',
        [
          '--storage-filesystem-folder',
          folder,
          '--server-hosts',
          host,
          '--auth-type',
          'none',
          '--logging-level',
          'warning',
        ],
        { stdio: 'ignore' },
      );
      for (let attempt = 0; ; attempt++) {
        try {
          await fetch(`${base}/`, { method: 'OPTIONS' });
          break;
        } catch (error) {
          if (attempt > 200) throw error;
          await new Promise((r) => setTimeout(r, 50));
        }
      }
      assert.equal((await dav('MKCALENDAR', '/ann/work/')).status, 201);
    });
    after(() => {
      radicale.kill();
      rmSync(folder, { recursive: true, force: true });
    });
    beforeEach(async () => {
      for (const r of [...(await listResources())]) await dav('DELETE', r);
    });

    async function listResources(): Promise<string[]> {
      const res = await dav('PROPFIND', '/ann/work/', '<propfind xmlns="DAV:"><prop><getetag/></prop></propfind>', {
        depth: '1',
      });
      return [...(await res.text()).matchAll(/<href>([^<]+\.ics)<\/href>/g)].map((m) => m[1]);
    }

    const event = (uid: string, start: string, end: string) =>
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//test//EN',
        'BEGIN:VEVENT',
        `UID:${uid}`,
        'DTSTAMP:20260301T000000Z',
        `DTSTART:${start}`,
        `DTEND:${end}`,
        'SUMMARY:Dentist',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n');

    it('discovers the calendar from the server address; an event created there removes exactly its times within one sync interval, and deleting it gives them back', async () => {
      const { server, customer, staff } = await start({}, [host]);
      const status = await staff('ann').connectCalendar({
        staffMemberId: 'ann',
        source: { kind: 'caldav', url: `${base}/`, userName: 'ann', password: 'app-password' },
      });
      assert.equal(status.connection?.kind, 'caldav');
      assert.equal(status.connection?.writesBookings, true);
      assert.equal(status.connection?.userName, 'ann');
      await staff('ann').updateStaffMember({
        staffMemberId: 'ann',
        patch: { availabilityIsAffectedByPersonalCalendar: true },
      });
      const day = [cph('2026-03-03', '00:00'), cph('2026-03-04', '00:00')] as const;
      const before = await starts(customer, 'consult', 'ann', ...day);
      assert.ok(before.has(cph('2026-03-03', '13:00')) && before.has(cph('2026-03-03', '13:30')));

      // 13:00–14:00 Copenhagen = 12:00–13:00Z.
      assert.equal(
        (
          await dav('PUT', '/ann/work/dentist.ics', event('dentist-1', '20260303T120000Z', '20260303T130000Z'), {
            'content-type': 'text/calendar',
          })
        ).status,
        201,
      );
      clock.now += INTERVAL;
      assert.equal((await server.syncCalendars()).synced, 1);
      const during = await starts(customer, 'consult', 'ann', ...day);
      assert.deepEqual(
        [...before].filter((s) => !during.has(s)),
        [cph('2026-03-03', '13:00'), cph('2026-03-03', '13:30')],
      );

      assert.equal((await dav('DELETE', '/ann/work/dentist.ics')).status, 200);
      clock.now += INTERVAL;
      assert.equal((await server.syncCalendars()).synced, 1);
      assert.deepEqual(await starts(customer, 'consult', 'ann', ...day), before);
    });

    it('a booking appears in the staff member’s calendar; a move updates it (same UID, higher SEQUENCE); a cancellation removes it', async () => {
      const { server, customer, staff } = await start({}, [host]);
      await staff('ann').connectCalendar({
        staffMemberId: 'ann',
        source: { kind: 'caldav', url: `${base}/ann/work/`, userName: 'ann', password: 'app-password' },
      });
      const booked = await customer.book(booking('k-cal', cph('2026-03-04', '10:00')));
      const id = booked.appointment.id;
      assert.equal((await server.syncCalendars()).written, 1);
      const read = async () => {
        const res = await dav('GET', `/ann/work/${id}.ics`);
        if (res.status === 404) return undefined;
        const e = new ICAL.Event(
          new ICAL.Component(ICAL.parse(await res.text()) as unknown[]).getFirstSubcomponent('vevent')!,
          { exceptions: [] },
        );
        return {
          uid: e.uid,
          start: e.startDate.toJSDate().toISOString(),
          end: e.endDate.toJSDate().toISOString(),
          summary: e.summary,
          sequence: e.sequence,
        };
      };
      assert.deepEqual(await read(), {
        uid: `${id}@booking-elements`,
        start: cph('2026-03-04', '10:00'),
        end: cph('2026-03-04', '10:30'),
        summary: 'Consultation – Jane Doe',
        sequence: 0,
      });
      // The staff email carries no invitation now: the event is in the calendar already.
      const outbox = await staff('ann').listOutbox({ appointmentId: id });
      assert.equal(outbox.find((m) => m.channel === 'email' && m.recipient.role === 'staff')?.ics, undefined);
      assert.equal(outbox.find((m) => m.channel === 'calendar')?.status, 'sent');

      await customer.reschedule({
        appointmentId: id,
        manageToken: booked.manageToken,
        start: cph('2026-03-04', '11:00'),
      });
      assert.equal((await server.syncCalendars()).written, 1);
      assert.deepEqual(await read(), {
        uid: `${id}@booking-elements`,
        start: cph('2026-03-04', '11:00'),
        end: cph('2026-03-04', '11:30'),
        summary: 'Consultation – Jane Doe',
        sequence: 1,
      });
      // Our own event in the calendar is an appointment already, never extra busy time.
      clock.now += INTERVAL;
      await server.syncCalendars();
      await staff('ann').updateStaffMember({
        staffMemberId: 'ann',
        patch: { availabilityIsAffectedByPersonalCalendar: true },
      });
      const why = await staff('ann').explainAvailability({
        serviceId: 'consult',
        staffMemberId: 'ann',
        start: cph('2026-03-04', '11:00'),
      });
      assert.deepEqual(
        why.staff[0]?.reasons.map((r) => r.code),
        ['staffBusy'],
      );

      await customer.cancel({ appointmentId: id, manageToken: booked.manageToken });
      assert.equal((await server.syncCalendars()).written, 1);
      assert.equal(await read(), undefined);
    });

    it('connecting a calendar writes the upcoming bookings into it; a move to another staff member removes it there', async () => {
      const { server, customer, staff } = await start({}, [host]);
      const booked = await customer.book(booking('k-back', cph('2026-03-05', '10:00')));
      await staff('ann').connectCalendar({
        staffMemberId: 'ann',
        source: { kind: 'caldav', url: `${base}/ann/`, userName: 'ann', password: 'app-password' },
      });
      assert.equal((await server.syncCalendars()).written, 1);
      assert.deepEqual(await listResources(), [`/ann/work/${booked.appointment.id}.ics`]);
      await staff('ann').rescheduleAppointment({
        appointmentId: booked.appointment.id,
        start: cph('2026-03-05', '10:00'),
        staffMemberId: 'bob',
      });
      await server.syncCalendars();
      assert.deepEqual(await listResources(), []);
    });

    it('a refused password is reported on the password field, nothing stored', async () => {
      const { staff } = await start({}, [host]);
      const e = await rejection(
        staff('ann').connectCalendar({
          staffMemberId: 'ann',
          source: { kind: 'caldav', url: `${base}/ann/work/`, userName: 'bob', password: 'x' },
        }),
      );
      assert.equal(e.code, 'invalid-input');
      assert.equal(e.issues[0]?.path, 'source.password');
    });
  },
);
