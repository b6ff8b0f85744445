// The package as users install it (issue 14): `npm pack`, then the tarball installed into a new
// project in the system's temporary folder, outside this repository, with a node_modules of its own.
// Nothing there can reach the workspace: Node looks for packages up the directory tree, so the test
// first makes sure no folder above the project holds a node_modules.
//
//   1. the tarball: library, types, script-tag bundle, docs, README; no tests, fixtures or demo data;
//   2. with only the package installed: every entry point imports in Node and works, and
//      `booking-elements/server` (and its bin) fails with one message naming the peers to install;
//   3. with the peers docs/deploy.md and the README name (hono, @hono/node-server, PGlite; react,
//      @lit/react; vue) and vite: /server and /react import; the React and the Vue example
//      (demo/react, demo/vue, copied into the project) build against the installed package and book
//      in headless Chromium; and a plain HTML page holding only the script tag and <booking-page>,
//      on a static host serving the installed dist/cdn/, books against the installed server on
//      another origin (CORS_ORIGINS).
//
// Run by `npm run test:package` (in .ci/run, after `npm run build`), not by `npm test`: it packs
// dist/ as built, and installs from the npm registry (or npm's cache). Time is not real: pages get a
// fixed `Date.now`, the server a fixed clock.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { serveFolder } from '../../tools/serve-folder.mjs';
import { bookAsCustomer, chromium, htmlPage, openPage, TIMEOUT, type InPage } from '../node/browser-booking.js';
import type * as ServerModule from '../../src/server/index.js';
import type { BusinessInput } from '../../src/schemas/business.js';

const root = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  exports: Record<string, string | { types: string; default: string }>;
  bin: Record<string, string>;
  devDependencies: Record<string, string>;
};
const contosoPath = join(root, 'demo/data/contoso.json');

// Monday 30 November 2026, 08:00 in Copenhagen: with a 2-hour minimum lead, the first free time of
// "Dental cleaning" is 10:00 that day (as in test/node/script-tag.test.ts).
const NOW = Date.parse('2026-11-30T07:00:00Z');
const FIRST_FREE = Date.parse('2026-11-30T09:00:00Z');

/** The peers a server install adds (docs/deploy.md), the React wrappers' (README), Vue, and vite for the examples. */
const PEERS = ['hono', '@hono/node-server', '@electric-sql/pglite', 'react', 'react-dom', '@lit/react', 'vue', 'vite'];

