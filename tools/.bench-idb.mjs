// The engine's question asked the way users ask it: S1 (and the 100-staff scenario) through the
// reference adapter on its memory store in Node, and on IndexedDB in headless Chromium. Run by
// `npm run bench` after the engine's table, or alone: `node tools/bench-paths.mjs`. Prints one row
// per path with its ratio to the engine measured in the same process (Node) or page (Chromium),
// so a noisy machine moves both alike. A path whose slots differ from the engine's fails the run.
//
// The appointments are written straight into the store (the booking path is not what is measured
// here); each is a full StoredAppointment, as bookings leave them, customer and answers included.
/* global window */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { runPaths } from './bench-paths-run.mjs';
import { findChromium } from './find-chromium.mjs';
import { serveFolder } from './serve-folder.mjs';

const root = new URL('..', import.meta.url).pathname;
const LIB = [
  "export * from './src/core/index.ts';",
  "export { ReferenceAdapter } from './src/adapters/reference/reference-adapter.ts';",
  "export { MemoryStore } from './src/adapters/reference/memory-store.ts';",
  "export { IndexedDbStore, deleteDatabase } from './src/adapters/reference/indexeddb-store.ts';",
].join('\n');

// --- Node: the memory store ---------------------------------------------------------------------
const nodeBundle = join(root, '.tmp/bench/paths.mjs');
await build({
  stdin: { contents: LIB, resolveDir: root, loader: 'ts' },
  outfile: nodeBundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const lib = await import(pathToFileURL(nodeBundle).href);
const rows = (await runPaths(lib, [])).map((r) => ({
  ...r,
  where: 'Node',
}));

// --- headless Chromium: IndexedDB ----------------------------------------------------------------
const dir = mkdtempSync(join(tmpdir(), 'bench-paths-'));
let browser;
let server;
try {
  await build({
    stdin: {
      contents: `${LIB}\nexport { runPaths } from './tools/bench-paths-run.mjs';`,
      resolveDir: root,
      loader: 'ts',
    },
    outfile: join(dir, 'paths.js'),
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    logLevel: 'warning',
  });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><title>bench</title><script type="module">
      import * as lib from './paths.js';
      window.__run = () => lib.runPaths(lib, [['ReferenceAdapter, IndexedDB', async (name) => {
        await lib.deleteDatabase(name);
        return new lib.IndexedDbStore(name);
      }]]);
    </script>`,
  );
  const served = await serveFolder(dir);
  server = served.server;
  browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage();
  await page.goto(served.url, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.__run === 'function');
  const browserRows = await page.evaluate(() => window.__run());
  rows.push(...browserRows.map((r) => ({ ...r, where: 'Chromium' })));
} finally {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
}

// --- report -------------------------------------------------------------------------------------
const fmt = (n) => n.toFixed(2).padStart(8);
console.log(
  `${'scenario'.padEnd(27)} ${'path'.padEnd(31)} ${'where'.padEnd(8)} ${'median'.padStart(8)} ${'p90'.padStart(8)}  ×engine  first call`,
);
for (const r of rows) {
  const engine = r.engineMedian ?? r.median;
  const first = r.firstMs === undefined ? '' : `${r.firstMs.toFixed(1)} ms`;
  console.log(
    `${r.scenario.padEnd(27)} ${r.path.padEnd(31)} ${r.where.padEnd(8)} ${fmt(r.median)} ${fmt(r.p90)}  ${`${(r.median / engine).toFixed(1)}×`.padStart(7)}  ${first}`,
  );
  if (r.engineCount !== undefined && r.count !== r.engineCount) {
    console.error(`${r.scenario}, ${r.path}: ${r.count} slots, the engine ${r.engineCount}`);
    process.exitCode = 1;
  }
}
