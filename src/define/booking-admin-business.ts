import './booking-admin-hours.js';
import './booking-admin-exceptions.js';
import { BookingAdminBusiness } from '../elements/booking-admin-business/booking-admin-business.js';
import { defineElement } from './define-element.js';

defineElement('booking-admin-business', BookingAdminBusiness);