/** The environment for npm and node in the project: none of the `npm run` variables that point back here. */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'INIT_CWD' && key !== 'NODE_PATH'),
);

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end (no time limit), resolving with its exit code and output. */
function run(command: string, args: string[], cwd: string): Promise<Ran> {
  return new Promise((done) => {
    execFile(command, args, { cwd, env: cleanEnv, maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

async function ok(command: string, args: string[], cwd: string): Promise<string> {
  const r = await run(command, args, cwd);
  assert.equal(r.code, 0, `${command} ${args.join(' ')} failed (${r.code}):\n${r.stderr || r.stdout}`);
  return r.stdout;
}

/** Every file below `folder`. */
function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The newest modification time below `path` (a file or a folder). */
function newest(path: string): number {
  return statSync(path).isDirectory()
    ? Math.max(0, ...walk(path).map((f) => statSync(f).mtimeMs))
    : statSync(path).mtimeMs;
}

/** Node in the project: imports `specifier` and reports where it resolved and what it exports. */
const IMPORT_SCRIPT = `
const specifier = process.argv[1];
const module = await import(specifier);
console.log(JSON.stringify({ resolved: import.meta.resolve(specifier), exports: Object.keys(module).sort() }));
`;

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string; size: number }[];
}

describe(
  'the npm package, installed as users install it',
  { skip: chromium ? false : 'no Chromium (set CHROME_PATH)' },
  () => {
    let tmp: string;
    let app: string;
    let tarball: string;
    let packed: PackResult;
    let browser: Browser;
    const installed = () => join(app, 'node_modules', pkg.name);

    before(async () => {
      const dist = join(root, 'dist');
      assert.ok(existsSync(join(dist, 'index.js')), 'dist/ is missing: run `npm run build` first');
      const sources = Math.max(...['src', 'vite.config.ts', 'tools/server.mjs'].map((p) => newest(join(root, p))));
      assert.ok(
        statSync(join(dist, 'index.js')).mtimeMs >= sources,
        'dist/ is older than src/ or the build configuration: run `npm run build` first',
      );

      tmp = mkdtempSync(join(tmpdir(), 'booking-elements-package-'));
      app = join(tmp, 'app');
      mkdirSync(app);
      // Node resolves bare imports in every node_modules up the tree: none may sit above the project.
      for (let dir = dirname(app); ; dir = dirname(dir)) {
        assert.ok(!existsSync(join(dir, 'node_modules')), `${dir}/node_modules would leak into the project`);
        if (dirname(dir) === dir) break;
      }
      assert.ok(!app.startsWith(root), 'the project is outside the repository');

      const out = await ok('npm', ['pack', '--json', '--pack-destination', tmp], root);
      packed = (JSON.parse(out) as PackResult[])[0]!;
      tarball = join(tmp, packed.filename);
      writeFileSync(
        join(app, 'package.json'),
        JSON.stringify({ name: 'my-clinic-site', private: true, type: 'module' }),
      );
      await ok('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline'], app);

      browser = await puppeteer.launch({
        executablePath: chromium,
        headless: true,
        args: ['--no-sandbox', '--disable-dev-shm-usage'],
      });
    });

    after(async () => {
      await browser?.close();
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    });

    it('the tarball holds the built library, its types, the script-tag bundle and the docs; no tests, fixtures or demo data', (t) => {
      const paths = packed.files.map((f) => f.path);
      const outside = paths.filter(
        (p) =>
          !/^(dist\/|docs\/[\w-]+\.(md|json)$|custom-elements\.json$|README\.md$|CHANGELOG\.md$|package\.json$|LICENSE)/.test(
            p,
          ),
      );
      assert.deepEqual(outside, [], 'only dist/, docs/, the manifest, README, CHANGELOG and package.json');
      const unwanted = paths.filter(
        (p) =>
          /(^|\/)(test|tests|__tests__|stories|demo|fixtures|node_modules|\.tmp)\//.test(p) ||
          /\.(test|spec|stories)\.[cm]?[jt]sx?$/.test(p) ||
          /contoso/i.test(p),
      );
      assert.deepEqual(unwanted, [], 'no tests, stories, fixtures or demo data');
      // The sample clinic is demo data: only the documentation names it.
      const withDemoData = walk(installed())
        .filter((f) => !f.endsWith('.map') && /contoso/i.test(readFileSync(f, 'utf8')))
        .map((f) => relative(installed(), f));
      assert.deepEqual(
        withDemoData.filter((f) => !/^(README\.md|CHANGELOG\.md|docs\/[\w-]+\.md)$/.test(f)),
        [],
        'the sample clinic is named in the docs only',
      );

      // Every export and the bin point at a file that is there.
      for (const [subpath, target] of Object.entries(pkg.exports)) {
        for (const file of typeof target === 'string' ? [target] : [target.types, target.default]) {
          assert.ok(paths.includes(file.replace(/^\.\//, '')), `exports["${subpath}"] → ${file} is in the tarball`);
        }
      }
      for (const file of Object.values(pkg.bin)) assert.ok(paths.includes(file.replace(/^\.\//, '')), `bin ${file}`);

      const byFolder = new Map<string, { files: number; bytes: number }>();
      for (const f of packed.files) {
        const folder = f.path.startsWith('dist/') ? f.path.split('/').slice(0, 2).join('/') : f.path.split('/')[0];
        const key = /^dist\/[^/]+\.(js|map)$/.test(f.path) ? 'dist/*.js' : folder;
        const entry = byFolder.get(key) ?? { files: 0, bytes: 0 };
        byFolder.set(key, { files: entry.files + 1, bytes: entry.bytes + f.size });
      }
      t.diagnostic(
        `${packed.filename}: ${(packed.size / 1024).toFixed(0)} KB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KB unpacked, ${packed.entryCount} files`,
      );
      for (const [folder, { files, bytes }] of [...byFolder].sort(([a], [b]) => (a < b ? -1 : 1)))
        t.diagnostic(`  ${folder}: ${files} files, ${(bytes / 1024).toFixed(0)} KB`);
      const maps = packed.files.filter((f) => f.path.endsWith('.map'));
      t.diagnostic(
        `  of which source maps: ${maps.length} files, ${(maps.reduce((n, f) => n + f.size, 0) / 1024).toFixed(0)} KB`,
      );
    });

    it('imports every entry point in Node with only its dependencies installed, and each works', async () => {
      const expected: Record<string, string[]> = {
        [pkg.name]: [
          'BookingPage',
          'BookingAdmin',
          'HttpAdapter',
          'ReferenceAdapter',
          'BookingError',
          'businessSchema',
        ],
        [`${pkg.name}/define`]: [],
        [`${pkg.name}/adapters`]: ['HttpAdapter', 'ReferenceAdapter', 'BookingError', 'createRequestHandler'],
        [`${pkg.name}/core`]: ['computeAvailability', 'explainAvailability'],
        [`${pkg.name}/schemas`]: ['businessSchema', 'parseBusiness', 'validate'],
        [`${pkg.name}/testing`]: ['runAdapterContract'],
        [`${pkg.name}/jsx`]: [],
        [`${pkg.name}/vue`]: [],
      };
      for (const [specifier, names] of Object.entries(expected)) {
        const r = await run(process.execPath, ['--input-type=module', '-e', IMPORT_SCRIPT, specifier], app);
        assert.equal(r.code, 0, `import('${specifier}') in Node:\n${r.stderr}`);
        const { resolved, exports } = JSON.parse(r.stdout) as { resolved: string; exports: string[] };
        assert.ok(
          resolved.startsWith(pathToFileURL(installed()).href + '/dist/'),
          `${specifier} resolves into the installed package's dist/ (${resolved})`,
        );
        for (const name of names) assert.ok(exports.includes(name), `${specifier} exports ${name}`);
      }

      // And they work: the package entry defines nothing, /define registers every tag (lit's DOM shim
      // in Node), the reference adapter answers from memory, the schemas check the sample clinic.
      const use = await run(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `
        import { readFileSync } from 'node:fs';
        const config = JSON.parse(readFileSync(process.argv[1], 'utf8'));
        const { BookingPage } = await import('booking-elements');
        const before = customElements.get('booking-page');
        await import('booking-elements/define');
        const { ReferenceAdapter } = await import('booking-elements/adapters');
        const { parseBusiness } = await import('booking-elements/schemas');
        const { computeAvailability } = await import('booking-elements/core');
        const adapter = new ReferenceAdapter({ config, storage: 'memory', now: () => ${NOW} });
        const page = await adapter.getBookingPage({});
        const slots = await adapter.getAvailability({ serviceId: 'cleaning', start: '2026-11-30T00:00:00Z', end: '2026-12-01T00:00:00Z' });
        console.log(JSON.stringify({
          before: before === undefined,
          defined: customElements.get('booking-page') === BookingPage,
          business: page.business.displayName,
          first: slots[0]?.start,
          parsed: parseBusiness(config).id,
          engine: typeof computeAvailability,
        }));
        `,
          contosoPath,
        ],
        app,
      );
      assert.equal(use.code, 0, use.stderr);
      assert.deepEqual(JSON.parse(use.stdout), {
        before: true,
        defined: true,
        business: 'Contoso Clinic',
        first: new Date(FIRST_FREE).toISOString(),
        parsed: 'contoso',
        engine: 'function',
      });
    });

    it('booking-elements/server and its bin, without the optional peers, fail with one message: the packages and the npm command', async () => {
      const r = await run(process.execPath, ['--input-type=module', '-e', `await import('${pkg.name}/server')`], app);
      assert.notEqual(r.code, 0);
      assert.match(r.stderr, /MissingPeerError: booking-elements\/server needs hono and @hono\/node-server/);
      assert.match(r.stderr, /\n {2}npm install hono @hono\/node-server @electric-sql\/pglite\n/);
      assert.doesNotMatch(r.stderr, /Cannot find package|ERR_MODULE_NOT_FOUND/);

      const bin = await run(join(app, 'node_modules/.bin/booking-elements-server'), ['--help'], app);
      assert.equal(bin.code, 1);
      assert.equal(
        bin.stderr.split('\n').slice(0, 2).join('\n'),
        'booking-elements/server needs hono and @hono/node-server: optional peer dependencies of booking-elements, not installed here. Install with:\n' +
          '  npm install hono @hono/node-server @electric-sql/pglite',
      );
    });

    describe('with the peers installed', () => {
      before(async () => {
        const versions = PEERS.map((name) => {
          const version = pkg.devDependencies[name];
          assert.ok(version, `${name} is a devDependency here (its version is the one tested)`);
          return `${name}@${version}`;
        });
        await ok('npm', ['install', ...versions, '--no-audit', '--no-fund', '--prefer-offline'], app);
        // The examples, as an application holds them: their sources, the shared stylesheet and sample data.
        for (const path of ['demo/react', 'demo/vue', 'demo/site.css', 'demo/data/contoso.json'])
          cpSync(join(root, path), join(app, path), { recursive: true });
        rmSync(join(app, 'demo/dist'), { recursive: true, force: true });
      });

      it('booking-elements/server and /react import in Node', async () => {
        for (const [specifier, name] of [
          [`${pkg.name}/server`, 'createServer'],
          [`${pkg.name}/react`, 'BookingPage'],
        ] as const) {
          const r = await run(process.execPath, ['--input-type=module', '-e', IMPORT_SCRIPT, specifier], app);
          assert.equal(r.code, 0, `import('${specifier}'):\n${r.stderr}`);
          assert.ok(
            (JSON.parse(r.stdout) as { exports: string[] }).exports.includes(name),
            `${specifier} exports ${name}`,
          );
        }
        const help = await run(join(app, 'node_modules/.bin/booking-elements-server'), ['--help'], app);
        assert.equal(help.code, 0, help.stderr);
        assert.match(help.stdout, /^booking-elements server/);
      });

      for (const example of ['react', 'vue'] as const) {
        it(
          `the ${example === 'react' ? 'React' : 'Vue'} example builds against the installed package and books in Chromium`,
          { timeout: 6 * TIMEOUT },
          async () => {
            const vite = join(app, 'node_modules/vite/bin/vite.js');
            await ok(
              process.execPath,
              [vite, 'build', '--config', `demo/${example}/vite.config.ts`, '--sourcemap', '--logLevel', 'warn'],
              app,
            );
            const out = join(app, 'demo/dist', example);

            // Built from the installed package: every module the bundle holds is a file of the project.
            const sources = walk(out)
              .filter((f) => f.endsWith('.js.map'))
              .flatMap((map) =>
                (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources.map((s) =>
                  resolve(dirname(map), s),
                ),
              );
            assert.ok(sources.length > 0, 'the build wrote source maps');
            assert.deepEqual(
              sources.filter((s) => !s.startsWith(app + sep)),
              [],
              'no module from outside the project (the repository, its sources or its aliases)',
            );
            assert.ok(
              sources.some((s) => s.startsWith(join(installed(), 'dist') + sep)),
              'the elements come from the installed package’s dist/',
            );

            const { server, url } = await serveFolder(out);
            const watched = await openPage(browser, NOW);
            try {
              await watched.page.goto(url);
              const { start } = await bookAsCustomer(watched.page);
              assert.equal(Date.parse(start), FIRST_FREE, 'the first free time follows the fixed clock');
              // The application took the booking from the element's event into its own state.
              const summary = await watched.page.waitForFunction(
                () => {
                  const { document } = globalThis as unknown as InPage;
                  const text = document
                    .querySelector('[data-testid="summary"]')
                    ?.textContent?.replace(/\s+/g, ' ')
                    .trim();
                  return text || undefined;
                },
                { timeout: TIMEOUT },
              );
              assert.match(String(await summary.jsonValue()), /^Dental cleaning with /);
              assert.deepEqual(watched.problems, [], 'no page errors, console errors or failed requests');
            } finally {
              await watched.page.browserContext().close();
              await new Promise((done) => server.close(done));
            }
          },
        );
      }

      it(
        'a plain HTML page with only the script tag and <booking-page>, on a static host serving the installed dist/cdn/, books against the installed server on another origin',
        { timeout: 6 * TIMEOUT },
        async () => {
          const { createServer, silentLogger } = (await import(
            pathToFileURL(join(installed(), 'dist/server.js')).href
          )) as typeof ServerModule;
          const site = join(tmp, 'site');
          cpSync(join(installed(), 'dist/cdn'), site, { recursive: true });
          const host = await serveFolder(site);
          const siteOrigin = new URL(host.url).origin;
          const contoso = JSON.parse(readFileSync(contosoPath, 'utf8')) as BusinessInput;
          const server = await createServer({
            seed: [contoso],
            now: () => NOW,
            random: () => 0.5,
            logger: silentLogger,
            outboxIntervalMs: 0,
            rateLimits: false,
            corsOrigins: [siteOrigin],
          });
          const { url: apiOrigin } = await server.listen(0);
          // The installed server finds its package's version and OpenAPI document (docs/ is packed).
          const index = (await (await fetch(`${apiOrigin}/api`)).json()) as {
            version: string;
            links: { openapi: string };
          };
          assert.equal(index.version, pkg.version);
          assert.equal((await fetch(`${apiOrigin}${index.links.openapi}`)).status, 200);
          assert.notEqual(new URL(apiOrigin).origin, siteOrigin, 'the API is on another origin than the page');
          writeFileSync(
            join(site, 'index.html'),
            htmlPage(`<booking-page lang="en" api="${apiOrigin}/api"></booking-page>`),
          );

          const watched = await openPage(browser, NOW);
          try {
            await watched.page.goto(host.url);
            const { start, manageHref } = await bookAsCustomer(watched.page);
            assert.equal(Date.parse(start), FIRST_FREE);
            const appointmentId = new URLSearchParams(new URL(manageHref).hash.slice(1)).get('appointment');
            const stored = await server.adapter.asStaff('anna').listAppointments({
              start: new Date(NOW).toISOString(),
              end: new Date(NOW + 7 * 86_400_000).toISOString(),
            });
            assert.deepEqual(
              stored.map((a) => [a.id, a.customer.name]),
              [[appointmentId, 'Mette Hansen']],
              'the booking is on the server',
            );
            assert.deepEqual(watched.problems, [], 'no page errors, console errors or failed requests');
            assert.ok(
              watched.requests.every((u) => u.startsWith(siteOrigin) || u.startsWith(apiOrigin)),
              'every request goes to the site or the API',
            );
          } finally {
            await watched.page.browserContext().close();
            await server.close(1000);
            await new Promise((done) => host.server.close(done));
          }
        },
      );
    });
  },
);
