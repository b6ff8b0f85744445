/**
 * The business's own texts in a customer's language (issue 17): what the customer side needs of
 * core/content-language.ts (which the back office uses whole), kept apart so a booking page's
 * first download carries only this.
 */
import type { Business, ContentTranslation, CustomQuestion } from './types.js';

function primary(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

/**
 * The key of `business.translations` that serves `tag`, or undefined when the business's own
 * texts do: the tag itself, else a translation for its language (`de` for `de-AT`), else one for
 * another variant of it (`de-AT` for `de`). The business's own language always uses its own texts.
 */
export function translationKeyFor(
  business: Pick<Business, 'languageTag' | 'translations'>,
  tag: string | undefined,
): string | undefined {
  if (!tag) return undefined;
  const keys = Object.keys(business.translations ?? {});
  const lower = tag.toLowerCase();
  const own = business.languageTag?.toLowerCase();
  if (own === lower) return undefined;
  const exact = keys.find((k) => k.toLowerCase() === lower);
  if (exact) return exact;
  const p = primary(tag);
  if (own !== undefined && primary(own) === p) return undefined;
  return keys.find((k) => k.toLowerCase() === p) ?? keys.find((k) => primary(k) === p);
}

function localizedQuestion(q: CustomQuestion, t: ContentTranslation['customQuestions']): CustomQuestion {
  const own = t?.[q.id];
  if (!own) return q;
  const options = own.answerOptions;
  return {
    ...q,
    displayName: own.displayName || q.displayName,
    ...(q.answerOptions
      ? { answerOptions: q.answerOptions.map((o) => (options && Object.hasOwn(options, o) && options[o]) || o) }
      : {}),
  };
}

/**
 * `business` with its texts in `tag`, each falling back to the business's own. The translations
 * themselves are left out: what comes back is what a customer in that language reads.
 */
export function localizedBusiness(business: Business, tag: string | undefined): Business {
  const { translations: _all, ...rest } = business;
  const key = translationKeyFor(business, tag);
  const t = key === undefined ? undefined : business.translations?.[key];
  if (!t) return rest;
  const page = t.bookingPageSettings ?? {};
  return {
    ...rest,
    services: business.services.map((s) => {
      const own = t.services?.[s.id];
      if (!own) return s;
      return {
        ...s,
        displayName: own.displayName || s.displayName,
        ...(own.description || s.description ? { description: own.description || s.description } : {}),
      };
    }),
    customQuestions: business.customQuestions.map((q) => localizedQuestion(q, t.customQuestions)),
    bookingPageSettings: {
      ...business.bookingPageSettings,
      ...(page.customerConsentMessage ? { customerConsentMessage: page.customerConsentMessage } : {}),
      ...(page.privacyPolicyWebUrl ? { privacyPolicyWebUrl: page.privacyPolicyWebUrl } : {}),
      ...(page.termsAndConditionsWebUrl ? { termsAndConditionsWebUrl: page.termsAndConditionsWebUrl } : {}),
    },
  };
}

interface AnswerLike {
  questionId: string;
  answer?: string;
  selectedOptions?: string[];
}

/**
 * Answers chosen on a page in `tag`, with each option turned back into the business's own
 * wording. An option that is already the business's own stays as it is; text answers are kept.
 */
export function canonicalAnswers<A extends AnswerLike>(
  business: Business,
  tag: string | undefined,
  answers: readonly A[],
): A[] {
  const key = translationKeyFor(business, tag);
  const t = key === undefined ? undefined : business.translations?.[key]?.customQuestions;
  if (!t) return [...answers];
  return answers.map((a) => {
    const q = business.customQuestions.find((x) => x.id === a.questionId);
    const options = q?.answerOptions ?? [];
    const map = t[a.questionId]?.answerOptions;
    if (!q || options.length === 0 || !map) return a;
    const back = (value: string): string =>
      options.includes(value) ? value : (options.find((o) => Object.hasOwn(map, o) && map[o] === value) ?? value);
    const out: A = { ...a };
    if (q.answerInputType === 'radioButton' && a.answer !== undefined) out.answer = back(a.answer);
    if (a.selectedOptions) out.selectedOptions = a.selectedOptions.map(back);
    return out;
  });
}
