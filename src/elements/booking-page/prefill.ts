// What the host page already knows about the customer and where they came from, apart from the
// element: <booking-page> and <booking-button> (which passes it on) both read it.
import type { Tracking } from '../../schemas/index.js';
import type { DetailsValue } from '../booking-details-form/details.js';
import { LIMITS } from '../booking-details-form/details.js';

/** The customer's details a site fills in for them (a signed-in patient); shown editable, never submitted by themselves. */
export interface Prefill {
  name?: string;
  emailAddress?: string;
  phone?: string;
  notes?: string;
  /** Answers to custom questions: text, the chosen option, or the ticked options. */
  answers?: { questionId: string; answer?: string; selectedOptions?: string[] }[];
}

/** What no person types (control characters, lone surrogates): dropped from text that came from a URL or a site. */
const CONTROL = /[\p{Cc}\p{Cs}\u2028\u2029]/gu;
const CONTROL_BUT_LINES = /(?![\n\t])[\p{Cc}\p{Cs}]/gu;

function clean(value: unknown, max: number, multiline = false): string {
  if (typeof value !== 'string') return '';
  return value
    .replace(multiline ? CONTROL_BUT_LINES : CONTROL, '')
    .trim()
    .slice(0, max);
}

/**
 * The details to start the form with: the `prefill` property first, then the `prefill-*`
 * attributes, then the page URL (`?name=&email=&phone=&notes=`). Only fields still empty are
 * filled, so nothing the customer typed is ever replaced.
 */
export function applyPrefill(
  value: DetailsValue,
  property: Prefill | undefined,
  attributes: { name: string; email: string; phone: string },
  search: string,
): DetailsValue {
  const query = new URLSearchParams(search);
  const pick = (...candidates: (string | null | undefined)[]) => candidates.find((c) => c && c.trim()) ?? '';
  const next: DetailsValue = { ...value, answers: { ...value.answers } };
  next.name ||= clean(pick(property?.name, attributes.name, query.get('name')), LIMITS.name);
  next.emailAddress ||= clean(pick(property?.emailAddress, attributes.email, query.get('email')), LIMITS.emailAddress);
  next.phone ||= clean(pick(property?.phone, attributes.phone, query.get('phone')), LIMITS.phone);
  next.notes ||= clean(pick(property?.notes, query.get('notes')), LIMITS.notes, true);
  for (const a of property?.answers ?? []) {
    if (typeof a?.questionId !== 'string' || next.answers[a.questionId] !== undefined) continue;
    if (Array.isArray(a.selectedOptions)) {
      next.answers[a.questionId] = a.selectedOptions.map((o) => clean(o, LIMITS.name)).filter(Boolean);
    } else if (typeof a.answer === 'string') {
      next.answers[a.questionId] = clean(a.answer, LIMITS.answer, true);
    }
  }
  return next;
}

const UTM = [
  ['utm_source', 'utmSource'],
  ['utm_medium', 'utmMedium'],
  ['utm_campaign', 'utmCampaign'],
  ['utm_term', 'utmTerm'],
  ['utm_content', 'utmContent'],
] as const;
const VALUE_MAX = 200;
const KEY = /^[A-Za-z0-9_.-]{1,40}$/;

/**
 * Where the booking came from: the page URL's UTM parameters, the `source` attribute (else the
 * URL's `?source=`) and up to ten `metadata` entries, cleaned and cut to what the schema takes
 * (a customer could not fix a refused value). Undefined when there is nothing.
 */
export function readTracking(
  search: string,
  source: string,
  metadata: Record<string, unknown> | undefined,
): Tracking | undefined {
  const query = new URLSearchParams(search);
  const out: Tracking = {};
  const from = clean(source, VALUE_MAX) || clean(query.get('source'), VALUE_MAX);
  if (from) out.source = from;
  for (const [param, field] of UTM) {
    const v = clean(query.get(param), VALUE_MAX);
    if (v) out[field] = v;
  }
  if (metadata && typeof metadata === 'object') {
    const entries = Object.entries(metadata)
      .filter(([k]) => KEY.test(k))
      .map(([k, v]) => [k, clean(typeof v === 'number' || typeof v === 'boolean' ? String(v) : v, VALUE_MAX)] as const)
      .filter(([, v]) => v)
      .slice(0, 10);
    if (entries.length > 0) out.metadata = Object.fromEntries(entries);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
