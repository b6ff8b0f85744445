import './booking-time-picker.js';
import './booking-details-form.js';
import { BookingAdminCalendar } from '../elements/booking-admin-calendar/booking-admin-calendar.js';
import { defineElement } from './define-element.js';

defineElement('booking-admin-calendar', BookingAdminCalendar);
