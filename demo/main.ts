// The demo site's one script: the script-tag entry itself (src/cdn.ts, built to
// dist/cdn/booking-elements.js), exactly what a website owner includes — after choosing the
// backend (demo/backend.ts): the booking server under `npm start`, else the in-browser store.
import { detectServer, useReference, useServer } from './backend.js';

const api = await detectServer();
if (api) useServer(api);
else useReference();
await import('../src/cdn.js');
