/**
 * Building blocks shared by every schema (business configuration, customer and admin payloads).
 * `rruleSchema` lives in primitives.ts with the rrule syntax checker, so that customer payloads,
 * which never carry a rule, do not download it.
 *
 * Strings from a configuration or a customer are plain text: they are rendered as text, never as
 * markup (R21), so nothing is refused for looking like HTML (`<script>` is a legal name); every
 * string is bounded instead. Links are the exception, because they end up in `href`: only
 * `https:` and `http:` URLs pass.
 *
 * Nor does any text field take what no person types: NUL, the other C0 and C1 control characters
 * and lone surrogates. They break e-mail headers, .ics lines, JSON in PostgreSQL (`\u0000`) and
 * whatever else reads the text later. Tab and line breaks are allowed in multi-line fields only
 * (notes, descriptions, messages, answers): a line break in a name would start a new line in
 * every e-mail that names the customer.
 */
// The layer rule's 'zod' pattern also matches 'zod/mini', the one zod entry schemas may use.
import * as z from 'zod/mini';
import { parseDuration } from '../core/duration.js';
import { isValidTimeZone } from '../core/time-zones.js';

/** Upper bounds on what a configuration or a request may carry (R21). */
export const LIMITS = {
  id: 64,
  name: 200,
  title: 200,
  description: 2000,
  message: 2000,
  notes: 4000,
  answer: 2000,
  url: 2048,
  email: 254,
  phone: 32,
  timeZone: 64,
  languageTag: 35,
  rrule: 500,
  token: 256,
  opaqueId: 256,
  /** Answers in one booking request. */
  answers: 50,
  /** Options of one question, and options selected in one answer. */
  options: 50,
  /** Days an availability request may span. */
  availabilityRangeDays: 93,
  maximumAttendees: 1000,
  price: 1_000_000_000,
  /** One tracking value (a UTM parameter, the source, a metadata value). */
  trackingValue: 200,
  /** Site-defined metadata entries on one booking. */
  trackingEntries: 10,
} as const;

const MINUTE = 60_000;

/** A check that reports `message` (from `test`) on the value itself; `null` means valid. */
export function messageCheck<T>(test: (value: T) => string | null): z.core.$ZodCheck<T> {
  return z.superRefine<T>((value, ctx) => {
    const message = test(value);
    if (message !== null) ctx.addIssue({ code: 'custom', message, input: value });
  });
}

/** Control characters (C0, DEL, C1), the Unicode line and paragraph separators, lone surrogates. */
export const CONTROL = /[\p{Cc}\p{Cs}\u2028\u2029]/u;
/** The same, less tab and line breaks. */
export const CONTROL_IN_TEXT = /(?![\t\n\r])[\p{Cc}\p{Cs}]/u;
/** Tab and line breaks are control characters too: one wording says it for either kind of field. */
export const CONTROL_MESSAGE = 'contains a control character';

/** One line of text: no control characters, no line breaks. */
export const singleLine = messageCheck<string>((v) => (CONTROL.test(v) ? CONTROL_MESSAGE : null));
const multiline = messageCheck<string>((v) => (CONTROL_IN_TEXT.test(v) ? CONTROL_MESSAGE : null));

/** One line of text of at most `max` characters. */
export function boundedString(max: number): z.ZodMiniString<string> {
  return z.string().check(z.maxLength(max), singleLine);
}

/** Text of at most `max` characters that may span lines (notes, descriptions, messages, answers). */
export function multilineText(max: number): z.ZodMiniString<string> {
  return z.string().check(z.maxLength(max), multiline);
}

/** A trimmed, non-empty line of text of at most `max` characters (names, titles). */
export function requiredText(max: number): z.ZodMiniString<string> {
  return z.string().check(z.trim(), z.minLength(1), z.maxLength(max), singleLine);
}

export const nameSchema = requiredText(LIMITS.name);
export const descriptionSchema = multilineText(LIMITS.description);
export const messageSchema = multilineText(LIMITS.message);

/** Ids of services, staff, questions, time off: short, URL- and path-safe. */
export const idSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(LIMITS.id),
    z.regex(/^[A-Za-z0-9_-]*$/, 'may contain only letters, digits, "_" and "-"'),
  );

export const DURATION_MESSAGE = 'expected an ISO-8601 duration such as PT30M';

/** ISO-8601 duration of fixed length (`PT30M`, `P60D`); years and months are refused with parseDuration's own advice. */
export const durationSchema = z.string().check(
  messageCheck<string>((value) => {
    if (value.length > 32) return DURATION_MESSAGE;
    const r = parseDuration(value);
    return r.ok ? null : r.message;
  }),
);

/** A duration of at least `minMs`; `message` says so when it is shorter. */
export function durationAtLeast(minMs: number, message: string): z.ZodMiniString<string> {
  return durationSchema.check(
    messageCheck<string>((value) => {
      const r = parseDuration(value);
      return r.ok && r.ms < minMs ? message : null;
    }),
  );
}

