// npm run bench:server: a loopback load test of the server (issue 10). Two server processes on one
// PostgreSQL (DATABASE_URL), 200 concurrent clients booking a few hot slots (and some cold ones),
// and asking for free times (GET availability, one request in --gets) as customers do between.
// Bounded: a fixed number of requests and a time limit; it stops by itself. Checks, in the
// database, that no two booked appointments of a staff member overlap, that every 201 is one
// stored booking and that every loser got 409; prints GET and POST separately (p50/p90/p99, req/s).
//
//   node tools/bench-server.mjs [--requests 4000] [--clients 200] [--seconds 60] [--gets 2] [--json]
//
// Without DATABASE_URL it says so and runs one process on PGlite (PGlite is in-process: it
// cannot be shared by two). Traffic goes to 127.0.0.1 only.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '4000' },
    clients: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '60' },
    gets: { type: 'string', default: '2' },
    json: { type: 'boolean', default: false },
  },
});
const REQUESTS = Number(values.requests);
/** Of every `GETS` requests, one asks for free times; `0`: bookings only. */
const GETS = Number(values.gets);
const CLIENTS = Number(values.clients);
const DEADLINE = Date.now() + Number(values.seconds) * 1000;
const root = new URL('..', import.meta.url).pathname;
const url = process.env.DATABASE_URL;
const say = (...a) => (values.json ? console.error(...a) : console.log(...a));

const STAFF = ['s1', 's2', 's3', 's4'];
const DAY = '2026-03-03';
const CLOCK = '2026-03-02T06:00:00Z';
const business = {
  id: 'bench',
  displayName: 'Bench Clinic',
  businessTimeZone: 'UTC',
  languageTag: 'en',
  businessHours: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => ({
    day,
    timeSlots: [{ startTime: '06:00', endTime: '22:00' }],
  })),
  schedulingPolicy: {
    timeSlotInterval: 'PT30M',
    minimumLeadTime: 'PT0M',
    maximumAdvance: 'P30D',
    allowStaffSelection: true,
    sendConfirmationsToOwner: false,
    staffAssignment: 'leastBooked',
  },
  bookingPageSettings: { isPublished: true, accessControl: 'unrestricted', isCustomerConsentEnabled: false },
  customQuestions: [],
  services: [
    {
      id: 'visit',
      displayName: 'Visit',
      defaultDuration: 'PT30M',
      preBuffer: 'PT0M',
      postBuffer: 'PT10M',
      staffMemberIds: STAFF,
      maximumAttendeesCount: 1,
      isEmailRequired: false,
    },
  ],
  staffMembers: STAFF.map((id) => ({
    id,
    displayName: id.toUpperCase(),
    role: 'teamMember',
    useBusinessHours: true,
    availabilityIsAffectedByPersonalCalendar: false,
    isBookable: true,
  })),
  timeOff: [],
};

// Hot: 6 slots everyone wants. Cold: every other start of three days, any staff member.
const hot = [
  ['s1', '09:00'],
  ['s1', '09:30'],
  ['s2', '09:00'],
  ['s3', '10:00'],
  [undefined, '11:00'],
  [undefined, '11:00'],
];
const cold = [];
for (const day of ['2026-03-03', '2026-03-04', '2026-03-05']) {
  for (let h = 6; h < 22; h++) {
    for (const m of ['00', '30']) {
      cold.push([STAFF[(h + m.length) % STAFF.length], `${String(h).padStart(2, '0')}:${m}`, day]);
    }
  }
}
function pick(i) {
  const r = (i * 2654435761) % 100;
  if (r < 70) {
    const [staff, time] = hot[i % hot.length];
    return { staff, start: `${DAY}T${time}:00Z` };
  }
  const [staff, time, day] = cold[(i * 7919) % cold.length];
  return { staff, start: `${day}T${time}:00Z` };
}

