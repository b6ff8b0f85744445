import { BookingAdminOutbox } from '../elements/booking-admin-outbox/booking-admin-outbox.js';
import { defineElement } from './define-element.js';

defineElement('booking-admin-outbox', BookingAdminOutbox);
