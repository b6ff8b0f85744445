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
  requested: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Request received: ${c.serviceName} at ${c.businessName}`,
          body: lines(
            `Hello ${c.customerName},`,
            '',
            `We have received your request for ${c.serviceName} with ${c.staffName}.`,
            'It is not confirmed yet: we will let you know as soon as it is approved.',
            `Requested time: ${c.when}`,
            c.manageUrl && `View or cancel your request: ${c.manageUrl}`,
            '',
            c.businessName,
          ),
        }
      : {
          subject: `Approval needed: ${c.serviceName} with ${c.customerName}`,
          body: lines(
            `${c.customerName} asked for ${c.serviceName} with ${c.staffName}.`,
            `When: ${c.when}`,
            'Approve or decline the request in the back office.',
          ),
        },
  approved: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Booking confirmed: ${c.serviceName} at ${c.businessName}`,
          body: lines(
            `Hello ${c.customerName},`,
            '',
            `Your request for ${c.serviceName} with ${c.staffName} has been approved: your booking is confirmed.`,
            `When: ${c.when}`,
            c.joinWebUrl && `Join online: ${c.joinWebUrl}`,
            '',
            c.businessName,
          ),
        }
      : {
          subject: `Request approved: ${c.serviceName} with ${c.customerName}`,
          body: lines(
            `The request of ${c.customerName} for ${c.serviceName} with ${c.staffName} was approved.`,
            `When: ${c.when}`,
          ),
        },
  declined: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Request declined: ${c.serviceName} at ${c.businessName}`,
          body: lines(
            `Hello ${c.customerName},`,
            '',
            `${c.businessName} could not accept your request for ${c.serviceName}.`,
            `Requested time: ${c.when}`,
            c.note && `Message: ${c.note}`,
            '',
            c.businessName,
          ),
        }
      : {
          subject: `Request declined: ${c.serviceName} with ${c.customerName}`,
          body: lines(
            `The request of ${c.customerName} for ${c.serviceName} with ${c.staffName} was declined.`,
            `When: ${c.when}`,
            c.note && `Message: ${c.note}`,
          ),
        },
  expired: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Request expired: ${c.serviceName} at ${c.businessName}`,
          body: lines(
            `Hello ${c.customerName},`,
            '',
            `Your request for ${c.serviceName} was not answered in time, so the time has been released. Please choose another time.`,
            `Requested time: ${c.when}`,
            '',
            c.businessName,
          ),
        }
      : {
          subject: `Request expired: ${c.serviceName} with ${c.customerName}`,
          body: lines(
            `The request of ${c.customerName} for ${c.serviceName} with ${c.staffName} was not answered in time and has expired.`,
            `When: ${c.when}`,
          ),
        },
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
      case 'requested':
        return `${c.businessName}: request for ${c.serviceName} on ${c.when} received, waiting for confirmation.`;
      case 'approved':
        return `${c.businessName}: ${c.serviceName} confirmed for ${c.when}.`;
      case 'declined':
        return `${c.businessName}: your request for ${c.serviceName} on ${c.when} was declined.`;
      case 'expired':
        return `${c.businessName}: your request for ${c.serviceName} on ${c.when} has expired.`;
    }
  },
};
