// The back office's catalogues: English bundled with the admin elements (themselves loaded lazily),
// the others on demand, each its own chunk. Importing this module registers the family, so every
// LocaleController waits for the admin catalogue too before switching language.
import { enAdmin, type AdminMessages } from './en-admin.js';
import { languageOf, registerCatalogueFamily, type Language } from './index.js';

export type { AdminMessages };
export { enAdmin };

const loaders: Record<Exclude<Language, 'en'>, () => Promise<AdminMessages>> = {
  da: () => import('./locales/da-admin.js').then((m) => m.daAdmin),
  de: () => import('./locales/de-admin.js').then((m) => m.deAdmin),
  fr: () => import('./locales/fr-admin.js').then((m) => m.frAdmin),
  nl: () => import('./locales/nl-admin.js').then((m) => m.nlAdmin),
  pl: () => import('./locales/pl-admin.js').then((m) => m.plAdmin),
};

const loaded = new Map<Language, AdminMessages>([['en', enAdmin]]);
const loading = new Map<Language, Promise<AdminMessages>>();

/** The back-office catalogue for a tag if it is loaded, else English. Synchronous. */
export function adminMessagesFor(tag: string): AdminMessages {
  return loaded.get(languageOf(tag)) ?? enAdmin;
}

export function hasAdminMessages(tag: string): boolean {
  return loaded.has(languageOf(tag));
}

/** Loads a tag's back-office catalogue once; rejects when the chunk cannot be fetched. */
export function loadAdminMessages(tag: string): Promise<AdminMessages> {
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
}

registerCatalogueFamily({ has: hasAdminMessages, load: loadAdminMessages });
