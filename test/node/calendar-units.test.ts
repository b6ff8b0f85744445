// Staff calendars, piece by piece: busy time out of iCalendar (ical.js), the cache's fail-closed
// rules (R4), the DAV XML reader, the address checks of calendar requests, sealed credentials.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { busyFromIcs, IcsParseError } from '../../src/backend/connectors/ical-busy.js';
import {
  maskAddress,
  personalCalendarFromCache,
  syncBackoffMs,
} from '../../src/backend/connectors/calendar-connector.js';
import { multistatus, parseXml, XmlError } from '../../src/server/calendar/dav-xml.js';
import {
  CalendarFetchError,
  DEFAULT_FETCH_POLICY,
  isBlockedAddress,
  parseAllowHosts,
  safeRequest,
} from '../../src/server/safe-fetch.js';
import { SecretBox } from '../../src/server/secret-box.js';

const FEED = readFileSync('test/fixtures/calendar/busy-feed.ics', 'utf8');
const Z = (iso: string) => Date.parse(iso);
const MARCH = { start: Z('2026-03-01T00:00:00Z'), end: Z('2026-04-02T00:00:00Z') };
const iso = (b: { start: number; end: number }) => [new Date(b.start).toISOString(), new Date(b.end).toISOString()];

describe('busy time from iCalendar (ical.js)', () => {
  const { busy, events } = busyFromIcs([FEED], { range: MARCH, zone: 'Europe/Copenhagen' });
  const list = busy.map(iso);

  it('reads every VEVENT, masters and overrides', () => {
    assert.equal(events, 7);
  });

  it('R4: blocks exactly the busy times of the feed, merged and in order', () => {
    assert.deepEqual(list, [
      // weekly meeting, 3 March 10:00–11:00 Copenhagen (UTC+1)
      ['2026-03-03T09:00:00.000Z', '2026-03-03T10:00:00.000Z'],
      // all-day event on 5 March: the whole day in the staff member's zone
      ['2026-03-04T23:00:00.000Z', '2026-03-05T23:00:00.000Z'],
      // New York stand-up 06:00 EST (UTC−5) on 6 March
      ['2026-03-06T11:00:00.000Z', '2026-03-06T12:00:00.000Z'],
      // Asia/Kolkata TZID without a VTIMEZONE: 15:30 IST (UTC+5:30)
      ['2026-03-09T10:00:00.000Z', '2026-03-09T10:30:00.000Z'],
      // the 10 March occurrence moved by RECURRENCE-ID to 14:00–15:00
      ['2026-03-10T13:00:00.000Z', '2026-03-10T14:00:00.000Z'],
      // New York stand-up after the US DST change (8 March): 06:00 EDT (UTC−4) is an hour earlier for us
      ['2026-03-13T10:00:00.000Z', '2026-03-13T11:00:00.000Z'],
      // 17 March removed by EXDATE; 24 March as usual
      ['2026-03-24T09:00:00.000Z', '2026-03-24T10:00:00.000Z'],
      // 31 March, after the European DST change: still 10:00 local, now UTC+2
      ['2026-03-31T08:00:00.000Z', '2026-03-31T09:00:00.000Z'],
    ]);
  });

  it('the original time of a moved occurrence is free (RECURRENCE-ID)', () => {
    assert.ok(!list.some(([s]) => s === '2026-03-10T09:00:00.000Z'));
  });

  it('an EXDATE occurrence is free', () => {
    assert.ok(!list.some(([s]) => s.startsWith('2026-03-17')));
  });

  it('TRANSP:TRANSPARENT and STATUS:CANCELLED events are free', () => {
    assert.ok(!list.some(([s]) => s.startsWith('2026-03-04T11') || s.startsWith('2026-03-04T13')));
  });

  it('clips to the range and keeps overlapping events', () => {
    const r = busyFromIcs([FEED], {
      range: { start: Z('2026-03-03T09:30:00Z'), end: Z('2026-03-05T00:00:00Z') },
      zone: 'Europe/Copenhagen',
    });
    assert.deepEqual(r.busy.map(iso), [
      ['2026-03-03T09:30:00.000Z', '2026-03-03T10:00:00.000Z'],
      ['2026-03-04T23:00:00.000Z', '2026-03-05T00:00:00.000Z'],
    ]);
  });

  it('floating and all-day times follow the staff member’s zone', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:f',
      'DTSTART:20260304T090000',
      'DTEND:20260304T100000',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const ny = busyFromIcs([text], { range: MARCH, zone: 'America/New_York' });
    assert.deepEqual(ny.busy.map(iso), [['2026-03-04T14:00:00.000Z', '2026-03-04T15:00:00.000Z']]);
  });

  it('Outlook’s X-MICROSOFT-CDO-BUSYSTATUS:FREE is free; tentative is busy', () => {
    const ev = (uid: string, extra: string) => [
      'BEGIN:VEVENT',
      `UID:${uid}`,
      'DTSTART:20260304T090000Z',
      'DTEND:20260304T100000Z',
      extra,
      'END:VEVENT',
    ];
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      ...ev('a', 'X-MICROSOFT-CDO-BUSYSTATUS:FREE'),
      ...ev('b', 'STATUS:TENTATIVE').map((l) => l.replace('0304', '0305')),
      'END:VCALENDAR',
    ].join('\r\n');
    assert.deepEqual(busyFromIcs([text], { range: MARCH, zone: 'UTC' }).busy.map(iso), [
      ['2026-03-05T09:00:00.000Z', '2026-03-05T10:00:00.000Z'],
    ]);
  });

  it('refuses data that is not iCalendar, and endless expansions', () => {
    assert.throws(() => busyFromIcs(['<html>sign in</html>'], { range: MARCH, zone: 'UTC' }), IcsParseError);
    const daily = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:d',
      'DTSTART:19000101T090000Z',
      'DTEND:19000101T100000Z',
      'RRULE:FREQ=DAILY',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    assert.throws(
      () => busyFromIcs([daily], { range: MARCH, zone: 'UTC', maxOccurrences: 1000 }),
      /repeats more than 1000/,
    );
  });

  it('measures: expanding a feed of 2,000 events', () => {
    const evs: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const hour = String(8 + (i % 9)).padStart(2, '0');
      evs.push(
        'BEGIN:VEVENT',
        `UID:e${i}`,
        `DTSTART:202603${day}T${hour}0000Z`,
        `DTEND:202603${day}T${hour}3000Z`,
        ...(i % 50 === 0 ? ['RRULE:FREQ=WEEKLY;COUNT=10'] : []),
        'END:VEVENT',
      );
    }
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', ...evs, 'END:VCALENDAR'].join('\r\n');
    const t0 = performance.now();
    const r = busyFromIcs([text], { range: MARCH, zone: 'UTC' });
    const ms = performance.now() - t0;
    assert.equal(r.events, 2000);
    assert.ok(r.busy.length > 0);
    console.log(
      `# busyFromIcs: ${r.events} events (${text.length} bytes) → ${r.busy.length} busy intervals in ${ms.toFixed(1)} ms`,
    );
  });
});

