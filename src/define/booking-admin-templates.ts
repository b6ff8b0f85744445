import { BookingAdminTemplates } from '../elements/booking-admin-templates/booking-admin-templates.js';
import { defineElement } from './define-element.js';

defineElement('booking-admin-templates', BookingAdminTemplates);
