// booking-elements/core: the pure engine. Runs in browsers, Node and servers; no DOM, no clock reads.
export type * from './types.js';
export { parseDuration, durationMs, type DurationResult } from './duration.js';
export { formatDuration } from './format-duration.js';
export { isValidTimeZone, listTimeZones } from './time-zones.js';
export {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  addDays,
  dateOfDayNumber,
  dayNumber,
  dayOfWeek,
  daysBetween,
  epochToWall,
  formatTimeOfDay,
  isValidDate,
  parseTimeOfDay,
  startOfZonedDay,
  wallTimeExists,
  wallToEpoch,
  wallToEpochDay,
  zonedDayInterval,
  zonedDayNumber,
  zoneOffsetMs,
  type WallTime,
} from './time.js';
export type * from './engine-types.js';
export { computeAvailability, toAvailableSlot, toAvailableSlots, toIso, busyAppointment } from './availability.js';
export { explainAvailability, checkSlotBookable, type SlotQueryInput } from './explain.js';
export { assignStaff } from './assignment.js';
export {
  bookingWindow,
  canCustomerChange,
  customerChangeDeadline,
  effectivePolicy,
  isBookingWindowValid,
  isStaffSelectionAllowed,
  type CustomerChangeCheck,
} from './policy.js';
export { needsRecurrence } from './schedule.js';
// Not `expandRecurrence` itself: rrule must stay out of the eagerly loaded bundle.
export { loadRecurrenceExpander } from './load-recurrence.js';
export {
  calendarLinks,
  googleCalendarLink,
  microsoft365CalendarLink,
  outlookComCalendarLink,
  type CalendarLinkEvent,
  type CalendarLinkSet,
} from './calendar-links.js';
export {
  checkTemplate,
  parseTemplate,
  TEMPLATE_KINDS,
  TEMPLATE_PLACEHOLDERS,
  type MessageTemplate,
  type MessageTemplates,
  type TemplateKind,
} from './message-templates.js';
export {
  MAX_SERIES_OCCURRENCES,
  SERIES_FREQUENCIES,
  occurrenceDay,
  seriesHorizon,
  seriesOccurrences,
  seriesRule,
  type SeriesFrequency,
  type SeriesPlanInput,
} from './series.js';
