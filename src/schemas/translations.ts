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
import { readableErrorMap } from './validation.js';

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

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * An object whose every value is `item`, issues at `[key, …]`. Written with `z.custom` and checks
 * rather than `z.record`: zod's record would land in the validation chunk every customer page
 * downloads (tools/size.mjs), for a map only administrators send.
 */
function recordOf<T>(item: z.ZodMiniType<T>): z.ZodMiniType<Record<string, T>> {
  return z.custom<Record<string, T>>(isPlainObject, 'expected an object').check(
    z.superRefine((value, ctx) => {
      for (const [key, v] of Object.entries(value)) {
        const r = item.safeParse(v, { error: readableErrorMap });
        if (r.success) continue;
        for (const issue of r.error.issues) {
          ctx.addIssue({ code: 'custom', message: issue.message, path: [key, ...issue.path], input: v });
        }
      }
    }),
    // Each value as its schema gives it back (strings trimmed, unknown fields dropped).
    z.overwrite((value) =>
      Object.fromEntries(
        Object.entries(value).map(([key, v]) => {
          const r = item.safeParse(v);
          return [key, r.success ? r.data : v];
        }),
      ),
    ),
  );
}

export const serviceTranslationSchema = z.object({
  displayName: z.optional(nameSchema),
  description: z.optional(descriptionSchema),
});

export const customQuestionTranslationSchema = z.object({
  displayName: z.optional(nameSchema),
  /** Each option, as the business wrote it, to its translation. */
  answerOptions: z.optional(recordOf(nameSchema)),
});

export const bookingPageSettingsTranslationSchema = z.object({
  customerConsentMessage: z.optional(messageSchema),
  privacyPolicyWebUrl: z.optional(webUrlSchema),
  termsAndConditionsWebUrl: z.optional(webUrlSchema),
});

export const contentTranslationSchema = z.object({
  services: z.optional(recordOf(serviceTranslationSchema)),
  customQuestions: z.optional(recordOf(customQuestionTranslationSchema)),
  bookingPageSettings: z.optional(bookingPageSettingsTranslationSchema),
});

/** `translations`: language tag → that language's texts. Tags must be well-formed and canonical, so `de-at` and `de-AT` cannot both hold a German. */
export const translationsSchema = recordOf(contentTranslationSchema).check(
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
