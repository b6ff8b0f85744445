import { BookingAdminTranslations } from '../elements/booking-admin-translations/booking-admin-translations.js';
import { defineElement } from './define-element.js';

defineElement('booking-admin-translations', BookingAdminTranslations);
