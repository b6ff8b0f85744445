/** The outbox messages in German (R15). */
import { lines, titled, type MessageCatalogue } from './types.js';

// German: formal "Sie" to customers; colleagues get a plain "Hallo".
export const de: MessageCatalogue = {
  confirmation: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Buchungsbestätigung: ${c.serviceName} bei ${c.businessName}`,
          body: lines(
            `Guten Tag ${c.customerName},`,
            '',
            `Ihre Buchung für ${c.serviceName} bei ${c.staffName} ist bestätigt.`,
            `Termin: ${c.when}`,
            c.joinWebUrl && `Online teilnehmen: ${c.joinWebUrl}`,
            c.manageUrl && `Ansehen, verschieben oder absagen: ${c.manageUrl}`,
            '',
            `Mit freundlichen Grüßen`,
            c.businessName,
          ),
        }
      : {
          subject: `Neue Buchung: ${c.serviceName} mit ${c.customerName}`,
          body: lines(
            `${c.customerName} hat ${c.serviceName} bei ${c.staffName} gebucht.`,
            `Termin: ${c.when}`,
            c.joinWebUrl && `Online teilnehmen: ${c.joinWebUrl}`,
          ),
        },
  reschedule: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Termin verschoben: ${c.serviceName} bei ${c.businessName}`,
          body: lines(
            `Guten Tag ${c.customerName},`,
            '',
            `Ihr Termin für ${c.serviceName} bei ${c.staffName} wurde verschoben.`,
            `Neuer Termin: ${c.when}`,
            c.previousWhen && `Bisher: ${c.previousWhen}`,
            c.joinWebUrl && `Online teilnehmen: ${c.joinWebUrl}`,
            '',
            `Mit freundlichen Grüßen`,
            c.businessName,
          ),
        }
      : {
          subject: `Termin verschoben: ${c.serviceName} mit ${c.customerName}`,
          body: lines(
            `Der Termin von ${c.customerName} für ${c.serviceName} bei ${c.staffName} wurde verschoben.`,
            `Neuer Termin: ${c.when}`,
            c.previousWhen && `Bisher: ${c.previousWhen}`,
          ),
        },
  cancellation: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Termin abgesagt: ${c.serviceName} bei ${c.businessName}`,
          body: lines(
            `Guten Tag ${c.customerName},`,
            '',
            c.cancelledBy === 'staff'
              ? `${c.businessName} hat Ihren Termin für ${c.serviceName} abgesagt.`
              : `Ihr Termin für ${c.serviceName} wurde abgesagt.`,
            `Abgesagter Termin: ${c.when}`,
            c.note && `Nachricht: ${c.note}`,
            '',
            `Mit freundlichen Grüßen`,
            c.businessName,
          ),
        }
      : {
          subject: `Termin abgesagt: ${c.serviceName} mit ${c.customerName}`,
          body: lines(
            c.cancelledBy === 'staff'
              ? `Der Termin von ${c.customerName} für ${c.serviceName} bei ${c.staffName} wurde vom Team abgesagt.`
              : `${c.customerName} hat den Termin für ${c.serviceName} bei ${c.staffName} abgesagt.`,
            `Abgesagter Termin: ${c.when}`,
            c.note && `Nachricht: ${c.note}`,
          ),
        },
  reminder: (audience, c) => ({
    subject: `Erinnerung: ${c.serviceName} bei ${c.businessName}`,
    body: lines(
      audience === 'customer' ? `Guten Tag ${c.customerName},` : `Hallo ${c.staffName},`,
      '',
      audience === 'customer'
        ? `wir erinnern Sie an Ihren Termin für ${c.serviceName} bei ${c.staffName}.`
        : `dies ist eine Erinnerung an den Termin von ${c.customerName} für ${c.serviceName}.`,
      `Termin: ${c.when}`,
      c.joinWebUrl && `Online teilnehmen: ${c.joinWebUrl}`,
      c.note,
    ),
  }),
  timeOff: (_audience, c) => ({
    subject: `Abwesenheit: ${c.staffName}${titled(c.title)}`,
    body: lines(`${c.staffName} ist abwesend${titled(c.title)}.`, `Zeitraum: ${c.when}`, '', c.businessName),
  }),
  requested: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Anfrage erhalten: ${c.serviceName} bei ${c.businessName}`,
          body: lines(
            `Guten Tag ${c.customerName},`,
            '',
            `Ihre Anfrage für ${c.serviceName} bei ${c.staffName} ist bei uns eingegangen.`,
            'Sie ist noch nicht bestätigt: Wir melden uns, sobald sie angenommen wurde.',
            `Gewünschter Termin: ${c.when}`,
            c.manageUrl && `Anfrage ansehen oder zurückziehen: ${c.manageUrl}`,
            '',
            `Mit freundlichen Grüßen`,
            c.businessName,
          ),
        }
      : {
          subject: `Freigabe nötig: ${c.serviceName} mit ${c.customerName}`,
          body: lines(
            `${c.customerName} hat ${c.serviceName} bei ${c.staffName} angefragt.`,
            `Termin: ${c.when}`,
            'Die Anfrage kann in der Verwaltung angenommen oder abgelehnt werden.',
          ),
        },
  approved: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Buchungsbestätigung: ${c.serviceName} bei ${c.businessName}`,
          body: lines(
            `Guten Tag ${c.customerName},`,
            '',
            `Ihre Anfrage für ${c.serviceName} bei ${c.staffName} wurde angenommen: Ihr Termin ist bestätigt.`,
            `Termin: ${c.when}`,
            c.joinWebUrl && `Online teilnehmen: ${c.joinWebUrl}`,
            '',
            `Mit freundlichen Grüßen`,
            c.businessName,
          ),
        }
      : {
          subject: `Anfrage angenommen: ${c.serviceName} mit ${c.customerName}`,
          body: lines(
            `Die Anfrage von ${c.customerName} für ${c.serviceName} bei ${c.staffName} wurde angenommen.`,
            `Termin: ${c.when}`,
          ),
        },
  declined: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Anfrage abgelehnt: ${c.serviceName} bei ${c.businessName}`,
          body: lines(
            `Guten Tag ${c.customerName},`,
            '',
            `Leider kann ${c.businessName} Ihre Anfrage für ${c.serviceName} nicht annehmen.`,
            `Gewünschter Termin: ${c.when}`,
            c.note && `Nachricht: ${c.note}`,
            '',
            `Mit freundlichen Grüßen`,
            c.businessName,
          ),
        }
      : {
          subject: `Anfrage abgelehnt: ${c.serviceName} mit ${c.customerName}`,
          body: lines(
            `Die Anfrage von ${c.customerName} für ${c.serviceName} bei ${c.staffName} wurde abgelehnt.`,
            `Termin: ${c.when}`,
            c.note && `Nachricht: ${c.note}`,
          ),
        },
  expired: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Anfrage abgelaufen: ${c.serviceName} bei ${c.businessName}`,
          body: lines(
            `Guten Tag ${c.customerName},`,
            '',
            `Ihre Anfrage für ${c.serviceName} wurde nicht rechtzeitig beantwortet; der Termin ist wieder frei. Bitte wählen Sie einen anderen Termin.`,
            `Gewünschter Termin: ${c.when}`,
            '',
            `Mit freundlichen Grüßen`,
            c.businessName,
          ),
        }
      : {
          subject: `Anfrage abgelaufen: ${c.serviceName} mit ${c.customerName}`,
          body: lines(
            `Die Anfrage von ${c.customerName} für ${c.serviceName} bei ${c.staffName} wurde nicht rechtzeitig beantwortet und ist abgelaufen.`,
            `Termin: ${c.when}`,
          ),
        },
  sms: (kind, c) => {
    switch (kind) {
      case 'confirmation':
        return `${c.businessName}: Ihr Termin für ${c.serviceName} ist gebucht: ${c.when}.`;
      case 'reschedule':
        return `${c.businessName}: Ihr Termin für ${c.serviceName} wurde verschoben auf ${c.when}.`;
      case 'cancellation':
        return `${c.businessName}: Ihr Termin für ${c.serviceName} am ${c.when} wurde abgesagt.`;
      case 'reminder':
        return `${c.businessName}: Erinnerung an Ihren Termin für ${c.serviceName} am ${c.when}.`;
      case 'requested':
        return `${c.businessName}: Ihre Anfrage für ${c.serviceName} am ${c.when} ist eingegangen und wartet auf Bestätigung.`;
      case 'approved':
        return `${c.businessName}: Ihr Termin für ${c.serviceName} ist bestätigt: ${c.when}.`;
      case 'declined':
        return `${c.businessName}: Ihre Anfrage für ${c.serviceName} am ${c.when} wurde abgelehnt.`;
      case 'expired':
        return `${c.businessName}: Ihre Anfrage für ${c.serviceName} am ${c.when} ist abgelaufen.`;
    }
  },
};
