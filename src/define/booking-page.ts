import './booking-time-picker.js';
import './booking-staff-picker.js';
import './booking-details-form.js';
import { BookingPage } from '../elements/booking-page/booking-page.js';
import { defineElement } from './define-element.js';

defineElement('booking-page', BookingPage);
