// `npm run build` while `npm start` runs (issue 14): the library build empties dist/, so the demo
// site the server serves must be built somewhere else, and every place that names that folder must
// agree: the Vite config's demo mode, `npm run build:demo`, `npm start` and the server's defaults.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { resolveConfig } from 'vite';

const root = process.cwd();
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };

async function outDir(mode: string): Promise<string> {
  const config = await resolveConfig({ configFile: join(root, 'vite.config.ts'), mode, logLevel: 'silent' }, 'build');
  return relative(root, config.build.outDir);
}

describe('the demo site is built outside dist/', () => {
  it('npm run build empties dist/, and the library and script-tag builds write there', async () => {
    assert.match(pkg.scripts.build, /^node -e "require\('fs'\)\.rmSync\('dist',/);
    assert.equal(await outDir('production'), 'dist');
    assert.equal(await outDir('cdn'), 'dist/cdn');
  });

  it('the demo site goes to demo/dist/site, which the library build leaves alone', async () => {
    const demo = await outDir('demo');
    assert.equal(demo, 'demo/dist/site');
    assert.ok(relative('dist', demo).startsWith('..'), 'not inside dist/');
  });

  it('npm run build:demo, npm start and the server’s defaults name the same folder', () => {
    assert.match(pkg.scripts['build:demo'], /cpSync\('demo\/data','demo\/dist\/site\/data'/);
    assert.match(read('tools/start.mjs'), /new URL\('\.\.\/demo\/dist\/site\/data', import\.meta\.url\)/);
    assert.match(read('tools/server.mjs'), /defaults\.push\('--static', 'demo\/dist\/site=\/'\)/);
    for (const file of ['tools/start.mjs', 'tools/server.mjs', 'package.json', 'vite.config.ts'])
      assert.doesNotMatch(read(file), /dist\/demo/, `${file} no longer names dist/demo`);
  });
});

describe('npm start and its port', () => {
  /** `node tools/start.mjs` with `env`; it must stop before building anything. */
  function start(env: Record<string, string>) {
    const r = spawnSync(process.execPath, ['tools/start.mjs'], {
      cwd: root,
      env: { ...process.env, HOST: '127.0.0.1', DATA_DIR: '.tmp/start-port-test', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  }

  it('a port in use is said in one line, and nothing is built or started', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const r = start({ PORT: String(port) });
      assert.equal(r.status, 1);
      assert.match(r.out, new RegExp(`npm start: 127\\.0\\.0\\.1:${port} is in use .*PORT=8788 npm start`));
      assert.doesNotMatch(r.out, /building the demo site|EADDRINUSE|\bat /);
    } finally {
      taken.close();
    }
  });

  it('a PORT that is not a port is refused by name', () => {
    for (const value of ['abc', '70000', '-1', '80.5']) {
      const r = start({ PORT: value });
      assert.equal(r.status, 1, value);
      assert.match(r.out, new RegExp(`PORT=${value.replace('.', '\\.')} is not a port \\(0 to 65535\\)`), value);
      assert.doesNotMatch(r.out, /building the demo site/, value);
    }
  });
});
