import { BookingAdminCalendarConnection } from '../elements/booking-admin-calendar-connection/booking-admin-calendar-connection.js';
import { defineElement } from './define-element.js';

defineElement('booking-admin-calendar-connection', BookingAdminCalendarConnection);