describe('R4: the busy-time cache fails closed', () => {
  const now = Z('2026-03-02T08:00:00Z');
  const cache = {
    busy: [{ start: Z('2026-03-03T09:00:00Z'), end: Z('2026-03-03T10:00:00Z') }],
    coverage: { start: now - 86_400_000, end: now + 10 * 86_400_000 },
    lastSyncedAt: now - 60_000,
    lastError: undefined,
  };
  const range = { start: now, end: now + 3 * 86_400_000 };

  it('a fresh cache answers its busy time', () => {
    assert.deepEqual(personalCalendarFromCache(cache, range, now, 900_000), { status: 'ok', busy: cache.busy });
  });

  it('no calendar connected, or never synced: unavailable', () => {
    assert.equal(personalCalendarFromCache(undefined, range, now, 900_000).status, 'unavailable');
    const never = personalCalendarFromCache(
      { ...cache, lastSyncedAt: undefined, coverage: undefined, lastError: 'refused' },
      range,
      now,
      900_000,
    );
    assert.equal(never.status, 'unavailable');
    assert.match(never.status === 'unavailable' ? (never.reason ?? '') : '', /not been synced yet: refused/);
  });

  it('a cache older than the limit: unavailable, "calendar not synced since …", with the last good sync', () => {
    const old = { ...cache, lastSyncedAt: now - 1_000_000, lastError: 'The calendar server failed to answer (503).' };
    const state = personalCalendarFromCache(old, range, now, 900_000);
    assert.equal(state.status, 'unavailable');
    if (state.status !== 'unavailable') return;
    assert.equal(state.lastSyncedAt, now - 1_000_000);
    assert.match(state.reason ?? '', /^Calendar not synced since 2026-03-02T07:43:20.000Z: The calendar server failed/);
  });

  it('one failed sync keeps the last good busy time (no flicker)', () => {
    const state = personalCalendarFromCache({ ...cache, lastError: 'timeout' }, range, now, 900_000);
    assert.equal(state.status, 'ok');
  });

  it('beyond the synced horizon counts as busy', () => {
    const wide = { start: now, end: now + 20 * 86_400_000 };
    const state = personalCalendarFromCache(cache, wide, now, 900_000);
    assert.equal(state.status, 'ok');
    if (state.status !== 'ok') return;
    assert.deepEqual(state.busy[state.busy.length - 1], { start: cache.coverage.end, end: wide.end });
  });

  it('backs off after failures, at most an hour', () => {
    assert.equal(syncBackoffMs(0, 300_000), 300_000);
    assert.equal(syncBackoffMs(1, 300_000), 300_000);
    assert.equal(syncBackoffMs(4, 300_000), 480_000);
    assert.equal(syncBackoffMs(20, 300_000), 3_600_000);
  });

  it('masks secret parts of addresses shown in the back office', () => {
    assert.equal(
      maskAddress('https://calendar.google.com/calendar/ical/abc%40group/private-0123456789abcdef/basic.ics'),
      'https://calendar.google.com/…/basic.ics',
    );
    assert.equal(
      maskAddress('https://outlook.office365.com/owa/calendar/x/y/calendar.ics?token=1'),
      'https://outlook.office365.com/…/calendar.ics?…',
    );
  });
});

