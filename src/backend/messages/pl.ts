/** The outbox messages in Polish (R15). */
import { lines, titled, type MessageCatalogue } from './types.js';

// Polish: "Dzień dobry," without the name, because a name in a greeting takes the vocative (and a
// formal one a gendered "Pani/Panie") that software cannot form; everything else is impersonal.
// Service names are quoted so they can stay in the nominative.
export const pl: MessageCatalogue = {
  confirmation: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Potwierdzenie rezerwacji: ${c.serviceName} – ${c.businessName}`,
          body: lines(
            'Dzień dobry,',
            '',
            `potwierdzamy rezerwację usługi „${c.serviceName}” (pracownik: ${c.staffName}).`,
            `Termin: ${c.when}`,
            c.joinWebUrl && `Link do spotkania online: ${c.joinWebUrl}`,
            c.manageUrl && `Podgląd, zmiana terminu lub odwołanie: ${c.manageUrl}`,
            '',
            'Pozdrawiamy',
            c.businessName,
          ),
        }
      : {
          subject: `Nowa rezerwacja: ${c.serviceName} – ${c.customerName}`,
          body: lines(
            `Nowa rezerwacja usługi „${c.serviceName}” (klient: ${c.customerName}, pracownik: ${c.staffName}).`,
            `Termin: ${c.when}`,
            c.joinWebUrl && `Link do spotkania online: ${c.joinWebUrl}`,
          ),
        },
  reschedule: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Zmiana terminu: ${c.serviceName} – ${c.businessName}`,
          body: lines(
            'Dzień dobry,',
            '',
            `termin rezerwacji usługi „${c.serviceName}” (pracownik: ${c.staffName}) został zmieniony.`,
            `Nowy termin: ${c.when}`,
            c.previousWhen && `Poprzedni termin: ${c.previousWhen}`,
            c.joinWebUrl && `Link do spotkania online: ${c.joinWebUrl}`,
            '',
            'Pozdrawiamy',
            c.businessName,
          ),
        }
      : {
          subject: `Zmiana terminu: ${c.serviceName} – ${c.customerName}`,
          body: lines(
            `Zmieniono termin rezerwacji usługi „${c.serviceName}” (klient: ${c.customerName}, pracownik: ${c.staffName}).`,
            `Nowy termin: ${c.when}`,
            c.previousWhen && `Poprzedni termin: ${c.previousWhen}`,
          ),
        },
  cancellation: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Rezerwacja odwołana: ${c.serviceName} – ${c.businessName}`,
          body: lines(
            'Dzień dobry,',
            '',
            c.cancelledBy === 'staff'
              ? `rezerwacja usługi „${c.serviceName}” została odwołana przez firmę ${c.businessName}.`
              : `rezerwacja usługi „${c.serviceName}” została odwołana.`,
            `Termin: ${c.when}`,
            c.note && `Wiadomość: ${c.note}`,
            '',
            'Pozdrawiamy',
            c.businessName,
          ),
        }
      : {
          subject: `Rezerwacja odwołana: ${c.serviceName} – ${c.customerName}`,
          body: lines(
            c.cancelledBy === 'staff'
              ? `Personel odwołał rezerwację usługi „${c.serviceName}” (klient: ${c.customerName}, pracownik: ${c.staffName}).`
              : `Klient odwołał rezerwację usługi „${c.serviceName}” (klient: ${c.customerName}, pracownik: ${c.staffName}).`,
            `Termin: ${c.when}`,
            c.note && `Wiadomość: ${c.note}`,
          ),
        },
  reminder: (audience, c) => ({
    subject: `Przypomnienie: ${c.serviceName} – ${c.businessName}`,
    body: lines(
      'Dzień dobry,',
      '',
      audience === 'customer'
        ? `przypominamy o rezerwacji usługi „${c.serviceName}” (pracownik: ${c.staffName}).`
        : `przypominamy o rezerwacji usługi „${c.serviceName}” (klient: ${c.customerName}).`,
      `Termin: ${c.when}`,
      c.joinWebUrl && `Link do spotkania online: ${c.joinWebUrl}`,
      c.note,
    ),
  }),
  timeOff: (_audience, c) => ({
    subject: `Nieobecność: ${c.staffName}${titled(c.title)}`,
    body: lines(`Nieobecność: ${c.staffName}${titled(c.title)}.`, `Okres: ${c.when}`, '', c.businessName),
  }),
  requested: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Otrzymaliśmy prośbę o rezerwację: ${c.serviceName} – ${c.businessName}`,
          body: lines(
            'Dzień dobry,',
            '',
            `otrzymaliśmy prośbę o rezerwację usługi „${c.serviceName}” (pracownik: ${c.staffName}).`,
            'Rezerwacja nie jest jeszcze potwierdzona: damy znać, gdy tylko zostanie zaakceptowana.',
            `Wybrany termin: ${c.when}`,
            c.manageUrl && `Podgląd lub odwołanie prośby: ${c.manageUrl}`,
            '',
            'Pozdrawiamy',
            c.businessName,
          ),
        }
      : {
          subject: `Wymagana akceptacja: ${c.serviceName} – ${c.customerName}`,
          body: lines(
            `Prośba o rezerwację usługi „${c.serviceName}” (klient: ${c.customerName}, pracownik: ${c.staffName}).`,
            `Termin: ${c.when}`,
            'Zaakceptuj lub odrzuć prośbę w panelu administracyjnym.',
          ),
        },
  approved: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Potwierdzenie rezerwacji: ${c.serviceName} – ${c.businessName}`,
          body: lines(
            'Dzień dobry,',
            '',
            `prośba o rezerwację usługi „${c.serviceName}” (pracownik: ${c.staffName}) została zaakceptowana: rezerwacja jest potwierdzona.`,
            `Termin: ${c.when}`,
            c.joinWebUrl && `Link do spotkania online: ${c.joinWebUrl}`,
            '',
            'Pozdrawiamy',
            c.businessName,
          ),
        }
      : {
          subject: `Prośba zaakceptowana: ${c.serviceName} – ${c.customerName}`,
          body: lines(
            `Prośba o rezerwację usługi „${c.serviceName}” (klient: ${c.customerName}, pracownik: ${c.staffName}) została zaakceptowana.`,
            `Termin: ${c.when}`,
          ),
        },
  declined: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Prośba odrzucona: ${c.serviceName} – ${c.businessName}`,
          body: lines(
            'Dzień dobry,',
            '',
            `niestety ${c.businessName} nie może przyjąć prośby o rezerwację usługi „${c.serviceName}”.`,
            `Wybrany termin: ${c.when}`,
            c.note && `Wiadomość: ${c.note}`,
            '',
            'Pozdrawiamy',
            c.businessName,
          ),
        }
      : {
          subject: `Prośba odrzucona: ${c.serviceName} – ${c.customerName}`,
          body: lines(
            `Prośba o rezerwację usługi „${c.serviceName}” (klient: ${c.customerName}, pracownik: ${c.staffName}) została odrzucona.`,
            `Termin: ${c.when}`,
            c.note && `Wiadomość: ${c.note}`,
          ),
        },
  expired: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Prośba wygasła: ${c.serviceName} – ${c.businessName}`,
          body: lines(
            'Dzień dobry,',
            '',
            `prośba o rezerwację usługi „${c.serviceName}” nie została rozpatrzona na czas, więc termin został zwolniony. Prosimy wybrać inny termin.`,
            `Wybrany termin: ${c.when}`,
            '',
            'Pozdrawiamy',
            c.businessName,
          ),
        }
      : {
          subject: `Prośba wygasła: ${c.serviceName} – ${c.customerName}`,
          body: lines(
            `Prośba o rezerwację usługi „${c.serviceName}” (klient: ${c.customerName}, pracownik: ${c.staffName}) nie została rozpatrzona na czas i wygasła.`,
            `Termin: ${c.when}`,
          ),
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
