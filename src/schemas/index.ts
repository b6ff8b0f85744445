// booking-elements/schemas: zod/mini schemas for the business configuration and every adapter payload.
export * from './primitives.js';
export * from './validate.js';
export * from './business.js';
export * from './translations.js';
export * from './customer.js';
export * from './booking.js';
export * from './series.js';
export * from './booking-details.js';
export * from './admin.js';
