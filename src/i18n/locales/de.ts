/**
 * German, addressing customers formally ("Sie"), as German businesses do. Loaded on demand (its
 * own chunk); `npm run i18n:check` keeps it in step with English.
 */
import type { Messages } from '../en.js';
import { plurals } from '../plural.js';

const p = plurals('de');

export const de: Messages = {
  lang: 'de',

  // States
  loading: 'Wird geladen …',
  loadFailed: 'Die Buchungsseite konnte nicht geladen werden.',
  retry: 'Erneut versuchen',
  unpublished: (business) => `${business} nimmt derzeit keine Online-Buchungen an.`,
  unpublishedNoName: 'Dieses Unternehmen nimmt derzeit keine Online-Buchungen an.',
  noAdapter:
    'Diese Buchungsseite hat kein Backend: Setzen Sie das Attribut config-src oder api oder die Eigenschaft adapter.',
  signInRequired:
    'Hier können nur angemeldete Mitglieder dieser Organisation buchen. Melden Sie sich mit Ihrem Arbeitskonto an und laden Sie die Seite dann neu.',
  notFoundService: 'Diese Leistung kann nicht online gebucht werden.',

  // Header
  call: (phone) => `${phone} anrufen`,
  website: 'Website',

  // Steps
  stepLabel: (n, total) => `Schritt ${n} von ${total}`,
  back: 'Zurück',
  change: 'Ändern',

  // Services
  chooseService: 'Leistung auswählen',
  noServices: 'Derzeit können keine Leistungen online gebucht werden.',
  minutes: (n) => {
    const h = Math.floor(n / 60);
    const m = n % 60;
    if (h && m) return `${h} Std. ${m} Min.`;
    if (h) return `${h} Std.`;
    return `${m} Min.`;
  },
  priceFrom: (amount) => `ab ${amount}`,
  pricePerHour: (amount) => `${amount} pro Stunde`,
  priceFree: 'Kostenlos',
  priceVaries: 'Preis variiert',
  priceCallUs: 'Preis auf telefonische Anfrage',
  online: 'Online-Termin',
  inPerson: 'Vor Ort',
  classOf: (n) => `Gruppe · bis zu ${n} ${p(n, { one: 'Person', other: 'Personen' })}`,

  // Staff
  staffHeading: 'Bei wem möchten Sie einen Termin?',
  anyone: 'Keine Präferenz',
  anyoneHint: 'Wer zuerst frei ist',

  // Calendar and times
  chooseTime: 'Termin auswählen',
  previousMonth: 'Vorheriger Monat',
  nextMonth: 'Nächster Monat',
  today: 'Heute',
  noTimesOnDay: 'Keine freien Termine',
  dayHasTimes: (n) => `${n} ${p(n, { one: 'freier Termin', other: 'freie Termine' })}`,
  dayOutsideWindow: 'Noch nicht buchbar',
  dayPast: 'Vergangen',
  dayTooSoon: 'Zu kurzfristig für eine Online-Buchung',
  noTimesThisMonth: 'In diesem Monat sind keine Termine frei.',
  nextFreeDay: (day) => `Nächster freier Tag: ${day}`,
  showDay: (day) => `${day} anzeigen`,
  noTimesAtAll:
    'In den nächsten Wochen sind keine Termine frei. Bitte kontaktieren Sie uns oder schauen Sie später wieder vorbei.',
  timesOn: (day) => `Termine am ${day}`,
  pickADay: 'Wählen Sie einen Tag, um seine freien Termine zu sehen.',
  timesCount: (n, day) => `${n} ${p(n, { one: 'freier Termin', other: 'freie Termine' })} am ${day}`,
  slotName: (time, day, zone) => `${time}, ${day}, ${zone}`,
  seatsLeft: (n) => `Noch ${n} ${p(n, { one: 'Platz', other: 'Plätze' })} frei`,
  morning: 'Vormittag',
  afternoon: 'Nachmittag',
  evening: 'Abend',
  timeZone: 'Zeitzone',
  suggestedZones: 'Vorgeschlagene Zeitzonen',
  allZones: 'Alle Zeitzonen',
  commonZones: 'Häufige Zeitzonen',
  showZones: 'Zeitzonen anzeigen',
  noZoneMatch: (query) =>
    `Keine Zeitzone passt zu „${query}“. Versuchen Sie eine Stadt, die Zeitzone eines Landes oder einen Versatz wie GMT+1.`,
  zoneResults: (n) => `${n} ${p(n, { one: 'Zeitzone', other: 'Zeitzonen' })}`,
  // The zone's name quoted as a name: „in Mitteleuropäische Normalzeit“ would need the dative.
  timesShownIn: (name, offset) => `Alle Zeiten in der Zeitzone „${name}“ (${offset}).`,
  useMyZone: 'Meine Zeitzone verwenden',
  useBusinessZone: 'Zeitzone des Unternehmens verwenden',
  fullyBooked: 'Ausgebucht',

  // Details
  yourDetails: 'Ihre Angaben',
  summary: 'Ihr Termin',
  name: 'Name',
  email: 'E-Mail',
  phone: 'Telefon',
  notes: 'Gibt es etwas, das wir wissen sollten?',
  optional: 'optional',
  required: 'erforderlich',
  smsOptIn: 'Ich möchte SMS-Benachrichtigungen zu diesem Termin erhalten',
  consentHeading: 'Einwilligung',
  privacyPolicy: 'Datenschutzerklärung',
  terms: 'Allgemeine Geschäftsbedingungen',
  consentDefault: 'Ich bin damit einverstanden, dass meine Angaben zur Bearbeitung dieser Buchung gespeichert werden.',
  book: 'Buchen',
  booking: 'Wird gebucht …',
  errorsInForm: (n) => `Bitte korrigieren Sie ${n} ${p(n, { one: 'Feld', other: 'Felder' })}, bevor Sie buchen.`,
  nameRequired: 'Geben Sie Ihren Namen ein.',
  emailRequired: 'Geben Sie Ihre E-Mail-Adresse ein: Die Bestätigung wird dorthin gesendet.',
  emailRequiredOnline: 'Geben Sie Ihre E-Mail-Adresse ein: Der Link zum Online-Termin wird dorthin gesendet.',
  emailInvalid: 'Geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.',
  contactRequired:
    'Geben Sie eine E-Mail-Adresse oder eine Telefonnummer ein, damit wir Sie wegen dieser Buchung erreichen können.',
  contactHint:
    'Eine E-Mail-Adresse oder eine Telefonnummer, gern auch beides, damit wir Sie wegen dieser Buchung erreichen können.',
  phoneRequired: 'Geben Sie eine Telefonnummer für die SMS ein.',
  phoneInvalid: 'Geben Sie eine Telefonnummer nur mit Ziffern, Leerzeichen, +, - oder Klammern ein.',
  answerRequired: 'Bitte beantworten Sie diese Frage.',
  choiceRequired: 'Bitte wählen Sie eine Option.',
  consentRequired: 'Bitte setzen Sie das Häkchen, um vor der Buchung zuzustimmen.',
  tooLong: (max) => `Verwenden Sie höchstens ${max} Zeichen.`,
  fieldInvalid: 'Bitte prüfen Sie diese Angabe: Der Buchungsdienst hat sie nicht angenommen.',
  slotTaken: 'Dieser Termin wurde gerade vergeben. Hier sind die noch freien Termine.',
  slotTakenNearest: 'Dieser Termin wurde gerade vergeben. Hier sind die nächstgelegenen freien Zeiten an diesem Tag.',
  nearestTimes: 'Nächstgelegene freie Zeiten',
  allTimesThatDay: 'Alle freien Zeiten an diesem Tag',
  policyViolation: 'Dieser Termin kann nicht mehr gebucht werden. Bitte wählen Sie einen anderen.',
  busy: 'Der Buchungsdienst ist gerade ausgelastet. Ihre Angaben bleiben erhalten: Bitte versuchen Sie es erneut.',
  network: 'Der Buchungsdienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung; Ihre Angaben bleiben erhalten.',
  unknownError: 'Etwas ist schiefgelaufen. Ihre Angaben bleiben erhalten: Bitte versuchen Sie es erneut.',

  // Confirmation
  confirmedHeading: 'Ihr Termin ist gebucht',
  confirmedEmail: (email) => `Eine Bestätigung wird an ${email} gesendet.`,
  what: 'Was',
  when: 'Wann',
  withWhom: 'Bei',
  withStaff: (names) => `Bei ${names}`,
  where: 'Wo',
  businessTime: (time) => `${time} Ortszeit des Unternehmens`,
  joinMeeting: 'Am Online-Termin teilnehmen',
  joinLinkLater: 'Den Link zum Online-Termin finden Sie in Ihrer Bestätigungs-E-Mail.',
  addToCalendar: 'Zum Kalender hinzufügen (.ics)',
  googleCalendar: 'Zu Google Kalender hinzufügen',
  outlookCalendar: 'Zu Outlook.com hinzufügen',
  microsoft365Calendar: 'Zu Microsoft 365 hinzufügen',
  manageLink: 'Termin ändern oder absagen',
  manageHint: 'Bewahren Sie diesen Link auf: Wer ihn hat, kann den Termin ändern oder absagen.',
  bookAnother: 'Weiteren Termin buchen',

  // Manage
  manageHeading: 'Ihr Termin',
  manageMissing: 'Dieser Link ist unvollständig. Öffnen Sie den Link aus Ihrer Bestätigungs-E-Mail bitte erneut.',
  manageNotFound:
    'Dieser Termin wurde nicht gefunden. Vielleicht ist der Link unvollständig kopiert, oder der Termin wurde entfernt.',
  statusCancelled: 'Dieser Termin ist abgesagt.',
  reschedule: 'Termin verschieben',
  rescheduleHeading: 'Neuen Termin auswählen',
  confirmReschedule: (when) => `Verschieben auf ${when}`,
  rescheduledHeading: 'Ihr Termin wurde verschoben',
  cancel: 'Termin absagen',
  cancelHeading: 'Diesen Termin absagen?',
  cancelReason: 'Grund',
  confirmCancel: 'Ja, absagen',
  keepBooking: 'Termin behalten',
  cancelledHeading: 'Ihr Termin ist abgesagt',
  changesUntil: (when) => `Sie können diesen Termin bis ${when} ändern oder absagen.`,
  changesClosed: (when) => `Änderungen waren bis ${when} möglich.`,
  contactToChange: (business) => `Für eine Änderung wenden Sie sich bitte an ${business}.`,
  notManageable: 'Diesen Termin hat das Unternehmen eingetragen; für Änderungen wenden Sie sich bitte direkt dorthin.',
  tooLateToChange: 'Dieser Termin kann nicht mehr online geändert werden.',
  newBooking: 'Neuer Termin',
  // Serientermine (issue 20)
  repeatToggle: 'Als Serie buchen',
  repeatEvery: 'Wiederholung',
  repeatWeekly: 'Jede Woche',
  repeatBiweekly: 'Alle 2 Wochen',
  repeatMonthly: 'Jeden Monat',
  repeatEnds: 'Endet',
  repeatAfter: 'Nach einer Anzahl von Terminen',
  repeatCount: 'Anzahl der Termine',
  repeatUntil: 'An einem Datum',
  repeatUntilDate: 'Letztes Datum',
  repeatLimit: (n) => `Höchstens ${n} Termine innerhalb des Buchungszeitraums.`,
  repeatMonthEnd: 'In einem Monat ohne diesen Tag wird es der letzte Tag des Monats.',
  checkDates: 'Termine prüfen',
  checkingDates: 'Termine werden geprüft…',
  seriesDatesHeading: 'Termine',
  dateFree: 'Frei',
  dateNotFree: 'Nicht frei',
  dateTooFar: 'Zu weit im Voraus für eine Buchung',
  alternativesFor: (when) => `Statt ${when}`,
  skipDate: 'Diesen Termin auslassen',
  noAlternatives: 'Keine freie Zeit in der Nähe: dieser Termin wird ausgelassen.',
  seriesSummary: (n, total) => `${n} von ${total} ${p(total, { one: 'Termin', other: 'Terminen' })} werden gebucht.`,
  bookSeries: (n) => `${n} ${p(n, { one: 'Termin', other: 'Termine' })} buchen`,
  seriesRechecked: (when) =>
    `${when} wurde inzwischen vergeben. Die Termine wurden erneut geprüft; es wurde nichts gebucht.`,
  seriesNoneChosen: 'Wählen Sie mindestens einen Termin.',
  seriesCheckFirst: 'Prüfen Sie die Termine, bevor Sie die Serie buchen.',
  seriesPosition: (i, n) => `${i} von ${n} einer Serie`,
  seriesBooked: (n) => `${n} ${p(n, { one: 'Termin', other: 'Termine' })} gebucht`,
  seriesAll: 'Alle Termine dieser Serie',
  seriesOpen: 'Ansehen',
  seriesThis: 'Dieser',
  seriesCancelledDate: 'Abgesagt',
  cancelFollowing: 'Diesen und alle folgenden absagen',
  cancelFollowingHeading: (n) => `${n} ${p(n, { one: 'Termin', other: 'Termine' })} absagen?`,
  confirmCancelFollowing: 'Ja, absagen',
  cancelledFollowing: (n) => `${n} ${p(n, { one: 'Termin wurde', other: 'Termine wurden' })} abgesagt.`,
  // Popup (<booking-button>)
  bookNow: 'Jetzt buchen',
  bookingDialogTitle: 'Termin buchen',
  closeDialog: 'Schließen',
  popupLoadFailed: 'Das Buchungsfenster konnte nicht geöffnet werden.',
  // Waitlists (issue 20).
  waitlistJoin: 'Für diesen Tag auf die Warteliste',
  waitlistHeading: 'Auf die Warteliste setzen',
  waitlistSubmit: 'Auf die Warteliste setzen',
  waitlistSubmitting: 'Wird eingetragen…',
  waitlistJoinedHeading: 'Sie stehen auf der Warteliste',
  waitlistLinkHint:
    'Wir haben Ihnen einen persönlichen Link per E-Mail geschickt. Damit sehen Sie Ihren Platz, verlassen die Liste oder nehmen einen angebotenen Platz an.',
  waitlistOpen: 'Platz ansehen',
  waitlistAlready: 'Sie stehen bereits auf dieser Warteliste.',
  waitlistFreeNow: 'An diesem Tag sind jetzt Zeiten frei: Wählen Sie lieber eine davon.',
  waitlistEntryHeading: 'Ihr Platz auf der Warteliste',
  waitlistWaitingFor: 'Wartet auf',
  waitlistOfferedHeading: 'Ein Platz ist für Sie frei',
  waitlistClaim: 'Platz annehmen',
  waitlistClaiming: 'Wird gebucht…',
  waitlistClaimedText: 'Sie haben den Platz angenommen: er ist gebucht. Die Bestätigung ist unterwegs.',
  waitlistLeftText: 'Sie haben diese Warteliste verlassen.',
  waitlistLapsedText: 'Das Angebot ist abgelaufen, und der Platz ging an die nächste Person auf der Warteliste.',
  waitlistPassedText: 'Die Zeit, auf die Sie gewartet haben, ist vorbei.',
  waitlistLeave: 'Warteliste verlassen',
  waitlistLeaving: 'Wird verlassen…',
  waitlistTaken: 'Jemand war schneller: Dieser Platz wurde bereits angenommen.',
  waitlistNotFound: 'Zu diesem Link gibt es keinen Eintrag auf einer Warteliste.',
  waitlistIntro: (day: string) =>
    `Am ${day} ist nichts frei. Hinterlassen Sie Ihre Angaben: Wird ein Platz frei, wird er der ersten Person auf der Warteliste per E-Mail angeboten und eine Weile für sie reserviert.`,
  waitlistPosition: (n: number) => `Sie sind Nummer ${n} in der Reihe.`,
  waitlistWaiting: (n: number, total: number) =>
    `Sie sind Nummer ${n} von ${total} Wartenden. Wir schreiben Ihnen, sobald ein Platz frei ist.`,
  waitlistOfferedText: (until: string) =>
    `Er ist bis ${until} für Sie reserviert. Nehmen Sie ihn an, um ihn zu buchen; danach geht er an die nächste Person auf der Warteliste.`,
  waitlistAnyTime: (day: string) => `Beliebige Zeit am ${day}`,
};
