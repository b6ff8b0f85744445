import { BookingTimeZoneSelect } from '../elements/booking-time-zone-select/booking-time-zone-select.js';
import { defineElement } from './define-element.js';

defineElement('booking-time-zone-select', BookingTimeZoneSelect);
