// The back office's catalogues: English bundled with the admin elements (themselves loaded lazily),
// the others on demand, each its own chunk. Importing this module registers the family, so every
// LocaleController waits for the admin catalogue too before switching language.
import { enAdmin, type AdminMessages } from './en-admin.js';
import { catalogues, registerCatalogueFamily } from './index.js';
import { enMore } from './en-more.js';
import { completeEnglish } from './index.js';

// English's second part (en-more.ts), which this module shows: in place before anything renders.
completeEnglish(enMore);

export type { AdminMessages };
export { enAdmin };

const admin = catalogues<AdminMessages>(enAdmin, {
  da: () => import('./locales/da-admin.js').then((m) => m.daAdmin),
  de: () => import('./locales/de-admin.js').then((m) => m.deAdmin),
  fr: () => import('./locales/fr-admin.js').then((m) => m.frAdmin),
  nl: () => import('./locales/nl-admin.js').then((m) => m.nlAdmin),
  pl: () => import('./locales/pl-admin.js').then((m) => m.plAdmin),
});

/** The back-office catalogue for a tag if it is loaded, else English. Synchronous. */
export function adminMessagesFor(tag: string): AdminMessages {
  return admin.get(tag);
}

export function hasAdminMessages(tag: string): boolean {
  return admin.has(tag);
}

/** Loads a tag's back-office catalogue once; rejects when the chunk cannot be fetched. */
export function loadAdminMessages(tag: string): Promise<AdminMessages> {
  return admin.load(tag);
}

registerCatalogueFamily({ has: hasAdminMessages, load: loadAdminMessages });
