import { BookingAdminCustomerRecord } from '../elements/booking-admin-customer-record/booking-admin-customer-record.js';
import { defineElement } from './define-element.js';

defineElement('booking-admin-customer-record', BookingAdminCustomerRecord);
