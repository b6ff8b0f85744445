/**
 * The waitlist's messages (issue 20) in the six built-in languages: joining, a place offered, an
 * offer that lapsed unclaimed. Apart from messages/ so the waitlist's words load with the waitlist
 * only. `{name}` placeholders are filled by waitlist-messages.ts; every language has the same ones
 * (test/node/waitlist-texts.test.ts).
 */

export type WaitlistMessageKind = 'waitlistJoined' | 'waitlistOffer' | 'waitlistLapsed';

export interface WaitlistTexts {
  subject: Record<WaitlistMessageKind, string>;
  /** Before the details block; blank lines separate paragraphs. */
  body: Record<WaitlistMessageKind, string>;
  sms: Record<WaitlistMessageKind, string>;
  labels: {
    details: string;
    service: string;
    wish: string;
    offered: string;
    until: string;
    staff: string;
    /** The link's label in the joined and lapsed messages. */
    view: string;
    /** The link's label in the offer. */
    claim: string;
  };
}

const en: WaitlistTexts = {
  subject: {
    waitlistJoined: 'You are on the waiting list: {serviceName} at {businessName}',
    waitlistOffer: 'A place is free for you: {serviceName} at {businessName}',
    waitlistLapsed: 'Your offer has expired: {serviceName} at {businessName}',
  },
  body: {
    waitlistJoined:
      'Hello {customerName},\n\nYou are number {position} on the waiting list for {serviceName}. As soon as a place is free, we will offer it to you by e-mail.\n\nYou can see your place or leave the list at any time with your private link.',
    waitlistOffer:
      'Hello {customerName},\n\nA place for {serviceName} is free and held for you until {until}. Claim it with the link below to book it; after that time it goes to the next person waiting.',
    waitlistLapsed:
      'Hello {customerName},\n\nThe place we held for you for {serviceName} was not claimed by {until}, so it has gone to the next person waiting. You are no longer on this waiting list; you are welcome to join again.',
  },
  sms: {
    waitlistJoined: '{businessName}: you are number {position} on the waiting list for {serviceName}.',
    waitlistOffer: '{businessName}: a place for {serviceName} ({when}) is held for you until {until}. Claim it: {link}',
    waitlistLapsed: '{businessName}: your offer for {serviceName} has expired and went to the next person.',
  },
  labels: {
    details: 'Details',
    service: 'Service',
    wish: 'Waiting for',
    offered: 'Offered time',
    until: 'Held until',
    staff: 'With',
    view: 'See your place or leave the list',
    claim: 'Claim your place',
  },
};

const da: WaitlistTexts = {
  subject: {
    waitlistJoined: 'Du er på ventelisten: {serviceName} hos {businessName}',
    waitlistOffer: 'Der er en ledig plads til dig: {serviceName} hos {businessName}',
    waitlistLapsed: 'Dit tilbud er udløbet: {serviceName} hos {businessName}',
  },
  body: {
    waitlistJoined:
      'Hej {customerName},\n\nDu er nummer {position} på ventelisten til {serviceName}. Så snart en plads bliver ledig, tilbyder vi dig den på e-mail.\n\nMed dit private link kan du altid se din plads eller forlade listen.',
    waitlistOffer:
      'Hej {customerName},\n\nEn plads til {serviceName} er ledig og holdes til dig indtil {until}. Tag den med linket herunder for at booke den; derefter går den videre til den næste på ventelisten.',
    waitlistLapsed:
      'Hej {customerName},\n\nDen plads, vi holdt til dig til {serviceName}, blev ikke taget inden {until}, så den er gået videre til den næste på ventelisten. Du er ikke længere på denne venteliste; du er velkommen til at skrive dig op igen.',
  },
  sms: {
    waitlistJoined: '{businessName}: du er nummer {position} på ventelisten til {serviceName}.',
    waitlistOffer: '{businessName}: en plads til {serviceName} ({when}) holdes til dig indtil {until}. Tag den: {link}',
    waitlistLapsed: '{businessName}: dit tilbud på {serviceName} er udløbet og gået videre til den næste.',
  },
  labels: {
    details: 'Detaljer',
    service: 'Ydelse',
    wish: 'Venter på',
    offered: 'Tilbudt tid',
    until: 'Holdes indtil',
    staff: 'Med',
    view: 'Se din plads eller forlad listen',
    claim: 'Tag din plads',
  },
};

