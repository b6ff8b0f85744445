// booking-elements/core: the pure engine. Runs in browsers, Node and servers; no DOM, no clock reads.
export type * from './types.js';
export { parseDuration, durationMs, formatDuration, type DurationResult } from './duration.js';
export { isValidTimeZone, listTimeZones } from './time-zones.js';
