// `npm run build:vue`: the Vue example as static files in demo/dist/vue.
//
// The app's template is a string compiled in the browser, so `vue` is the full build (runtime and
// compiler), not the runtime-only one a bundler gets by default. No @vitejs/plugin-vue: there are
// no .vue files. In this repository `booking-elements/*` resolves to the sources, so the example
// builds without `npm run build`. Copied into a project of its own (with demo/site.css and
// demo/data/contoso.json beside it, as test/package does), there are no sources two folders up: the
// same imports resolve to the installed package's dist/, as in any application.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const fromSource = existsSync(here('../../src/index.ts'));

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: false,
  resolve: {
    alias: [
      { find: /^vue$/, replacement: 'vue/dist/vue.esm-bundler.js' },
      ...(fromSource
        ? [
            { find: /^booking-elements\/define$/, replacement: here('../../src/define.ts') },
            { find: /^booking-elements\/adapters$/, replacement: here('../../src/adapters/index.ts') },
          ]
        : []),
    ],
  },
  // Vue's bundler builds read these compile-time flags (and warn when they are missing).
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  server: { fs: { allow: [here('../..')] } },
  build: { outDir: here('../dist/vue'), emptyOutDir: true, target: 'es2022' },
});
