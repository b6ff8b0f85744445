/**
 * Building blocks that only the booking's, the configuration's and the admin payloads use: apart
 * from fields.ts, which the customer schemas a page needs before its first free times import (the
 * script-tag bundle's validation chunk), so that a booking page does not download these first.
 * primitives.ts re-exports both.
 */
// The layer rule's 'zod' pattern also matches 'zod/mini', the one zod entry schemas may use.
import * as z from 'zod/mini';
import {
  boundedString,
  CONTROL,
  CONTROL_IN_TEXT,
  durationAtLeast,
  isCalendarDate,
  LIMITS,
  messageCheck,
  multilineText,
} from './fields.js';

/** Whether `value` holds a character no person types: anything `CONTROL` matches; `multiline` lets tab and line breaks pass. */
export function hasControlCharacters(value: string, multiline = false): boolean {
  return (multiline ? CONTROL_IN_TEXT : CONTROL).test(value);
}

/**
 * `value` as a text field would take it, for text that comes from elsewhere (a remote calendar's
 * name, a value stored before fields refused controls): lone surrogates become U+FFFD, the other
 * controls go, and outside `multiline` text tab and line breaks become one space.
 */
export function withoutControlCharacters(value: string, multiline = false): string {
  let out = value.replace(/\p{Cs}/gu, '\ufffd');
  if (!multiline) out = out.replace(/[\t\n\r\u2028\u2029]+/g, ' ');
  return out.replace(/(?![\t\n\r])\p{Cc}/gu, '');
}

export const titleSchema = boundedString(LIMITS.title);

export const notesSchema = multilineText(LIMITS.notes);
/** Answers may span lines (multi-line questions); checkBookingDetails refuses line breaks in answers to one-line questions. */
export const answerTextSchema = multilineText(LIMITS.answer);

/** Ids made by a backend (appointments, holds): opaque, possibly longer (Graph ids are), still URL-safe. */
export const opaqueIdSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(LIMITS.opaqueId),
    z.regex(/^[A-Za-z0-9_.~=+-]*$/, 'may contain only letters, digits and "_ . ~ = + -"'),
  );

/** Manage tokens (R14) travel in links, so URL-safe characters only; 16 characters is the least that can hold 96 bits. */
export const tokenSchema = z
  .string()
  .check(
    z.minLength(16),
    z.maxLength(LIMITS.token),
    z.regex(/^[A-Za-z0-9_.~-]*$/, 'may contain only letters, digits and "_ . ~ -"'),
  );

export const idempotencyKeySchema = z
  .string()
  .check(
    z.minLength(8),
    z.maxLength(128),
    z.regex(/^[\x21-\x7e]*$/, 'may contain only visible ASCII characters, no spaces'),
  );

/** A duration longer than zero (an appointment's length). */
export const positiveDurationSchema = durationAtLeast(1, 'must be longer than zero, such as PT30M');

export const TIME_OF_DAY_MESSAGE = 'expected a time of day such as 09:00 (00:00 to 24:00)';
/** Wall-clock `HH:mm`; `24:00` ends a window at midnight. */
export const timeOfDaySchema = z.string().check(z.regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, TIME_OF_DAY_MESSAGE));

export const DATE_MESSAGE = 'expected a calendar date such as 2026-12-24';
/** `yyyy-MM-dd`, a day that exists. */
export const dateSchema = z.string().check(
  messageCheck<string>((value) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return m && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) ? null : DATE_MESSAGE;
  }),
);
