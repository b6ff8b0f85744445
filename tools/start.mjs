// `npm start`: the demo clinic on the booking server. Builds the demo site into demo/dist/site (not
// into dist/, which `npm run build` empties, even while this runs), then runs the server
// (tools/server.mjs → src/server/cli.ts) on the embedded database (PGlite, kept in .tmp/server-data),
// serving the site at / and the REST contract at /api. The pages notice the server and talk to it
// with `api=` (demo/backend.ts); staff sign in on the back office page with the demo accounts below.
//
// On the first run (a new database) the sample clinic (demo/data/contoso.json) is written with its
// demo sign-ins and sample data around today: appointments of the last and next two weeks, their
// customers, cancellations, staff time off (demo/server/seed.ts, through the booking rules).
//
//   PORT, HOST                  where to listen (default 127.0.0.1:8787; PORT=0: a free port)
//   DATABASE_URL                a PostgreSQL server instead of PGlite
//   npm start -- --fresh        start again from a new database (deletes .tmp/server-data), sample data included
//   npm start -- --no-sample    on a first run, the clinic without sample data
//   npm run dev                 the same pages on the Vite dev server, on the in-browser reference adapter
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const host = process.env.HOST ?? '127.0.0.1';
const port = await claimPort(process.env.PORT ?? '8787');
const OWN_FLAGS = ['--fresh', '--no-sample'];
const args = process.argv.slice(2);
const dataDir = process.env.DATA_DIR ?? '.tmp/server-data';
if (args.includes('--fresh')) rmSync(join(root, dataDir), { recursive: true, force: true });

/**
 * The port to listen on, known before anything is built (the sample data's manage links carry it):
 * `PORT=0` takes a free one; a port in use or not a port is said plainly, and nothing starts.
 */
async function claimPort(text) {
  const wanted = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  const outcome = await new Promise((resolve) => {
    if (!(wanted >= 0 && wanted <= 65535)) return resolve({ why: `PORT=${text} is not a port (0 to 65535)` });
    const probe = createServer();
    probe.once('error', (error) =>
      resolve({
        why:
          error.code === 'EADDRINUSE'
            ? `${host}:${wanted} is in use (another \`npm start\`?): stop it, or choose another port, e.g. PORT=8788 npm start`
            : `cannot listen on ${host}:${wanted}: ${error.message}`,
      }),
    );
    probe.listen(wanted, host, () => {
      const { port: free } = probe.address();
      probe.close(() => resolve({ port: free }));
    });
  });
  if (outcome.why) {
    console.error(`  npm start: ${outcome.why}`);
    process.exit(1);
  }
  return outcome.port;
}

console.log('  building the demo site (vite build --mode demo)…');
const built = spawnSync('npx', ['vite', 'build', '--mode', 'demo', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);
cpSync(new URL('../demo/data', import.meta.url), new URL('../demo/dist/site/data', import.meta.url), {
  recursive: true,
});

const base = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
const DEMO_PASSWORD = 'demo-password';

// First run: PGlite's folder is new (a PostgreSQL database is asked: the seed script keeps one that
// holds a business already).
const newDatabase =
  Boolean(process.env.DATABASE_URL) ||
  !existsSync(join(root, dataDir)) ||
  readdirSync(join(root, dataDir)).length === 0;
if (newDatabase && !args.includes('--no-sample')) {
  console.log('  first run: writing the sample clinic and its appointments around today…');
  const seed = join(root, '.tmp/demo-seed/demo-seed.mjs');
  await build({
    entryPoints: [join(root, 'demo/server/seed.ts')],
    outfile: seed,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  const seeded = spawnSync(
    process.execPath,
    [
      '--enable-source-maps',
      seed,
      '--config',
      'demo/data/contoso.json',
      '--data-dir',
      dataDir,
      '--manage-url',
      `${base}/manage.html`,
      '--demo-password',
      DEMO_PASSWORD,
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (seeded.status !== 0) process.exit(seeded.status ?? 1);
}

const child = spawn(
  process.execPath,
  [
    'tools/server.mjs',
    'serve',
    '--port',
    String(port),
    '--host',
    host,
    '--manage-url',
    `${base}/manage.html`,
    ...args.filter((a) => !OWN_FLAGS.includes(a)),
  ],
  { cwd: root, stdio: 'inherit', env: { LOG_LEVEL: 'warn', ...process.env } },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));

// The banner, once the server answers.
for (let i = 0; i < 600; i++) {
  if (child.exitCode !== null) break;
  const up = await fetch(`${base}/readyz`).then(
    (r) => r.ok,
    () => false,
  );
  if (up) {
    console.log(`
  Contoso Clinic on the booking server: ${base}/
    booking page   ${base}/
    back office    ${base}/admin.html   sign in as anna@contoso.example, password ${DEMO_PASSWORD}
    REST API       ${base}/api
  Database: ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${dataDir}`}. Ctrl+C to stop.
`);
    break;
  }
  await new Promise((r) => setTimeout(r, 250));
}