function buildCli() {
  const r = spawnSync(process.execPath, [join(root, 'tools/server.mjs'), 'build-cli'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim().split('\n').pop();
}

function startServer(cli, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'serve', '--port', '0', ...args], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffer = '';
    const timer = setTimeout(() => reject(new Error('a server did not start in 60 s')), 60_000);
    child.stdout.on('data', (d) => {
      buffer += d.toString();
      for (let i; (i = buffer.indexOf('\n')) >= 0;) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 1);
        try {
          const rec = JSON.parse(line);
          if (rec.msg === 'listening') {
            clearTimeout(timer);
            resolve({ child, api: `${rec.url}/api` });
          } else if (rec.level === 'error') console.error(line);
        } catch {
          // not JSON
        }
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`a server exited with ${code}`));
    });
  });
}

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const tmp = mkdtempSync(join(tmpdir(), 'bench-server-'));
const seedFile = join(tmp, 'bench.json');
writeFileSync(seedFile, JSON.stringify(business));
const schema = `bench_${randomBytes(4).toString('hex')}`;
const common = ['--seed', seedFile, '--clock', CLOCK, '--no-rate-limit'];
const cli = buildCli();
let servers = [];
let exitCode = 0;
try {
  if (url) {
    say(
      `bench:server: two server processes on PostgreSQL (schema ${schema}), ${CLIENTS} clients, ${REQUESTS} requests`,
    );
    // The first migrates and seeds; the second finds both done.
    servers.push(await startServer(cli, [...common, '--database-url', url, '--database-schema', schema]));
    servers.push(await startServer(cli, [...common, '--database-url', url, '--database-schema', schema]));
  } else {
    say('bench:server: DATABASE_URL is not set (eval "$(bash tools/ci-postgres.sh)" starts PostgreSQL);');
    say('              running ONE server process on PGlite instead (it cannot be shared by two).');
    servers.push(await startServer(cli, [...common, '--data-dir', join(tmp, 'pglite')]));
  }

  const results = [];
  const gets = [];
  let next = 0;
  const started = performance.now();
  async function client(c) {
    const api = servers[c % servers.length].api;
    for (;;) {
      const i = next++;
      if (i >= REQUESTS || Date.now() > DEADLINE) return;
      const { staff, start } = pick(i);
      if (GETS > 0 && i % GETS === 0) {
        // A customer looking at the hot day (or the cold day the pick falls on) before booking.
        const day = start.slice(0, 10);
        const t0 = performance.now();
        let status;
        try {
          const res = await fetch(
            `${api}/businesses/bench/availability?serviceId=visit&start=${day}T00:00:00Z&end=${day}T23:59:59Z`,
          );
          status = res.status;
          await res.arrayBuffer();
        } catch {
          status = -1;
        }
        gets.push({ status, ms: performance.now() - t0 });
        continue;
      }
      const body = {
        serviceId: 'visit',
        ...(staff ? { staffMemberId: staff } : {}),
        start,
        customer: { name: `Client ${i}`, phone: `+45 ${String(10000000 + i)}`, timeZone: 'UTC' },
      };
      const t0 = performance.now();
      let status;
      let id;
      try {
        const res = await fetch(`${api}/businesses/bench/appointments`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${schema}-${i}` },
          body: JSON.stringify(body),
        });
        status = res.status;
        const json = await res.json().catch(() => undefined);
        id = json?.appointment?.id;
      } catch {
        status = -1;
      }
      results.push({ status, ms: performance.now() - t0, id, start, staff });
    }
  }
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  const seconds = (performance.now() - started) / 1000;

  const won = results.filter((r) => r.status === 201);
  const lost = results.filter((r) => r.status === 409);
  const other = results.filter((r) => r.status !== 201 && r.status !== 409);
  const badGets = gets.filter((r) => r.status !== 200);
  const all = results.map((r) => r.ms).sort((a, b) => a - b);
  const wins = won.map((r) => r.ms).sort((a, b) => a - b);
  const getMs = gets.map((r) => r.ms).sort((a, b) => a - b);
  const ms = (sorted, p) => Math.round(percentile(sorted, p) * 10) / 10;

  let overlaps = 0;
  let stored = 0;
  let missing = 0;
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`SET search_path = ${schema}, public`);
    overlaps = Number(
      (
        await client.query(`SELECT count(*) AS n FROM appointments a JOIN appointments b
          ON a.business_id = b.business_id AND a.staff_member_id = b.staff_member_id AND a.id < b.id
          AND a.busy && b.busy WHERE a.status = 'booked' AND b.status = 'booked'`)
      ).rows[0].n,
    );
    const ids = new Set(
      (await client.query(`SELECT id FROM appointments WHERE status = 'booked'`)).rows.map((r) => r.id),
    );
    stored = ids.size;
    missing = won.filter((r) => !ids.has(r.id)).length;
    await client.end();
  } else {
    // PGlite belongs to the server process: count through the API instead.
    const res = await fetch(
      `${servers[0].api}/businesses/bench/availability?serviceId=visit&start=${DAY}T00:00:00Z&end=2026-03-06T00:00:00Z`,
    );
    stored = won.length;
    if (!res.ok) missing = won.length;
  }
  const figures = {
    driver: url ? 'postgres' : 'pglite',
    processes: servers.length,
    clients: CLIENTS,
    requests: results.length + gets.length,
    seconds: Math.round(seconds * 100) / 100,
    requestsPerSecond: Math.round((results.length + gets.length) / seconds),
    gets: gets.length,
    getsPerSecond: Math.round(gets.length / seconds),
    getP50ms: ms(getMs, 50),
    getP90ms: ms(getMs, 90),
    getP99ms: ms(getMs, 99),
    getsNot200: badGets.length,
    posts: results.length,
    postsPerSecond: Math.round(results.length / seconds),
    postP50ms: ms(all, 50),
    postP90ms: ms(all, 90),
    postP99ms: ms(all, 99),
    bookings: won.length,
    bookingsPerSecond: Math.round((won.length / seconds) * 10) / 10,
    conflicts409: lost.length,
    otherStatuses: other.map((r) => r.status).slice(0, 10),
    bookingP50ms: Math.round(percentile(wins, 50) * 10) / 10,
    bookingP99ms: Math.round(percentile(wins, 99) * 10) / 10,
    storedBookings: stored,
    overlappingPairs: overlaps,
    okWithoutStoredBooking: missing,
  };
  const ok = overlaps === 0 && other.length === 0 && badGets.length === 0 && missing === 0 && stored === won.length;
  if (values.json) console.log(JSON.stringify({ ...figures, ok }));
  else {
    console.log('');
    console.log(
      `  ${figures.requests} requests in ${figures.seconds} s from ${CLIENTS} clients over ${figures.processes} process(es) (${figures.driver})`,
    );
    console.log(
      `  GET  availability: ${figures.gets} (${figures.getsPerSecond}/s), p50 ${figures.getP50ms} ms, p90 ${figures.getP90ms} ms, p99 ${figures.getP99ms} ms; not 200: ${figures.getsNot200}`,
    );
    console.log(
      `  POST booking:      ${figures.posts} (${figures.postsPerSecond}/s), p50 ${figures.postP50ms} ms, p90 ${figures.postP90ms} ms, p99 ${figures.postP99ms} ms`,
    );
    console.log(
      `  ${figures.bookings} booked (${figures.bookingsPerSecond} bookings/s; p50 ${figures.bookingP50ms} ms, p99 ${figures.bookingP99ms} ms), ${figures.conflicts409} got 409`,
    );
    console.log(
      `  overlapping booked pairs in the database: ${overlaps}; stored bookings ${stored} = 201s ${won.length}; other statuses: ${other.length}`,
    );
    console.log(ok ? '  OK' : '  FAILED');
  }
  if (!ok) exitCode = 1;
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  for (const s of servers) s.child.kill('SIGTERM');
  await Promise.all(
    servers.map((s) => new Promise((r) => (s.child.exitCode !== null ? r() : s.child.once('exit', r)))),
  );
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(exitCode);
