import './booking-time-picker.js';
import './booking-staff-picker.js';
// <booking-details-form> is not imported here: <booking-page> defines it on reaching the details step.
import { BookingPage } from '../elements/booking-page/booking-page.js';
import { defineElement } from './define-element.js';

defineElement('booking-page', BookingPage);
