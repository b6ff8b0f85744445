// booking-elements/adapters: DOM-free adapters, the error class, the schemas and types.
export { BookingError, BOOKING_ERROR_CODES, isBookingError } from './errors.js';
export type { BookingErrorCode, FieldIssue, BookingErrorOptions } from './errors.js';
