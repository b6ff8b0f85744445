import { fileURLToPath } from 'node:url';
import type * as TypeScript from 'typescript';
import { defineConfig, type Plugin } from 'vite';

const demoPage = (name: string) => fileURLToPath(new URL(`./demo/${name}`, import.meta.url));
const source = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

interface ModuleGraph {
  getModuleInfo(
    id: string,
  ): { importedIds: readonly string[]; importers: readonly string[]; dynamicImporters: readonly string[] } | null;
}

/**
 * Modules the entry reaches only through an index that re-exports them, while only lazily loaded
 * code uses them: the confirmation's calendar links (re-exported by the i18n index), the provider
 * half of @lit/context (the back office provides; the customer elements only consume) and Lit's
 * @query decorator. The bundler
 * cannot tell, and would put them in the entry's chunk, downloaded before the first free times show.
 */
const LAZY_ONLY = [
  /\/src\/i18n\/calendar-links\.ts$/,
  // Full dates with times, zone labels and lists: the later steps', the manage page's and the back office's.
  /\/src\/i18n\/format-more\.ts$/,
  /\/@lit\/context\/lib\/(controllers\/context-provider|decorators\/provide|value-notifier)\.js$/,
  // lit/decorators.js re-exports @query, which no customer element uses.
  /\/@lit\/reactive-element\/decorators\/query\.js$/,
];

/**
 * Every module `roots` import statically, directly or not (themselves included), short of the
 * modules some code imports dynamically (they load later, in chunks of their own) and, for the
 * entry, of LAZY_ONLY.
 */
function staticallyImported(roots: readonly string[], graph: ModuleGraph, skip: readonly RegExp[] = []): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    const info = graph.getModuleInfo(id);
    const lazy = (info?.dynamicImporters.length ?? 0) > 0 || skip.some((re) => re.test(id));
    if (lazy && !roots.includes(id)) continue;
    seen.add(id);
    stack.push(...(info?.importedIds ?? []));
  }
  return seen;
}

