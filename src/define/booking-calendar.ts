import { BookingCalendar } from '../elements/booking-calendar/booking-calendar.js';
import { defineElement } from './define-element.js';

defineElement('booking-calendar', BookingCalendar);
