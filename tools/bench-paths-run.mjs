// The measuring half of tools/bench-paths.mjs, bundled twice: for Node (memory store) and for a
// page in headless Chromium (IndexedDB). `lib` is the bundle's exports: the engine and the stores.
import { NOW, makeScenario } from './bench-scenario.mjs';

const RUNS = 30;
const WARMUP = 10;
const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/** Medians of `RUNS` warm calls after `WARMUP` ones; `fn` gets the call's index (0, 1, …). */
export async function measure(fn) {
  for (let i = 0; i < WARMUP; i++) await fn(i);
  const times = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    const t0 = now();
    result = await fn(WARMUP + i);
    times.push(now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p90: times[Math.floor(times.length * 0.9)], result };
}

/** A booked appointment as the backend stores it, for one of the scenario's engine appointments. */
export function stored(businessId, a, i) {
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

/** getAvailability through a ReferenceAdapter on `store`: its first call, then warm figures. */
async function adapterPath(lib, s, store) {
  const adapter = new lib.ReferenceAdapter({ config: s.business, storage: store, now: () => NOW });
  await adapter.getBookingPage(); // seeds the business
  await store.run('readwrite', ['appointments'], async (tx) => {
    let i = 0;
    for (const a of s.appointments) await tx.put('appointments', stored(s.business.id, a, i++));
  });
  const request = {
    serviceId: s.serviceId,
    start: new Date(s.range.start).toISOString(),
    end: new Date(s.range.end).toISOString(),
  };
  const t0 = now();
  const first = await adapter.getAvailability(request);
  const firstMs = now() - t0;
  const m = await measure(() => adapter.getAvailability(request));
  adapter.close();
  return { median: m.median, p90: m.p90, firstMs, count: first.length };
}

/**
 * Rows for S1 and the 100-staff scenario: the engine, then the adapter on each store `stores`
 * makes (`(name) => Store`), with the slot counts, which must agree.
 */
export async function runPaths(lib, stores) {
  const rows = [];
  const scenarios = [
    ['S1 (20 staff, 2,000 appts)', makeScenario(lib, 20, 2000, 1)],
    ['100 staff, 10,000 appts', makeScenario(lib, 100, 10_000, 2)],
  ];
  for (const [name, s] of scenarios) {
    const engine = await measure(() => lib.computeAvailability(s));
    rows.push({ scenario: name, path: 'engine', median: engine.median, p90: engine.p90, count: engine.result.length });
    for (const [path, makeStore] of stores) {
      const m = await adapterPath(lib, s, await makeStore(`bench-${name.length}-${path.length}`));
      rows.push({ scenario: name, path, ...m, engineMedian: engine.median, engineCount: engine.result.length });
    }
  }
  return rows;
}
