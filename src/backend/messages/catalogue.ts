/**
 * The text of outbox messages (R15), in one module so other languages can plug in: a catalogue
 * is a set of functions from a context to strings, chosen by the recipient's language tag.
 * English, Danish, German, French, Dutch and Polish are built in; `registerMessageCatalogue` adds
 * others, and `catalogueFor` falls back to English. Customers get their own language (the
 * `customer.languageTag` the booking page sends), staff and owners the business's. Dates and times
 * go through `Intl.DateTimeFormat` with the recipient's zone, and always name that zone.
 * `npm run i18n:check` keeps every catalogue's placeholders in step with English.
 */

export type MessageAudience = 'customer' | 'staff' | 'owner';

export interface MessageContext {
  businessName: string;
  serviceName: string;
  staffName: string;
  customerName: string;
  /** Formatted start–end with the zone named, in the recipient's language and zone. */
  when: string;
  /** The earlier time, for reschedules. */
  previousWhen?: string;
  joinWebUrl?: string;
  /** The customer's private link to view, reschedule or cancel (confirmation only). */
  manageUrl?: string;
  /** A message from staff (cancellation) or the reminder's configured text. */
  note?: string;
  /** Who cancelled: the customer or the business. */
  cancelledBy?: 'customer' | 'staff';
}

export interface TimeOffContext {
  businessName: string;
  staffName: string;
  title?: string;
  when: string;
}

export interface MessageText {
  subject: string;
  body: string;
}

export interface MessageCatalogue {
  confirmation(audience: MessageAudience, c: MessageContext): MessageText;
  reschedule(audience: MessageAudience, c: MessageContext): MessageText;
  cancellation(audience: MessageAudience, c: MessageContext): MessageText;
  reminder(audience: MessageAudience, c: MessageContext): MessageText;
  timeOff(audience: MessageAudience, c: TimeOffContext): MessageText;
  /** A short text message for customers who opted in to SMS. */
  sms(kind: 'confirmation' | 'reschedule' | 'cancellation' | 'reminder', c: MessageContext): string;
}

function lines(...parts: (string | false | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join('\n');
}

const en: MessageCatalogue = {
  confirmation: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Booking confirmed: ${c.serviceName} at ${c.businessName}`,
          body: lines(
            `Hello ${c.customerName},`,
            '',
            `Your booking for ${c.serviceName} with ${c.staffName} is confirmed.`,
            `When: ${c.when}`,
            c.joinWebUrl && `Join online: ${c.joinWebUrl}`,
            c.manageUrl && `View, reschedule or cancel: ${c.manageUrl}`,
            '',
            c.businessName,
          ),
        }
      : {
          subject: `New booking: ${c.serviceName} with ${c.customerName}`,
          body: lines(
            `${c.customerName} booked ${c.serviceName} with ${c.staffName}.`,
            `When: ${c.when}`,
            c.joinWebUrl && `Join online: ${c.joinWebUrl}`,
          ),
        },
  reschedule: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Booking moved: ${c.serviceName} at ${c.businessName}`,
          body: lines(
            `Hello ${c.customerName},`,
            '',
            `Your booking for ${c.serviceName} with ${c.staffName} has a new time.`,
            `When: ${c.when}`,
            c.previousWhen && `Previously: ${c.previousWhen}`,
            c.joinWebUrl && `Join online: ${c.joinWebUrl}`,
            '',
            c.businessName,
          ),
        }
      : {
          subject: `Booking moved: ${c.serviceName} with ${c.customerName}`,
          body: lines(
            `${c.customerName}'s booking for ${c.serviceName} with ${c.staffName} has a new time.`,
            `When: ${c.when}`,
            c.previousWhen && `Previously: ${c.previousWhen}`,
          ),
        },
  cancellation: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Booking cancelled: ${c.serviceName} at ${c.businessName}`,
          body: lines(
            `Hello ${c.customerName},`,
            '',
            c.cancelledBy === 'staff'
              ? `${c.businessName} cancelled your booking for ${c.serviceName}.`
              : `Your booking for ${c.serviceName} has been cancelled.`,
            `It was: ${c.when}`,
            c.note && `Message: ${c.note}`,
            '',
            c.businessName,
          ),
        }
      : {
          subject: `Booking cancelled: ${c.serviceName} with ${c.customerName}`,
          body: lines(
            c.cancelledBy === 'staff'
              ? `The booking of ${c.customerName} for ${c.serviceName} with ${c.staffName} was cancelled by staff.`
              : `${c.customerName} cancelled their booking for ${c.serviceName} with ${c.staffName}.`,
            `It was: ${c.when}`,
            c.note && `Message: ${c.note}`,
          ),
        },
  reminder: (audience, c) => ({
    subject: `Reminder: ${c.serviceName} at ${c.businessName}`,
    body: lines(
      audience === 'customer' ? `Hello ${c.customerName},` : `Hello ${c.staffName},`,
      '',
      audience === 'customer'
        ? `This is a reminder of your booking for ${c.serviceName} with ${c.staffName}.`
        : `This is a reminder of ${c.customerName}'s booking for ${c.serviceName}.`,
      `When: ${c.when}`,
      c.joinWebUrl && `Join online: ${c.joinWebUrl}`,
      c.note,
    ),
  }),
  timeOff: (_audience, c) => ({
    subject: `Time off: ${c.staffName}${c.title ? ` (${c.title})` : ''}`,
    body: lines(`${c.staffName} is away${c.title ? ` (${c.title})` : ''}.`, `When: ${c.when}`, '', c.businessName),
  }),
  sms: (kind, c) => {
    switch (kind) {
      case 'confirmation':
        return `${c.businessName}: ${c.serviceName} booked for ${c.when}.`;
      case 'reschedule':
        return `${c.businessName}: ${c.serviceName} moved to ${c.when}.`;
      case 'cancellation':
        return `${c.businessName}: ${c.serviceName} on ${c.when} is cancelled.`;
      case 'reminder':
        return `${c.businessName}: reminder, ${c.serviceName} on ${c.when}.`;
    }
  },
};

