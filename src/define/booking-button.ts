// The popup opens a <booking-page>: define it with the button.
import './booking-page.js';
import { BookingButton } from '../elements/booking-button/booking-button.js';
import { defineElement } from './define-element.js';

defineElement('booking-button', BookingButton);
