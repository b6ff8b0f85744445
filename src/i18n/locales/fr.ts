/**
 * French, addressing customers as "vous". French typography puts a no-break space before
 * `:` `;` `?` and `!`, written here as `\u00a0` so it survives formatters. Loaded on demand (its own
 * chunk); `npm run i18n:check` keeps it in step with English.
 */
import type { Messages } from '../en.js';
import { plurals } from '../plural.js';

// French counts 0 and 1 as singular ("0 créneau disponible"): the rules know, a `n === 1` test would not.
const p = plurals('fr');

export const fr: Messages = {
  lang: 'fr',

  // States
  loading: 'Chargement…',
  loadFailed: 'Impossible de charger la page de réservation.',
  retry: 'Réessayer',
  unpublished: (business) => `${business} ne prend pas de réservations en ligne pour le moment.`,
  unpublishedNoName: 'Cet établissement ne prend pas de réservations en ligne pour le moment.',
  noAdapter:
    'Cette page de réservation n’a pas de backend\u00a0: définissez son attribut config-src ou api, ou sa propriété adapter.',
  signInRequired:
    'Seules les personnes connectées à cette organisation peuvent réserver ici. Connectez-vous avec votre compte professionnel, puis rechargez cette page.',
  notFoundService: 'Cette prestation ne peut pas être réservée en ligne.',

  // Header
  call: (phone) => `Appeler le ${phone}`,
  website: 'Site web',

  // Steps
  stepLabel: (n, total) => `Étape ${n} sur ${total}`,
  back: 'Retour',
  change: 'Modifier',

  // Services
  chooseService: 'Choisissez une prestation',
  noServices: 'Aucune prestation ne peut être réservée en ligne pour le moment.',
  minutes: (n) => {
    const h = Math.floor(n / 60);
    const m = n % 60;
    if (h && m) return `${h} h ${m} min`;
    if (h) return `${h} h`;
    return `${m} min`;
  },
  priceFrom: (amount) => `À partir de ${amount}`,
  pricePerHour: (amount) => `${amount} de l’heure`,
  priceFree: 'Gratuit',
  priceVaries: 'Prix variable',
  priceCallUs: 'Appelez-nous pour connaître le prix',
  online: 'Rendez-vous en ligne',
  inPerson: 'Sur place',
  classOf: (n) => `Cours collectif · jusqu’à ${n} ${p(n, { one: 'personne', other: 'personnes' })}`,

  // Staff
  staffHeading: 'Avec qui souhaitez-vous prendre rendez-vous\u00a0?',
  anyone: 'Sans préférence',
  anyoneHint: 'Première personne disponible',

  // Calendar and times
  chooseTime: 'Choisissez un créneau',
  previousMonth: 'Mois précédent',
  nextMonth: 'Mois suivant',
  today: 'Aujourd’hui',
  noTimesOnDay: 'Aucun créneau disponible',
  dayHasTimes: (n) => `${n} ${p(n, { one: 'créneau disponible', other: 'créneaux disponibles' })}`,
  dayOutsideWindow: 'Pas encore réservable',
  dayPast: 'Jour passé',
  dayTooSoon: 'Trop tard pour réserver en ligne',
  noTimesThisMonth: 'Aucun créneau disponible ce mois-ci.',
  nextFreeDay: (day) => `Prochain jour disponible\u00a0: ${day}`,
  showDay: (day) => `Voir le ${day}`,
  noTimesAtAll: 'Aucun créneau disponible dans les semaines à venir. Contactez-nous ou revenez plus tard.',
  timesOn: (day) => `Créneaux du ${day}`,
  pickADay: 'Choisissez un jour pour voir ses créneaux disponibles.',
  timesCount: (n, day) => `${n} ${p(n, { one: 'créneau disponible', other: 'créneaux disponibles' })} le ${day}`,
  slotName: (time, day, zone) => `${time}, ${day}, ${zone}`,
  seatsLeft: (n) => `${n} ${p(n, { one: 'place restante', other: 'places restantes' })}`,
  morning: 'Matin',
  afternoon: 'Après-midi',
  evening: 'Soir',
  timeZone: 'Fuseau horaire',
  suggestedZones: 'Fuseaux horaires suggérés',
  allZones: 'Tous les fuseaux horaires',
  commonZones: 'Fuseaux horaires courants',
  showZones: 'Afficher les fuseaux horaires',
  noZoneMatch: (query) =>
    `Aucun fuseau horaire ne correspond à «\u00a0${query}\u00a0». Essayez une ville, le fuseau d’un pays ou un décalage comme UTC+1.`,
  zoneResults: (n) => `${n} ${p(n, { one: 'fuseau horaire', other: 'fuseaux horaires' })}`,
  timesShownIn: (name, offset) => `Les heures sont indiquées dans le fuseau horaire «\u00a0${name}\u00a0» (${offset}).`,
  useMyZone: 'Utiliser mon fuseau horaire',
  useBusinessZone: 'Utiliser le fuseau horaire de l’établissement',
  fullyBooked: 'Complet',

  // Details
  yourDetails: 'Vos coordonnées',
  summary: 'Votre rendez-vous',
  name: 'Nom',
  email: 'E-mail',
  phone: 'Téléphone',
  notes: 'Quelque chose à nous signaler\u00a0?',
  optional: 'facultatif',
  required: 'obligatoire',
  smsOptIn: 'Recevoir des SMS au sujet de cette réservation',
  consentHeading: 'Consentement',
  privacyPolicy: 'Politique de confidentialité',
  terms: 'Conditions générales',
  consentDefault: 'J’accepte que mes données soient conservées pour gérer cette réservation.',
  book: 'Réserver',
  booking: 'Réservation en cours…',
  errorsInForm: (n) => `Veuillez corriger ${n} ${p(n, { one: 'champ', other: 'champs' })} avant de réserver.`,
  nameRequired: 'Saisissez votre nom.',
  emailRequired: 'Saisissez votre adresse e-mail\u00a0: la confirmation y sera envoyée.',
  emailRequiredOnline: 'Saisissez votre adresse e-mail\u00a0: le lien de la réunion y sera envoyé.',
  emailInvalid: 'Saisissez une adresse e-mail du type nom@exemple.fr.',
  contactRequired:
    'Saisissez une adresse e-mail ou un numéro de téléphone, pour que nous puissions vous joindre au sujet de ce rendez-vous.',
  contactHint:
    'Une adresse e-mail ou un numéro de téléphone, ou les deux, pour que nous puissions vous joindre au sujet de ce rendez-vous.',
  phoneRequired: 'Saisissez un numéro de téléphone pour recevoir les SMS.',
  phoneInvalid:
    'Saisissez un numéro de téléphone composé uniquement de chiffres, d’espaces, de +, de - ou de parenthèses.',
  answerRequired: 'Répondez à cette question.',
  choiceRequired: 'Choisissez une option.',
  consentRequired: 'Cochez la case pour donner votre accord avant de réserver.',
  tooLong: (max) => `Utilisez ${max} caractères au maximum.`,
  fieldInvalid: 'Vérifiez cette information\u00a0: le service de réservation ne l’a pas acceptée.',
  slotTaken: 'Ce créneau vient d’être réservé. Voici les créneaux encore disponibles.',
  slotTakenNearest: 'Ce créneau vient d’être réservé. Voici les créneaux libres les plus proches ce jour-là.',
  nearestTimes: 'Créneaux libres les plus proches',
  allTimesThatDay: 'Tous les créneaux libres ce jour-là',
  policyViolation: 'Ce créneau ne peut plus être réservé. Veuillez en choisir un autre.',
  busy: 'Le service de réservation est très sollicité en ce moment. Vos informations sont conservées\u00a0: veuillez réessayer.',
  network:
    'Impossible de joindre le service de réservation. Vérifiez votre connexion\u00a0; vos informations sont conservées.',
  unknownError: 'Une erreur s’est produite. Vos informations sont conservées\u00a0: veuillez réessayer.',

  // Confirmation
  confirmedHeading: 'Votre rendez-vous est réservé',
  confirmedEmail: (email) => `Une confirmation va être envoyée à ${email}.`,
  what: 'Prestation',
  when: 'Date',
  withWhom: 'Avec',
  withStaff: (names) => `Avec ${names}`,
  where: 'Lieu',
  businessTime: (time) => `${time} (heure de l’établissement)`,
  joinMeeting: 'Rejoindre la réunion en ligne',
  joinLinkLater: 'Le lien de la réunion figurera dans votre e-mail de confirmation.',
  addToCalendar: 'Ajouter au calendrier (.ics)',
  googleCalendar: 'Ajouter à Google Agenda',
  outlookCalendar: 'Ajouter à Outlook.com',
  microsoft365Calendar: 'Ajouter à Microsoft 365',
  manageLink: 'Modifier ou annuler cette réservation',
  manageHint: 'Conservez ce lien\u00a0: toute personne qui le possède peut modifier ou annuler la réservation.',
  bookAnother: 'Prendre un autre rendez-vous',

  // Manage
  manageHeading: 'Votre réservation',
  manageMissing: 'Ce lien est incomplet. Ouvrez à nouveau le lien de votre e-mail de confirmation.',
  manageNotFound: 'Réservation introuvable. Le lien est peut-être erroné, ou la réservation a été supprimée.',
  statusCancelled: 'Cette réservation est annulée.',
  reschedule: 'Changer l’horaire',
  rescheduleHeading: 'Choisissez un nouveau créneau',
  confirmReschedule: (when) => `Déplacer au ${when}`,
  rescheduledHeading: 'Votre réservation a été déplacée',
  cancel: 'Annuler la réservation',
  cancelHeading: 'Annuler cette réservation\u00a0?',
  cancelReason: 'Motif',
  confirmCancel: 'Oui, annuler',
  keepBooking: 'Conserver ma réservation',
  cancelledHeading: 'Votre réservation est annulée',
  changesUntil: (when) => `Vous pouvez modifier ou annuler cette réservation jusqu’au ${when}.`,
  changesClosed: (when) => `Les modifications étaient possibles jusqu’au ${when}.`,
  contactToChange: (business) => `Pour la modifier maintenant, contactez ${business}.`,
  notManageable: 'Cette réservation a été effectuée par l’établissement\u00a0; contactez-le pour la modifier.',
  tooLateToChange: 'Cette réservation ne peut plus être modifiée en ligne.',
  newBooking: 'Nouvelle réservation',
  // Rendez-vous récurrents (issue 20)
  repeatToggle: 'Réserver une série',
  repeatEvery: 'Répétition',
  repeatWeekly: 'Chaque semaine',
  repeatBiweekly: 'Toutes les 2 semaines',
  repeatMonthly: 'Chaque mois',
  repeatEnds: 'Fin',
  repeatAfter: 'Après un nombre de fois',
  repeatCount: 'Nombre de fois',
  repeatUntil: 'À une date',
  repeatUntilDate: 'Dernière date',
  repeatLimit: (n) => `${n} fois au plus, dans la période de réservation.`,
  repeatMonthEnd: 'Un mois sans ce jour prend son dernier jour à la place.',
  checkDates: 'Vérifier les dates',
  checkingDates: 'Vérification des dates…',
  seriesDatesHeading: 'Dates prévues',
  dateFree: 'Libre',
  dateNotFree: 'Pas libre',
  dateTooFar: 'Trop lointaine pour être réservée',
  alternativesFor: (when) => `Au lieu du ${when}`,
  skipDate: 'Passer cette date',
  noAlternatives: 'Aucun créneau libre à proximité\u00a0: cette date sera passée.',
  seriesSummary: (n, total) =>
    `${n} ${p(n, { one: 'date', other: 'dates' })} sur ${total} ${p(n, { one: 'sera réservée', other: 'seront réservées' })}.`,
  bookSeries: (n) => `Réserver ${n} ${p(n, { one: 'rendez-vous', other: 'rendez-vous' })}`,
  seriesRechecked: (when) =>
    `Le ${when} a été pris entre-temps. Les dates ont été revérifiées\u00a0; rien n’a été réservé.`,
  seriesNoneChosen: 'Choisissez au moins une date.',
  seriesCheckFirst: 'Vérifiez les dates avant de réserver la série.',
  seriesPosition: (i, n) => `${i} sur ${n} d’une série`,
  seriesBooked: (n) => `${n} ${p(n, { one: 'rendez-vous réservé', other: 'rendez-vous réservés' })}`,
  seriesAll: 'Toutes les dates de la série',
  seriesOpen: 'Voir',
  seriesThis: 'Celui-ci',
  seriesCancelledDate: 'Annulé',
  cancelFollowing: 'Annuler celui-ci et tous les suivants',
  cancelFollowingHeading: (n) => `Annuler ${n} rendez-vous\u00a0?`,
  confirmCancelFollowing: 'Oui, les annuler',
  cancelledFollowing: (n) => `${n} ${p(n, { one: 'rendez-vous a été annulé', other: 'rendez-vous ont été annulés' })}.`,
  // Popup (<booking-button>)
  bookNow: 'Réserver',
  bookingDialogTitle: 'Prendre rendez-vous',
  closeDialog: 'Fermer',
  popupLoadFailed: 'La fenêtre de réservation n’a pas pu s’ouvrir.',
  // Waitlists (issue 20).
  waitlistJoin: 'S’inscrire sur la liste d’attente de ce jour',
  waitlistHeading: 'S’inscrire sur la liste d’attente',
  waitlistSubmit: 'M’inscrire sur la liste d’attente',
  waitlistSubmitting: 'Inscription…',
  waitlistJoinedHeading: 'Vous êtes sur la liste d’attente',
  waitlistLinkHint:
    'Nous vous avons envoyé un lien personnel par e-mail. Il vous permet de voir votre place, de quitter la liste ou de prendre une place quand elle vous est proposée.',
  waitlistOpen: 'Voir votre place',
  waitlistAlready: 'Vous êtes déjà sur cette liste d’attente.',
  waitlistFreeNow: 'Des horaires sont maintenant libres ce jour-là : choisissez-en un.',
  waitlistEntryHeading: 'Votre place sur la liste d’attente',
  waitlistWaitingFor: 'En attente de',
  waitlistOfferedHeading: 'Une place est libre pour vous',
  waitlistClaim: 'Prendre cette place',
  waitlistClaiming: 'Réservation…',
  waitlistClaimedText: 'Vous avez pris la place : elle est réservée. La confirmation est en route.',
  waitlistLeftText: 'Vous avez quitté cette liste d’attente.',
  waitlistLapsedText: 'L’offre a expiré et la place a été proposée à la personne suivante.',
  waitlistPassedText: 'L’horaire que vous attendiez est passé.',
  waitlistLeave: 'Quitter la liste d’attente',
  waitlistLeaving: 'Départ…',
  waitlistTaken: 'Quelqu’un a été plus rapide : cette place a déjà été prise.',
  waitlistNotFound: 'Aucune inscription sur liste d’attente ne correspond à ce lien.',
  waitlistIntro: (day: string) =>
    `Rien n’est libre le ${day}. Laissez vos coordonnées : quand une place se libère, elle est proposée par e-mail à la première personne en attente et lui est réservée pendant un temps.`,
  waitlistPosition: (n: number) => `Vous êtes numéro ${n} dans la file.`,
  waitlistWaiting: (n: number, total: number) =>
    `Vous êtes numéro ${n} sur ${total} personnes en attente. Nous vous écrirons dès qu’une place se libère.`,
  waitlistOfferedText: (until: string) =>
    `Elle vous est réservée jusqu’au ${until}. Prenez-la pour la réserver ; ensuite, elle sera proposée à la personne suivante.`,
  waitlistAnyTime: (day: string) => `N’importe quand le ${day}`,
};
