import { BookingAdminWaitlist } from '../elements/booking-admin-waitlist/booking-admin-waitlist.js';
import { defineElement } from './define-element.js';

defineElement('booking-admin-waitlist', BookingAdminWaitlist);
