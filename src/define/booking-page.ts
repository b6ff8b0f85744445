import './booking-time-picker.js';
// <booking-staff-picker> and <booking-details-form> are not imported here: <booking-page> defines
// the first when its data shows a staff choice, the second on reaching the details step.
import { BookingPage } from '../elements/booking-page/booking-page.js';
import { defineElement } from './define-element.js';

defineElement('booking-page', BookingPage);
