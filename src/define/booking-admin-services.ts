import { BookingAdminServices } from '../elements/booking-admin-services/booking-admin-services.js';
import { defineElement } from './define-element.js';

defineElement('booking-admin-services', BookingAdminServices);
