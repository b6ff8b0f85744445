import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const demoPage = (name: string) => fileURLToPath(new URL(`./demo/${name}`, import.meta.url));
const source = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** Every module `roots` import statically, directly or not (themselves included). */
function staticallyImported(roots: readonly string[], graph: ModuleGraph): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * Chunks of the script-tag bundle, by what a page needs before its first free times show. Left to
 * itself the bundler splits the entry's modules into one chunk per set of lazy chunks sharing them
 * (seven files, each gzipped alone), and puts zod beside the business schema that only the
 * reference adapter needs. Instead: everything the entry imports statically is one chunk, and
 * the validation both adapters need (zod, the customer schemas, the validation helpers) another,
 * and the HTTP adapter with all it imports besides a third: a page on the HTTP adapter loads
 * four files, and one on the reference adapter loads the validation chunk and its own.
 */
function cdnChunkGroups() {
  const groups: [name: string, roots: string[]][] = [
    ['booking', [source('cdn.ts')]],
    ['validation', [source('schemas/customer.ts'), source('schemas/validation.ts')]],
    ['http-adapter', [source('adapters/http/http-adapter.ts')]],
  ];
  const members = new Map<string, Set<string>>();
  return groups.map(([name, roots], priority) => ({
    debugName: name,
    name: (id: string, graph: ModuleGraph) => {
      let set = members.get(name);
      if (!set) members.set(name, (set = staticallyImported(roots, graph)));
      return set.has(id) ? name : null;
    },
    priority: groups.length - priority,
  }));
}

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
            codeSplitting: { groups: cdnChunkGroups() },
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
