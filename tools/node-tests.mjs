// Runs test/node/**/*.test.ts under plain Node (node:test), to prove the DOM-free layers
// (core, schemas, adapters with memory storage) work outside a browser. esbuild compiles them.
//
//   node tools/node-tests.mjs                  every file in test/node
//   node tools/node-tests.mjs server adapters  the files in test/node whose path contains one of the words
//   node tools/node-tests.mjs test/package     another folder (npm run test:package), words may follow
//   node tools/node-tests.mjs server --test-name-pattern=…   options starting with -- go to `node --test`
//
// Each folder compiles to .tmp/<folder>-tests/ (two levels below the root, like the sources).
// The closing line is "<folder>: N passed, N failed" (tools/test.mjs reads "node: …").
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const passed = process.argv.slice(2).filter((a) => a.startsWith('--'));
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
// A first argument that names a folder (test/…) is the folder; every other one filters by path.
const [folder, ...filters] = args[0]?.startsWith('test/') ? args : ['test/node', ...args];
const label = basename(folder);
const outdir = join(root, `.tmp/${label}-tests`);

function find(dir) {
  let out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(find(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const testDir = join(root, folder);
const files = (() => {
  try {
    return find(testDir).filter((f) => filters.length === 0 || filters.some((x) => relative(testDir, f).includes(x)));
  } catch {
    return [];
  }
})();
if (files.length === 0) {
  console.log(`${label}: 0 passed, 0 failed`);
  process.exit(0);
}

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: files,
  outdir,
  outbase: testDir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
});

const compiled = files.map((f) => join(outdir, relative(testDir, f)).replace(/\.ts$/, '.mjs'));
const r = spawnSync(
  process.execPath,
  ['--enable-source-maps', '--test', '--test-reporter=spec', ...passed, ...compiled],
  {
    encoding: 'utf8',
    cwd: root,
    maxBuffer: 1 << 28,
  },
);
process.stdout.write(r.stdout);
process.stderr.write(r.stderr);
const pass = Number(/ℹ pass (\d+)/.exec(r.stdout)?.[1] ?? 0);
// A test cancelled (its suite's `before` failed, say) did not pass: it counts as failed.
const fail =
  Number(/ℹ fail (\d+)/.exec(r.stdout)?.[1] ?? (r.status === 0 ? 0 : 1)) +
  Number(/ℹ cancelled (\d+)/.exec(r.stdout)?.[1] ?? 0);
console.log(`${label}: ${pass} passed, ${fail} failed`);
process.exit(r.status ?? 1);
