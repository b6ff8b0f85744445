// `npm run build:react`: the React example as static files in demo/dist/react.
//
// No @vitejs/plugin-react: Vite 8 compiles TSX itself (Oxc, React's automatic runtime, as
// tsconfig.json's "jsx": "react-jsx" says); the plugin would only add Fast Refresh to `vite dev`.
// `booking-elements/*` resolves to the sources here, so the example builds without `npm run build`;
// an application resolves the same imports to the package's dist/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: false,
  resolve: {
    alias: [
      { find: /^booking-elements\/react$/, replacement: here('../../src/react.ts') },
      { find: /^booking-elements\/adapters$/, replacement: here('../../src/adapters/index.ts') },
    ],
  },
  server: { fs: { allow: [here('../..')] } },
  build: { outDir: here('../dist/react'), emptyOutDir: true, target: 'es2022' },
});
