/**
 * Loads the RRULE expander on demand. A dynamic import, so the ~13 KB gzip of rrule becomes a
 * separate chunk fetched only when a configuration has recurrences (`needsRecurrence`).
 */
import type { RecurrenceExpander } from './engine-types.js';

export async function loadRecurrenceExpander(): Promise<RecurrenceExpander> {
  const { expandRecurrence } = await import('./recurrence.js');
  return expandRecurrence;
}
