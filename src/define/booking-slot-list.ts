import { BookingSlotList } from '../elements/booking-slot-list/booking-slot-list.js';
import { defineElement } from './define-element.js';

defineElement('booking-slot-list', BookingSlotList);
