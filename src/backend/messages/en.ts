/** The outbox messages in English (R15). */
import { lines, type MessageCatalogue } from './types.js';

export const en: MessageCatalogue = {
  confirmation: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Booking confirmed: ${c.serviceName} at ${c.businessName}`,
          body: lines(
            `Hello ${c.customerName},`,
            '',
            `Your booking for ${c.serviceName} with ${c.staffName} is confirmed.`,
            `When: ${c.when}`,
            c.joinWebUrl && `Join online: ${c.joinWebUrl}`,
            c.manageUrl && `View, reschedule or cancel: ${c.manageUrl}`,
            '',
            c.businessName,
          ),
        }
      : {
          subject: `New booking: ${c.serviceName} with ${c.customerName}`,
          body: lines(
            `${c.customerName} booked ${c.serviceName} with ${c.staffName}.`,
            `When: ${c.when}`,
            c.joinWebUrl && `Join online: ${c.joinWebUrl}`,
          ),
        },
  reschedule: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Booking moved: ${c.serviceName} at ${c.businessName}`,
          body: lines(
            `Hello ${c.customerName},`,
            '',
            `Your booking for ${c.serviceName} with ${c.staffName} has a new time.`,
            `When: ${c.when}`,
            c.previousWhen && `Previously: ${c.previousWhen}`,
            c.joinWebUrl && `Join online: ${c.joinWebUrl}`,
            '',
            c.businessName,
          ),
        }
      : {
          subject: `Booking moved: ${c.serviceName} with ${c.customerName}`,
          body: lines(
            `${c.customerName}'s booking for ${c.serviceName} with ${c.staffName} has a new time.`,
            `When: ${c.when}`,
            c.previousWhen && `Previously: ${c.previousWhen}`,
          ),
        },
  cancellation: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Booking cancelled: ${c.serviceName} at ${c.businessName}`,
          body: lines(
            `Hello ${c.customerName},`,
            '',
            c.cancelledBy === 'staff'
              ? `${c.businessName} cancelled your booking for ${c.serviceName}.`
              : `Your booking for ${c.serviceName} has been cancelled.`,
            `It was: ${c.when}`,
            c.note && `Message: ${c.note}`,
            '',
            c.businessName,
          ),
        }
      : {
          subject: `Booking cancelled: ${c.serviceName} with ${c.customerName}`,
          body: lines(
            c.cancelledBy === 'staff'
              ? `The booking of ${c.customerName} for ${c.serviceName} with ${c.staffName} was cancelled by staff.`
              : `${c.customerName} cancelled their booking for ${c.serviceName} with ${c.staffName}.`,
            `It was: ${c.when}`,
            c.note && `Message: ${c.note}`,
          ),
        },
  reminder: (audience, c) => ({
    subject: `Reminder: ${c.serviceName} at ${c.businessName}`,
    body: lines(
      audience === 'customer' ? `Hello ${c.customerName},` : `Hello ${c.staffName},`,
      '',
      audience === 'customer'
        ? `This is a reminder of your booking for ${c.serviceName} with ${c.staffName}.`
        : `This is a reminder of ${c.customerName}'s booking for ${c.serviceName}.`,
      `When: ${c.when}`,
      c.joinWebUrl && `Join online: ${c.joinWebUrl}`,
      c.note,
    ),
  }),
  timeOff: (_audience, c) => ({
    subject: `Time off: ${c.staffName}${c.title ? ` (${c.title})` : ''}`,
    body: lines(`${c.staffName} is away${c.title ? ` (${c.title})` : ''}.`, `When: ${c.when}`, '', c.businessName),
  }),
  sms: (kind, c) => {
    switch (kind) {
      case 'confirmation':
        return `${c.businessName}: ${c.serviceName} booked for ${c.when}.`;
      case 'reschedule':
        return `${c.businessName}: ${c.serviceName} moved to ${c.when}.`;
      case 'cancellation':
        return `${c.businessName}: ${c.serviceName} on ${c.when} is cancelled.`;
      case 'reminder':
        return `${c.businessName}: reminder, ${c.serviceName} on ${c.when}.`;
    }
  },
};
