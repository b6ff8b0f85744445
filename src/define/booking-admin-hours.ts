import { BookingAdminHours } from '../elements/booking-admin-hours/booking-admin-hours.js';
import { defineElement } from './define-element.js';

defineElement('booking-admin-hours', BookingAdminHours);
