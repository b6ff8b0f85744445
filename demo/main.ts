// The demo site: the booking page and the manage page for the sample clinic, on the in-browser
// reference adapter (IndexedDB), so everything runs with no server.
import '../src/define.js';
