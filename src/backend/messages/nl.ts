/** The outbox messages in Dutch (R15). */
import type { MessageCatalogue } from './types.js';

// Dutch: formal "u" towards customers.
export const nl: MessageCatalogue = {
  email: {
    templates: {
      confirmation: {
        subject: 'Afspraak bevestigd: {serviceName} bij {businessName}',
        body: 'Beste {customerName},\n\nUw afspraak voor {serviceName} bij {staffName} is bevestigd.\n\n{details}\n\nMet vriendelijke groet,\n{businessName}',
      },
      reschedule: {
        subject: 'Afspraak verplaatst: {serviceName} bij {businessName}',
        body: 'Beste {customerName},\n\nUw afspraak voor {serviceName} bij {staffName} heeft een nieuw tijdstip.\n\n{details}\n\nMet vriendelijke groet,\n{businessName}',
      },
      cancellation: {
        subject: 'Afspraak geannuleerd: {serviceName} bij {businessName}',
        body: 'Beste {customerName},\n\nUw afspraak voor {serviceName} is geannuleerd.\n\n{details}\n\nMet vriendelijke groet,\n{businessName}',
      },
      reminder: {
        subject: 'Herinnering: {serviceName} bij {businessName}',
        body: 'Beste {customerName},\n\nDit is een herinnering aan uw afspraak voor {serviceName} bij {staffName}.\n\n{details}\n\nMet vriendelijke groet,\n{businessName}',
      },
      timeOff: {
        subject: 'Afwezig: {staffName}',
        body: '{staffName} is afwezig.\n\n{details}\n\n{businessName}',
      },
      staffNotification: {
        subject: '{event}: {serviceName} met {customerName}',
        body: '{summary}\n\n{details}',
      },
      requested: {
        subject: 'Aanvraag ontvangen: {serviceName} bij {businessName}',
        body: 'Beste {customerName},\n\nWe hebben uw aanvraag voor {serviceName} bij {staffName} ontvangen.\nZe is nog niet bevestigd: u hoort van ons zodra ze is goedgekeurd.\n\n{details}\n\nMet vriendelijke groet,\n{businessName}',
      },
      approved: {
        subject: 'Afspraak bevestigd: {serviceName} bij {businessName}',
        body: 'Beste {customerName},\n\nUw aanvraag voor {serviceName} bij {staffName} is goedgekeurd: uw afspraak is bevestigd.\n\n{details}\n\nMet vriendelijke groet,\n{businessName}',
      },
      declined: {
        subject: 'Aanvraag afgewezen: {serviceName} bij {businessName}',
        body: 'Beste {customerName},\n\n{businessName} kan uw aanvraag voor {serviceName} helaas niet aannemen.\n\n{details}\n\nMet vriendelijke groet,\n{businessName}',
      },
      expired: {
        subject: 'Aanvraag verlopen: {serviceName} bij {businessName}',
        body: 'Beste {customerName},\n\nUw aanvraag voor {serviceName} is niet op tijd beantwoord, dus het tijdstip is weer vrijgegeven. Kies gerust een ander tijdstip.\n\n{details}\n\nMet vriendelijke groet,\n{businessName}',
      },
    },
    events: {
      confirmation: 'Nieuwe afspraak',
      reschedule: 'Afspraak verplaatst',
      cancellation: 'Afspraak geannuleerd',
      reminder: 'Herinnering',
      requested: 'Goedkeuring nodig',
      approved: 'Aanvraag goedgekeurd',
      declined: 'Aanvraag afgewezen',
      expired: 'Aanvraag verlopen',
    },
    summaries: {
      confirmation: '{customerName} heeft {serviceName} geboekt bij {staffName}.',
      reschedule: 'De afspraak van {customerName} voor {serviceName} bij {staffName} heeft een nieuw tijdstip.',
      cancellation: 'De afspraak van {customerName} voor {serviceName} bij {staffName} is geannuleerd.',
      reminder: 'Dit is een herinnering aan de afspraak van {customerName} voor {serviceName} bij {staffName}.',
      requested:
        '{customerName} heeft {serviceName} bij {staffName} aangevraagd. Keur de aanvraag goed of wijs ze af in de beheeromgeving.',
      approved: 'De aanvraag van {customerName} voor {serviceName} bij {staffName} is goedgekeurd.',
      declined: 'De aanvraag van {customerName} voor {serviceName} bij {staffName} is afgewezen.',
      expired:
        'De aanvraag van {customerName} voor {serviceName} bij {staffName} is niet op tijd beantwoord en is verlopen.',
    },
    labels: {
      detailsHeading: 'Gegevens',
      service: 'Dienst',
      when: 'Wanneer',
      businessTime: 'Lokale tijd van de zaak',
      previously: 'Eerder',
      duration: 'Duur',
      staff: 'Bij',
      location: 'Waar',
      online: 'Online',
      joinOnline: 'Online deelnemen',
      price: 'Prijs',
      free: 'Gratis',
      message: 'Bericht',
      customer: 'Klant',
      title: 'Reden',
      manage: 'Bekijken, verplaatsen of annuleren',
      addToCalendar: 'Toevoegen aan uw agenda',
      googleCalendar: 'Google Agenda',
      outlookCom: 'Outlook.com',
      microsoft365: 'Microsoft 365',
      icsAttached: 'De uitnodiging zit als .ics-bestand in de bijlage, voor elke andere agenda.',
      seriesDates: 'Alle data',
      seriesCancelled: 'geannuleerd',
      contact: 'Contact',
      phone: 'Telefoon',
      email: 'E-mail',
      website: 'Website',
    },
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
