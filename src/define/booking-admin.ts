import './booking-admin-calendar.js';
import './booking-admin-services.js';
import './booking-admin-staff.js';
import './booking-admin-business.js';
import './booking-admin-translations.js';
import './booking-admin-customers.js';
import './booking-admin-waitlist.js';
import './booking-admin-outbox.js';
import './booking-admin-templates.js';
import './booking-admin-webhooks.js';
import './booking-admin-reports.js';
import './booking-admin-explain.js';
import { BookingAdmin } from '../elements/booking-admin/booking-admin.js';
import { defineElement } from './define-element.js';

defineElement('booking-admin', BookingAdmin);