const de: WaitlistTexts = {
  subject: {
    waitlistJoined: 'Sie stehen auf der Warteliste: {serviceName} bei {businessName}',
    waitlistOffer: 'Ein Platz ist für Sie frei: {serviceName} bei {businessName}',
    waitlistLapsed: 'Ihr Angebot ist abgelaufen: {serviceName} bei {businessName}',
  },
  body: {
    waitlistJoined:
      'Hallo {customerName},\n\nSie sind Nummer {position} auf der Warteliste für {serviceName}. Sobald ein Platz frei wird, bieten wir ihn Ihnen per E-Mail an.\n\nMit Ihrem persönlichen Link sehen Sie jederzeit Ihren Platz oder verlassen die Liste.',
    waitlistOffer:
      'Hallo {customerName},\n\nEin Platz für {serviceName} ist frei und bis {until} für Sie reserviert. Sichern Sie ihn sich mit dem Link unten; danach geht er an die nächste Person auf der Warteliste.',
    waitlistLapsed:
      'Hallo {customerName},\n\nDer für Sie reservierte Platz für {serviceName} wurde bis {until} nicht angenommen und ist an die nächste Person auf der Warteliste gegangen. Sie stehen nicht mehr auf dieser Warteliste; Sie können sich gern erneut eintragen.',
  },
  sms: {
    waitlistJoined: '{businessName}: Sie sind Nummer {position} auf der Warteliste für {serviceName}.',
    waitlistOffer:
      '{businessName}: Ein Platz für {serviceName} ({when}) ist bis {until} für Sie reserviert. Jetzt sichern: {link}',
    waitlistLapsed: '{businessName}: Ihr Angebot für {serviceName} ist abgelaufen und ging an die nächste Person.',
  },
  labels: {
    details: 'Details',
    service: 'Leistung',
    wish: 'Wartet auf',
    offered: 'Angebotener Termin',
    until: 'Reserviert bis',
    staff: 'Bei',
    view: 'Platz ansehen oder Liste verlassen',
    claim: 'Platz sichern',
  },
};

const fr: WaitlistTexts = {
  subject: {
    waitlistJoined: 'Vous êtes sur la liste d’attente : {serviceName} chez {businessName}',
    waitlistOffer: 'Une place se libère pour vous : {serviceName} chez {businessName}',
    waitlistLapsed: 'Votre offre a expiré : {serviceName} chez {businessName}',
  },
  body: {
    waitlistJoined:
      'Bonjour {customerName},\n\nVous êtes numéro {position} sur la liste d’attente pour {serviceName}. Dès qu’une place se libère, nous vous la proposerons par e-mail.\n\nVotre lien personnel vous permet à tout moment de voir votre place ou de quitter la liste.',
    waitlistOffer:
      'Bonjour {customerName},\n\nUne place pour {serviceName} est libre et vous est réservée jusqu’à {until}. Réservez-la avec le lien ci-dessous ; passé ce délai, elle sera proposée à la personne suivante.',
    waitlistLapsed:
      'Bonjour {customerName},\n\nLa place réservée pour vous pour {serviceName} n’a pas été prise avant {until} : elle a été proposée à la personne suivante. Vous n’êtes plus sur cette liste d’attente ; vous pouvez vous y inscrire de nouveau.',
  },
  sms: {
    waitlistJoined: '{businessName} : vous êtes numéro {position} sur la liste d’attente pour {serviceName}.',
    waitlistOffer:
      '{businessName} : une place pour {serviceName} ({when}) vous est réservée jusqu’à {until}. Réservez : {link}',
    waitlistLapsed:
      '{businessName} : votre offre pour {serviceName} a expiré et a été proposée à la personne suivante.',
  },
  labels: {
    details: 'Détails',
    service: 'Prestation',
    wish: 'En attente de',
    offered: 'Horaire proposé',
    until: 'Réservé jusqu’à',
    staff: 'Avec',
    view: 'Voir votre place ou quitter la liste',
    claim: 'Réserver votre place',
  },
};

