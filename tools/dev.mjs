// `npm run dev`: the demo on the Vite dev server (live reload), on the in-browser reference adapter.
// `npm start` is the same site on the booking server (tools/start.mjs).
import { createServer } from 'vite';

const port = Number(process.env.PORT ?? 5173);
const server = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  mode: 'demo',
  server: { port, host: process.env.HOST ?? 'localhost' },
  logLevel: 'warn',
});
await server.listen();
const url = server.resolvedUrls?.local[0] ?? `http://localhost:${port}/`;
console.log(`\n  booking-elements demo (dev server, in-browser store): ${url}\n  (Ctrl+C to stop)\n`);
