// The script-tag entry (dist/cdn/booking-elements.js): everything, auto-defined.
import './define.js';
export * from './index.js';
