// The engine's question asked the way users ask it: S1 (and the 100-staff scenario) through the
// reference adapter on its memory store, in Node. Run by `npm run bench` after the engine's table,
// or alone: `node tools/bench-paths.mjs`. Prints one row per path with its ratio to the engine
// measured in the same process, so a noisy machine moves both alike.
//
// The appointments are written straight into the store (the booking path is not what is measured
// here); each is a full StoredAppointment, as bookings leave them, customer and answers included.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { NOW, makeScenario } from './bench-scenario.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = 30;
const WARMUP = 10;

const bundle = join(root, '.tmp/bench/paths.mjs');
await build({
  stdin: {
    contents: [
      "export * from './src/core/index.ts';",
      "export { ReferenceAdapter } from './src/adapters/reference/reference-adapter.ts';",
      "export { MemoryStore } from './src/adapters/reference/memory-store.ts';",
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
const { computeAvailability, ReferenceAdapter, MemoryStore } = lib;

async function measure(fn) {
  for (let i = 0; i < WARMUP; i++) await fn();
  const times = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    result = await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p90: times[Math.floor(times.length * 0.9)], result };
}

/** A booked appointment as the backend stores it, for one of the scenario's engine appointments. */
function stored(businessId, a, i) {
  const iso = new Date(NOW - 86_400_000).toISOString();
  return {
    id: `appt-${String(i).padStart(6, '0')}`,
    businessId,
    serviceId: a.serviceId,
    serviceName: 'Cleaning',
    staffMemberId: a.staffMemberId,
    startMs: a.start,
    endMs: a.end,
    preBufferMs: a.preBuffer,
    postBufferMs: a.postBuffer,
    status: 'booked',
    customer: { name: `Customer ${i}`, emailAddress: `customer${i}@example.com`, timeZone: 'Europe/Copenhagen' },
    answers: [],
    consentedAt: null,
    smsOptIn: false,
    manageTokenHash: 'f'.repeat(64),
    bookedBy: 'customer',
    createdAt: iso,
    updatedAt: iso,
    sequence: 0,
    maximumAttendeesCount: 1,
  };
}

async function memoryAdapter(s) {
  const store = new MemoryStore();
  const adapter = new ReferenceAdapter({ config: s.business, storage: store, now: () => NOW });
  // The first call seeds the business.
  await adapter.getBookingPage();
  await store.run('readwrite', ['appointments'], async (tx) => {
    let i = 0;
    for (const a of s.appointments) await tx.put('appointments', stored(s.business.id, a, i++));
  });
  const request = {
    serviceId: s.serviceId,
    start: new Date(s.range.start).toISOString(),
    end: new Date(s.range.end).toISOString(),
  };
  const t0 = process.hrtime.bigint();
  const first = await adapter.getAvailability(request);
  const firstMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = await measure(() => adapter.getAvailability(request));
  return { ...m, firstMs, count: first.length };
}

const rows = [];
for (const [name, s] of [
  ['S1 (20 staff, 2,000 appts)', makeScenario(lib, 20, 2000, 1)],
  ['100 staff, 10,000 appts', makeScenario(lib, 100, 10_000, 2)],
]) {
  const engine = await measure(() => computeAvailability(s));
  const memory = await memoryAdapter(s);
  if (memory.count !== engine.result.length) {
    console.error(`${name}: the memory adapter returned ${memory.count} slots, the engine ${engine.result.length}`);
    process.exitCode = 1;
  }
  rows.push([name, 'engine', engine, engine]);
  rows.push([name, 'ReferenceAdapter, memory store', memory, engine]);
}

const fmt = (n) => n.toFixed(2).padStart(8);
console.log(`${'scenario'.padEnd(28)} ${'path'.padEnd(32)} ${'median'.padStart(8)} ${'p90'.padStart(8)}  ×engine  first call`);
for (const [name, path, m, engine] of rows) {
  const ratio = `${(m.median / engine.median).toFixed(1)}×`.padStart(7);
  const first = m.firstMs === undefined ? '' : `${m.firstMs.toFixed(1)} ms`;
  console.log(`${name.padEnd(28)} ${path.padEnd(32)} ${fmt(m.median)} ${fmt(m.p90)}  ${ratio}  ${first}`);
}
