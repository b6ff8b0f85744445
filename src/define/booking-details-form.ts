import { BookingDetailsForm } from '../elements/booking-details-form/booking-details-form.js';
import { defineElement } from './define-element.js';

defineElement('booking-details-form', BookingDetailsForm);
