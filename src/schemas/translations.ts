/**
 * The business's texts in other languages (`translations`, issue 17): one map per language tag,
 * holding the texts by the id of what they belong to. Each translated text obeys the limits and
 * control-character rules of the text it translates; links stay `https:`/`http:` (R21).
 *
 * Checked here, one language at a time: the shape and each text. Checked by the business schema
 * (business.ts), which knows the services and questions: that every id and option exists.
 */
// The layer rule's 'zod' pattern also matches 'zod/mini', the one zod entry schemas may use.
import * as z from 'zod/mini';
import { descriptionSchema, LIMITS, messageSchema, nameSchema, webUrlSchema } from './fields.js';
import { crossCheck } from './business-public.js';

/** Languages one business may translate into. */
export const MAX_TRANSLATION_LANGUAGES = 50;

export const LANGUAGE_KEY_MESSAGE = 'expected a language tag such as de or fr-CA';

/** The canonical form of a language tag (`DA-dk` → `da-DK`), or undefined for one Intl refuses. */
export function canonicalLanguageTag(tag: string): string | undefined {
  if (tag.length === 0 || tag.length > LIMITS.languageTag) return undefined;
  try {
    const all = Intl.getCanonicalLocales(tag);
    return all.length === 1 ? all[0] : undefined;
  } catch {
    return undefined;
  }
}

export const serviceTranslationSchema = z.object({
  displayName: z.optional(nameSchema),
  description: z.optional(descriptionSchema),
});

export const customQuestionTranslationSchema = z.object({
  displayName: z.optional(nameSchema),
  /** Each option, as the business wrote it, to its translation. */
  answerOptions: z.optional(z.record(z.string().check(z.maxLength(LIMITS.name)), nameSchema)),
});

export const bookingPageSettingsTranslationSchema = z.object({
  customerConsentMessage: z.optional(messageSchema),
  privacyPolicyWebUrl: z.optional(webUrlSchema),
  termsAndConditionsWebUrl: z.optional(webUrlSchema),
});

export const contentTranslationSchema = z.object({
  services: z.optional(z.record(z.string(), serviceTranslationSchema)),
  customQuestions: z.optional(z.record(z.string(), customQuestionTranslationSchema)),
  bookingPageSettings: z.optional(bookingPageSettingsTranslationSchema),
});

/** `translations`: language tag → that language's texts. Tags must be well-formed and canonical, so `de-at` and `de-AT` cannot both hold a German. */
export const translationsSchema = z.record(z.string(), contentTranslationSchema).check(
  crossCheck((translations, report) => {
    const tags = Object.keys(translations);
    if (tags.length > MAX_TRANSLATION_LANGUAGES) report([], `must have at most ${MAX_TRANSLATION_LANGUAGES} languages`);
    for (const tag of tags) {
      const canonical = canonicalLanguageTag(tag);
      if (canonical === undefined) report([tag], LANGUAGE_KEY_MESSAGE);
      else if (canonical !== tag) report([tag], `write the language tag as ${canonical}`);
    }
  }),
);