/** Every module `roots` import statically, directly or not, lazily loaded ones included. */
function staticClosure(roots: readonly string[], graph: ModuleGraph): Set<string> {
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
 * reference adapter needs. Instead: everything the entry imports statically is one chunk; the
 * validation every backend needs before the first free times (zod, the customer schemas, the
 * validation helpers) another, which both adapters import; and the customer side of the HTTP
 * adapter with all it imports besides a third: a page on the HTTP adapter loads four files (and
 * the bundler's runtime helper), one on the reference adapter the initial ones, the validation
 * and its own. The validation was part of the entry's chunk until issue 24's phone measurements:
 * building its schemas is most of that chunk's evaluation, and apart it runs in a task of its own
 * when the adapter loads (Lighthouse's phone blocking time 36 → 1 ms on the demo page), for about
 * 420 B more gzip per page. The booking page's details and done steps (the form, the booking call,
 * the confirmation with its calendar links) are a chunk too, fetched ahead of need once the first
 * step shows.
 *
 * A group takes exactly the modules its `name` returns it for, not everything they import besides
 * (`includeDependenciesRecursively: false`): that would pull LAZY_ONLY back in through the indexes.
 * The entry module itself stays alone in the entry file, so lazy chunks never import that file
 * (a page may load it under another URL, with a query string, and would run a second copy).
 */
function cdnChunkGroups() {
  const entry = source('cdn.ts');
  const groups: [name: string, roots: string[]][] = [
    ['booking', [entry]],
    ['validation', [source('schemas/customer.ts'), source('schemas/validation.ts')]],
    ['booking-steps', [source('elements/booking-page/later-steps.ts')]],
    ['http-customer', [source('adapters/http/http-customer-adapter.ts')]],
    ['reference-customer', [source('adapters/reference/reference-customer-adapter.ts')]],
    ['backend-shared', [source('adapters/reference/reference-customer-adapter.ts')]],
  ];
  const members = new Map<string, Set<string>>();
  const rootsOf = (name: string) => groups.find(([n]) => n === name)?.[1] ?? [];
  const membersOf = (name: string, roots: string[], graph: ModuleGraph): Set<string> => {
    let set = members.get(name);
    if (!set) {
      set = staticallyImported(roots, graph, roots.includes(entry) ? LAZY_ONLY : []);
      // What the later steps share with other lazy code (the .ics writer, which the reference
      // adapter's messages use too; the form, which the back office uses) is left to the bundler:
      // a chunk both load.
      if (name === 'booking-steps') {
        const own = set;
        const entryChunk = membersOf('booking', rootsOf('booking'), graph);
        const importers = (id: string) => graph.getModuleInfo(id)?.importers ?? [];
        set = new Set([...own].filter((id) => importers(id).every((i) => own.has(i) || entryChunk.has(i))));
      }
      // The reference adapter with the backend it runs, in one file: a page on `config-src` loads
      // it and the entry's chunk only (one gzip stream for all of it compresses 0.8 KB better than
      // two files). Less what a page on the HTTP adapter needs too on its way to a booking (the
      // booking and series schemas' extra fields, the series rules): backend-shared, a chunk both
      // load. The back office over HTTP loads both, for the engine and the configuration schema.
      if (name === 'reference-customer') {
        const entryChunk = membersOf('booking', rootsOf('booking'), graph);
        const shared = membersOf('backend-shared', rootsOf('backend-shared'), graph);
        set = new Set([...set].filter((id) => !entryChunk.has(id) && !shared.has(id)));
      }
      if (name === 'backend-shared') {
        const entryChunk = membersOf('booking', rootsOf('booking'), graph);
        const http = staticClosure([source('adapters/http/booking-routes.ts')], graph);
        set = new Set([...set].filter((id) => !entryChunk.has(id) && http.has(id)));
      }
      members.set(name, set);
    }
    return set;
  };
  return groups.map(([name, roots], priority) => ({
    debugName: name,
    // Not the bundler's helpers (the demo build's preload helper, which the demo's own script imports too).
    name: (id: string, graph: ModuleGraph) =>
      id !== entry && !id.startsWith('\0vite/') && membersOf(name, roots, graph).has(id) ? name : null,
    priority: groups.length - priority,
    includeDependenciesRecursively: false,
  }));
}

/**
 * Lit's templates, minified for the script-tag bundle (the JS minifier leaves template text alone,
 * and the styles alone are a fifth of the bundle). CSS loses comments, indentation and the spaces
 * around punctuation, quoted strings kept as they are; HTML loses the indentation after each line
 * break, which renders the same (no template text sits in a `pre` or `pre-wrap` box). Line breaks
 * stay in both, so each line of the result is the same line of the source and the sourcemap says so.
 */
function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => '\n'.repeat(comment.split('\n').length - 1))
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/('[^'\n]*'|"[^"\n]*")|[ \t]*([{};,>])[ \t]*|(:)[ \t]+/g, (_, quoted, punct, colon) =>
      String(quoted ?? punct ?? colon),
    );
}

const minifyHtml = (text: string) => text.replace(/\n[ \t]+/g, '\n');
const minifiers: Record<string, (text: string) => string> = { css: minifyCss, html: minifyHtml, svg: minifyHtml };

