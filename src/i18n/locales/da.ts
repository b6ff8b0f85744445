/**
 * Danish. Danish businesses address their customers with "du", so this catalogue does too.
 * Loaded on demand (its own chunk); `npm run i18n:check` keeps it in step with English.
 */
import type { Messages } from '../en.js';
import { plurals } from '../plural.js';

const p = plurals('da');

export const da: Messages = {
  lang: 'da',

  // States
  loading: 'Indlæser…',
  loadFailed: 'Vi kunne ikke indlæse bookingsiden.',
  retry: 'Prøv igen',
  unpublished: (business) => `${business} tager ikke imod onlinebookinger lige nu.`,
  unpublishedNoName: 'Virksomheden tager ikke imod onlinebookinger lige nu.',
  noAdapter: 'Bookingsiden har ingen backend: angiv attributten config-src eller api, eller egenskaben adapter.',
  signInRequired:
    'Kun personer, der er logget ind i denne organisation, kan booke her. Log ind med din arbejdskonto, og genindlæs derefter siden.',
  notFoundService: 'Denne ydelse kan ikke bookes online.',

  // Header
  call: (phone) => `Ring til ${phone}`,
  website: 'Hjemmeside',

  // Steps
  stepLabel: (n, total) => `Trin ${n} af ${total}`,
  back: 'Tilbage',
  change: 'Ændr',

  // Services
  chooseService: 'Vælg en ydelse',
  noServices: 'Der er ingen ydelser, der kan bookes online lige nu.',
  minutes: (n) => {
    const h = Math.floor(n / 60);
    const m = n % 60;
    if (h && m) return `${h} t. ${m} min.`;
    if (h) return `${h} ${p(h, { one: 'time', other: 'timer' })}`;
    return `${m} min.`;
  },
  priceFrom: (amount) => `Fra ${amount}`,
  pricePerHour: (amount) => `${amount} pr. time`,
  priceFree: 'Gratis',
  priceVaries: 'Prisen varierer',
  priceCallUs: 'Ring for at høre prisen',
  online: 'Onlinemøde',
  inPerson: 'Fremmøde',
  classOf: (n) => `Hold · op til ${n} ${p(n, { one: 'person', other: 'personer' })}`,

  // Staff
  staffHeading: 'Hvem vil du gerne booke hos?',
  anyone: 'Ingen præference',
  anyoneHint: 'Første ledige',

  // Calendar and times
  chooseTime: 'Vælg et tidspunkt',
  previousMonth: 'Forrige måned',
  nextMonth: 'Næste måned',
  today: 'I dag',
  noTimesOnDay: 'Ingen ledige tider',
  dayHasTimes: (n) => `${n} ${p(n, { one: 'ledig tid', other: 'ledige tider' })}`,
  dayOutsideWindow: 'Kan ikke bookes endnu',
  dayPast: 'Dagen er gået',
  dayTooSoon: 'For sent at booke online',
  noTimesThisMonth: 'Ingen ledige tider i denne måned.',
  nextFreeDay: (day) => `Næste ledige dag: ${day}`,
  showDay: (day) => `Vis ${day}`,
  noTimesAtAll: 'Der er ingen ledige tider i de kommende uger. Kontakt os, eller kig forbi igen senere.',
  timesOn: (day) => `Ledige tider ${day}`,
  pickADay: 'Vælg en dag for at se de ledige tider.',
  timesCount: (n, day) => `${n} ${p(n, { one: 'ledig tid', other: 'ledige tider' })} ${day}`,
  slotName: (time, day, zone) => `${time}, ${day}, ${zone}`,
  seatsLeft: (n) => `${n} ${p(n, { one: 'plads', other: 'pladser' })} tilbage`,
  morning: 'Formiddag',
  afternoon: 'Eftermiddag',
  evening: 'Aften',
  timeZone: 'Tidszone',
  suggestedZones: 'Foreslåede tidszoner',
  allZones: 'Alle tidszoner',
  commonZones: 'Almindelige tidszoner',
  showZones: 'Vis tidszoner',
  noZoneMatch: (query) =>
    `Ingen tidszone passer til »${query}«. Prøv en by, et lands tidszone eller en forskydning som GMT+1.`,
  zoneResults: (n) => `${n} ${p(n, { one: 'tidszone', other: 'tidszoner' })}`,
  // The zone's name as a name, after a colon: Danish writes it lower-case inside a sentence.
  timesShownIn: (name, offset) => `Tiderne vises i denne tidszone: ${name} (${offset}).`,
  useMyZone: 'Brug min tidszone',
  useBusinessZone: 'Brug virksomhedens tidszone',
  fullyBooked: 'Fuldt booket',

  // Details
  yourDetails: 'Dine oplysninger',
  summary: 'Din aftale',
  name: 'Navn',
  email: 'E-mail',
  phone: 'Telefon',
  notes: 'Er der noget, vi bør vide?',
  optional: 'valgfrit',
  required: 'skal udfyldes',
  smsOptIn: 'Send mig sms’er om denne booking',
  consentHeading: 'Samtykke',
  privacyPolicy: 'Privatlivspolitik',
  terms: 'Vilkår og betingelser',
  consentDefault: 'Jeg accepterer, at mine oplysninger gemmes, så bookingen kan håndteres.',
  book: 'Book',
  booking: 'Booker…',
  errorsInForm: (n) => `Ret ${n} ${p(n, { one: 'felt', other: 'felter' })}, før du booker.`,
  nameRequired: 'Skriv dit navn.',
  emailRequired: 'Skriv din e-mailadresse: Bekræftelsen sendes dertil.',
  emailRequiredOnline: 'Skriv din e-mailadresse: Linket til mødet sendes dertil.',
  emailInvalid: 'Skriv en e-mailadresse som navn@eksempel.dk.',
  contactRequired: 'Skriv en e-mailadresse eller et telefonnummer, så vi kan kontakte dig om bookingen.',
  contactHint: 'En e-mailadresse eller et telefonnummer, eller begge, så vi kan kontakte dig om bookingen.',
  phoneRequired: 'Skriv et telefonnummer, som sms’erne kan sendes til.',
  phoneInvalid: 'Skriv et telefonnummer med kun cifre, mellemrum, +, - eller parenteser.',
  answerRequired: 'Besvar spørgsmålet.',
  choiceRequired: 'Vælg en af mulighederne.',
  consentRequired: 'Sæt flueben i feltet for at give dit samtykke, før du booker.',
  tooLong: (max) => `Brug højst ${max} tegn.`,
  fieldInvalid: 'Tjek feltet: Bookingsystemet kunne ikke godkende det.',
  slotTaken: 'Tidspunktet er lige blevet booket af en anden. Her er de tider, der stadig er ledige.',
  slotTakenNearest: 'Tidspunktet er lige blevet booket af en anden. Her er de nærmeste ledige tider samme dag.',
  nearestTimes: 'Nærmeste ledige tider',
  allTimesThatDay: 'Alle ledige tider den dag',
  policyViolation: 'Tidspunktet kan ikke længere bookes. Vælg et andet.',
  busy: 'Der er travlt i bookingsystemet lige nu. Dine oplysninger er gemt, så du kan bare prøve igen.',
  network: 'Vi kunne ikke få forbindelse til bookingsystemet. Tjek din forbindelse – dine oplysninger er gemt.',
  unknownError: 'Noget gik galt. Dine oplysninger er gemt, så du kan bare prøve igen.',

  // Confirmation
  confirmedHeading: 'Din tid er booket',
  confirmedEmail: (email) => `En bekræftelse er på vej til ${email}.`,
  what: 'Hvad',
  when: 'Hvornår',
  withWhom: 'Hos',
  withStaff: (names) => `Hos ${names}`,
  where: 'Hvor',
  businessTime: (time) => `${time} i virksomhedens tidszone`,
  joinMeeting: 'Deltag i onlinemødet',
  joinLinkLater: 'Linket til mødet kommer i din bekræftelsesmail.',
  addToCalendar: 'Føj til kalender (.ics)',
  googleCalendar: 'Føj til Google Kalender',
  outlookCalendar: 'Føj til Outlook.com',
  microsoft365Calendar: 'Føj til Microsoft 365',
  manageLink: 'Ændr eller aflys bookingen',
  manageHint: 'Gem linket: Alle, der har det, kan ændre eller aflyse bookingen.',
  bookAnother: 'Book en tid mere',

  // Manage
  manageHeading: 'Din booking',
  manageMissing: 'Linket er ufuldstændigt. Åbn linket fra din bekræftelsesmail igen.',
  manageNotFound: 'Vi kunne ikke finde bookingen. Linket kan være skrevet forkert, eller bookingen er slettet.',
  statusCancelled: 'Bookingen er aflyst.',
  reschedule: 'Skift tidspunkt',
  rescheduleHeading: 'Vælg et nyt tidspunkt',
  confirmReschedule: (when) => `Flyt til ${when}`,
  rescheduledHeading: 'Din booking er flyttet',
  cancel: 'Aflys bookingen',
  cancelHeading: 'Vil du aflyse bookingen?',
  cancelReason: 'Årsag',
  confirmCancel: 'Ja, aflys den',
  keepBooking: 'Behold min booking',
  cancelledHeading: 'Din booking er aflyst',
  changesUntil: (when) => `Du kan ændre eller aflyse bookingen indtil ${when}.`,
  changesClosed: (when) => `Bookingen kunne ændres indtil ${when}.`,
  contactToChange: (business) => `Kontakt ${business}, hvis du vil ændre den nu.`,
  notManageable: 'Bookingen er oprettet af virksomheden. Kontakt dem, hvis du vil ændre den.',
  tooLateToChange: 'Bookingen kan ikke længere ændres online.',
  newBooking: 'Ny booking',
  // Popup (<booking-button>)
  bookNow: 'Book nu',
  bookingDialogTitle: 'Book en tid',
  closeDialog: 'Luk',
  popupLoadFailed: 'Bookingvinduet kunne ikke åbnes.',
  // Waitlists (issue 20).
  waitlistJoin: 'Skriv dig på ventelisten for denne dag',
  waitlistHeading: 'Skriv dig på ventelisten',
  waitlistSubmit: 'Skriv mig på ventelisten',
  waitlistSubmitting: 'Skriver dig op…',
  waitlistJoinedHeading: 'Du er på ventelisten',
  waitlistLinkHint:
    'Vi har sendt dig et privat link på e-mail. Med det kan du se din plads, forlade listen eller tage en plads, når du får en tilbudt.',
  waitlistOpen: 'Se din plads',
  waitlistAlready: 'Du er allerede på denne venteliste.',
  waitlistFreeNow: 'Der er ledige tider denne dag nu: vælg en af dem i stedet.',
  waitlistEntryHeading: 'Din plads på ventelisten',
  waitlistWaitingFor: 'Venter på',
  waitlistOfferedHeading: 'Der er en ledig plads til dig',
  waitlistClaim: 'Tag pladsen',
  waitlistClaiming: 'Booker…',
  waitlistClaimedText: 'Du har taget pladsen: den er booket. Bekræftelsen er på vej.',
  waitlistLeftText: 'Du har forladt denne venteliste.',
  waitlistLapsedText: 'Tilbuddet er udløbet, og pladsen er gået videre til den næste på ventelisten.',
  waitlistPassedText: 'Tidspunktet, du ventede på, er overstået.',
  waitlistLeave: 'Forlad ventelisten',
  waitlistLeaving: 'Forlader…',
  waitlistTaken: 'Nogen var hurtigere: pladsen er allerede taget.',
  waitlistNotFound: 'Intet på ventelisten passer til dette link.',
  waitlistIntro: (day: string) =>
    `Der er intet ledigt ${day}. Skriv dine oplysninger: når en plads bliver ledig, tilbydes den den første på ventelisten på e-mail og holdes til vedkommende et stykke tid.`,
  waitlistPosition: (n: number) => `Du er nummer ${n} i køen.`,
  waitlistWaiting: (n: number, total: number) =>
    `Du er nummer ${n} af ${total}, der venter. Vi skriver til dig, så snart en plads er ledig.`,
  waitlistOfferedText: (until: string) =>
    `Den holdes til dig indtil ${until}. Tag den for at booke den; derefter går den videre til den næste på ventelisten.`,
  waitlistAnyTime: (day: string) => `Et hvilket som helst tidspunkt ${day}`,
};
