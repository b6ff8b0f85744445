import { BookingAdminWebhooks } from '../elements/booking-admin-webhooks/booking-admin-webhooks.js';
import { defineElement } from './define-element.js';

defineElement('booking-admin-webhooks', BookingAdminWebhooks);
