import './booking-admin-figures.js';
import { BookingAdminReports } from '../elements/booking-admin-reports/booking-admin-reports.js';
import { defineElement } from './define-element.js';

defineElement('booking-admin-reports', BookingAdminReports);
