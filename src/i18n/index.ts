// Message catalogues and Intl helpers. English is bundled (the booking page's first steps' part;
// the rest joins it with the code that shows it, see `completeEnglish`); the other languages load on demand.
import type { Messages } from './en.js';
import { enPage } from './en-page.js';

export type { Messages };

/**
 * The English catalogue at run time: the booking page's part (en-page.ts) at first, completed by
 * `completeEnglish` when code that shows the other strings loads: every such module calls
 * `completeEnglish(enMore)` at its top level, so it never reads a missing string. (A call, not an
 * import for its side effects: bundlers drop those from packages that declare none.) Tests and
 * tools read en.ts, the whole.
 */
export const english = { ...enPage } as Messages;

/** Adds the rest of English (en-more.ts) to the run-time catalogue. */
export function completeEnglish(rest: Partial<Messages>): void {
  Object.assign(english, rest);
}
export * from './format.js';
export * from './format-more.js';
export * from './calendar-links.js';
export * from './price.js';

/** The languages with a catalogue. Any other tag reads English text, with dates in its own locale. */
export const LANGUAGES = ['en', 'da', 'de', 'fr', 'nl', 'pl'] as const;
export type Language = (typeof LANGUAGES)[number];

// One dynamic import per language, so each is its own chunk and a page downloads only its own.
const loaders: Record<Exclude<Language, 'en'>, () => Promise<Messages>> = {
  da: () => import('./locales/da.js').then((m) => m.da),
  de: () => import('./locales/de.js').then((m) => m.de),
  fr: () => import('./locales/fr.js').then((m) => m.fr),
  nl: () => import('./locales/nl.js').then((m) => m.nl),
  pl: () => import('./locales/pl.js').then((m) => m.pl),
};

/** The catalogue language for a BCP 47 tag: its primary subtag when we have it (`da-DK` → `da`), else English. */
export function languageOf(tag: string): Language {
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}

/** One family of catalogues: English at hand, the other languages loaded once each, on demand. */
export interface Catalogues<T> {
  /** The catalogue for a tag if it is already loaded, else English. Synchronous. */
  get(tag: string): T;
  has(tag: string): boolean;
  /**
   * Loads a tag's catalogue (once; concurrent callers share the request). Rejects when the chunk
   * cannot be fetched, e.g. offline: callers keep English then, and a later call tries again.
   */
  load(tag: string): Promise<T>;
}

export function catalogues<T>(english: T, loaders: Record<Exclude<Language, 'en'>, () => Promise<T>>): Catalogues<T> {
  const loaded = new Map<Language, T>([['en', english]]);
  const loading = new Map<Language, Promise<T>>();
  return {
    get: (tag) => loaded.get(languageOf(tag)) ?? english,
    has: (tag) => loaded.has(languageOf(tag)),
    load(tag) {
      const lang = languageOf(tag);
      const ready = loaded.get(lang);
      if (ready) return Promise.resolve(ready);
      let pending = loading.get(lang);
      if (!pending) {
        pending = loaders[lang as Exclude<Language, 'en'>]().then(
          (messages) => {
            loaded.set(lang, messages);
            loading.delete(lang);
            return messages;
          },
          (error: unknown) => {
            loading.delete(lang);
            throw error;
          },
        );
        loading.set(lang, pending);
      }
      return pending;
    },
  };
}

const customer = catalogues(english, loaders);

/** The catalogue for a tag if it is already loaded, else English. Synchronous. */
export function messagesFor(tag: string): Messages {
  return customer.get(tag);
}

/** Whether `messagesFor(tag)` already returns the tag's own catalogue. */
export function hasMessages(tag: string): boolean {
  return customer.has(tag);
}

/**
 * A set of catalogues that load together with the customer one, e.g. the back office's
 * (`i18n/admin.ts` registers itself when an admin element imports it). Kept out of this module so a
 * booking page never downloads the admin strings.
 */
export interface CatalogueFamily {
  has(tag: string): boolean;
  load(tag: string): Promise<unknown>;
}

const families: CatalogueFamily[] = [];

export function registerCatalogueFamily(family: CatalogueFamily): void {
  if (!families.includes(family)) families.push(family);
}

/** Whether every catalogue for `tag` (customer, and any registered family) is loaded. */
export function hasCatalogues(tag: string): boolean {
  return hasMessages(tag) && families.every((f) => f.has(tag));
}

/** Loads every catalogue for `tag`; resolves with the customer one. */
export function loadCatalogues(tag: string): Promise<Messages> {
  return Promise.all([loadMessages(tag), ...families.map((f) => f.load(tag))]).then(([messages]) => messages);
}

/**
 * Loads a tag's catalogue (once; concurrent callers share the request). Rejects when the chunk
 * cannot be fetched, e.g. offline: callers keep English then, and a later call tries again.
 */
export function loadMessages(tag: string): Promise<Messages> {
  // English is "loaded" from the start; its second part may not be yet.
  if (languageOf(tag) === 'en') {
    return import('./en-more.js').then(({ enMore }) => {
      completeEnglish(enMore);
      return english;
    });
  }
  return customer.load(tag);
}
