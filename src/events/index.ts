// The event catalogue: every event the elements fire (bubbles, composed, typed detail).
export * from './booking-event.js';
export * from './booking-viewed.js';
export * from './booking-service-selected.js';
export * from './booking-staff-selected.js';
export * from './booking-slot-selected.js';
export * from './booking-confirm.js';
export * from './booking-confirmed.js';
export * from './booking-failed.js';
export * from './booking-rescheduled.js';
export * from './booking-cancelled.js';
export * from './booking-month-change.js';
export * from './booking-admin-changed.js';
export * from './booking-admin-customer-closed.js';
