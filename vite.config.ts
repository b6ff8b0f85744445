import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const demoPage = (name: string) => fileURLToPath(new URL(`./demo/${name}`, import.meta.url));

// Two builds from one config:
//   `vite build`             the npm library: one ES module per entry point, dependencies external,
//                            so applications dedupe lit, zod and idb with their own copies.
//   `vite build --mode cdn`  the script-tag bundle: one self-contained, minified ES module that
//                            defines every element (lazy chunks beside it).
const entries = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  core: 'src/core/index.ts',
  adapters: 'src/adapters/index.ts',
  schemas: 'src/schemas/index.ts',
  testing: 'src/testing/index.ts',
  // React wrappers (imports react and @lit/react, both optional peers); jsx and vue are types only,
  // built so `import 'booking-elements/jsx'` resolves at run time as well (to an empty module).
  react: 'src/react.ts',
  jsx: 'src/jsx.ts',
  vue: 'src/vue.ts',
};

export default defineConfig(({ mode }) => {
  if (mode === 'cdn') {
    return {
      build: {
        target: 'es2022',
        outDir: 'dist/cdn',
        emptyOutDir: true,
        sourcemap: true,
        minify: 'oxc',
        lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'booking-elements.js' },
        rolldownOptions: {
          output: {
            // Vite's lib mode skips whitespace minification for 'es'; a script-tag bundle wants it.
            minify: true,
            comments: { legal: true, annotation: false, jsdoc: false },
            chunkFileNames: 'chunks/[name]-[hash].js',
          },
        },
      },
    };
  }
  if (mode === 'demo') {
    // The demo site as static files: every page, with the sample configuration copied beside them.
    return {
      root: 'demo',
      base: './',
      publicDir: false,
      server: { fs: { allow: ['..'] } },
      // Pre-bundle everything the lazily loaded reference adapter needs, so the dev server does not
      // discover it on the first click and reload the page under the visitor.
      optimizeDeps: {
        include: ['lit', 'lit/decorators.js', '@lit/context', '@lit/task', 'idb', 'rrule', 'zod/mini'],
      },
      build: {
        outDir: '../dist/demo',
        emptyOutDir: true,
        target: 'es2022',
        rolldownOptions: {
          input: { index: demoPage('index.html'), manage: demoPage('manage.html'), admin: demoPage('admin.html') },
        },
      },
    };
  }
  return {
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false,
      sourcemap: true,
      minify: false,
      lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        // Bare imports stay imports: the application's bundler resolves them.
        external: (id: string) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
