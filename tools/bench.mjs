// `npm run bench`: the availability engine's speed and memory (DESIGN.md, quality targets).
// Plain Node, no test runner: esbuild bundles src/core once, then scenario S1 runs warmed up
// and the median and spread of many runs are printed. Run with --expose-gc for heap figures.
//
// S1: 20 staff, Mon–Fri 09:00–17:00 Europe/Copenhagen with a lunch break, 30-min service,
// 15-min grid, 10-min post-buffer, 2 h minimum lead, 60 days, 2,000 seeded-random existing
// appointments, viewer in America/New_York, Anyone. Targets: ≤ 10 ms median for 60 days,
// ≤ 1 ms for one day, heap growth ≤ 50 MB at 100 staff / 10,000 appointments.
//
// Then tools/bench-browser.mjs runs in a child process and prints below: first slots visible
// ≤ 100 ms after the adapter answers and the booking page's JS heap ≤ 10 MB, in headless Chromium.
// Last, tools/bench-lighthouse.mjs: Lighthouse (phone and desktop) on the demo as `npm start` serves it.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { BUSINESS_ZONE, TODAY, VIEWER_ZONE, makeScenario } from './bench-scenario.mjs';

const root = new URL('..', import.meta.url).pathname;
const outdir = join(root, '.tmp/bench');
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: [join(root, 'src/core/index.ts')],
  outfile: join(outdir, 'core.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const core = await import(pathToFileURL(join(outdir, 'core.mjs')).href);
const {
  computeAvailability,
  checkSlotBookable,
  explainAvailability,
  loadRecurrenceExpander,
  wallToEpoch,
  startOfZonedDay,
  addDays,
} = core;

const RUNS = 50;
const WARMUP = 20;
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : null;

function measure(fn) {
  for (let i = 0; i < WARMUP; i++) fn();
  const times = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    result = fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { median: q(0.5), p10: q(0.1), p90: q(0.9), min: times[0], max: times[times.length - 1], result };
}

const rows = [];
function row(name, m, target, note) {
  rows.push({ name, ...m, target, note });
}

// --- S1 -----------------------------------------------------------------------------------------
const scenario = (staff, appointments, seed) => makeScenario(core, staff, appointments, seed);
const s1 = scenario(20, 2000, 1);
const coldStart = process.hrtime.bigint();
const cold = computeAvailability(s1);
const coldMs = Number(process.hrtime.bigint() - coldStart) / 1e6;

const anyone = measure(() => computeAvailability(s1));
row('S1 60 days, Anyone', anyone, 10, `${anyone.result.length} slots`);

const dayDate = addDays(TODAY, 14);
const oneDay = {
  ...s1,
  range: { start: startOfZonedDay(dayDate, VIEWER_ZONE), end: startOfZonedDay(addDays(dayDate, 1), VIEWER_ZONE) },
};
const day = measure(() => computeAvailability(oneDay));
row('S1 one day, Anyone', day, 1, `${day.result.length} slots (${dayDate})`);

const oneStaff = { ...s1, staffMemberId: 'staff-003' };
const staff = measure(() => computeAvailability(oneStaff));
row('S1 60 days, one staff member', staff, null, `${staff.result.length} slots`);

const probe = cold[Math.floor(cold.length / 2)].start;
const check = measure(() => checkSlotBookable(s1, probe));
row('S1 re-check one start, Anyone', check, null, `${check.result.staffMemberIds.length} free`);
const explain = measure(() => explainAvailability(s1, probe + 5 * 60_000));
row('S1 explain one start, Anyone', explain, null, '20 staff');

// S1 plus what real calendars have: public holidays and a staff meeting (RRULE closures), and
// weekly recurring time off for a quarter of the staff (RRULE, expanded lazily through rrule).
const recurrence = await loadRecurrenceExpander();
const withRules = {
  ...s1,
  recurrence,
  business: {
    ...s1.business,
    schedulingPolicy: {
      ...s1.business.schedulingPolicy,
      closures: [
        { rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24,25,26,31', title: 'Christmas' },
        { rrule: 'FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=3,6', title: 'Easter 2026' },
        {
          rrule: 'FREQ=WEEKLY;BYDAY=WE',
          startDate: '2025-01-01',
          startTime: '08:30',
          endTime: '09:30',
          title: 'Staff meeting',
        },
      ],
    },
    timeOff: s1.business.staffMembers
      .filter((_, i) => i % 4 === 0)
      .map((s, i) => ({
        id: `off-${i}`,
        staffMemberId: s.id,
        start: new Date(wallToEpoch('2025-09-01', 14 * 60, BUSINESS_ZONE)).toISOString(),
        end: new Date(wallToEpoch('2025-09-01', 17 * 60, BUSINESS_ZONE)).toISOString(),
        rrule: `FREQ=WEEKLY;BYDAY=${['MO', 'TU', 'WE', 'TH', 'FR'][i % 5]}`,
        title: 'School run',
      })),
  },
};
const rules = measure(() => computeAvailability(withRules));
row('S1 + RRULE closures and time off', rules, 10, `${rules.result.length} slots`);

// --- scaling ------------------------------------------------------------------------------------
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const big = scenario(100, 10_000, 2);
const scaled = measure(() => computeAvailability(big));
const heapPeakish = process.memoryUsage().heapUsed;
gc?.();
const heapAfter = process.memoryUsage().heapUsed;
row('100 staff / 10,000 appts, 60 days', scaled, null, `${scaled.result.length} slots`);

// --- report -------------------------------------------------------------------------------------
const fmt = (n) => n.toFixed(3).padStart(8);
console.log(`booking-elements bench — Node ${process.version}, ${RUNS} runs after ${WARMUP} warm-up, times in ms`);
console.log('');
console.log(
  `${'scenario'.padEnd(38)} ${'median'.padStart(8)} ${'p10'.padStart(8)} ${'p90'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}  target  note`,
);
for (const r of rows) {
  const verdict =
    r.target === null
      ? '      '
      : r.median <= r.target
        ? `≤${String(r.target).padStart(2)} ✓`
        : `≤${String(r.target).padStart(2)} ✗`;
  console.log(
    `${r.name.padEnd(38)} ${fmt(r.median)} ${fmt(r.p10)} ${fmt(r.p90)} ${fmt(r.min)} ${fmt(r.max)}  ${verdict}  ${r.note}`,
  );
}
console.log('');
console.log(`first S1 call, cold caches (zone days, parsed hours): ${coldMs.toFixed(3)} ms`);
const mb = (b) => `${(b / 1048576).toFixed(1)} MB`;
if (gc) {
  const retained = heapAfter - heapBefore;
  const transient = heapPeakish - heapBefore;
  console.log(
    `heap, 100 staff / 10,000 appts: +${mb(retained)} retained after gc (data + last result), ` +
      `+${mb(transient)} before gc after ${WARMUP + RUNS} runs; target ≤ 50 MB ${Math.max(retained, transient) <= 50 * 1048576 ? '✓' : '✗'}`,
  );
} else {
  console.log('heap: run with node --expose-gc (npm run bench does) for heap figures');
}

// --- the same question through the adapters -------------------------------------------------------
console.log('');
console.log('--- through the reference adapter (tools/bench-paths.mjs), times in ms ---');
const pathsBench = spawnSync(process.execPath, [join(root, 'tools/bench-paths.mjs')], { stdio: 'inherit' });
if (pathsBench.status !== 0) {
  console.error(
    `tools/bench-paths.mjs failed (${pathsBench.error?.message ?? `exit ${pathsBench.status ?? pathsBench.signal}`})`,
  );
  process.exitCode = 1;
}

// --- the same question through the server's layers ------------------------------------------------
console.log('');
console.log(
  `--- through the booking server in process (tools/bench-server-paths.mjs; PGlite${process.env.DATABASE_URL ? ' and PostgreSQL' : ', set DATABASE_URL for PostgreSQL'}), times in ms ---`,
);
const serverPaths = spawnSync(process.execPath, [join(root, 'tools/bench-server-paths.mjs')], { stdio: 'inherit' });
if (serverPaths.status !== 0) {
  console.error(
    `tools/bench-server-paths.mjs failed (${serverPaths.error?.message ?? `exit ${serverPaths.status ?? serverPaths.signal}`})`,
  );
  process.exitCode = 1;
}

// --- browser ------------------------------------------------------------------------------------
console.log('');
console.log('--- headless Chromium (tools/bench-browser.mjs), times in ms, heap in MB ---');
const browserBench = spawnSync(process.execPath, [join(root, 'tools/bench-browser.mjs')], { stdio: 'inherit' });
if (browserBench.status !== 0) {
  console.error(
    `tools/bench-browser.mjs failed (${browserBench.error?.message ?? `exit ${browserBench.status ?? browserBench.signal}`})`,
  );
  process.exitCode = 1;
}

// --- the host page: Lighthouse on the demo as `npm start` serves it -------------------------------
console.log('');
console.log('--- Lighthouse on the demo home page (tools/bench-lighthouse.mjs) ---');
const lighthouseBench = spawnSync(process.execPath, [join(root, 'tools/bench-lighthouse.mjs')], { stdio: 'inherit' });
if (lighthouseBench.status !== 0) {
  console.error(
    `tools/bench-lighthouse.mjs failed (${lighthouseBench.error?.message ?? `exit ${lighthouseBench.status ?? lighthouseBench.signal}`})`,
  );
  process.exitCode = 1;
}
