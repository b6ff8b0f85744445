/** The outbox messages in Polish (R15). */
import type { MessageCatalogue } from './types.js';

// Polish: "Dzień dobry," alone (a name in a greeting takes the vocative); service names in quotes.
export const pl: MessageCatalogue = {
  email: {
    templates: {
      confirmation: {
        subject: 'Potwierdzenie rezerwacji: {serviceName} – {businessName}',
        body: 'Dzień dobry,\n\npotwierdzamy rezerwację usługi „{serviceName}” (pracownik: {staffName}).\n\n{details}\n\nPozdrawiamy\n{businessName}',
      },
      reschedule: {
        subject: 'Zmiana terminu: {serviceName} – {businessName}',
        body: 'Dzień dobry,\n\ntermin rezerwacji usługi „{serviceName}” (pracownik: {staffName}) został zmieniony.\n\n{details}\n\nPozdrawiamy\n{businessName}',
      },
      cancellation: {
        subject: 'Rezerwacja odwołana: {serviceName} – {businessName}',
        body: 'Dzień dobry,\n\nrezerwacja usługi „{serviceName}” została odwołana.\n\n{details}\n\nPozdrawiamy\n{businessName}',
      },
      reminder: {
        subject: 'Przypomnienie: {serviceName} – {businessName}',
        body: 'Dzień dobry,\n\nprzypominamy o rezerwacji usługi „{serviceName}” (pracownik: {staffName}).\n\n{details}\n\nPozdrawiamy\n{businessName}',
      },
      timeOff: {
        subject: 'Nieobecność: {staffName}',
        body: 'Nieobecność: {staffName}.\n\n{details}\n\n{businessName}',
      },
      staffNotification: {
        subject: '{event}: {serviceName} – {customerName}',
        body: '{summary}\n\n{details}',
      },
      requested: {
        subject: 'Otrzymaliśmy prośbę o rezerwację: {serviceName} – {businessName}',
        body: 'Dzień dobry,\n\notrzymaliśmy prośbę o rezerwację usługi „{serviceName}” (pracownik: {staffName}).\nRezerwacja nie jest jeszcze potwierdzona: damy znać, gdy tylko zostanie zaakceptowana.\n\n{details}\n\nPozdrawiamy\n{businessName}',
      },
      approved: {
        subject: 'Potwierdzenie rezerwacji: {serviceName} – {businessName}',
        body: 'Dzień dobry,\n\nprośba o rezerwację usługi „{serviceName}” (pracownik: {staffName}) została zaakceptowana: rezerwacja jest potwierdzona.\n\n{details}\n\nPozdrawiamy\n{businessName}',
      },
      declined: {
        subject: 'Prośba odrzucona: {serviceName} – {businessName}',
        body: 'Dzień dobry,\n\nniestety {businessName} nie może przyjąć prośby o rezerwację usługi „{serviceName}”.\n\n{details}\n\nPozdrawiamy\n{businessName}',
      },
      expired: {
        subject: 'Prośba wygasła: {serviceName} – {businessName}',
        body: 'Dzień dobry,\n\nprośba o rezerwację usługi „{serviceName}” nie została rozpatrzona na czas, więc termin został zwolniony. Prosimy wybrać inny termin.\n\n{details}\n\nPozdrawiamy\n{businessName}',
      },
    },
    events: {
      confirmation: 'Nowa rezerwacja',
      reschedule: 'Zmiana terminu',
      cancellation: 'Rezerwacja odwołana',
      reminder: 'Przypomnienie',
      requested: 'Wymagana akceptacja',
      approved: 'Prośba zaakceptowana',
      declined: 'Prośba odrzucona',
      expired: 'Prośba wygasła',
    },
    summaries: {
      confirmation: 'Nowa rezerwacja usługi „{serviceName}” (klient: {customerName}, pracownik: {staffName}).',
      reschedule:
        'Termin rezerwacji usługi „{serviceName}” (klient: {customerName}, pracownik: {staffName}) został zmieniony.',
      cancellation:
        'Rezerwacja usługi „{serviceName}” (klient: {customerName}, pracownik: {staffName}) została odwołana.',
      reminder: 'Przypominamy o rezerwacji usługi „{serviceName}” (klient: {customerName}, pracownik: {staffName}).',
      requested:
        'Prośba o rezerwację usługi „{serviceName}” (klient: {customerName}, pracownik: {staffName}). Zaakceptuj lub odrzuć ją w panelu administracyjnym.',
      approved:
        'Prośba o rezerwację usługi „{serviceName}” (klient: {customerName}, pracownik: {staffName}) została zaakceptowana.',
      declined:
        'Prośba o rezerwację usługi „{serviceName}” (klient: {customerName}, pracownik: {staffName}) została odrzucona.',
      expired:
        'Prośba o rezerwację usługi „{serviceName}” (klient: {customerName}, pracownik: {staffName}) nie została rozpatrzona na czas i wygasła.',
    },
    labels: {
      detailsHeading: 'Szczegóły',
      service: 'Usługa',
      when: 'Termin',
      businessTime: 'Czas lokalny firmy',
      previously: 'Poprzedni termin',
      duration: 'Czas trwania',
      staff: 'Pracownik',
      location: 'Miejsce',
      online: 'Online',
      joinOnline: 'Dołącz online',
      price: 'Cena',
      free: 'Bezpłatnie',
      message: 'Wiadomość',
      customer: 'Klient',
      title: 'Powód',
      manage: 'Zobacz, zmień termin lub odwołaj',
      addToCalendar: 'Dodaj do kalendarza',
      googleCalendar: 'Kalendarz Google',
      outlookCom: 'Outlook.com',
      microsoft365: 'Microsoft 365',
      icsAttached: 'Zaproszenie jest załączone jako plik .ics dla innych kalendarzy.',
      seriesDates: 'Wszystkie terminy',
      seriesCancelled: 'odwołany',
      contact: 'Kontakt',
      phone: 'Telefon',
      email: 'E-mail',
      website: 'Strona internetowa',
    },
  },
  sms: (kind, c) => {
    switch (kind) {
      case 'confirmation':
        return `${c.businessName}: rezerwacja „${c.serviceName}” potwierdzona, ${c.when}.`;
      case 'reschedule':
        return `${c.businessName}: nowy termin „${c.serviceName}”: ${c.when}.`;
      case 'cancellation':
        return `${c.businessName}: rezerwacja „${c.serviceName}” (${c.when}) została odwołana.`;
      case 'reminder':
        return `${c.businessName}: przypomnienie – „${c.serviceName}”, ${c.when}.`;
      case 'requested':
        return `${c.businessName}: otrzymaliśmy prośbę o „${c.serviceName}”, ${c.when}; czeka na potwierdzenie.`;
      case 'approved':
        return `${c.businessName}: rezerwacja „${c.serviceName}” potwierdzona, ${c.when}.`;
      case 'declined':
        return `${c.businessName}: prośba o „${c.serviceName}” (${c.when}) została odrzucona.`;
      case 'expired':
        return `${c.businessName}: prośba o „${c.serviceName}” (${c.when}) wygasła.`;
    }
  },
};
