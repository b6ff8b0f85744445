/** The outbox messages in Dutch (R15). */
import { lines, titled, type MessageCatalogue } from './types.js';

// Dutch: "u" to customers.
export const nl: MessageCatalogue = {
  confirmation: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Afspraak bevestigd: ${c.serviceName} bij ${c.businessName}`,
          body: lines(
            `Beste ${c.customerName},`,
            '',
            `Uw afspraak voor ${c.serviceName} bij ${c.staffName} is bevestigd.`,
            `Wanneer: ${c.when}`,
            c.joinWebUrl && `Online deelnemen: ${c.joinWebUrl}`,
            c.manageUrl && `Bekijken, verplaatsen of annuleren: ${c.manageUrl}`,
            '',
            `Met vriendelijke groet,`,
            c.businessName,
          ),
        }
      : {
          subject: `Nieuwe afspraak: ${c.serviceName} met ${c.customerName}`,
          body: lines(
            `${c.customerName} heeft ${c.serviceName} geboekt bij ${c.staffName}.`,
            `Wanneer: ${c.when}`,
            c.joinWebUrl && `Online deelnemen: ${c.joinWebUrl}`,
          ),
        },
  reschedule: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Afspraak verplaatst: ${c.serviceName} bij ${c.businessName}`,
          body: lines(
            `Beste ${c.customerName},`,
            '',
            `Uw afspraak voor ${c.serviceName} bij ${c.staffName} heeft een nieuw tijdstip.`,
            `Wanneer: ${c.when}`,
            c.previousWhen && `Oorspronkelijk: ${c.previousWhen}`,
            c.joinWebUrl && `Online deelnemen: ${c.joinWebUrl}`,
            '',
            `Met vriendelijke groet,`,
            c.businessName,
          ),
        }
      : {
          subject: `Afspraak verplaatst: ${c.serviceName} met ${c.customerName}`,
          body: lines(
            `De afspraak van ${c.customerName} voor ${c.serviceName} bij ${c.staffName} heeft een nieuw tijdstip.`,
            `Wanneer: ${c.when}`,
            c.previousWhen && `Oorspronkelijk: ${c.previousWhen}`,
          ),
        },
  cancellation: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Afspraak geannuleerd: ${c.serviceName} bij ${c.businessName}`,
          body: lines(
            `Beste ${c.customerName},`,
            '',
            c.cancelledBy === 'staff'
              ? `${c.businessName} heeft uw afspraak voor ${c.serviceName} geannuleerd.`
              : `Uw afspraak voor ${c.serviceName} is geannuleerd.`,
            `Het tijdstip was: ${c.when}`,
            c.note && `Bericht: ${c.note}`,
            '',
            `Met vriendelijke groet,`,
            c.businessName,
          ),
        }
      : {
          subject: `Afspraak geannuleerd: ${c.serviceName} met ${c.customerName}`,
          body: lines(
            c.cancelledBy === 'staff'
              ? `De afspraak van ${c.customerName} voor ${c.serviceName} bij ${c.staffName} is door een medewerker geannuleerd.`
              : `${c.customerName} heeft de afspraak voor ${c.serviceName} bij ${c.staffName} geannuleerd.`,
            `Het tijdstip was: ${c.when}`,
            c.note && `Bericht: ${c.note}`,
          ),
        },
  reminder: (audience, c) => ({
    subject: `Herinnering: ${c.serviceName} bij ${c.businessName}`,
    body: lines(
      audience === 'customer' ? `Beste ${c.customerName},` : `Hallo ${c.staffName},`,
      '',
      audience === 'customer'
        ? `Dit is een herinnering aan uw afspraak voor ${c.serviceName} bij ${c.staffName}.`
        : `Dit is een herinnering aan de afspraak van ${c.customerName} voor ${c.serviceName}.`,
      `Wanneer: ${c.when}`,
      c.joinWebUrl && `Online deelnemen: ${c.joinWebUrl}`,
      c.note,
    ),
  }),
  timeOff: (_audience, c) => ({
    subject: `Afwezig: ${c.staffName}${titled(c.title)}`,
    body: lines(`${c.staffName} is afwezig${titled(c.title)}.`, `Wanneer: ${c.when}`, '', c.businessName),
  }),
  sms: (kind, c) => {
    switch (kind) {
      case 'confirmation':
        return `${c.businessName}: ${c.serviceName} geboekt op ${c.when}.`;
      case 'reschedule':
        return `${c.businessName}: ${c.serviceName} verplaatst naar ${c.when}.`;
      case 'cancellation':
        return `${c.businessName}: ${c.serviceName} op ${c.when} is geannuleerd.`;
      case 'reminder':
        return `${c.businessName}: herinnering, ${c.serviceName} op ${c.when}.`;
    }
  },
};
