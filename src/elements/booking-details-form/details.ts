// The details form's rules and checks, apart from the element. They travel with the form (the
// script-tag bundle's details chunk): <booking-page> reaches them through the defined class.
import type { CustomQuestion } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import type { Answer, BookRequest } from '../../schemas/booking.js';

export { emptyDetails, type DetailsValue } from './details-value.js';
import type { DetailsValue } from './details-value.js';
import { enMore } from '../../i18n/en-more.js';
import { completeEnglish } from '../../i18n/index.js';

// English's second part (en-more.ts), which this module shows: in place before anything renders.
completeEnglish(enMore);

export interface DetailsQuestion {
  question: CustomQuestion;
  isRequired: boolean;
}

export interface DetailsRules {
  /**
   * R12: email required unless the service says otherwise; always for online services. When it
   * is not, an email address or a phone number is: a booking leaves a way to reach the customer.
   */
  emailRequired: boolean;
  online: boolean;
  /** R12: an SMS opt-in box when the service has SMS on (phone then required). */
  sms: boolean;
  /** The opt-in box's words when not the customer's own ("Send me…"): staff booking for a customer say it in their voice. */
  smsLabel?: string;
  /** R13. */
  consent: { enabled: boolean; message?: string; privacyUrl?: string; termsUrl?: string };
  questions: readonly DetailsQuestion[];
}

/** Field keys: `name`, `emailAddress`, `phone`, `notes`, `answer:<id>`, `consent`. */
export type DetailsErrors = Record<string, string>;

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]{2,}$/;
const PHONE = /^\+?[\d\s\-().]{6,32}$/;
export const LIMITS = { name: 200, emailAddress: 254, phone: 32, notes: 4000, answer: 2000 };

/** Checks R12/R13 in the browser, with the catalogue's wording; the adapter checks the same again. */
export function validateDetails(v: DetailsValue, rules: DetailsRules, m: Messages): DetailsErrors {
  const errors: DetailsErrors = {};
  if (!v.name.trim()) errors.name = m.nameRequired;
  else if (v.name.length > LIMITS.name) errors.name = m.tooLong(LIMITS.name);
  const email = v.emailAddress.trim();
  if (!email && rules.emailRequired) errors.emailAddress = rules.online ? m.emailRequiredOnline : m.emailRequired;
  else if (email && !EMAIL.test(email)) errors.emailAddress = m.emailInvalid;
  const phone = v.phone.trim();
  const smsNeedsPhone = rules.sms && v.smsOptIn;
  if (!email && !phone && !rules.emailRequired && !smsNeedsPhone) errors.emailAddress = m.contactRequired;
  if (!phone && smsNeedsPhone) errors.phone = m.phoneRequired;
  else if (phone && !PHONE.test(phone)) errors.phone = m.phoneInvalid;
  if (v.notes.length > LIMITS.notes) errors.notes = m.tooLong(LIMITS.notes);
  for (const { question, isRequired } of rules.questions) {
    const a = v.answers[question.id] ?? '';
    const empty = Array.isArray(a) ? a.length === 0 : !a.trim();
    const choice = question.answerInputType === 'radioButton' || (question.answerOptions?.length ?? 0) > 0;
    if (isRequired && empty) errors[`answer:${question.id}`] = choice ? m.choiceRequired : m.answerRequired;
    else if (typeof a === 'string' && a.length > LIMITS.answer)
      errors[`answer:${question.id}`] = m.tooLong(LIMITS.answer);
  }
  if (rules.consent.enabled && !v.consent) errors.consent = m.consentRequired;
  return errors;
}

/**
 * The customer and answers of a request, from what the form holds: text trimmed, empty fields and
 * unanswered questions left out. `languageTag` (the language the customer books in, R15) only
 * when it is one a request may carry (≤ 35 characters).
 */
export function detailsRequest(
  v: DetailsValue,
  timeZone: string,
  languageTag?: string,
): Pick<BookRequest, 'customer' | 'answers'> {
  const answers = Object.entries(v.answers)
    .filter(([, a]) => a.length > 0)
    .map(([questionId, a]): Answer =>
      Array.isArray(a) ? { questionId, selectedOptions: a } : { questionId, answer: a },
    );
  const text = (s: string) => s.trim() || undefined;
  const [emailAddress, phone, notes] = [text(v.emailAddress), text(v.phone), text(v.notes)];
  return {
    customer: {
      name: v.name.trim(),
      ...(emailAddress ? { emailAddress } : {}),
      ...(phone ? { phone } : {}),
      ...(notes ? { notes } : {}),
      timeZone,
      ...(languageTag && languageTag.length <= 35 ? { languageTag } : {}),
    },
    ...(answers.length ? { answers } : {}),
  };
}

/** Maps an adapter's `invalid-input` paths (`customer.emailAddress`, `answers[q1]`…) to field keys. */
export function fieldKeyOfPath(path: string): string | undefined {
  if (path.startsWith('customer.')) {
    const f = path.slice('customer.'.length);
    return ['name', 'emailAddress', 'phone', 'notes'].includes(f) ? f : undefined;
  }
  const answer = /^answers(?:\[|\.)([^\]]+)\]?/.exec(path);
  if (answer) return `answer:${answer[1]}`;
  if (path.startsWith('consent')) return 'consent';
  return undefined;
}
