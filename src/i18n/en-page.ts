/**
 * English, first part: the strings `<booking-page>` needs until its first free times show (the
 * states, the header, the services, staff and time steps). Bundled with the booking page; the rest
 * of the catalogue (en-more.ts) loads with the code of the later steps. en.ts is both together.
 */

const plural = new Intl.PluralRules('en');
const one = (n: number, singular: string, other: string) => (plural.select(n) === 'one' ? singular : other);

export const enPage = {
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
  seatsLeft: (n: number) => `${n} ${one(n, 'seat', 'seats')} left`,
  morning: 'Morning',
  afternoon: 'Afternoon',
  evening: 'Evening',
  timeZone: 'Time zone',
  /** `name`: the zone's long name in this language ("Central European Standard Time"); `offset`: "GMT+1". */
  timesShownIn: (name: string, offset: string) => `Times are shown in ${name} (${offset}).`,
  nearestTimes: 'Nearest free times',
  allTimesThatDay: 'All free times that day',
} as const;
