/**
 * Errors on the wire: RFC 9457 `application/problem+json` carrying the `BookingError` code, its
 * field issues and, for `busy`, how long to wait. Both ends use this module, so a code maps to
 * one status and back.
 */
import * as z from 'zod/mini';
import { BOOKING_ERROR_CODES, type BookingError, type BookingErrorCode } from '../../contract/errors.js';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** The status each code is answered with (`busy` is 429 too when a proxy limits the rate). */
export const STATUS_OF_CODE: Readonly<Record<BookingErrorCode, number>> = {
  'slot-unavailable': 409,
  'invalid-input': 422,
  'policy-violation': 422,
  'sign-in-required': 401,
  forbidden: 403,
  'not-found': 404,
  unpublished: 423,
  busy: 503,
  // The adapter could not reach something it depends on (a calendar, a database).
  network: 502,
};

const TITLES: Readonly<Record<BookingErrorCode, string>> = {
  'slot-unavailable': 'The slot is no longer available',
  'invalid-input': 'The request is not valid',
  'policy-violation': 'The booking policy does not allow this',
  'sign-in-required': 'Sign-in required',
  forbidden: 'Not allowed',
  'not-found': 'Not found',
  unpublished: 'The booking page is not taking bookings',
  busy: 'The server is busy',
  network: 'The booking server could not complete the request',
};

export function problemType(code: BookingErrorCode): string {
  return `urn:booking-elements:problem:${code}`;
}

const issueSchema = z.object({
  path: z.string().check(z.maxLength(1000)),
  message: z.string().check(z.maxLength(4000)),
});

/** What a client reads from a problem document; other members are allowed and ignored. */
export const problemSchema = z.object({
  type: z.optional(z.string()),
  title: z.optional(z.string()),
  status: z.optional(z.int()),
  detail: z.optional(z.string().check(z.maxLength(8000))),
  code: z.enum(BOOKING_ERROR_CODES),
  issues: z.optional(z.array(issueSchema).check(z.maxLength(1000))),
  retryAfterMs: z.optional(z.number().check(z.minimum(0))),
});
export type ProblemDocument = z.infer<typeof problemSchema>;

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: BookingErrorCode;
  issues: { path: string; message: string }[];
  retryAfterMs?: number;
}

export function problemOf(error: BookingError, status = STATUS_OF_CODE[error.code]): Problem {
  return {
    type: problemType(error.code),
    title: TITLES[error.code],
    status,
    detail: error.message,
    code: error.code,
    issues: error.issues.map((i) => ({ path: i.path, message: i.message })),
    ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
  };
}

/** The code a status stands for when the body is not a problem document we can read (a proxy's page). */
export function codeOfStatus(status: number): BookingErrorCode {
  switch (status) {
    case 400:
    case 413:
    case 414:
    case 415:
    case 422:
      return 'invalid-input';
    case 401:
      return 'sign-in-required';
    case 403:
      return 'forbidden';
    case 404:
    case 405:
    case 410:
      return 'not-found';
    case 409:
      return 'slot-unavailable';
    case 423:
      return 'unpublished';
    case 429:
    case 503:
      return 'busy';
    default:
      return 'network';
  }
}

/**
 * `Retry-After` in milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); `undefined`
 * when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}
