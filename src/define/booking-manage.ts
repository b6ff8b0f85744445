import './booking-time-picker.js';
import './booking-staff-picker.js';
import { BookingManage } from '../elements/booking-manage/booking-manage.js';
import { defineElement } from './define-element.js';

defineElement('booking-manage', BookingManage);
