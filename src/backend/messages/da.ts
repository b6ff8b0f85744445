/** The outbox messages in Danish (R15). */
import { lines, titled, type MessageCatalogue } from './types.js';

// Danish: businesses write to customers with "du".
export const da: MessageCatalogue = {
  confirmation: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Booking bekræftet: ${c.serviceName} hos ${c.businessName}`,
          body: lines(
            `Hej ${c.customerName}`,
            '',
            `Din booking af ${c.serviceName} hos ${c.staffName} er bekræftet.`,
            `Tidspunkt: ${c.when}`,
            c.joinWebUrl && `Deltag online: ${c.joinWebUrl}`,
            c.manageUrl && `Se, flyt eller aflys bookingen: ${c.manageUrl}`,
            '',
            `Venlig hilsen`,
            c.businessName,
          ),
        }
      : {
          subject: `Ny booking: ${c.serviceName} med ${c.customerName}`,
          body: lines(
            `${c.customerName} har booket ${c.serviceName} hos ${c.staffName}.`,
            `Tidspunkt: ${c.when}`,
            c.joinWebUrl && `Deltag online: ${c.joinWebUrl}`,
          ),
        },
  reschedule: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Booking flyttet: ${c.serviceName} hos ${c.businessName}`,
          body: lines(
            `Hej ${c.customerName}`,
            '',
            `Din booking af ${c.serviceName} hos ${c.staffName} har fået et nyt tidspunkt.`,
            `Nyt tidspunkt: ${c.when}`,
            c.previousWhen && `Tidligere: ${c.previousWhen}`,
            c.joinWebUrl && `Deltag online: ${c.joinWebUrl}`,
            '',
            `Venlig hilsen`,
            c.businessName,
          ),
        }
      : {
          subject: `Booking flyttet: ${c.serviceName} med ${c.customerName}`,
          body: lines(
            `Bookingen af ${c.serviceName} for ${c.customerName} hos ${c.staffName} har fået et nyt tidspunkt.`,
            `Nyt tidspunkt: ${c.when}`,
            c.previousWhen && `Tidligere: ${c.previousWhen}`,
          ),
        },
  cancellation: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Booking aflyst: ${c.serviceName} hos ${c.businessName}`,
          body: lines(
            `Hej ${c.customerName}`,
            '',
            c.cancelledBy === 'staff'
              ? `${c.businessName} har aflyst din booking af ${c.serviceName}.`
              : `Din booking af ${c.serviceName} er aflyst.`,
            `Tidspunkt: ${c.when}`,
            c.note && `Besked: ${c.note}`,
            '',
            `Venlig hilsen`,
            c.businessName,
          ),
        }
      : {
          subject: `Booking aflyst: ${c.serviceName} med ${c.customerName}`,
          body: lines(
            c.cancelledBy === 'staff'
              ? `Bookingen af ${c.serviceName} for ${c.customerName} hos ${c.staffName} er aflyst af personalet.`
              : `${c.customerName} har aflyst sin booking af ${c.serviceName} hos ${c.staffName}.`,
            `Tidspunkt: ${c.when}`,
            c.note && `Besked: ${c.note}`,
          ),
        },
  reminder: (audience, c) => ({
    subject: `Påmindelse: ${c.serviceName} hos ${c.businessName}`,
    body: lines(
      audience === 'customer' ? `Hej ${c.customerName}` : `Hej ${c.staffName}`,
      '',
      audience === 'customer'
        ? `Her er en påmindelse om din booking af ${c.serviceName} hos ${c.staffName}.`
        : `Her er en påmindelse om bookingen af ${c.serviceName} for ${c.customerName}.`,
      `Tidspunkt: ${c.when}`,
      c.joinWebUrl && `Deltag online: ${c.joinWebUrl}`,
      c.note,
    ),
  }),
  timeOff: (_audience, c) => ({
    subject: `Fravær: ${c.staffName}${titled(c.title)}`,
    body: lines(`${c.staffName} er fraværende${titled(c.title)}.`, `Tidspunkt: ${c.when}`, '', c.businessName),
  }),
  sms: (kind, c) => {
    switch (kind) {
      case 'confirmation':
        return `${c.businessName}: ${c.serviceName} er booket. Tidspunkt: ${c.when}.`;
      case 'reschedule':
        return `${c.businessName}: ${c.serviceName} er flyttet til ${c.when}.`;
      case 'cancellation':
        return `${c.businessName}: ${c.serviceName} (${c.when}) er aflyst.`;
      case 'reminder':
        return `${c.businessName}: Påmindelse om ${c.serviceName}, ${c.when}.`;
    }
  },
};
