import './booking-calendar.js';
import './booking-slot-list.js';
import { BookingTimePicker } from '../elements/booking-time-picker/booking-time-picker.js';
import { defineElement } from './define-element.js';

defineElement('booking-time-picker', BookingTimePicker);
