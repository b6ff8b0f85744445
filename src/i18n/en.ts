/**
 * English, the source catalogue: every visible or spoken string of the customer elements. Other
 * languages (`locales/<lang>.ts`) implement the same `Messages` type and load on demand. Parameters
 * are function arguments; plurals go through Intl.PluralRules so languages with several plural
 * forms can express them. `npm run i18n:check` compares every catalogue with this one.
 */

const plural = new Intl.PluralRules('en');
const one = (n: number, singular: string, other: string) => (plural.select(n) === 'one' ? singular : other);

export const en = {
  lang: 'en',

  // States
  loading: 'Loading…',
  loadFailed: 'We couldn’t load the booking page.',
  retry: 'Try again',
  unpublished: (business: string) => `${business} isn’t taking online bookings right now.`,
  unpublishedNoName: 'This business isn’t taking online bookings right now.',
  noAdapter: 'This booking page has no backend: set its config-src or api attribute, or its adapter property.',
  signInRequired:
    'Only people signed in to this organisation can book here. Sign in with your work account, then reload this page.',
  notFoundService: 'This service isn’t available for online booking.',

  // Header
  call: (phone: string) => `Call ${phone}`,
  website: 'Website',

  // Steps
  stepLabel: (n: number, total: number) => `Step ${n} of ${total}`,
  back: 'Back',
  change: 'Change',

  // Services
  chooseService: 'Choose a service',
  noServices: 'There are no services to book online right now.',
  minutes: (n: number) => {
    const h = Math.floor(n / 60);
    const m = n % 60;
    if (h && m) return `${h} h ${m} min`;
    if (h) return `${h} h`;
    return `${m} min`;
  },
  priceFrom: (amount: string) => `From ${amount}`,
  pricePerHour: (amount: string) => `${amount} per hour`,
  priceFree: 'Free',
  priceVaries: 'Price varies',
  priceCallUs: 'Call us for the price',
  online: 'Online meeting',
  inPerson: 'In person',
  classOf: (n: number) => `Class · up to ${n} people`,

  // Staff
  staffHeading: 'Who would you like to see?',
  anyone: 'Anyone',
  anyoneHint: 'First available',

  // Calendar and times
  chooseTime: 'Choose a time',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  today: 'Today',
  noTimesOnDay: 'No free times',
  dayHasTimes: (n: number) => `${n} ${one(n, 'free time', 'free times')}`,
  dayOutsideWindow: 'Not bookable yet',
  dayPast: 'In the past',
  dayTooSoon: 'Too late to book online',
  noTimesThisMonth: 'No free times this month.',
  nextFreeDay: (day: string) => `Next free day: ${day}`,
  showDay: (day: string) => `Show ${day}`,
  noTimesAtAll: 'No free times in the coming weeks. Please contact us, or check back later.',
  timesOn: (day: string) => `Times on ${day}`,
  pickADay: 'Choose a day to see its free times.',
  timesCount: (n: number, day: string) => `${n} ${one(n, 'free time', 'free times')} on ${day}`,
  slotName: (time: string, day: string, zone: string) => `${time}, ${day}, ${zone}`,
  seatsLeft: (n: number) => `${n} ${one(n, 'seat', 'seats')} left`,
  morning: 'Morning',
  afternoon: 'Afternoon',
  evening: 'Evening',
  timeZone: 'Time zone',
  suggestedZones: 'Suggested time zones',
  allZones: 'All time zones',
  commonZones: 'Common time zones',
  showZones: 'Show time zones',
  noZoneMatch: (query: string) => `No time zone matches “${query}”.`,
  zoneResults: (n: number) => `${n} ${one(n, 'time zone', 'time zones')}`,
  /** `name`: the zone's long name in this language ("Central European Standard Time"); `offset`: "GMT+1". */
  timesShownIn: (name: string, offset: string) => `Times are shown in ${name} (${offset}).`,
  useMyZone: 'Use my time zone',
  useBusinessZone: 'Use the business’s time zone',
  fullyBooked: 'Fully booked',

  // Details
  yourDetails: 'Your details',
  summary: 'Your appointment',
  name: 'Name',
  email: 'Email',
  phone: 'Phone',
  notes: 'Anything we should know?',
  optional: 'optional',
  required: 'required',
  smsOptIn: 'Send me text message updates about this booking',
  consentHeading: 'Consent',
  privacyPolicy: 'Privacy policy',
  terms: 'Terms and conditions',
  consentDefault: 'I agree that my details are stored to handle this booking.',
  book: 'Book',
  booking: 'Booking…',
  errorsInForm: (n: number) => `Please correct ${n} ${one(n, 'field', 'fields')} before booking.`,
  nameRequired: 'Enter your name.',
  emailRequired: 'Enter your email address: the confirmation is sent there.',
  emailRequiredOnline: 'Enter your email address: the meeting link is sent there.',
  emailInvalid: 'Enter an email address like name@example.com.',
  contactRequired: 'Enter an email address or a phone number, so we can reach you about this booking.',
  contactHint: 'An email address or a phone number, or both, so we can reach you about this booking.',
  phoneRequired: 'Enter a phone number for the text messages.',
  phoneInvalid: 'Enter a phone number with digits only, spaces, +, - or brackets.',
  answerRequired: 'Answer this question.',
  choiceRequired: 'Choose one option.',
  consentRequired: 'Tick the box to agree before booking.',
  tooLong: (max: number) => `Use at most ${max} characters.`,
  fieldInvalid: 'Check this entry: the booking service did not accept it.',
  slotTaken: 'That time was just taken. Here are the times still free.',
  slotTakenNearest: 'That time was just taken. Here are the nearest times still free that day.',
  nearestTimes: 'Nearest free times',
  allTimesThatDay: 'All free times that day',
  policyViolation: 'That time can no longer be booked. Please choose another.',
  busy: 'The booking service is busy right now. Your details are kept: please try again.',
  network: 'We couldn’t reach the booking service. Check your connection; your details are kept.',
  unknownError: 'Something went wrong. Your details are kept: please try again.',

  // Confirmation
  confirmedHeading: 'You’re booked',
  confirmedEmail: (email: string) => `A confirmation is on its way to ${email}.`,
  what: 'What',
  when: 'When',
  withWhom: 'With',
  withStaff: (names: string) => `With ${names}`,
  where: 'Where',
  businessTime: (time: string) => `${time} at the business`,
  joinMeeting: 'Join the online meeting',
  joinLinkLater: 'The meeting link will be in your confirmation email.',
  addToCalendar: 'Add to calendar (.ics)',
  googleCalendar: 'Add to Google Calendar',
  manageLink: 'Change or cancel this booking',
  manageHint: 'Keep this link: anyone with it can change or cancel the booking.',
  bookAnother: 'Book another appointment',

  // Manage
  manageHeading: 'Your booking',
  manageMissing: 'This link is incomplete. Open the link from your confirmation email again.',
  manageNotFound: 'We couldn’t find this booking. The link may be mistyped, or the booking was removed.',
  statusCancelled: 'This booking is cancelled.',
  reschedule: 'Change the time',
  rescheduleHeading: 'Choose a new time',
  confirmReschedule: (when: string) => `Move to ${when}`,
  rescheduledHeading: 'Your booking has moved',
  cancel: 'Cancel the booking',
  cancelHeading: 'Cancel this booking?',
  cancelReason: 'Reason',
  confirmCancel: 'Yes, cancel it',
  keepBooking: 'Keep my booking',
  cancelledHeading: 'Your booking is cancelled',
  changesUntil: (when: string) => `You can change or cancel this booking until ${when}.`,
  changesClosed: (when: string) => `Changes were possible until ${when}.`,
  contactToChange: (business: string) => `To change it now, please contact ${business}.`,
  notManageable: 'This booking was made by the business; contact them to change it.',
  tooLateToChange: 'This booking can no longer be changed online.',
  newBooking: 'New booking',
  // Popup (<booking-button>)
  bookNow: 'Book now',
  bookingDialogTitle: 'Book an appointment',
  closeDialog: 'Close',
  popupLoadFailed: 'The booking window couldn’t open.',
} as const;

type Widen<T> = T extends (...args: infer A) => infer R ? (...args: A) => R : T extends string ? string : T;
/** The shape every catalogue implements. */
export type Messages = { [K in keyof typeof en]: Widen<(typeof en)[K]> };
