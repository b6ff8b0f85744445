// Message catalogues and Intl helpers. English is bundled; other languages load on demand (later).
import { en, type Messages } from './en.js';

export type { Messages };
export { en };
export * from './format.js';

const catalogues = new Map<string, Messages>([['en', en]]);

/** The catalogue for a BCP-47 tag, falling back to English (other languages arrive lazily). */
export function messagesFor(lang: string): Messages {
  const base = lang.toLowerCase().split('-')[0];
  return catalogues.get(base) ?? en;
}
export * from './calendar-links.js';
