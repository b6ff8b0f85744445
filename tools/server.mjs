// The server, bundled with esbuild (no tsx here): `node tools/server.mjs [serve options]` builds
// src/server/cli.ts and runs it with this repository's defaults (the sample clinic seeded on
// first run into .tmp/server-data, the demo and the script-tag bundle served when built).
//
//   node tools/server.mjs build-cli   bundle the CLI to .tmp/server/cli.mjs and print its path (tests)
//   node tools/server.mjs build       dist/server.js, dist/server-cli.js and their types (npm run build)
//   node tools/server.mjs [args…]     npm run serve: build, then run `cli.mjs serve` with the defaults below
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
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
  await build({
    ...common,
    entryPoints: { server: join(root, 'src/server/index.ts') },
    outdir: join(root, 'dist'),
    sourcemap: true,
  });
  // The CLI is the package's `booking-elements-server` bin: `npx booking-elements-server serve`.
  await build({
    ...common,
    entryPoints: { 'server-cli': join(root, 'src/server/cli.ts') },
    outdir: join(root, 'dist'),
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
  });
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
      if (existsSync(join(root, 'dist/demo'))) defaults.push('--static', 'dist/demo=/');
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
