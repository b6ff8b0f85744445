/** The outbox messages in Danish (R15). */
import type { MessageCatalogue } from './types.js';

// Danish: businesses write to customers with "du".
export const da: MessageCatalogue = {
  email: {
    templates: {
      confirmation: {
        subject: 'Booking bekræftet: {serviceName} hos {businessName}',
        body: 'Hej {customerName}\n\nDin booking af {serviceName} hos {staffName} er bekræftet.\n\n{details}\n\nVenlig hilsen\n{businessName}',
      },
      reschedule: {
        subject: 'Booking flyttet: {serviceName} hos {businessName}',
        body: 'Hej {customerName}\n\nDin booking af {serviceName} hos {staffName} har fået et nyt tidspunkt.\n\n{details}\n\nVenlig hilsen\n{businessName}',
      },
      cancellation: {
        subject: 'Booking aflyst: {serviceName} hos {businessName}',
        body: 'Hej {customerName}\n\nDin booking af {serviceName} er aflyst.\n\n{details}\n\nVenlig hilsen\n{businessName}',
      },
      reminder: {
        subject: 'Påmindelse: {serviceName} hos {businessName}',
        body: 'Hej {customerName}\n\nHer er en påmindelse om din booking af {serviceName} hos {staffName}.\n\n{details}\n\nVenlig hilsen\n{businessName}',
      },
      timeOff: {
        subject: 'Fravær: {staffName}',
        body: '{staffName} er fraværende.\n\n{details}\n\n{businessName}',
      },
      staffNotification: {
        subject: '{event}: {serviceName} med {customerName}',
        body: '{summary}\n\n{details}',
      },
      requested: {
        subject: 'Anmodning modtaget: {serviceName} hos {businessName}',
        body: 'Hej {customerName}\n\nVi har modtaget din anmodning om {serviceName} hos {staffName}.\nDen er ikke bekræftet endnu: du hører fra os, så snart den er godkendt.\n\n{details}\n\nVenlig hilsen\n{businessName}',
      },
      approved: {
        subject: 'Booking bekræftet: {serviceName} hos {businessName}',
        body: 'Hej {customerName}\n\nDin anmodning om {serviceName} hos {staffName} er godkendt, og din booking er bekræftet.\n\n{details}\n\nVenlig hilsen\n{businessName}',
      },
      declined: {
        subject: 'Anmodning afvist: {serviceName} hos {businessName}',
        body: 'Hej {customerName}\n\n{businessName} kan desværre ikke imødekomme din anmodning om {serviceName}.\n\n{details}\n\nVenlig hilsen\n{businessName}',
      },
      expired: {
        subject: 'Anmodning udløbet: {serviceName} hos {businessName}',
        body: 'Hej {customerName}\n\nDin anmodning om {serviceName} blev ikke besvaret i tide, så tidspunktet er frigivet igen. Vælg gerne et andet tidspunkt.\n\n{details}\n\nVenlig hilsen\n{businessName}',
      },
    },
    events: {
      confirmation: 'Ny booking',
      reschedule: 'Booking flyttet',
      cancellation: 'Booking aflyst',
      reminder: 'Påmindelse',
      requested: 'Godkendelse påkrævet',
      approved: 'Anmodning godkendt',
      declined: 'Anmodning afvist',
      expired: 'Anmodning udløbet',
    },
    summaries: {
      confirmation: '{customerName} har booket {serviceName} hos {staffName}.',
      reschedule: 'Bookingen af {serviceName} for {customerName} hos {staffName} har fået et nyt tidspunkt.',
      cancellation: 'Bookingen af {serviceName} for {customerName} hos {staffName} er aflyst.',
      reminder: 'Her er en påmindelse om bookingen af {serviceName} for {customerName} hos {staffName}.',
      requested:
        '{customerName} har anmodet om {serviceName} hos {staffName}. Godkend eller afvis anmodningen i administrationen.',
      approved: 'Anmodningen fra {customerName} om {serviceName} hos {staffName} er godkendt.',
      declined: 'Anmodningen fra {customerName} om {serviceName} hos {staffName} er afvist.',
      expired:
        'Anmodningen fra {customerName} om {serviceName} hos {staffName} blev ikke besvaret i tide og er udløbet.',
    },
    labels: {
      detailsHeading: 'Detaljer',
      service: 'Ydelse',
      when: 'Tidspunkt',
      businessTime: 'Lokal tid hos virksomheden',
      previously: 'Tidligere',
      duration: 'Varighed',
      staff: 'Hos',
      location: 'Sted',
      online: 'Online',
      joinOnline: 'Deltag online',
      price: 'Pris',
      free: 'Gratis',
      message: 'Besked',
      customer: 'Kunde',
      title: 'Årsag',
      manage: 'Se, flyt eller aflys bookingen',
      addToCalendar: 'Føj til din kalender',
      googleCalendar: 'Google Kalender',
      outlookCom: 'Outlook.com',
      microsoft365: 'Microsoft 365',
      icsAttached: 'Invitationen er vedhæftet som en .ics-fil til andre kalendere.',
      seriesDates: 'Alle datoer',
      seriesCancelled: 'aflyst',
      contact: 'Kontakt',
      phone: 'Telefon',
      email: 'E-mail',
      website: 'Websted',
    },
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
