/**
 * Intl formatting for the elements: every date and time goes through Intl.DateTimeFormat with an
 * explicit time zone. Formatters are cached by their options, because building one costs far more
 * than using it and the slot list formats many times per render.
 */

import { dtf, hourOption, type HourCycle } from './intl-cache.js';

export type { HourCycle };

/** The calendar day (`yyyy-MM-dd`) an instant falls on in a zone. */
export function dayKey(ms: number, timeZone: string): string {
  const parts = dtf('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(ms);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** `yyyy-MM-dd` of a UTC calendar date: day arithmetic on dates is zone-free. */
export function keyOfUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Noon UTC of a `yyyy-MM-dd` day, so formatting it in UTC always names that day. */
export function utcNoon(key: string): number {
  const [y, m, d] = key.split('-').map(Number);
  return Date.UTC(y, m - 1, d, 12);
}

export function addDaysToKey(key: string, days: number): string {
  return keyOfUtc(new Date(utcNoon(key) + days * 86_400_000));
}

export function addMonthsToKey(key: string, months: number): string {
  const [y, m, d] = key.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1, 12));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0, 12)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return keyOfUtc(first);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfKey(key: string): number {
  return new Date(utcNoon(key)).getUTCDay();
}

/**
 * The day a key moves to in a month grid from `day`, in the week's `column` (0 = the week's first
 * day): the arrows by a day (mirrored right to left) or a week, Home and End to the week's ends,
 * Page Up and Page Down by a month (a year with Shift). Undefined for any other key.
 */
export function dayGridMove(
  e: { key: string; shiftKey: boolean },
  day: string,
  column: number,
  rtl?: boolean,
): string | undefined {
  const months = e.shiftKey ? 12 : 1;
  switch (e.key) {
    case 'ArrowLeft':
      return addDaysToKey(day, rtl ? 1 : -1);
    case 'ArrowRight':
      return addDaysToKey(day, rtl ? -1 : 1);
    case 'ArrowUp':
      return addDaysToKey(day, -7);
    case 'ArrowDown':
      return addDaysToKey(day, 7);
    case 'Home':
      return addDaysToKey(day, -column);
    case 'End':
      return addDaysToKey(day, 6 - column);
    case 'PageUp':
      return addMonthsToKey(day, -months);
    case 'PageDown':
      return addMonthsToKey(day, months);
    default:
      return undefined;
  }
}

/** The hour (0–23) of an instant in a zone. */
export function hourOf(ms: number, timeZone: string): number {
  const part = dtf('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' })
    .formatToParts(ms)
    .find((p) => p.type === 'hour');
  return Number(part?.value ?? 0);
}

export function formatTime(ms: number, locale: string, timeZone: string, hourCycle?: HourCycle): string {
  return dtf(locale, { timeZone, ...hourOption(locale, hourCycle), minute: '2-digit' }).format(ms);
}

/** "Tuesday 1 December 2026" style, for a `yyyy-MM-dd` day. */
export function formatDayLong(key: string, locale: string): string {
  return dtf(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    utcNoon(key),
  );
}

/** "Tue 1 Dec" style. */
export function formatDayShort(key: string, locale: string): string {
  return dtf(locale, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(utcNoon(key));
}

export function formatMonthYear(key: string, locale: string): string {
  return dtf(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(utcNoon(key));
}

export function formatDayNumber(key: string, locale: string): string {
  return dtf(locale, { timeZone: 'UTC', day: 'numeric' }).format(utcNoon(key));
}

/** Weekday names starting at `firstDay` (0 = Sunday), narrow and long. */
export function weekdayNames(locale: string, firstDay: number): { short: string; long: string }[] {
  const names: { short: string; long: string }[] = [];
  // 2023-01-01 was a Sunday.
  for (let i = 0; i < 7; i++) {
    const key = addDaysToKey('2023-01-01', (firstDay + i) % 7);
    names.push({
      short: dtf(locale, { timeZone: 'UTC', weekday: 'short' }).format(utcNoon(key)),
      long: dtf(locale, { timeZone: 'UTC', weekday: 'long' }).format(utcNoon(key)),
    });
  }
  return names;
}

/**
 * A zone's name and offset at an instant, for the catalogues to build their own phrase around
 * (each language places a name differently): `{ name: 'Central European Standard Time', offset: 'GMT+1' }`.
 */
export function zoneParts(timeZone: string, locale: string, at: number): { name: string; offset: string } {
  const part = (style: 'long' | 'shortOffset') =>
    dtf(locale, { timeZone, timeZoneName: style })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  return { name: part('long'), offset: part('shortOffset') };
}

/** A short zone name for a time label: "CET", "EST", else "GMT+1". */
export function zoneShort(timeZone: string, locale: string, at: number): string {
  return (
    dtf(locale, { timeZone, timeZoneName: 'short' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone
  );
}

/** First day of the week for a locale (0 = Sunday), from Intl.Locale week info where the browser has it. */
export function firstDayOfWeek(locale: string): number {
  try {
    const loc = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const info = loc.getWeekInfo?.() ?? loc.weekInfo;
    if (info) return info.firstDay % 7;
  } catch {
    /* fall through */
  }
  return /^en-(US|CA)|^(ja|ko|zh|he|pt-BR)/.test(locale) ? 0 : 1;
}

export function formatCurrency(amount: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** The viewer's own zone, as the browser reports it. */
export function viewerTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