function minifyTemplates(): Plugin {
  let ts: typeof TypeScript | undefined;
  return {
    name: 'booking-elements:minify-templates',
    async buildStart() {
      ts = (await import('typescript')).default;
    },
    transform(code, id) {
      if (!ts || !id.startsWith(source('')) || !id.endsWith('.ts') || !/\b(css|html|svg)`/.test(code)) return null;
      const { SyntaxKind } = ts;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
      const edits: [start: number, end: number, minify: (text: string) => string][] = [];
      const visit = (node: TypeScript.Node): void => {
        const minify = ts!.isTaggedTemplateExpression(node) ? minifiers[node.tag.getText(file)] : undefined;
        if (minify) {
          const { template: t } = node as TypeScript.TaggedTemplateExpression;
          const parts = ts!.isNoSubstitutionTemplateLiteral(t)
            ? [t]
            : [t.head, ...t.templateSpans.map((s) => s.literal)];
          for (const part of parts) {
            // Between the delimiters: ` or } before the text, ` or ${ after it.
            const closesTemplate =
              part.kind === SyntaxKind.NoSubstitutionTemplateLiteral || part.kind === SyntaxKind.TemplateTail;
            edits.push([part.getStart(file) + 1, part.getEnd() - (closesTemplate ? 1 : 2), minify]);
          }
        }
        ts!.forEachChild(node, visit);
      };
      visit(file);
      if (edits.length === 0) return null;
      let out = code;
      for (const [start, end, minify] of edits.reverse())
        out = out.slice(0, start) + minify(out.slice(start, end)) + out.slice(end);
      const lines = out.split('\n').length;
      const mappings = ['AAAA', ...Array.from({ length: lines - 1 }, () => 'AACA')].join(';');
      return { code: out, map: { version: 3, sources: [id], sourcesContent: [code], names: [], mappings } };
    },
  };
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

/**
 * Build-time facts of the script-tag bundle (and the demo site, built like it): src/schemas/primitives.ts
 * leaves the recurrence rule checker to the bundle's lazy paths (src/schemas/rrule-checker.ts).
 */
const SCRIPT_TAG_DEFINES = { __SCRIPT_TAG_BUNDLE__: 'true' };

export default defineConfig(({ mode }) => {
  if (mode === 'cdn') {
    return {
      plugins: [minifyTemplates()],
      define: SCRIPT_TAG_DEFINES,
      build: {
        target: 'es2022',
        outDir: 'dist/cdn',
        emptyOutDir: true,
        sourcemap: true,
        minify: 'oxc',
        lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'booking-elements.js' },
        rolldownOptions: {
          // The entry exports nothing; 'strict' would forbid the chunk groups' includeDependenciesRecursively.
          preserveEntrySignatures: 'allow-extension',
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
      // As in the script-tag bundle: the demo is what Lighthouse measures (tools/bench-lighthouse.mjs).
      plugins: [minifyTemplates()],
      define: SCRIPT_TAG_DEFINES,
      publicDir: false,
      server: { fs: { allow: ['..'] } },
      // Pre-bundle everything the lazily loaded reference adapter needs, so the dev server does not
      // discover it on the first click and reload the page under the visitor.
      optimizeDeps: {
        include: ['lit', 'lit/decorators.js', '@lit/context', '@lit/task', 'rrule', 'zod/mini'],
      },
      build: {
        // Not below dist/: `npm run build` empties dist/, and must not take the site `npm start` serves.
        outDir: fileURLToPath(new URL('./demo/dist/site', import.meta.url)),
        emptyOutDir: true,
        target: 'es2022',
        // As the script-tag bundle loads: no preload links appended (one DOM insertion per chunk,
        // on the main thread) ahead of each lazy chunk; its static imports arrive with it.
        modulePreload: false,
        rolldownOptions: {
          input: { index: demoPage('index.html'), manage: demoPage('manage.html'), admin: demoPage('admin.html') },
          // The script-tag bundle's chunks, so that Lighthouse measures what a site loads from the
          // CDN: left to itself the bundler splits the entry into dozens of small chunks, each one
          // fetched, preloaded (a <link> appended per chunk) and evaluated in a task of its own.
          output: { codeSplitting: { groups: cdnChunkGroups() } },
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
        // Bare imports stay imports: the application's bundler resolves them. Except the helpers the
        // Oxc transform injects (`@oxc-project/runtime/helpers/decorate` for Lit's decorators): no
        // package.json lists that package, and Vite's oxcRuntimePlugin supplies it from the bundler
        // itself, so the helper is bundled (once, in a chunk of its own) like our own code.
        external: (id: string) =>
          !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !id.startsWith('@oxc-project/runtime/'),
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
        // The recurrence rule checker is imported statically here (src/schemas/primitives.ts) and
        // dynamically only for the script-tag bundle's booking page (src/schemas/rrule-checker.ts).
        onLog(level, log, handler) {
          if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && log.message.includes('src/core/rrule-syntax.ts')) return;
          handler(level, log);
        },
      },
    },
  };
});