describe('DAV XML', () => {
  it('resolves prefixes and default namespaces alike, decodes entities and keeps CDATA', () => {
    const xml = `<?xml version="1.0"?>
<!-- a comment -->
<D:multistatus xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <D:response><D:href>/cal/a%20b.ics</D:href>
    <D:propstat><D:prop><C:calendar-data><![CDATA[BEGIN:VCALENDAR
END:VCALENDAR]]></C:calendar-data><getetag xmlns="DAV:">"1&amp;2"</getetag></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
    <D:propstat><D:prop><D:displayname/></D:prop><D:status>HTTP/1.1 404 Not Found</D:status></D:propstat>
  </D:response>
</D:multistatus>`;
    const [r] = multistatus(xml);
    assert.equal(r?.href, '/cal/a%20b.ics');
    assert.deepEqual(
      r?.props.map((p) => `${p.ns} ${p.name}`),
      ['urn:ietf:params:xml:ns:caldav calendar-data', 'DAV: getetag'],
    );
    assert.equal(r?.props[0]?.text, 'BEGIN:VCALENDAR\nEND:VCALENDAR');
    assert.equal(r?.props[1]?.text, '"1&2"');
  });

  it('refuses document types (no entity expansion) and broken documents', () => {
    assert.throws(() => parseXml('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'), XmlError);
    assert.throws(() => parseXml('<a><b></a>'), XmlError);
    assert.throws(() => parseXml('<p:a/>'), /undeclared namespace/);
  });
});

