/** The outbox messages in German (R15). */
import type { MessageCatalogue } from './types.js';

// German: formal "Sie" throughout.
export const de: MessageCatalogue = {
  email: {
    templates: {
      confirmation: {
        subject: 'Buchungsbestätigung: {serviceName} bei {businessName}',
        body: 'Guten Tag {customerName},\n\nIhre Buchung für {serviceName} bei {staffName} ist bestätigt.\n\n{details}\n\nMit freundlichen Grüßen\n{businessName}',
      },
      reschedule: {
        subject: 'Termin verschoben: {serviceName} bei {businessName}',
        body: 'Guten Tag {customerName},\n\nIhr Termin für {serviceName} bei {staffName} wurde verschoben.\n\n{details}\n\nMit freundlichen Grüßen\n{businessName}',
      },
      cancellation: {
        subject: 'Termin abgesagt: {serviceName} bei {businessName}',
        body: 'Guten Tag {customerName},\n\nIhr Termin für {serviceName} wurde abgesagt.\n\n{details}\n\nMit freundlichen Grüßen\n{businessName}',
      },
      reminder: {
        subject: 'Erinnerung: {serviceName} bei {businessName}',
        body: 'Guten Tag {customerName},\n\nwir erinnern Sie an Ihren Termin für {serviceName} bei {staffName}.\n\n{details}\n\nMit freundlichen Grüßen\n{businessName}',
      },
      timeOff: {
        subject: 'Abwesenheit: {staffName}',
        body: '{staffName} ist abwesend.\n\n{details}\n\n{businessName}',
      },
      staffNotification: {
        subject: '{event}: {serviceName} mit {customerName}',
        body: '{summary}\n\n{details}',
      },
      requested: {
        subject: 'Anfrage erhalten: {serviceName} bei {businessName}',
        body: 'Guten Tag {customerName},\n\nIhre Anfrage für {serviceName} bei {staffName} ist bei uns eingegangen.\nSie ist noch nicht bestätigt: Wir melden uns, sobald sie angenommen wurde.\n\n{details}\n\nMit freundlichen Grüßen\n{businessName}',
      },
      approved: {
        subject: 'Buchungsbestätigung: {serviceName} bei {businessName}',
        body: 'Guten Tag {customerName},\n\nIhre Anfrage für {serviceName} bei {staffName} wurde angenommen: Ihr Termin ist bestätigt.\n\n{details}\n\nMit freundlichen Grüßen\n{businessName}',
      },
      declined: {
        subject: 'Anfrage abgelehnt: {serviceName} bei {businessName}',
        body: 'Guten Tag {customerName},\n\nleider kann {businessName} Ihre Anfrage für {serviceName} nicht annehmen.\n\n{details}\n\nMit freundlichen Grüßen\n{businessName}',
      },
      expired: {
        subject: 'Anfrage abgelaufen: {serviceName} bei {businessName}',
        body: 'Guten Tag {customerName},\n\nIhre Anfrage für {serviceName} wurde nicht rechtzeitig beantwortet; der Termin ist wieder frei. Bitte wählen Sie einen anderen Termin.\n\n{details}\n\nMit freundlichen Grüßen\n{businessName}',
      },
    },
    events: {
      confirmation: 'Neue Buchung',
      reschedule: 'Termin verschoben',
      cancellation: 'Termin abgesagt',
      reminder: 'Erinnerung',
      requested: 'Freigabe nötig',
      approved: 'Anfrage angenommen',
      declined: 'Anfrage abgelehnt',
      expired: 'Anfrage abgelaufen',
    },
    summaries: {
      confirmation: '{customerName} hat {serviceName} bei {staffName} gebucht.',
      reschedule: 'Der Termin von {customerName} für {serviceName} bei {staffName} wurde verschoben.',
      cancellation: 'Der Termin von {customerName} für {serviceName} bei {staffName} wurde abgesagt.',
      reminder: 'Dies ist eine Erinnerung an den Termin von {customerName} für {serviceName} bei {staffName}.',
      requested:
        '{customerName} hat {serviceName} bei {staffName} angefragt. Die Anfrage kann in der Verwaltung angenommen oder abgelehnt werden.',
      approved: 'Die Anfrage von {customerName} für {serviceName} bei {staffName} wurde angenommen.',
      declined: 'Die Anfrage von {customerName} für {serviceName} bei {staffName} wurde abgelehnt.',
      expired:
        'Die Anfrage von {customerName} für {serviceName} bei {staffName} wurde nicht rechtzeitig beantwortet und ist abgelaufen.',
    },
    labels: {
      detailsHeading: 'Details',
      service: 'Leistung',
      when: 'Termin',
      businessTime: 'Ortszeit des Unternehmens',
      previously: 'Bisher',
      duration: 'Dauer',
      staff: 'Bei',
      location: 'Ort',
      online: 'Online',
      joinOnline: 'Online teilnehmen',
      price: 'Preis',
      free: 'Kostenlos',
      message: 'Nachricht',
      customer: 'Kunde',
      title: 'Grund',
      manage: 'Termin ansehen, verschieben oder absagen',
      addToCalendar: 'Zum Kalender hinzufügen',
      googleCalendar: 'Google Kalender',
      outlookCom: 'Outlook.com',
      microsoft365: 'Microsoft 365',
      icsAttached: 'Die Einladung liegt als .ics-Datei für andere Kalender bei.',
      seriesDates: 'Alle Termine',
      seriesCancelled: 'abgesagt',
      contact: 'Kontakt',
      phone: 'Telefon',
      email: 'E-Mail',
      website: 'Website',
    },
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
