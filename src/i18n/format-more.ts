/**
 * Intl formatting that only the later steps, the manage page and the back office use (full dates
 * with times, zone labels, lists): apart from format.ts, so the script-tag bundle's first download
 * does not hold it (vite.config.ts, LAZY_ONLY). Re-exported by the i18n index like format.ts.
 */
import { dtf, hourOption, type HourCycle } from './intl-cache.js';

/** Full date and time with the zone, for confirmations: "Tuesday 1 December 2026, 09:30 CET". */
export function formatDateTime(ms: number, locale: string, timeZone: string, hourCycle?: HourCycle): string {
  return dtf(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...hourOption(locale, hourCycle),
    minute: '2-digit',
  }).format(ms);
}

/** A zone's readable name at an instant: "Central European Standard Time (GMT+1)". */
export function zoneLabel(timeZone: string, locale: string, at: number): string {
  const part = (style: 'long' | 'shortOffset') =>
    dtf(locale, { timeZone, timeZoneName: style })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  const long = part('long');
  const offset = part('shortOffset');
  return long === offset ? long : `${long} (${offset})`;
}

export function formatList(items: string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
