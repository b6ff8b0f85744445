// `npm run build` while `npm start` runs (issue 14): the library build empties dist/, so the demo
// site the server serves must be built somewhere else, and every place that names that folder must
// agree: the Vite config's demo mode, `npm run build:demo`, `npm start` and the server's defaults.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
