// booking-elements: element classes, adapters, errors, schemas and types. No side effects: importing
// this registers no tag (import 'booking-elements/define' for that).
export * from './adapters/index.js';
export * from './core/index.js';
export * from './schemas/index.js';
export * from './elements/index.js';
export * from './events/index.js';
