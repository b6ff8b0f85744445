// The customer calls that write or read a booking: holds, booking, and the private link's view,
// reschedule and cancel. `CustomerService` loads them on the first such call, so a page on the
// reference adapter shows its first free times without this code (placement, outbox, hashing).
export { book, holdSlot } from './booking.js';
export { cancel, getBooking, reschedule } from './manage.js';
