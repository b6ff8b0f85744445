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
  requested: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Anmodning modtaget: ${c.serviceName} hos ${c.businessName}`,
          body: lines(
            `Hej ${c.customerName}`,
            '',
            `Vi har modtaget din anmodning om ${c.serviceName} hos ${c.staffName}.`,
            'Den er ikke bekræftet endnu: du hører fra os, så snart den er godkendt.',
            `Ønsket tidspunkt: ${c.when}`,
            c.manageUrl && `Se eller aflys din anmodning: ${c.manageUrl}`,
            '',
            `Venlig hilsen`,
            c.businessName,
          ),
        }
      : {
          subject: `Godkendelse påkrævet: ${c.serviceName} med ${c.customerName}`,
          body: lines(
            `${c.customerName} har anmodet om ${c.serviceName} hos ${c.staffName}.`,
            `Tidspunkt: ${c.when}`,
            'Godkend eller afvis anmodningen i administrationen.',
          ),
        },
  approved: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Booking bekræftet: ${c.serviceName} hos ${c.businessName}`,
          body: lines(
            `Hej ${c.customerName}`,
            '',
            `Din anmodning om ${c.serviceName} hos ${c.staffName} er godkendt, og din booking er bekræftet.`,
            `Tidspunkt: ${c.when}`,
            c.joinWebUrl && `Deltag online: ${c.joinWebUrl}`,
            '',
            `Venlig hilsen`,
            c.businessName,
          ),
        }
      : {
          subject: `Anmodning godkendt: ${c.serviceName} med ${c.customerName}`,
          body: lines(
            `Anmodningen fra ${c.customerName} om ${c.serviceName} hos ${c.staffName} er godkendt.`,
            `Tidspunkt: ${c.when}`,
          ),
        },
  declined: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Anmodning afvist: ${c.serviceName} hos ${c.businessName}`,
          body: lines(
            `Hej ${c.customerName}`,
            '',
            `${c.businessName} kan desværre ikke imødekomme din anmodning om ${c.serviceName}.`,
            `Ønsket tidspunkt: ${c.when}`,
            c.note && `Besked: ${c.note}`,
            '',
            `Venlig hilsen`,
            c.businessName,
          ),
        }
      : {
          subject: `Anmodning afvist: ${c.serviceName} med ${c.customerName}`,
          body: lines(
            `Anmodningen fra ${c.customerName} om ${c.serviceName} hos ${c.staffName} er afvist.`,
            `Tidspunkt: ${c.when}`,
            c.note && `Besked: ${c.note}`,
          ),
        },
  expired: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Anmodning udløbet: ${c.serviceName} hos ${c.businessName}`,
          body: lines(
            `Hej ${c.customerName}`,
            '',
            `Din anmodning om ${c.serviceName} blev ikke besvaret i tide, så tidspunktet er frigivet igen. Vælg gerne et andet tidspunkt.`,
            `Ønsket tidspunkt: ${c.when}`,
            '',
            `Venlig hilsen`,
            c.businessName,
          ),
        }
      : {
          subject: `Anmodning udløbet: ${c.serviceName} med ${c.customerName}`,
          body: lines(
            `Anmodningen fra ${c.customerName} om ${c.serviceName} hos ${c.staffName} blev ikke besvaret i tide og er udløbet.`,
            `Tidspunkt: ${c.when}`,
          ),
        },
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
      case 'requested':
        return `${c.businessName}: Din anmodning om ${c.serviceName} (${c.when}) er modtaget og afventer bekræftelse.`;
      case 'approved':
        return `${c.businessName}: ${c.serviceName} er bekræftet. Tidspunkt: ${c.when}.`;
      case 'declined':
        return `${c.businessName}: Din anmodning om ${c.serviceName} (${c.when}) er afvist.`;
      case 'expired':
        return `${c.businessName}: Din anmodning om ${c.serviceName} (${c.when}) er udløbet.`;
    }
  },
};
