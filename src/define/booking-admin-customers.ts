import './booking-admin-customer-record.js';
import { BookingAdminCustomers } from '../elements/booking-admin-customers/booking-admin-customers.js';
import { defineElement } from './define-element.js';

defineElement('booking-admin-customers', BookingAdminCustomers);
