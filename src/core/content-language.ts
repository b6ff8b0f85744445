/**
 * The business's own texts in the customer's language (issue 17). A business writes its texts
 * (service names and descriptions, custom questions and their options, the consent message, the
 * privacy and terms links) in its own language (`languageTag`) and may add translations keyed by
 * language tag in `translations`. Each text falls back on its own: a language that translates the
 * service names but not the consent message shows the business's consent message.
 *
 * Answers are stored in the business's language whatever language the customer chose them in,
 * so staff, reports and the required-option checks read one set of options.
 */
import { localizedBusiness, translationKeyFor } from './localized-business.js';
import type { Business, ContentTranslation } from './types.js';

export { canonicalAnswers, localizedBusiness, translationKeyFor } from './localized-business.js';

/** The kinds of text, which decide the limits and the input a translation gets. */
export type TranslatableKind = 'name' | 'description' | 'message' | 'url';

/** One text of a business that can be translated. */
export interface TranslatableText {
  /** Where its translation sits below `translations.<tag>`, e.g. `['services', 'cut', 'displayName']`. */
  path: readonly string[];
  group: 'services' | 'customQuestions' | 'bookingPageSettings';
  /** The service or question it belongs to; empty for the page's own texts. */
  ownerId: string;
  field: 'displayName' | 'description' | 'answerOptions' | keyof NonNullable<ContentTranslation['bookingPageSettings']>;
  /** For an answer option: the option as the business wrote it. */
  option?: string;
  /** The text in the business's language. */
  source: string;
  kind: TranslatableKind;
}

/** Every text of `business` that a translation can cover, in the order the back office lists them. */
export function translatableTexts(
  business: Pick<Business, 'services' | 'customQuestions' | 'bookingPageSettings'>,
): TranslatableText[] {
  const out: TranslatableText[] = [];
  for (const s of business.services) {
    out.push({
      path: ['services', s.id, 'displayName'],
      group: 'services',
      ownerId: s.id,
      field: 'displayName',
      source: s.displayName,
      kind: 'name',
    });
    if (s.description) {
      out.push({
        path: ['services', s.id, 'description'],
        group: 'services',
        ownerId: s.id,
        field: 'description',
        source: s.description,
        kind: 'description',
      });
    }
  }
  for (const q of business.customQuestions) {
    out.push({
      path: ['customQuestions', q.id, 'displayName'],
      group: 'customQuestions',
      ownerId: q.id,
      field: 'displayName',
      source: q.displayName,
      kind: 'name',
    });
    for (const option of q.answerOptions ?? []) {
      out.push({
        path: ['customQuestions', q.id, 'answerOptions', option],
        group: 'customQuestions',
        ownerId: q.id,
        field: 'answerOptions',
        option,
        source: option,
        kind: 'name',
      });
    }
  }
  const page = business.bookingPageSettings;
  const pageText = (
    field: 'customerConsentMessage' | 'privacyPolicyWebUrl' | 'termsAndConditionsWebUrl',
    kind: TranslatableKind,
  ): void => {
    const source = page[field];
    if (source)
      out.push({
        path: ['bookingPageSettings', field],
        group: 'bookingPageSettings',
        ownerId: '',
        field,
        source,
        kind,
      });
  };
  pageText('customerConsentMessage', 'message');
  pageText('privacyPolicyWebUrl', 'url');
  pageText('termsAndConditionsWebUrl', 'url');
  return out;
}

/** The translation of one text in `translation`, or undefined when it has none. */
export function translationOf(
  translation: ContentTranslation | undefined,
  path: readonly string[],
): string | undefined {
  let node: unknown = translation;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'string' && node !== '' ? node : undefined;
}

/** The texts of `business` that have no translation into `tag` (the exact key of `translations`). */
export function missingTranslations(business: Business, tag: string): TranslatableText[] {
  const translation = business.translations?.[tag];
  return translatableTexts(business).filter((t) => translationOf(translation, t.path) === undefined);
}

/**
 * `business` without translations of services, questions and options it no longer has: what a
 * deletion or a renamed option leaves behind goes with it, so no later edit trips over it.
 */
export function pruneTranslations(business: Business): Business {
  if (!business.translations) return business;
  const services = new Map(business.services.map((s) => [s.id, s]));
  const questions = new Map(business.customQuestions.map((q) => [q.id, q]));
  const translations: Record<string, ContentTranslation> = {};
  for (const [tag, t] of Object.entries(business.translations)) {
    const next: ContentTranslation = { ...t };
    if (t.services) {
      next.services = Object.fromEntries(Object.entries(t.services).filter(([id]) => services.has(id)));
    }
    if (t.customQuestions) {
      next.customQuestions = Object.fromEntries(
        Object.entries(t.customQuestions)
          .filter(([id]) => questions.has(id))
          .map(([id, qt]) => {
            if (!qt.answerOptions) return [id, qt];
            // Runs before validation too (admin edits): an options field of the wrong type counts as none.
            const given: unknown = questions.get(id)?.answerOptions;
            const own: unknown[] = Array.isArray(given) ? given : [];
            return [
              id,
              {
                ...qt,
                answerOptions: Object.fromEntries(Object.entries(qt.answerOptions).filter(([o]) => own.includes(o))),
              },
            ];
          }),
      );
    }
    translations[tag] = next;
  }
  return { ...business, translations };
}

/**
 * `business` written in `tag` instead: its texts become that translation's (each falling back to
 * the current text), and the current texts become the translation for the language it had. For a
 * business that changes its main language, and for tests that read the sample clinic in English.
 */
export function rebaseLanguage(business: Business, tag: string): Business {
  const key = translationKeyFor(business, tag);
  if (key === undefined) return { ...business, languageTag: tag };
  const old = business.languageTag;
  const own: ContentTranslation = {};
  for (const text of translatableTexts(business)) placeText(own, text.path, text.source);
  const translated = localizedBusiness(business, key);
  const { [key]: _used, ...others } = business.translations ?? {};
  const swapOptions = (t: ContentTranslation): ContentTranslation => {
    // Option translations are keyed by the business's own options, which change with the language.
    if (!t.customQuestions) return t;
    const customQuestions: NonNullable<ContentTranslation['customQuestions']> = {};
    for (const [id, qt] of Object.entries(t.customQuestions)) {
      const before = business.customQuestions.find((q) => q.id === id)?.answerOptions ?? [];
      const after = translated.customQuestions.find((q) => q.id === id)?.answerOptions ?? [];
      customQuestions[id] = qt.answerOptions
        ? {
            ...qt,
            answerOptions: Object.fromEntries(
              Object.entries(qt.answerOptions).map(([o, v]) => [after[before.indexOf(o)] ?? o, v]),
            ),
          }
        : qt;
    }
    return { ...t, customQuestions };
  };
  const translations: Record<string, ContentTranslation> = {};
  for (const [k, t] of Object.entries(others)) translations[k] = swapOptions(t);
  if (old) translations[old] = swapOptions(own);
  return { ...translated, languageTag: key, translations };
}

function placeText(t: ContentTranslation, path: readonly string[], value: string): void {
  let node = t as Record<string, unknown>;
  for (const k of path.slice(0, -1)) {
    const next = node[k];
    node = next !== null && typeof next === 'object' ? (next as Record<string, unknown>) : (node[k] = {});
  }
  node[path[path.length - 1]] = value;
}
