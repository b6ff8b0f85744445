/**
 * The cached Intl.DateTimeFormat behind format.ts and format-more.ts (internal: not re-exported).
 * Formatters are cached by their options, because building one costs far more than using it and
 * the slot list formats many times per render.
 */

export type HourCycle = 'h12' | 'h23';

const cache = new Map<string, Intl.DateTimeFormat>();

export function dtf(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/**
 * `hour: 'numeric'` prints "9:30" in German, French or Danish, where a 24-hour clock is written
 * "09:30" (the locale's own short time style): pad the hour whenever the clock is 24-hour. 12-hour
 * clocks keep "9:30 AM".
 */
export function hourOption(
  locale: string,
  hourCycle: HourCycle | undefined,
): { hour: 'numeric' | '2-digit'; hourCycle?: HourCycle } {
  const cycle = hourCycle ?? dtf(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return { hour: cycle === 'h23' || cycle === 'h24' ? '2-digit' : 'numeric', ...(hourCycle ? { hourCycle } : {}) };
}
