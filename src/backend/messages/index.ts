/**
 * The outbox message catalogues (R15), loaded together when a booking is first written (see
 * outbox.ts); `registerMessageCatalogue` adds other languages.
 */
import { da } from './da.js';
import { messageFormat } from './message-format.js';
import { de } from './de.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import type { MessageCatalogue } from './types.js';

export type { EmailLabels, EmailTexts, MessageAudience, MessageCatalogue, MessageContext } from './types.js';
export { composeAppointmentEmail, composeTimeOffEmail, type ComposedEmail } from './compose.js';
export { previewMessage } from './preview.js';

/** The catalogues this library ships: the customer's language for customer messages (R15), the business's for staff. */
export const BUILT_IN_MESSAGE_CATALOGUES: Readonly<Record<'en' | 'da' | 'de' | 'fr' | 'nl' | 'pl', MessageCatalogue>> =
  { en, da, de, fr, nl, pl };

const catalogues = new Map<string, MessageCatalogue>(Object.entries(BUILT_IN_MESSAGE_CATALOGUES));

/** Adds or replaces a language's catalogue (matched on the primary subtag: `da`, `de`, …). */
export function registerMessageCatalogue(language: string, catalogue: MessageCatalogue): void {
  catalogues.set(language.toLowerCase(), catalogue);
}

/** The catalogue for a BCP 47 tag and the tag actually used (English when the language has none yet). */
export function catalogueFor(languageTag: string | undefined): { catalogue: MessageCatalogue; languageTag: string } {
  const primary = (languageTag ?? 'en').split('-')[0]?.toLowerCase() ?? 'en';
  const catalogue = catalogues.get(primary);
  return catalogue ? { catalogue, languageTag: languageTag ?? 'en' } : { catalogue: en, languageTag: 'en' };
}

/** "Tuesday, December 1, 2026, 9:00 AM – 9:30 AM Central European Standard Time" in the given language and zone. */
export function formatWhen(start: number, end: number, languageTag: string, timeZone: string): string {
  const f = {
    date: messageFormat(languageTag, timeZone, { dateStyle: 'full' }),
    time: messageFormat(languageTag, timeZone, { hour: 'numeric', minute: '2-digit' }),
    zone: messageFormat(languageTag, timeZone, { timeZoneName: 'long' }),
  };
  const zoneName = f.zone.formatToParts(start).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  return `${f.date.format(start)}, ${f.time.format(start)} – ${f.time.format(end)} ${zoneName} (${timeZone})`;
}
