// `npm test`: the node-side checks (engine under plain Node), then the browser suite in headless Chromium.
// Closing line: "N passed, N failed" over both, for CI to read.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

const chrome = findChromium();
const env = { ...process.env, CHROME_PATH: chrome };
const args = process.argv.slice(2);

let passed = 0;
let failed = 0;
let skipped = 0;

function run(cmd, cmdArgs) {
  const r = spawnSync(cmd, cmdArgs, {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 28,
  });
  process.stdout.write(r.stdout ?? '');
  return { status: r.status ?? 1, out: r.stdout ?? '' };
}

// 1. Node tests (DOM-free layers must run in Node 20).
const node = run(process.execPath, ['tools/node-tests.mjs']);
const nm = /node: (\d+) passed, (\d+) failed/.exec(node.out);
if (nm) {
  passed += Number(nm[1]);
  failed += Number(nm[2]);
} else if (node.status !== 0) failed += 1;

// 2. Browser tests.
const wtr = run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...args]);
const wm = /wtr: (\d+) passed, (\d+) failed, (\d+) skipped/.exec(wtr.out);
if (wm) {
  passed += Number(wm[1]);
  failed += Number(wm[2]);
  skipped += Number(wm[3]);
} else if (wtr.status !== 0) failed += 1;
if (wtr.status !== 0 && failed === 0) failed = 1;

process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(failed > 0 || node.status !== 0 || wtr.status !== 0 ? 1 : 0);