const nl: WaitlistTexts = {
  subject: {
    waitlistJoined: 'U staat op de wachtlijst: {serviceName} bij {businessName}',
    waitlistOffer: 'Er is een plaats vrij voor u: {serviceName} bij {businessName}',
    waitlistLapsed: 'Uw aanbod is verlopen: {serviceName} bij {businessName}',
  },
  body: {
    waitlistJoined:
      'Hallo {customerName},\n\nU bent nummer {position} op de wachtlijst voor {serviceName}. Zodra er een plaats vrijkomt, bieden we die u per e-mail aan.\n\nMet uw persoonlijke link ziet u altijd uw plaats of verlaat u de lijst.',
    waitlistOffer:
      'Hallo {customerName},\n\nEr is een plaats vrij voor {serviceName}, voor u vastgehouden tot {until}. Claim hem met de link hieronder om te boeken; daarna gaat hij naar de volgende op de wachtlijst.',
    waitlistLapsed:
      'Hallo {customerName},\n\nDe plaats die we voor u vasthielden voor {serviceName} is niet vóór {until} geclaimd en is naar de volgende op de wachtlijst gegaan. U staat niet meer op deze wachtlijst; u kunt zich opnieuw aanmelden.',
  },
  sms: {
    waitlistJoined: '{businessName}: u bent nummer {position} op de wachtlijst voor {serviceName}.',
    waitlistOffer:
      '{businessName}: een plaats voor {serviceName} ({when}) is tot {until} voor u vastgehouden. Claim: {link}',
    waitlistLapsed: '{businessName}: uw aanbod voor {serviceName} is verlopen en naar de volgende gegaan.',
  },
  labels: {
    details: 'Details',
    service: 'Dienst',
    wish: 'Wacht op',
    offered: 'Aangeboden tijd',
    until: 'Vastgehouden tot',
    staff: 'Met',
    view: 'Uw plaats bekijken of de lijst verlaten',
    claim: 'Uw plaats claimen',
  },
};

const pl: WaitlistTexts = {
  subject: {
    waitlistJoined: 'Jesteś na liście oczekujących: {serviceName} w {businessName}',
    waitlistOffer: 'Zwolniło się dla Ciebie miejsce: {serviceName} w {businessName}',
    waitlistLapsed: 'Twoja oferta wygasła: {serviceName} w {businessName}',
  },
  body: {
    waitlistJoined:
      'Dzień dobry {customerName},\n\nJesteś numerem {position} na liście oczekujących na {serviceName}. Gdy tylko zwolni się miejsce, zaproponujemy je e-mailem.\n\nSwoim prywatnym linkiem możesz w każdej chwili sprawdzić swoje miejsce lub opuścić listę.',
    waitlistOffer:
      'Dzień dobry {customerName},\n\nZwolniło się miejsce na {serviceName}; trzymamy je dla Ciebie do {until}. Zarezerwuj je linkiem poniżej; potem przejdzie do następnej osoby z listy.',
    waitlistLapsed:
      'Dzień dobry {customerName},\n\nMiejsce na {serviceName} trzymane dla Ciebie nie zostało zajęte do {until}, więc przeszło do następnej osoby z listy. Nie jesteś już na tej liście oczekujących; możesz zapisać się ponownie.',
  },
  sms: {
    waitlistJoined: '{businessName}: jesteś numerem {position} na liście oczekujących na {serviceName}.',
    waitlistOffer: '{businessName}: miejsce na {serviceName} ({when}) czeka na Ciebie do {until}. Zarezerwuj: {link}',
    waitlistLapsed: '{businessName}: Twoja oferta na {serviceName} wygasła i przeszła do następnej osoby.',
  },
  labels: {
    details: 'Szczegóły',
    service: 'Usługa',
    wish: 'Oczekiwanie na',
    offered: 'Proponowany termin',
    until: 'Zarezerwowane do',
    staff: 'Z',
    view: 'Sprawdź miejsce lub opuść listę',
    claim: 'Zarezerwuj swoje miejsce',
  },
};

export const WAITLIST_TEXTS: Readonly<Record<string, WaitlistTexts>> = { en, da, de, fr, nl, pl };

/** The texts for a language tag (`da-DK` → `da`), English when there are none. */
export function waitlistTextsFor(tag: string | undefined): { texts: WaitlistTexts; lang: string } {
  const base = (tag ?? 'en').toLowerCase().split('-')[0] ?? 'en';
  const texts = WAITLIST_TEXTS[base];
  return texts ? { texts, lang: tag ?? base } : { texts: en, lang: 'en' };
}

/** `template` with each `{name}` replaced by `values[name]` (unknown names stay as written). */
export function fillText(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
