// Element classes, without registering them.
export { BookingCalendar } from './booking-calendar/booking-calendar.js';
