// The server, bundled with esbuild (no tsx here): `node tools/server.mjs [serve options]` builds
// src/server/cli.ts and runs it with this repository's defaults (the sample clinic seeded on
// first run into .tmp/server-data, the demo and the script-tag bundle served when built).
//
//   node tools/server.mjs build-cli   bundle the CLI to .tmp/server/cli.mjs and print its path (tests)
//   node tools/server.mjs build       dist/server.js, dist/server-cli.js and their types (npm run build)
//   node tools/server.mjs [args…]     npm run serve: build, then run `cli.mjs serve` with the defaults below
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
};

async function buildCli() {
  const outfile = join(root, '.tmp/server/cli.mjs');
  mkdirSync(join(root, '.tmp/server'), { recursive: true });
  await build({ ...common, entryPoints: [join(root, 'src/server/cli.ts')], outfile, sourcemap: 'inline' });
  return outfile;
}

const [command, ...rest] = process.argv.slice(2);

if (command === 'build-cli') {
  console.log(await buildCli());
} else if (command === 'build') {
  // The server and its CLI, each bundled into dist/chunks/, behind a small entry file that first
  // checks the optional peers (src/server/peers.ts): imported without hono, `booking-elements/server`
  // fails with one message naming what to install, not with "Cannot find package" from a chunk.
  const built = await build({
    ...common,
    entryPoints: {
      'chunks/server-main': join(root, 'src/server/index.ts'),
      'chunks/server-cli-main': join(root, 'src/server/cli.ts'),
      'chunks/server-peers': join(root, 'src/server/peers.ts'),
    },
    outdir: join(root, 'dist'),
    // What the server and the CLI share is one chunk (one MissingPeerError class, one copy of the rules).
    splitting: true,
    chunkNames: 'chunks/server-shared-[hash]',
    sourcemap: true,
    metafile: true,
  });
  const exportsOf = (name) =>
    Object.entries(built.metafile.outputs).find(([path]) => path.endsWith(`dist/chunks/${name}.js`))[1].exports;
  const names = exportsOf('server-main');
  const header = (what) =>
    `// ${what} (written by tools/server.mjs): checks the optional peer dependencies the server needs,\n` +
    '// then loads it from chunks/.\n';
  writeFileSync(
    join(root, 'dist/server.js'),
    `${header('booking-elements/server')}import { assertServerPeers } from './chunks/server-peers.js';\n\n` +
      'await assertServerPeers();\n' +
      `export const { ${names.join(', ')} } = await import('./chunks/server-main.js');\n`,
  );
  // The CLI is the package's `booking-elements-server` bin: `npx booking-elements-server serve`.
  const cli = join(root, 'dist/server-cli.js');
  writeFileSync(
    cli,
    `#!/usr/bin/env node\n${header('The booking-elements-server command')}` +
      "import { assertServerPeers, MissingPeerError } from './chunks/server-peers.js';\n\n" +
      'try {\n  await assertServerPeers();\n} catch (error) {\n' +
      '  if (!(error instanceof MissingPeerError)) throw error;\n' +
      '  console.error(error.message);\n  process.exit(1);\n}\n' +
      "await import('./chunks/server-cli-main.js');\n",
  );
  chmodSync(cli, 0o755);
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'src/server/tsconfig.build.json'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  process.exit(r.status ?? 1);
} else {
  const cli = await buildCli();
  const args = command === undefined ? [] : [command, ...rest];
  const serveArgs = args[0] === undefined || args[0].startsWith('-') ? ['serve', ...args] : args;
  const defaults = [];
  if (serveArgs[0] === 'serve') {
    const has = (flag) => serveArgs.some((a) => a === flag || a.startsWith(`${flag}=`));
    if (!has('--seed') && !process.env.SEED_FILE) defaults.push('--seed', 'demo/data/contoso.json');
    if (!has('--data-dir') && !process.env.DATA_DIR && !process.env.DATABASE_URL)
      defaults.push('--data-dir', '.tmp/server-data');
    if (!has('--static') && !process.env.STATIC_DIRS) {
      if (existsSync(join(root, 'demo/dist/site'))) defaults.push('--static', 'demo/dist/site=/');
      if (existsSync(join(root, 'dist/cdn'))) defaults.push('--static', 'dist/cdn=/cdn');
    }
    if (!has('--demo-password')) defaults.push('--demo-password', 'demo-password');
  }
  const child = spawn(process.execPath, ['--enable-source-maps', cli, ...serveArgs, ...defaults], {
    cwd: root,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
