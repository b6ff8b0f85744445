// The script-tag entry (dist/cdn/booking-elements.js): defines every element. Adapters load on demand
// (`config-src` → the reference adapter, `api` → the HTTP adapter), each as its own chunk, so a page
// downloads only the backend it uses. Module users who want classes import 'booking-elements'.
import './define.js';

export * from './elements/index.js';
export { BookingError } from './adapters/errors.js';
