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
  requested: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Aanvraag ontvangen: ${c.serviceName} bij ${c.businessName}`,
          body: lines(
            `Beste ${c.customerName},`,
            '',
            `We hebben uw aanvraag voor ${c.serviceName} bij ${c.staffName} ontvangen.`,
            'Ze is nog niet bevestigd: u hoort van ons zodra ze is goedgekeurd.',
            `Gevraagd tijdstip: ${c.when}`,
            c.manageUrl && `Uw aanvraag bekijken of annuleren: ${c.manageUrl}`,
            '',
            `Met vriendelijke groet,`,
            c.businessName,
          ),
        }
      : {
          subject: `Goedkeuring nodig: ${c.serviceName} met ${c.customerName}`,
          body: lines(
            `${c.customerName} heeft ${c.serviceName} bij ${c.staffName} aangevraagd.`,
            `Wanneer: ${c.when}`,
            'Keur de aanvraag goed of wijs ze af in de beheeromgeving.',
          ),
        },
  approved: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Afspraak bevestigd: ${c.serviceName} bij ${c.businessName}`,
          body: lines(
            `Beste ${c.customerName},`,
            '',
            `Uw aanvraag voor ${c.serviceName} bij ${c.staffName} is goedgekeurd: uw afspraak is bevestigd.`,
            `Wanneer: ${c.when}`,
            c.joinWebUrl && `Online deelnemen: ${c.joinWebUrl}`,
            '',
            `Met vriendelijke groet,`,
            c.businessName,
          ),
        }
      : {
          subject: `Aanvraag goedgekeurd: ${c.serviceName} met ${c.customerName}`,
          body: lines(
            `De aanvraag van ${c.customerName} voor ${c.serviceName} bij ${c.staffName} is goedgekeurd.`,
            `Wanneer: ${c.when}`,
          ),
        },
  declined: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Aanvraag afgewezen: ${c.serviceName} bij ${c.businessName}`,
          body: lines(
            `Beste ${c.customerName},`,
            '',
            `${c.businessName} kan uw aanvraag voor ${c.serviceName} helaas niet aannemen.`,
            `Gevraagd tijdstip: ${c.when}`,
            c.note && `Bericht: ${c.note}`,
            '',
            `Met vriendelijke groet,`,
            c.businessName,
          ),
        }
      : {
          subject: `Aanvraag afgewezen: ${c.serviceName} met ${c.customerName}`,
          body: lines(
            `De aanvraag van ${c.customerName} voor ${c.serviceName} bij ${c.staffName} is afgewezen.`,
            `Wanneer: ${c.when}`,
            c.note && `Bericht: ${c.note}`,
          ),
        },
  expired: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Aanvraag verlopen: ${c.serviceName} bij ${c.businessName}`,
          body: lines(
            `Beste ${c.customerName},`,
            '',
            `Uw aanvraag voor ${c.serviceName} is niet op tijd beantwoord, dus het tijdstip is weer vrijgegeven. Kies gerust een ander tijdstip.`,
            `Gevraagd tijdstip: ${c.when}`,
            '',
            `Met vriendelijke groet,`,
            c.businessName,
          ),
        }
      : {
          subject: `Aanvraag verlopen: ${c.serviceName} met ${c.customerName}`,
          body: lines(
            `De aanvraag van ${c.customerName} voor ${c.serviceName} bij ${c.staffName} is niet op tijd beantwoord en is verlopen.`,
            `Wanneer: ${c.when}`,
          ),
        },
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
      case 'requested':
        return `${c.businessName}: aanvraag voor ${c.serviceName} op ${c.when} ontvangen, wacht op bevestiging.`;
      case 'approved':
        return `${c.businessName}: ${c.serviceName} bevestigd op ${c.when}.`;
      case 'declined':
        return `${c.businessName}: uw aanvraag voor ${c.serviceName} op ${c.when} is afgewezen.`;
      case 'expired':
        return `${c.businessName}: uw aanvraag voor ${c.serviceName} op ${c.when} is verlopen.`;
    }
  },
};
