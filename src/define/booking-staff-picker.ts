import { BookingStaffPicker } from '../elements/booking-staff-picker/booking-staff-picker.js';
import { defineElement } from './define-element.js';

defineElement('booking-staff-picker', BookingStaffPicker);
