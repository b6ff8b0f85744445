// The back-office catalogues live in i18n/admin.ts: English bundled, da, de, fr, nl and pl loaded on
// demand. Importing it registers them with every LocaleController, so a panel switches language
// only once its admin catalogue has arrived.
export { adminMessagesFor } from '../../i18n/admin.js';
