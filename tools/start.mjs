// `npm start`: the demo clinic on the booking server. Builds the demo site (dist/demo), then runs
// the server (tools/server.mjs → src/server/cli.ts) on the embedded database (PGlite, kept in
// .tmp/server-data), seeded with the sample clinic on first run, serving the site at / and the REST
// contract at /api. The pages notice the server and talk to it with `api=` (demo/backend.ts); staff
// sign in on the back office page with the demo accounts printed below.
//
//   PORT, HOST            where to listen (default 127.0.0.1:8787)
//   DATABASE_URL          a PostgreSQL server instead of PGlite
//   npm start -- --fresh  start from an empty database (deletes .tmp/server-data)
//   npm run dev           the same pages on the Vite dev server, on the in-browser reference adapter
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
const args = process.argv.slice(2);
if (args.includes('--fresh')) rmSync(new URL('../.tmp/server-data', import.meta.url), { recursive: true, force: true });

console.log('  building the demo site (vite build --mode demo)…');
const built = spawnSync('npx', ['vite', 'build', '--mode', 'demo', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);
cpSync(new URL('../demo/data', import.meta.url), new URL('../dist/demo/data', import.meta.url), { recursive: true });

const base = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
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
    ...args.filter((a) => a !== '--fresh'),
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
    back office    ${base}/admin.html   sign in as anna@contoso.example, password demo-password
    REST API       ${base}/api
  Database: PGlite in .tmp/server-data (DATABASE_URL for PostgreSQL). Ctrl+C to stop.
`);
    break;
  }
  await new Promise((r) => setTimeout(r, 250));
}
