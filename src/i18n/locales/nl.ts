/**
 * Dutch, addressing customers as "u", as Dutch and Flemish businesses do on a booking page.
 * Loaded on demand (its own chunk); `npm run i18n:check` keeps it in step with English.
 */
import type { Messages } from '../en.js';
import { plurals } from '../plural.js';

const p = plurals('nl');

export const nl: Messages = {
  lang: 'nl',

  // States
  loading: 'Laden…',
  loadFailed: 'De boekingspagina kon niet worden geladen.',
  retry: 'Opnieuw proberen',
  unpublished: (business) => `${business} neemt op dit moment geen online boekingen aan.`,
  unpublishedNoName: 'Dit bedrijf neemt op dit moment geen online boekingen aan.',
  noAdapter:
    'Deze boekingspagina heeft geen backend: stel het attribuut config-src of api in, of de eigenschap adapter.',
  signInRequired:
    'Alleen wie bij deze organisatie is aangemeld, kan hier boeken. Meld u aan met uw werkaccount en laad deze pagina daarna opnieuw.',
  notFoundService: 'Deze dienst kan niet online worden geboekt.',

  // Header
  call: (phone) => `Bel ${phone}`,
  website: 'Website',

  // Steps
  stepLabel: (n, total) => `Stap ${n} van ${total}`,
  back: 'Terug',
  change: 'Wijzigen',

  // Services
  chooseService: 'Kies een dienst',
  noServices: 'Er zijn op dit moment geen diensten die u online kunt boeken.',
  minutes: (n) => {
    const h = Math.floor(n / 60);
    const m = n % 60;
    if (h && m) return `${h} u ${m} min`;
    if (h) return `${h} uur`;
    return `${m} min`;
  },
  priceFrom: (amount) => `Vanaf ${amount}`,
  pricePerHour: (amount) => `${amount} per uur`,
  priceFree: 'Gratis',
  priceVaries: 'Prijs varieert',
  priceCallUs: 'Bel ons voor de prijs',
  online: 'Online afspraak',
  inPerson: 'Op locatie',
  classOf: (n) => `Groepsles · max. ${n} ${p(n, { one: 'persoon', other: 'personen' })}`,

  // Staff
  staffHeading: 'Bij wie wilt u een afspraak maken?',
  anyone: 'Geen voorkeur',
  anyoneHint: 'Eerst beschikbare',

  // Calendar and times ("vrije tijd" means leisure in Dutch: times are "tijdstippen", "beschikbaar")
  chooseTime: 'Kies een tijdstip',
  previousMonth: 'Vorige maand',
  nextMonth: 'Volgende maand',
  today: 'Vandaag',
  noTimesOnDay: 'Geen tijden beschikbaar',
  dayHasTimes: (n) => `${n} ${p(n, { one: 'tijdstip', other: 'tijdstippen' })} beschikbaar`,
  dayOutsideWindow: 'Nog niet te boeken',
  dayPast: 'Voorbij',
  dayTooSoon: 'Te laat om online te boeken',
  noTimesThisMonth: 'Deze maand zijn er geen tijden beschikbaar.',
  nextFreeDay: (day) => `Eerstvolgende beschikbare dag: ${day}`,
  showDay: (day) => `Bekijk ${day}`,
  noTimesAtAll: 'De komende weken zijn er geen tijden beschikbaar. Neem contact met ons op of kijk later nog eens.',
  timesOn: (day) => `Tijden op ${day}`,
  pickADay: 'Kies een dag om te zien welke tijden beschikbaar zijn.',
  timesCount: (n, day) => `${n} ${p(n, { one: 'tijdstip', other: 'tijdstippen' })} beschikbaar op ${day}`,
  slotName: (time, day, zone) => `${time}, ${day}, ${zone}`,
  seatsLeft: (n) => `Nog ${n} ${p(n, { one: 'plaats', other: 'plaatsen' })} vrij`,
  morning: 'Ochtend',
  afternoon: 'Middag',
  evening: 'Avond',
  timeZone: 'Tijdzone',
  suggestedZones: 'Voorgestelde tijdzones',
  allZones: 'Alle tijdzones',
  commonZones: 'Veelgebruikte tijdzones',
  showZones: 'Tijdzones tonen',
  noZoneMatch: (query) =>
    `Geen tijdzone komt overeen met ‘${query}’. Probeer een stad, de tijdzone van een land of een verschil zoals GMT+1.`,
  zoneResults: (n) => `${n} ${p(n, { one: 'tijdzone', other: 'tijdzones' })}`,
  timesShownIn: (name, offset) => `Tijden worden getoond in de tijdzone ${name} (${offset}).`,
  useMyZone: 'Mijn tijdzone gebruiken',
  useBusinessZone: 'Tijdzone van het bedrijf gebruiken',
  fullyBooked: 'Volgeboekt',

  // Details
  yourDetails: 'Uw gegevens',
  summary: 'Uw afspraak',
  name: 'Naam',
  email: 'E-mail',
  phone: 'Telefoon',
  notes: 'Is er iets wat we moeten weten?',
  optional: 'optioneel',
  required: 'verplicht',
  smsOptIn: 'Stuur mij sms-berichten over deze afspraak',
  consentHeading: 'Toestemming',
  privacyPolicy: 'Privacybeleid',
  terms: 'Algemene voorwaarden',
  consentDefault: 'Ik ga ermee akkoord dat mijn gegevens worden bewaard om deze afspraak af te handelen.',
  book: 'Boeken',
  booking: 'Bezig met boeken…',
  errorsInForm: (n) => `Corrigeer ${n} ${p(n, { one: 'veld', other: 'velden' })} voordat u boekt.`,
  nameRequired: 'Vul uw naam in.',
  emailRequired: 'Vul uw e-mailadres in: de bevestiging wordt daarheen gestuurd.',
  emailRequiredOnline: 'Vul uw e-mailadres in: de link naar de online afspraak wordt daarheen gestuurd.',
  emailInvalid: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
  contactRequired: 'Vul een e-mailadres of een telefoonnummer in, zodat we u over deze boeking kunnen bereiken.',
  contactHint: 'Een e-mailadres of een telefoonnummer, of allebei, zodat we u over deze boeking kunnen bereiken.',
  phoneRequired: 'Vul een telefoonnummer in voor de sms-berichten.',
  phoneInvalid: 'Vul een telefoonnummer in met alleen cijfers, spaties, +, - of haakjes.',
  answerRequired: 'Beantwoord deze vraag.',
  choiceRequired: 'Kies een van de opties.',
  consentRequired: 'Vink het vakje aan om akkoord te gaan voordat u boekt.',
  tooLong: (max) => `Gebruik maximaal ${max} tekens.`,
  fieldInvalid: 'Controleer dit gegeven: de boekingsdienst heeft het niet geaccepteerd.',
  slotTaken: 'Dat tijdstip is zojuist door iemand anders geboekt. Dit zijn de tijden die nog beschikbaar zijn.',
  slotTakenNearest:
    'Dat tijdstip is zojuist door iemand anders geboekt. Dit zijn de dichtstbijzijnde vrije tijden op die dag.',
  nearestTimes: 'Dichtstbijzijnde vrije tijden',
  allTimesThatDay: 'Alle vrije tijden op die dag',
  policyViolation: 'Dat tijdstip kan niet meer worden geboekt. Kies een ander tijdstip.',
  busy: 'Het is op dit moment erg druk bij de boekingsdienst. Uw gegevens blijven bewaard: probeer het opnieuw.',
  network: 'De boekingsdienst is niet bereikbaar. Controleer uw verbinding; uw gegevens blijven bewaard.',
  unknownError: 'Er ging iets mis. Uw gegevens blijven bewaard: probeer het opnieuw.',

  // Confirmation
  confirmedHeading: 'Uw afspraak is geboekt',
  confirmedEmail: (email) => `Er is een bevestiging onderweg naar ${email}.`,
  what: 'Wat',
  when: 'Wanneer',
  withWhom: 'Bij',
  withStaff: (names) => `Bij ${names}`,
  where: 'Waar',
  businessTime: (time) => `${time} lokale tijd van het bedrijf`,
  joinMeeting: 'Deelnemen aan de online afspraak',
  joinLinkLater: 'De link naar de online afspraak staat in uw bevestigingsmail.',
  addToCalendar: 'Toevoegen aan agenda (.ics)',
  googleCalendar: 'Toevoegen aan Google Agenda',
  outlookCalendar: 'Toevoegen aan Outlook.com',
  microsoft365Calendar: 'Toevoegen aan Microsoft 365',
  manageLink: 'Deze afspraak wijzigen of annuleren',
  manageHint: 'Bewaar deze link: iedereen die hem heeft, kan de afspraak wijzigen of annuleren.',
  bookAnother: 'Nog een afspraak maken',

  // Manage
  manageHeading: 'Uw afspraak',
  manageMissing: 'Deze link is onvolledig. Open de link uit uw bevestigingsmail opnieuw.',
  manageNotFound:
    'We kunnen deze afspraak niet vinden. Misschien is de link niet goed overgenomen, of is de afspraak verwijderd.',
  statusCancelled: 'Deze afspraak is geannuleerd.',
  reschedule: 'Tijdstip wijzigen',
  rescheduleHeading: 'Kies een nieuw tijdstip',
  confirmReschedule: (when) => `Verplaatsen naar ${when}`,
  rescheduledHeading: 'Uw afspraak is verplaatst',
  cancel: 'Afspraak annuleren',
  cancelHeading: 'Deze afspraak annuleren?',
  cancelReason: 'Reden',
  confirmCancel: 'Ja, annuleren',
  keepBooking: 'Afspraak behouden',
  cancelledHeading: 'Uw afspraak is geannuleerd',
  changesUntil: (when) => `U kunt deze afspraak wijzigen of annuleren tot ${when}.`,
  changesClosed: (when) => `Wijzigen was mogelijk tot ${when}.`,
  contactToChange: (business) => `Neem contact op met ${business} om de afspraak nu nog te wijzigen.`,
  notManageable: 'Deze afspraak is door het bedrijf gemaakt; neem contact met hen op om hem te wijzigen.',
  tooLateToChange: 'Deze afspraak kan niet meer online worden gewijzigd.',
  newBooking: 'Nieuwe afspraak',
  // Popup (<booking-button>)
  bookNow: 'Nu boeken',
  bookingDialogTitle: 'Afspraak maken',
  closeDialog: 'Sluiten',
  popupLoadFailed: 'Het boekingsvenster kon niet worden geopend.',
  // Waitlists (issue 20).
  waitlistJoin: 'Op de wachtlijst voor deze dag',
  waitlistHeading: 'Op de wachtlijst',
  waitlistSubmit: 'Zet mij op de wachtlijst',
  waitlistSubmitting: 'Aanmelden…',
  waitlistJoinedHeading: 'U staat op de wachtlijst',
  waitlistLinkHint:
    'We hebben u een persoonlijke link gemaild. Daarmee ziet u uw plaats, verlaat u de lijst of claimt u een plaats die u wordt aangeboden.',
  waitlistOpen: 'Uw plaats bekijken',
  waitlistAlready: 'U staat al op deze wachtlijst.',
  waitlistFreeNow: 'Er zijn nu vrije tijden op deze dag: kies er liever een.',
  waitlistEntryHeading: 'Uw plaats op de wachtlijst',
  waitlistWaitingFor: 'Wacht op',
  waitlistOfferedHeading: 'Er is een plaats vrij voor u',
  waitlistClaim: 'Deze plaats claimen',
  waitlistClaiming: 'Boeken…',
  waitlistClaimedText: 'U heeft de plaats geclaimd: hij is geboekt. De bevestiging is onderweg.',
  waitlistLeftText: 'U heeft deze wachtlijst verlaten.',
  waitlistLapsedText: 'Het aanbod is verlopen en de plaats is naar de volgende op de wachtlijst gegaan.',
  waitlistPassedText: 'De tijd waarop u wachtte is voorbij.',
  waitlistLeave: 'Wachtlijst verlaten',
  waitlistLeaving: 'Verlaten…',
  waitlistTaken: 'Iemand was sneller: deze plaats is al geclaimd.',
  waitlistNotFound: 'Er is geen wachtlijstinschrijving bij deze link.',
  waitlistIntro: (day: string) =>
    `Op ${day} is niets vrij. Laat uw gegevens achter: komt er een plaats vrij, dan krijgt de eerste op de wachtlijst die per e-mail aangeboden en wordt die een tijdje voor hem vastgehouden.`,
  waitlistPosition: (n: number) => `U bent nummer ${n} in de rij.`,
  waitlistWaiting: (n: number, total: number) =>
    `U bent nummer ${n} van ${total} wachtenden. We mailen u zodra er een plaats vrij is.`,
  waitlistOfferedText: (until: string) =>
    `Hij wordt tot ${until} voor u vastgehouden. Claim hem om te boeken; daarna gaat hij naar de volgende op de wachtlijst.`,
  waitlistAnyTime: (day: string) => `Elk moment op ${day}`,
};
