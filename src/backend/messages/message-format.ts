/**
 * The date-time formatters of the outbox messages, cached by language, zone and options: building
 * one costs far more than using it. A language tag Intl does not know is written in English.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function messageFormat(lang: string, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${zone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    let locale = lang;
    try {
      new Intl.DateTimeFormat(locale);
    } catch {
      locale = 'en';
    }
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    formatters.set(key, f);
  }
  return f;
}