/** The slot grid's step: at least a minute, or the engine would loop on a zero step. */
export const intervalDurationSchema = durationAtLeast(MINUTE, 'must be at least PT1M');

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is this month's last day; UTC keeps the host zone out of it.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
export const INSTANT_MESSAGE = 'expected an ISO-8601 instant with Z or an offset, such as 2026-03-01T09:00:00Z';

/** Epoch milliseconds of an ISO instant already accepted by `instantSchema`; NaN otherwise. */
export function instantMs(value: string): number {
  return INSTANT.test(value) ? Date.parse(value) : Number.NaN;
}

/** An instant: ISO-8601 with `Z` or an offset, never a floating local time. */
export const instantSchema = z.string().check(
  messageCheck<string>((value) => {
    const m = INSTANT.exec(value);
    if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return INSTANT_MESSAGE;
    // The engine parses instants with Date.parse; whatever it cannot read is refused here.
    return Number.isFinite(Date.parse(value)) ? null : INSTANT_MESSAGE;
  }),
);

export const TIME_ZONE_MESSAGE = 'expected an IANA time zone such as Europe/Copenhagen';
export const timeZoneSchema = z
  .string()
  .check(
    messageCheck<string>((value) =>
      value.length <= LIMITS.timeZone && isValidTimeZone(value) ? null : TIME_ZONE_MESSAGE,
    ),
  );

export const WEB_URL_MESSAGE = 'expected an https: or http: web address such as https://example.com';
/** A link the UI may put in `href` (R21): `https:`/`http:` only, so `javascript:` and `data:` never pass. */
export const webUrlSchema = z.string().check(
  z.maxLength(LIMITS.url),
  // The URL parser drops tabs and line breaks silently; the stored text would keep them.
  singleLine,
  messageCheck<string>((value) => {
    // URL.canParse is missing from some still-supported browsers; the constructor is everywhere.
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return WEB_URL_MESSAGE;
    }
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' ? null : WEB_URL_MESSAGE;
  }),
);

export const EMAIL_MESSAGE = 'expected an email address such as name@example.com';
// zod's own email pattern through `z.regex`: the same addresses pass as with `z.email`, and the page
// on the HTTP adapter does not download zod's string-format classes for this one field.
export const emailSchema = z.string().check(z.regex(z.regexes.email, EMAIL_MESSAGE), z.maxLength(LIMITS.email));

export const PHONE_MESSAGE = 'expected a phone number such as +45 12 34 56 78';
/** Plausible, not proven: digits with the usual separators, 5 to 15 digits (E.164's maximum). */
export const phoneSchema = z.string().check(
  z.maxLength(LIMITS.phone),
  messageCheck<string>((value) => {
    if (!/^\+?[0-9 ()./-]+$/.test(value)) return PHONE_MESSAGE;
    const digits = value.replace(/\D/g, '').length;
    return digits >= 5 && digits <= 15 ? null : PHONE_MESSAGE;
  }),
);

export const COLOR_MESSAGE = 'expected a colour such as #0F6CBD';
export const colorSchema = z.string().check(z.regex(/^#[0-9A-Fa-f]{6}$/, COLOR_MESSAGE));

export const CURRENCY_MESSAGE = 'expected a three-letter ISO 4217 currency code such as DKK';
export const currencySchema = z.string().check(z.regex(/^[A-Z]{3}$/, CURRENCY_MESSAGE));

export const LANGUAGE_TAG_MESSAGE = 'expected a language tag such as en or da-DK';
export const languageTagSchema = z.string().check(
  z.maxLength(LIMITS.languageTag),
  messageCheck<string>((value) => {
    try {
      return Intl.getCanonicalLocales(value).length === 1 ? null : LANGUAGE_TAG_MESSAGE;
    } catch {
      return LANGUAGE_TAG_MESSAGE;
    }
  }),
);

/** A price: zero or more, finite. */
export const priceSchema = z.number().check(z.minimum(0), z.maximum(LIMITS.price));

/** Attendees of one appointment: 1 for one-to-one, more for a class (R8). */
export const attendeesCountSchema = z.int().check(z.minimum(1), z.maximum(LIMITS.maximumAttendees));

export const addressSchema = z.object({
  street: z.optional(boundedString(LIMITS.name)),
  city: z.optional(boundedString(LIMITS.name)),
  state: z.optional(boundedString(LIMITS.name)),
  postalCode: z.optional(boundedString(LIMITS.name)),
  countryOrRegion: z.optional(boundedString(LIMITS.name)),
});

/** Reports `end: must be after start` when both instants are valid and out of order. */
export function endAfterStart<T extends { start: string; end: string }>(): z.core.$ZodCheck<T> {
  return z.superRefine<T>((value, ctx) => {
    const start = instantMs(value.start);
    const end = instantMs(value.end);
    if (Number.isFinite(start) && Number.isFinite(end) && end <= start) {
      ctx.addIssue({ code: 'custom', message: 'must be after start', path: ['end'], input: value });
    }
  });
}
