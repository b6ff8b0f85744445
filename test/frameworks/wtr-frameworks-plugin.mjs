// web-test-runner plugin for the React and Vue example tests (test/frameworks/).
//
// 1. React ships CommonJS only, which browsers cannot import and wtr's node-resolve does not convert
//    (@rollup/plugin-commonjs is not installed). esbuild bundles React's entry points once, at server
//    start, into ES modules that share one chunk: react-dom and the JSX runtime must see the same
//    React instance, or hooks break. Each CommonJS export is re-exported by name, read in Node.
// 2. The examples import the package by name (`booking-elements/react`), as users do; here those
//    specifiers resolve to the sources, following package.json's exports (dist/types/x.d.ts → src/x.ts),
//    as demo/*/vite.config.ts does for the example builds.
// 3. `vue` is Vue's browser build with the template compiler (the examples compile their templates
//    at run time; the bundler builds would need `process.env`).
// 4. TypeScript's `./App.js` for `./App.tsx`: @web/dev-server-esbuild maps `.js` to `.ts` only.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { getRequestFilePath } from '@web/dev-server-core';

const require = createRequire(import.meta.url);
const PREFIX = '/__react-esm/';
const REACT_ENTRIES = ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client'];
const fileOf = (specifier) => `${specifier.replace(/\//g, '__')}.js`;

/** `booking-elements` and its subpaths → the source file behind each export's types. */
function packageSources(root) {
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  const map = new Map();
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const types = typeof target === 'object' ? target.types : undefined;
    if (!types?.startsWith('./dist/types/')) continue;
    const source = types.replace('./dist/types/', '/src/').replace(/\.d\.ts$/, '.ts');
    map.set(subpath === '.' ? pkg.name : `${pkg.name}${subpath.slice(1)}`, source);
  }
  return map;
}

async function bundleReact() {
  const facades = {
    name: 'cjs-facades',
    setup(b) {
      b.onResolve({ filter: /^facade:/ }, (args) => ({ path: args.path.slice('facade:'.length), namespace: 'facade' }));
      b.onLoad({ filter: /.*/, namespace: 'facade' }, (args) => {
        const names = Object.keys(require(args.path)).filter((n) => n !== 'default' && n !== '__esModule');
        return {
          contents: `import m from ${JSON.stringify(args.path)};\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`,
          resolveDir: process.cwd(),
          loader: 'js',
        };
      });
    },
  };
  const result = await build({
    entryPoints: Object.fromEntries(REACT_ENTRIES.map((s) => [fileOf(s).slice(0, -3), `facade:${s}`])),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    outdir: '/out',
    logLevel: 'warning',
    // The development build: its warnings (keys, act(), invalid props) are worth seeing in tests.
    define: { 'process.env.NODE_ENV': '"development"' },
    plugins: [facades],
  });
  return new Map(result.outputFiles.map((f) => [f.path.slice('/out/'.length), f.text]));
}

export function frameworksPlugin({ root = new URL('../../', import.meta.url) } = {}) {
  const sources = packageSources(root);
  let files;
  let rootDir;
  return {
    name: 'booking-elements-frameworks',
    async serverStart({ config }) {
      rootDir = config.rootDir;
      files = await bundleReact();
    },
    resolveImport({ source, context }) {
      if (REACT_ENTRIES.includes(source)) return `${PREFIX}${fileOf(source)}`;
      if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
      if (source.startsWith('.') && source.endsWith('.js') && /\.tsx?$/.test(context.path)) {
        const dir = dirname(getRequestFilePath(context.url, rootDir));
        const base = source.slice(0, -3);
        if (!existsSync(join(dir, `${base}.ts`)) && existsSync(join(dir, `${base}.tsx`))) return `${base}.tsx`;
        return undefined;
      }
      return sources.get(source);
    },
    serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const body = files?.get(context.path.slice(PREFIX.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
