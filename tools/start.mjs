// `npm start`: serves the demo with Vite and prints its URL.
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
console.log(`\n  booking-elements demo: ${url}\n  (Ctrl+C to stop)\n`);
