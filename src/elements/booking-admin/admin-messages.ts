import { enAdmin, type AdminMessages } from '../../i18n/en-admin.js';

const catalogues = new Map<string, AdminMessages>([['en', enAdmin]]);

/** The back-office catalogue for a BCP-47 tag, falling back to English. */
export function adminMessagesFor(lang: string): AdminMessages {
  return catalogues.get(lang.toLowerCase().split('-')[0]) ?? enAdmin;
}
