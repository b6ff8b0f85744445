import { BookingAdminExceptions } from '../elements/booking-admin-exceptions/booking-admin-exceptions.js';
import './booking-admin-hours.js';
import { defineElement } from './define-element.js';

defineElement('booking-admin-exceptions', BookingAdminExceptions);
