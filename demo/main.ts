// The demo site's one script: the script-tag entry itself (src/cdn.ts, built to
// dist/cdn/booking-elements.js), exactly what a website owner includes.
import '../src/cdn.js';
