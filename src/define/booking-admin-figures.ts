import { BookingAdminFigures } from '../elements/booking-admin-figures/booking-admin-figures.js';
import { defineElement } from './define-element.js';

defineElement('booking-admin-figures', BookingAdminFigures);