describe('calendar requests are safe to point at any address', () => {
  it('refuses loopback, private, link-local and mapped addresses', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '224.0.0.1',
    ]) {
      assert.equal(isBlockedAddress(a), true, a);
    }
    for (const a of ['8.8.8.8', '17.253.144.10', '2a00:1450:4001:80b::200e', '172.32.0.1'])
      assert.equal(isBlockedAddress(a), false, a);
  });

  it('parses CALENDAR_ALLOW_HOSTS', () => {
    assert.deepEqual(parseAllowHosts(' 127.0.0.1:5232, Radicale.LAN  localhost'), [
      '127.0.0.1:5232',
      'radicale.lan',
      'localhost',
    ]);
  });

  let server: Server;
  let port = 0;
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/redirect-to-metadata') {
        res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      } else if (req.url === '/redirect-local') {
        res.writeHead(302, { location: `http://localhost:${port}/feed` }).end();
      } else if (req.url === '/big') {
        res.writeHead(200, { 'content-type': 'text/calendar' });
        res.end('X'.repeat(4096));
      } else if (req.url === '/auth') {
        res.writeHead(200).end(req.headers.authorization ?? 'none');
      } else {
        res.writeHead(200, { 'content-type': 'text/calendar' }).end('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  it('refuses a local server unless CALENDAR_ALLOW_HOSTS names it', async () => {
    await assert.rejects(
      safeRequest({ method: 'GET', url: `http://127.0.0.1:${port}/feed` }, DEFAULT_FETCH_POLICY),
      /private or local/,
    );
    await assert.rejects(
      safeRequest({ method: 'GET', url: `http://localhost:${port}/feed` }, DEFAULT_FETCH_POLICY),
      /private or local/,
    );
    const ok = await safeRequest(
      { method: 'GET', url: `http://127.0.0.1:${port}/feed` },
      { ...DEFAULT_FETCH_POLICY, allowHosts: [`127.0.0.1:${port}`] },
    );
    assert.equal(ok.status, 200);
  });

  it('checks every redirect target again', async () => {
    const policy = { ...DEFAULT_FETCH_POLICY, allowHosts: [`127.0.0.1:${port}`] };
    await assert.rejects(
      safeRequest({ method: 'GET', url: `http://127.0.0.1:${port}/redirect-to-metadata` }, policy),
      /private or local/,
    );
    await assert.rejects(
      safeRequest({ method: 'GET', url: `http://127.0.0.1:${port}/redirect-local` }, policy),
      /private or local/,
    );
  });

  it('refuses other schemes and credentials in the address', async () => {
    await assert.rejects(
      safeRequest({ method: 'GET', url: 'file:///etc/passwd' }, DEFAULT_FETCH_POLICY),
      /Only https: and http:/,
    );
    await assert.rejects(
      safeRequest({ method: 'GET', url: 'https://u:p@example.com/' }, DEFAULT_FETCH_POLICY),
      CalendarFetchError,
    );
  });

  it('limits the size of an answer', async () => {
    const policy = { ...DEFAULT_FETCH_POLICY, allowHosts: [`127.0.0.1:${port}`], maxBytes: 1024 };
    await assert.rejects(safeRequest({ method: 'GET', url: `http://127.0.0.1:${port}/big` }, policy), /larger than/);
  });
});

describe('sealed calendar credentials (AES-256-GCM)', () => {
  it('round-trips, and only for the same secret and row', () => {
    const box = new SecretBox('a-long-enough-test-secret');
    const sealed = box.seal('{"password":"hunter2"}', 'clinic\u0000ann');
    assert.ok(!sealed.includes('hunter2'));
    assert.equal(box.open(sealed, 'clinic\u0000ann'), '{"password":"hunter2"}');
    assert.throws(() => box.open(sealed, 'clinic\u0000bob'));
    assert.throws(() => new SecretBox('another-long-secret!').open(sealed, 'clinic\u0000ann'));
    assert.throws(() => new SecretBox('short'), /at least 16/);
  });
});
