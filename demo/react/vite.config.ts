// `npm run build:react`: the React example as static files in demo/dist/react.
//
// No @vitejs/plugin-react: Vite 8 compiles TSX itself (Oxc, React's automatic runtime, as
// tsconfig.json's "jsx": "react-jsx" says); the plugin would only add Fast Refresh to `vite dev`.
// In this repository `booking-elements/*` resolves to the sources, so the example builds without
// `npm run build`. Copied into a project of its own (with demo/site.css and demo/data/contoso.json
// beside it, as test/package does), there are no sources two folders up: the same imports resolve
// to the installed package's dist/, as in any application.
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
    alias: fromSource
      ? [
          { find: /^booking-elements\/react$/, replacement: here('../../src/react.ts') },
          { find: /^booking-elements\/adapters$/, replacement: here('../../src/adapters/index.ts') },
        ]
      : [],
  },
  server: { fs: { allow: [here('../..')] } },
  build: { outDir: here('../dist/react'), emptyOutDir: true, target: 'es2022' },
});
