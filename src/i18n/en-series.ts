/**
 * English, the repeat-booking part (issue 20): the series step of the booking page and the series
 * view of the manage link. Loaded with the code that shows them (series-panel.ts, series-dates.ts call
 * `completeEnglish`), so a page that never shows a series does not download them; en.ts joins it in.
 */

const plural = new Intl.PluralRules('en');
const one = (n: number, singular: string, other: string) => (plural.select(n) === 'one' ? singular : other);

export const enSeries = {
  repeatToggle: 'Book this as a series',
  repeatEvery: 'Repeats',
  repeatWeekly: 'Every week',
  repeatBiweekly: 'Every 2 weeks',
  repeatMonthly: 'Every month',
  repeatEnds: 'Ends',
  repeatAfter: 'After a number of times',
  repeatCount: 'Number of times',
  repeatUntil: 'On a date',
  repeatUntilDate: 'Last date',
  repeatLimit: (n: number) => `At most ${n} times, within the booking window.`,
  repeatMonthEnd: 'A month without this day gets its last day instead.',
  checkDates: 'Check dates',
  checkingDates: 'Checking dates…',
  seriesDatesHeading: 'Dates',
  dateFree: 'Free',
  dateNotFree: 'Not free',
  dateTooFar: 'Too far ahead to book',
  alternativesFor: (when: string) => `Instead of ${when}`,
  skipDate: 'Skip this date',
  noAlternatives: 'No free time nearby: this date will be skipped.',
  seriesSummary: (n: number, total: number) => `${n} of ${total} ${one(total, 'date', 'dates')} will be booked.`,
  bookSeries: (n: number) => `Book ${n} ${one(n, 'appointment', 'appointments')}`,
  seriesRechecked: (when: string) => `${when} was taken meanwhile. The dates were checked again; nothing was booked.`,
  seriesNoneChosen: 'Choose at least one date to book.',
  seriesCheckFirst: 'Check the dates before booking the series.',
  seriesPosition: (i: number, n: number) => `${i} of ${n} in a series`,
  seriesBooked: (n: number) => `${n} ${one(n, 'appointment', 'appointments')} booked`,
  seriesAll: 'All dates in this series',
  seriesOpen: 'View',
  seriesThis: 'This one',
  seriesCancelledDate: 'Cancelled',
  cancelFollowing: 'Cancel this and all that follow',
  cancelFollowingHeading: (n: number) => `Cancel ${n} ${one(n, 'appointment', 'appointments')}?`,
  confirmCancelFollowing: 'Yes, cancel them',
  cancelledFollowing: (n: number) => `${n} ${one(n, 'appointment was', 'appointments were')} cancelled.`,
} as const;
