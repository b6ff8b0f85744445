import './booking-admin-calendar-connection.js';
import './booking-admin-hours.js';
import { BookingAdminStaff } from '../elements/booking-admin-staff/booking-admin-staff.js';
import { defineElement } from './define-element.js';

defineElement('booking-admin-staff', BookingAdminStaff);
