// Lighthouse on the demo home page as `npm start` serves it (issue 24: the host page's Core Web
// Vitals): the demo site built for production, the booking server on PGlite with the sample clinic,
// Debian's Chromium. Phone (Lighthouse's default: Moto G Power, slow 4G, 4× CPU slowdown) and
// desktop profiles, RUNS times each; prints the median of each figure and the targets:
// phone performance ≥ 95, total blocking time ≤ 150 ms, cumulative layout shift ≤ 0.02 (both).
// Lighthouse's own throttling is simulated, so a busy machine mostly moves TBT; run it quiet.
//
//   node tools/bench-lighthouse.mjs            (also the last part of `npm run bench`)
//   RUNS=5 node tools/bench-lighthouse.mjs     more runs per profile
//   LIGHTHOUSE_JSON=dir node tools/bench-lighthouse.mjs   keep each run's report (JSON) in dir
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import { locateChromium } from './find-chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Math.max(1, Number(process.env.RUNS ?? 3));
const keep = process.env.LIGHTHOUSE_JSON;

const chromePath = locateChromium();
if (!chromePath) {
  console.error('bench-lighthouse: no Chromium (set CHROME_PATH)');
  process.exit(1);
}

/** A port no one listens on now (the machine is shared). */
async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// `npm start` in a fresh data folder of its own: the demo built for production, the sample clinic.
const port = await freePort();
const dataDir = '.tmp/lighthouse-data';
rmSync(join(root, dataDir), { recursive: true, force: true });
const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
delete env.DATABASE_URL;
const server = spawn(process.execPath, ['tools/start.mjs'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
const base = `http://127.0.0.1:${port}`;

let chrome;
try {
  let up = false;
  for (let i = 0; i < 1200 && !up && server.exitCode === null; i++) {
    up = await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (!up) await new Promise((r) => setTimeout(r, 250));
  }
  if (!up) throw new Error(`npm start did not answer on ${base} (exit ${server.exitCode})`);

  chrome = await puppeteer.launch({
    executablePath: chromePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--remote-debugging-port=0'],
  });
  const debuggingPort = Number(new URL(chrome.wsEndpoint()).port);
  const url = `${base}/`;
  // One unmeasured load first: the server's first answers (compression, PGlite's first queries).
  await fetch(url).then((r) => r.text());

  const profiles = [
    { name: 'phone', config: undefined },
    { name: 'desktop', config: desktopConfig },
  ];
  const rows = [];
  for (const profile of profiles) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(
        url,
        {
          port: debuggingPort,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        },
        profile.config,
      );
      const lhr = result?.lhr;
      if (!lhr) throw new Error('Lighthouse returned no report');
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
      if (keep) {
        mkdirSync(keep, { recursive: true });
        writeFileSync(join(keep, `${profile.name}-${i + 1}.json`), JSON.stringify(lhr));
      }
      const a = lhr.audits;
      runs.push({
        performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
        bestPractices: Math.round((lhr.categories['best-practices'].score ?? 0) * 100),
        seo: Math.round((lhr.categories.seo.score ?? 0) * 100),
        fcp: a['first-contentful-paint'].numericValue,
        lcp: a['largest-contentful-paint'].numericValue,
        tbt: a['total-blocking-time'].numericValue,
        cls: a['cumulative-layout-shift'].numericValue,
        si: a['speed-index'].numericValue,
      });
    }
    const median = (key) => {
      const v = runs.map((r) => r[key]).sort((x, y) => x - y);
      return v[Math.floor((v.length - 1) / 2)];
    };
    rows.push({
      name: profile.name,
      ...Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(k)])),
      perfRange: `${Math.min(...runs.map((r) => r.performance))}–${Math.max(...runs.map((r) => r.performance))}`,
    });
  }

  console.log(`Lighthouse on ${url} (npm start: demo site, server on PGlite), median of ${RUNS}`);
  console.log('profile   perf (range)   a11y  best  seo   FCP ms   LCP ms   TBT ms   CLS     SI ms');
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(9)} ${String(r.performance).padStart(4)} (${r.perfRange.padEnd(7)})  ${String(r.accessibility).padStart(4)}  ${String(r.bestPractices).padStart(4)}  ${String(r.seo).padStart(3)}  ${r.fcp.toFixed(0).padStart(7)}  ${r.lcp.toFixed(0).padStart(7)}  ${r.tbt.toFixed(0).padStart(7)}  ${r.cls.toFixed(3).padStart(5)}  ${r.si.toFixed(0).padStart(7)}`,
    );
  }
  const phone = rows.find((r) => r.name === 'phone');
  const check = (ok, text) => console.log(`  ${ok ? 'ok  ' : 'MISS'} ${text}`);
  check(phone.performance >= 95, `phone performance ${phone.performance} (target ≥ 95)`);
  check(phone.tbt <= 150, `phone total blocking time ${phone.tbt.toFixed(0)} ms (target ≤ 150)`);
  for (const r of rows) check(r.cls <= 0.02, `${r.name} cumulative layout shift ${r.cls.toFixed(3)} (target ≤ 0.02)`);
} catch (error) {
  console.error(`bench-lighthouse: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await chrome?.close();
  server.kill('SIGTERM');
}