/** `Name (title)` when there is a title. */
const titled = (title: string | undefined) => (title ? ` (${title})` : '');

// Danish: businesses write to customers with "du".
const da: MessageCatalogue = {
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

// German: formal "Sie" to customers; colleagues get a plain "Hallo".
const de: MessageCatalogue = {
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
    }
  },
};

// French: "vous"; a no-break space before `:` as French typography wants.
const fr: MessageCatalogue = {
  confirmation: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Réservation confirmée\u00a0: ${c.serviceName} chez ${c.businessName}`,
          body: lines(
            `Bonjour ${c.customerName},`,
            '',
            `Votre réservation pour ${c.serviceName} avec ${c.staffName} est confirmée.`,
            `Date\u00a0: ${c.when}`,
            c.joinWebUrl && `Rejoindre en ligne\u00a0: ${c.joinWebUrl}`,
            c.manageUrl && `Consulter, déplacer ou annuler\u00a0: ${c.manageUrl}`,
            '',
            `Cordialement,`,
            c.businessName,
          ),
        }
      : {
          subject: `Nouvelle réservation\u00a0: ${c.serviceName} avec ${c.customerName}`,
          body: lines(
            `${c.customerName} a réservé ${c.serviceName} avec ${c.staffName}.`,
            `Date\u00a0: ${c.when}`,
            c.joinWebUrl && `Rejoindre en ligne\u00a0: ${c.joinWebUrl}`,
          ),
        },
  reschedule: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Réservation déplacée\u00a0: ${c.serviceName} chez ${c.businessName}`,
          body: lines(
            `Bonjour ${c.customerName},`,
            '',
            `Votre réservation pour ${c.serviceName} avec ${c.staffName} a été déplacée.`,
            `Nouvelle date\u00a0: ${c.when}`,
            c.previousWhen && `Date précédente\u00a0: ${c.previousWhen}`,
            c.joinWebUrl && `Rejoindre en ligne\u00a0: ${c.joinWebUrl}`,
            '',
            `Cordialement,`,
            c.businessName,
          ),
        }
      : {
          subject: `Réservation déplacée\u00a0: ${c.serviceName} avec ${c.customerName}`,
          body: lines(
            `La réservation de ${c.customerName} pour ${c.serviceName} avec ${c.staffName} a été déplacée.`,
            `Nouvelle date\u00a0: ${c.when}`,
            c.previousWhen && `Date précédente\u00a0: ${c.previousWhen}`,
          ),
        },
  cancellation: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Réservation annulée\u00a0: ${c.serviceName} chez ${c.businessName}`,
          body: lines(
            `Bonjour ${c.customerName},`,
            '',
            c.cancelledBy === 'staff'
              ? `${c.businessName} a annulé votre réservation pour ${c.serviceName}.`
              : `Votre réservation pour ${c.serviceName} a été annulée.`,
            `Date prévue\u00a0: ${c.when}`,
            c.note && `Message\u00a0: ${c.note}`,
            '',
            `Cordialement,`,
            c.businessName,
          ),
        }
      : {
          subject: `Réservation annulée\u00a0: ${c.serviceName} avec ${c.customerName}`,
          body: lines(
            c.cancelledBy === 'staff'
              ? `La réservation de ${c.customerName} pour ${c.serviceName} avec ${c.staffName} a été annulée par l’équipe.`
              : `${c.customerName} a annulé sa réservation pour ${c.serviceName} avec ${c.staffName}.`,
            `Date prévue\u00a0: ${c.when}`,
            c.note && `Message\u00a0: ${c.note}`,
          ),
        },
  reminder: (audience, c) => ({
    subject: `Rappel\u00a0: ${c.serviceName} chez ${c.businessName}`,
    body: lines(
      audience === 'customer' ? `Bonjour ${c.customerName},` : `Bonjour ${c.staffName},`,
      '',
      audience === 'customer'
        ? `Nous vous rappelons votre réservation pour ${c.serviceName} avec ${c.staffName}.`
        : `Rappel de la réservation de ${c.customerName} pour ${c.serviceName}.`,
      `Date\u00a0: ${c.when}`,
      c.joinWebUrl && `Rejoindre en ligne\u00a0: ${c.joinWebUrl}`,
      c.note,
    ),
  }),
  timeOff: (_audience, c) => ({
    // "Absence de…" rather than "… est absent(e)": no guess at the staff member's gender.
    subject: `Absence\u00a0: ${c.staffName}${titled(c.title)}`,
    body: lines(`Absence de ${c.staffName}${titled(c.title)}.`, `Période\u00a0: ${c.when}`, '', c.businessName),
  }),
  sms: (kind, c) => {
    switch (kind) {
      case 'confirmation':
        return `${c.businessName}\u00a0: votre rendez-vous ${c.serviceName} est confirmé le ${c.when}.`;
      case 'reschedule':
        return `${c.businessName}\u00a0: votre rendez-vous ${c.serviceName} est déplacé au ${c.when}.`;
      case 'cancellation':
        return `${c.businessName}\u00a0: votre rendez-vous ${c.serviceName} du ${c.when} est annulé.`;
      case 'reminder':
        return `${c.businessName}\u00a0: rappel, ${c.serviceName} le ${c.when}.`;
    }
  },
};

// Dutch: "u" to customers.
const nl: MessageCatalogue = {
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

// Polish: "Dzień dobry," without the name, because a name in a greeting takes the vocative (and a
// formal one a gendered "Pani/Panie") that software cannot form; everything else is impersonal.
// Service names are quoted so they can stay in the nominative.
const pl: MessageCatalogue = {
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
    }
  },
};

/** The catalogues this library ships: the customer's language for customer messages (R15), the business's for staff. */
export const BUILT_IN_MESSAGE_CATALOGUES: Readonly<Record<'en' | 'da' | 'de' | 'fr' | 'nl' | 'pl', MessageCatalogue>> =
  { en, da, de, fr, nl, pl };

const catalogues = new Map<string, MessageCatalogue>(Object.entries(BUILT_IN_MESSAGE_CATALOGUES));

/** Adds or replaces a language's catalogue (matched on the primary subtag: `da`, `de`, …). */
export function registerMessageCatalogue(language: string, catalogue: MessageCatalogue): void {
  catalogues.set(language.toLowerCase(), catalogue);
}

/** The catalogue for a BCP 47 tag and the tag actually used (English when the language has none yet). */
export function catalogueFor(languageTag: string | undefined): { catalogue: MessageCatalogue; languageTag: string } {
  const primary = (languageTag ?? 'en').split('-')[0]?.toLowerCase() ?? 'en';
  const catalogue = catalogues.get(primary);
  return catalogue ? { catalogue, languageTag: languageTag ?? 'en' } : { catalogue: en, languageTag: 'en' };
}

const formatters = new Map<
  string,
  { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat; zone: Intl.DateTimeFormat }
>();

/** "Tuesday, December 1, 2026, 9:00 AM – 9:30 AM Central European Standard Time" in the given language and zone. */
export function formatWhen(start: number, end: number, languageTag: string, timeZone: string): string {
  const key = `${languageTag}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    let locale = languageTag;
    try {
      new Intl.DateTimeFormat(locale);
    } catch {
      locale = 'en';
    }
    f = {
      date: new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone }),
      time: new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }),
      zone: new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'long' }),
    };
    formatters.set(key, f);
  }
  const zoneName = f.zone.formatToParts(start).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  return `${f.date.format(start)}, ${f.time.format(start)} – ${f.time.format(end)} ${zoneName} (${timeZone})`;
}
