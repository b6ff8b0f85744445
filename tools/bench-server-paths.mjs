// S1 through the booking server's own layers (issue 24): the backend on the PostgreSQL store, and
// the whole HTTP route (Hono app, request parsing, JSON) in process, on PGlite and, when
// DATABASE_URL is set, on PostgreSQL. GET availability and a booking POST, medians of warm runs,
// with each one's ratio to the engine measured in the same process, and the first call after start.
// Run by `npm run bench` after the adapters' table, or alone: `node tools/bench-server-paths.mjs`.
//
// The data is S1's (tools/bench-scenario.mjs) with overlapping appointments of one staff member
// left out: the database refuses those (an exclusion constraint), as it would refuse a real one.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { measure, stored } from './bench-paths-run.mjs';
import { NOW, makeScenario } from './bench-scenario.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = 30; // as in bench-paths-run.mjs's measure()
const WARMUP = 10;
const bundle = join(root, '.tmp/bench/server-paths.mjs');
mkdirSync(join(root, '.tmp/bench'), { recursive: true });
await build({
  stdin: {
    contents: [
      "export * from './src/core/index.ts';",
      "export { openDatabase } from './src/server/database.ts';",
      "export { migrate } from './src/server/migrations.ts';",
      "export { PostgresStore } from './src/server/pg-store.ts';",
      "export { createServer } from './src/server/server.ts';",
      "export { Backend } from './src/backend/backend.ts';",
      "export { BookingBackend } from './src/backend/booking-backend.ts';",
      "export { silentLogger } from './src/server/log.ts';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const lib = await import(pathToFileURL(bundle).href);

/** S1 (or the 100-staff scenario) without overlaps of one person's busy time (buffers included). */
function scenario(staff, count, seed) {
  const s = makeScenario(lib, staff, count * 2, seed);
  const byStaff = new Map();
  const kept = [];
  for (const a of s.appointments) {
    const list = byStaff.get(a.staffMemberId) ?? [];
    const busy = [a.start - a.preBuffer, a.end + a.postBuffer];
    if (list.some(([x, y]) => x < busy[1] && busy[0] < y)) continue;
    list.push(busy);
    byStaff.set(a.staffMemberId, list);
    kept.push(a);
    if (kept.length === count) break;
  }
  return { ...s, appointments: kept };
}

async function openDb(kind) {
  if (kind === 'PGlite') return lib.openDatabase({});
  return lib.openDatabase({ url: process.env.DATABASE_URL, schema: `bench_${randomBytes(4).toString('hex')}` });
}

async function dropSchema(kind, db) {
  if (kind !== 'PostgreSQL') return;
  const [row] = await db.query('SELECT current_schema() AS s');
  await db.query(`DROP SCHEMA ${row.s} CASCADE`);
}

async function seedAppointments(store, s) {
  await store.run(
    'readwrite',
    ['appointments'],
    async (tx) => {
      let i = 0;
      for (const a of s.appointments) await tx.put('appointments', stored(s.business.id, a, i++));
    },
    { businessIds: [s.business.id] },
  );
}

const rows = [];
const kinds = ['PGlite', ...(process.env.DATABASE_URL ? ['PostgreSQL'] : [])];
const scenarios = [
  ['S1 (20 staff, 2,000 appts)', scenario(20, 2000, 1)],
  ['100 staff, 10,000 appts', scenario(100, 10_000, 2)],
];
for (const [name, s] of scenarios) {
  const engine = await measure(() => lib.computeAvailability(s));
  const engineCount = lib.computeAvailability(s).length;
  rows.push({ scenario: name, path: 'engine', where: 'Node', ...engine, count: engineCount });
  const query = new URLSearchParams({
    serviceId: s.serviceId,
    start: new Date(s.range.start).toISOString(),
    end: new Date(s.range.end).toISOString(),
  });
  for (const kind of kinds) {
    // The whole route: the server's app, in process (no sockets), GET and a booking POST.
    const db = await openDb(kind);
    try {
      // The stored appointments are there when the server starts, as on a restart: its first call is
      // then the first call after a start, not a read of 2,000 appointments written behind its back.
      await lib.migrate(db);
      const store = new lib.PostgresStore(db);
      await seedAppointments(store, s);
      let clock = NOW;
      const server = await lib.createServer({
        database: db,
        seed: [s.business],
        now: () => clock,
        rateLimits: false,
        logger: lib.silentLogger,
        calendarSyncIntervalMs: 0,
      });
      const get = async () => {
        const res = await server.app.fetch(
          new Request(`http://bench/api/businesses/${s.business.id}/availability?${query}`),
        );
        if (res.status !== 200) throw new Error(`GET availability: ${res.status} ${await res.text()}`);
        return res.json();
      };
      const t0 = performance.now();
      const first = await get();
      const firstMs = performance.now() - t0;
      const m = await measure(get);
      rows.push({
        scenario: name,
        path: `HTTP GET availability`,
        where: kind,
        ...m,
        firstMs,
        count: first.length,
        engineMedian: engine.median,
        engineCount,
      });
      // Bookings: free starts of the last days of the range (not the ones GET read), one per call.
      const free = first.slice(-(RUNS + WARMUP + 5));
      const post = async (i) => {
        const slot = free[i];
        const res = await server.app.fetch(
          new Request(`http://bench/api/businesses/${s.business.id}/appointments`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${kind}-${name.length}-${i}` },
            body: JSON.stringify({
              serviceId: s.serviceId,
              start: slot.start,
              customer: { name: `Bench ${i}`, emailAddress: `bench${i}@example.com`, timeZone: 'Europe/Copenhagen' },
              answers: [],
            }),
          }),
        );
        if (res.status !== 201) throw new Error(`POST appointments: ${res.status} ${await res.text()}`);
      };
      clock = NOW;
      const p = await measure(post);
      rows.push({ scenario: name, path: 'HTTP POST booking', where: kind, ...p, engineMedian: engine.median });
      await server.close();
    } finally {
      await dropSchema(kind, db);
      await db.close();
    }
  }
}

const fmt = (n) => n.toFixed(2).padStart(8);
console.log(
  `${'scenario'.padEnd(27)} ${'path'.padEnd(24)} ${'where'.padEnd(10)} ${'median'.padStart(8)} ${'p90'.padStart(8)}  ×engine  first call`,
);
for (const r of rows) {
  const engine = r.engineMedian ?? r.median;
  const first = r.firstMs === undefined ? '' : `${r.firstMs.toFixed(1)} ms`;
  console.log(
    `${r.scenario.padEnd(27)} ${r.path.padEnd(24)} ${r.where.padEnd(10)} ${fmt(r.median)} ${fmt(r.p90)}  ${`${(r.median / engine).toFixed(1)}×`.padStart(7)}  ${first}`,
  );
  if (r.engineCount !== undefined && r.count !== undefined && r.count !== r.engineCount) {
    console.error(`${r.scenario}, ${r.path} (${r.where}): ${r.count} slots, the engine ${r.engineCount}`);
    process.exitCode = 1;
  }
}
