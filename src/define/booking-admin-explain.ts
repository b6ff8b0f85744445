import { BookingAdminExplain } from '../elements/booking-admin-explain/booking-admin-explain.js';
import { defineElement } from './define-element.js';

defineElement('booking-admin-explain', BookingAdminExplain);
