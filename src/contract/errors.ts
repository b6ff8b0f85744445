/** The one error type every adapter throws (DESIGN.md "Errors"). Nothing is written when one is thrown. */

export const BOOKING_ERROR_CODES = [
  'slot-unavailable',
  'invalid-input',
  'policy-violation',
  'not-found',
  'forbidden',
  'unpublished',
  'sign-in-required',
  'busy',
  'network',
] as const;

export type BookingErrorCode = (typeof BOOKING_ERROR_CODES)[number];

/** One rejected field: where (`customer.emailAddress`, `services[2].defaultDuration`) and what was expected. */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface BookingErrorOptions {
  issues?: FieldIssue[];
  /** For `busy`: how long to wait before retrying, in milliseconds. */
  retryAfterMs?: number;
  cause?: unknown;
}

export class BookingError extends Error {
  override readonly name = 'BookingError';
  readonly code: BookingErrorCode;
  readonly issues: readonly FieldIssue[];
  readonly retryAfterMs: number | undefined;

  constructor(code: BookingErrorCode, message: string, options: BookingErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.issues = options.issues ?? [];
    this.retryAfterMs = options.retryAfterMs;
  }

  /** `busy` and `network` may succeed when tried again; the others will not. */
  get retryable(): boolean {
    return this.code === 'busy' || this.code === 'network';
  }

  /** Plain JSON, the shape that travels in `application/problem+json`. */
  toJSON(): { code: BookingErrorCode; message: string; issues: FieldIssue[]; retryAfterMs?: number } {
    return {
      code: this.code,
      message: this.message,
      issues: [...this.issues],
      ...(this.retryAfterMs === undefined ? {} : { retryAfterMs: this.retryAfterMs }),
    };
  }
}

export function isBookingError(e: unknown): e is BookingError {
  return e instanceof BookingError;
}
