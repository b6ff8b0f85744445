/**
 * The client end of the REST contract (docs/rest-contract.md): both adapter sides over `fetch`,
 * for any backend that serves the contract. DOM-free: it runs in browsers and in Node 20.
 *
 * - Inputs are validated before sending (`invalid-input` with paths, no round trip), and every
 *   answer is validated with the output schema: a response this version cannot read becomes a
 *   `network` error naming the first bad field, never a half-read object in the UI.
 * - Errors arrive as `application/problem+json` and become the `BookingError` they describe.
 * - `busy` answers (503, 429, honouring `Retry-After`) and lost connections are retried with
 *   exponential backoff and jitter, but only for calls that are safe to repeat: reads, and
 *   `book`/`createAppointment` because their idempotency key makes a repeat return the first
 *   result (R11). Cancel, reschedule, holds and settings changes are sent once.
 * - Aborting rejects with an `AbortError` DOMException at once, also while waiting to retry.
 *
 * This module is the transport and the customer side (`HttpCustomerAdapter`); http-adapter.ts adds
 * the admin side (`HttpAdapter`). The admin side acts for whoever the bearer token from
 * `getAuthToken` belongs to; the server decides the role (R18), so the same object serves the
 * customer and the signed-in staff member. Its routes and schemas load on the first admin call
 * (admin-routes.ts), so a booking page downloads only the customer half of the contract.
 */
import { validate } from '../../schemas/validation.js';
import type { BookingAdapter, CallOptions } from '../../contract/adapter.js';
import { BookingError, type FieldIssue } from '../../contract/errors.js';
import { codeOfStatus, parseRetryAfter, problemSchema, type ProblemDocument } from './problem.js';
import { CUSTOMER_PAGE_ROUTES } from './customer-routes.js';
import {
  DEFAULT_BUSINESS_SEGMENT,
  type AdminRouteTable,
  type BookingRouteTable,
  type Operation,
  type OperationInput,
  type OperationOutput,
  type Route,
} from './route.js';

export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

export interface RetryOptions {
  /** Retries after the first attempt (default 3). 0 turns retrying off. */
  retries?: number;
  /** The first backoff step in milliseconds (default 300); each retry doubles it. */
  baseDelayMs?: number;
  /** The longest backoff step (default 5000). */
  maxDelayMs?: number;
  /**
   * A `Retry-After` longer than this (default 10 s) is not waited for: the call rejects with
   * `busy` and its `retryAfterMs`, so the UI can say when to try again instead of hanging.
   */
  maxRetryAfterMs?: number;
  /** Jitter source in `[0, 1)` (default `Math.random`); tests pass a fixed one. */
  random?: () => number;
  /** Waits `ms` or rejects with an `AbortError` when `signal` aborts first; tests pass a fake. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface HttpAdapterOptions {
  /** Where the contract is served, such as `https://api.example.com/booking/v1` (a path like `/api` works in browsers). */
  baseUrl: string;
  /**
   * The bearer token for the signed-in staff member (admin routes) or customer (R17 pages);
   * called before every request, so a refreshed token is picked up. No token: no header.
   */
  getAuthToken?: () => string | undefined | null | Promise<string | undefined | null>;
  /** Default: the global `fetch`, looked up at call time (so test interceptors apply). */
  fetch?: FetchFunction;
  retry?: RetryOptions;
  /** The clock for `Retry-After` given as an HTTP date (default `Date.now`). */
  now?: () => number;
}

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function describeIssues(issues: readonly FieldIssue[]): string {
  return issues
    .slice(0, 3)
    .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
    .join('; ');
}

function unreadable(what: string, issues: readonly FieldIssue[] = []): BookingError {
  const detail = issues.length > 0 ? `: ${describeIssues(issues)}` : `: ${what}`;
  return new BookingError('network', `The booking server sent a response this version cannot read${detail}`, {
    issues: [...issues],
  });
}

/** A path, query or header value: the schemas allow only strings and booleans there. */
function scalar(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

let adminRoutes: Promise<AdminRouteTable> | undefined;
let bookingRoutes: Promise<BookingRouteTable> | undefined;

/** The admin half of the route table, loaded once; a failed load is tried again on the next call. */
function loadAdminRoutes(): Promise<AdminRouteTable> {
  adminRoutes ??= import('./admin-routes.js').then(
    (m) => m.ADMIN_ROUTES,
    (error: unknown) => {
      adminRoutes = undefined;
      const reason = error instanceof Error ? error.message : String(error);
      throw new BookingError('network', `Could not load the admin part of the HTTP adapter: ${reason}`, {
        cause: error,
      });
    },
  );
  return adminRoutes;
}

function isPageOperation(operation: Operation): operation is keyof typeof CUSTOMER_PAGE_ROUTES {
  return Object.hasOwn(CUSTOMER_PAGE_ROUTES, operation);
}

/** The booking part of the route table (holds, booking, manage), loaded once; a failed load is tried again. */
function loadBookingRoutes(): Promise<BookingRouteTable> {
  bookingRoutes ??= import('./booking-routes.js').then(
    (m) => m.BOOKING_ROUTES,
    (error: unknown) => {
      bookingRoutes = undefined;
      const reason = error instanceof Error ? error.message : String(error);
      throw new BookingError('network', `Could not load the booking part of the HTTP adapter: ${reason}`, {
        cause: error,
      });
    },
  );
  return bookingRoutes;
}

/** One attempt's failure, and whether another attempt may help. */
interface AttemptFailure {
  error: BookingError;
  retryable: boolean;
}

/**
 * The customer methods, each one request (see the static block of `HttpCustomerAdapter`); the
 * booking server answers the same list (server.ts).
 */
export const CUSTOMER_METHODS = [
  'getBookingPage',
  'getAvailability',
  'holdSlot',
  'book',
  'getBooking',
  'reschedule',
  'cancel',
  'checkSeries',
  'bookSeries',
  'getSeries',
  'cancelFollowing',
  'joinWaitlist',
  'getWaitlistEntry',
  'leaveWaitlist',
  'claimWaitlistOffer',
] as const;

/**
 * The customer side of the REST contract's client: what `<booking-page>` and `<booking-manage>`
 * use on a page with `api=`. `HttpAdapter` (http-adapter.ts) adds the admin side; it lives apart
 * so that a booking page never downloads the admin method names.
 */
export class HttpCustomerAdapter implements BookingAdapter {
  private readonly baseUrl: string;
  private readonly getAuthToken: HttpAdapterOptions['getAuthToken'];
  private readonly fetchFn: FetchFunction;
  private readonly now: () => number;
  private readonly retries: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly random: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  // Every method is one request, made by the static block below from the operation names rather
  // than written out (alike methods cost the booking page bytes); the declarations give them their types.
  declare getBookingPage: Required<BookingAdapter>['getBookingPage'];
  declare getAvailability: Required<BookingAdapter>['getAvailability'];
  declare holdSlot: Required<BookingAdapter>['holdSlot'];
  declare book: Required<BookingAdapter>['book'];
  declare getBooking: Required<BookingAdapter>['getBooking'];
  declare reschedule: Required<BookingAdapter>['reschedule'];
  declare cancel: Required<BookingAdapter>['cancel'];
  declare checkSeries: Required<BookingAdapter>['checkSeries'];
  declare bookSeries: Required<BookingAdapter>['bookSeries'];
  declare getSeries: Required<BookingAdapter>['getSeries'];
  declare cancelFollowing: Required<BookingAdapter>['cancelFollowing'];
  declare joinWaitlist: Required<BookingAdapter>['joinWaitlist'];
  declare getWaitlistEntry: Required<BookingAdapter>['getWaitlistEntry'];
  declare leaveWaitlist: Required<BookingAdapter>['leaveWaitlist'];
  declare claimWaitlistOffer: Required<BookingAdapter>['claimWaitlistOffer'];
  static {
    for (const name of CUSTOMER_METHODS) {
      (this.prototype as unknown as Record<string, unknown>)[name] = function (
        this: HttpCustomerAdapter,
        input: never,
        options?: CallOptions,
      ) {
        return this.call(name, input, options);
      };
    }
  }

  constructor(options: HttpAdapterOptions) {
    if (typeof options.baseUrl !== 'string' || options.baseUrl.trim() === '') {
      throw new BookingError('invalid-input', 'HttpAdapter needs a baseUrl.', {
        issues: [{ path: 'baseUrl', message: 'is required' }],
      });
    }
    this.baseUrl = options.baseUrl.trim().replace(/\/+$/, '');
    this.getAuthToken = options.getAuthToken;
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.now = options.now ?? (() => Date.now());
    const retry = options.retry ?? {};
    this.retries = Math.max(0, Math.floor(retry.retries ?? 3));
    this.baseDelayMs = retry.baseDelayMs ?? 300;
    this.maxDelayMs = retry.maxDelayMs ?? 5000;
    this.maxRetryAfterMs = retry.maxRetryAfterMs ?? 10_000;
    this.random = retry.random ?? Math.random;
    this.sleep = retry.sleep ?? defaultSleep;
  }

  // ---------------------------------------------------------------- transport

  private url(route: Route, input: Record<string, unknown>): string {
    const path = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
      const value = input[name];
      if (name === 'businessId' && value === undefined) return DEFAULT_BUSINESS_SEGMENT;
      return encodeURIComponent(scalar(value));
    });
    const query = new URLSearchParams();
    for (const p of route.query) {
      const value = input[p.name];
      if (value !== undefined) query.set(p.name, scalar(value));
    }
    const search = query.toString();
    return `${this.baseUrl}${path}${search ? `?${search}` : ''}`;
  }

  private async request(
    route: Route,
    input: Record<string, unknown>,
    signal: AbortSignal | undefined,
  ): Promise<RequestInit> {
    const headers = new Headers({ accept: 'application/json, application/problem+json' });
    const token = this.getAuthToken ? await this.getAuthToken() : undefined;
    if (token) headers.set('authorization', `Bearer ${token}`);
    const inPath = new Set(route.path.match(/\{\w+\}/g)?.map((m) => m.slice(1, -1)));
    const body: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(input)) {
      const header = route.headers[key];
      if (header !== undefined) {
        if (value !== undefined) headers.set(header, scalar(value));
      } else if (!inPath.has(key) && !route.query.some((p) => p.name === key)) body[key] = value;
    }
    const init: RequestInit = { method: route.method, headers };
    if (signal) init.signal = signal;
    if (route.body) {
      headers.set('content-type', 'application/json');
      init.body = JSON.stringify(body);
    }
    return init;
  }

  /** Reads one answer: the parsed output, or the `BookingError` a problem document describes. */
  private async read<Out>(route: Route<unknown, Out>, response: Response): Promise<Out> {
    if (response.ok) {
      const text = await response.text();
      if (route.output === null) {
        // `void` methods: 204, or a 200 with a body this version has no use for.
        return undefined as Out;
      }
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        throw unreadable(
          `expected JSON, got ${text.length === 0 ? 'an empty body' : 'something else'} (HTTP ${response.status})`,
        );
      }
      const r = validate(route.output, data);
      if (!r.ok) throw unreadable('', r.issues);
      return r.value;
    }

    const headerRetryAfter = parseRetryAfter(response.headers.get('retry-after'), this.now());
    let problem: ProblemDocument | undefined;
    try {
      const r = validate(problemSchema, JSON.parse(await response.text()));
      if (r.ok) problem = r.value;
    } catch {
      // Not JSON: a proxy's or gateway's own page. The status still says what happened.
    }
    const code = problem?.code ?? codeOfStatus(response.status);
    const retryAfterMs = problem?.retryAfterMs ?? headerRetryAfter;
    const message =
      problem?.detail ??
      `The booking server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} to ${route.method} ${route.path}.`;
    throw new BookingError(code, message, {
      issues: problem?.issues ?? [],
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      // The answer itself (its status and URL), for whoever diagnoses a failure: <booking-page>
      // logs them when it cannot load.
      cause: response,
    });
  }

  private async attempt<Out>(
    route: Route<unknown, Out>,
    url: string,
    init: RequestInit,
    signal: AbortSignal | undefined,
  ): Promise<{ ok: true; value: Out } | ({ ok: false } & AttemptFailure)> {
    let response: Response;
    try {
      response = await this.fetchFn(url, init);
    } catch (error) {
      if (signal?.aborted) throw abortError();
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        error: new BookingError('network', `Could not reach the booking server: ${reason}`, { cause: error }),
        retryable: true,
      };
    }
    try {
      return { ok: true, value: await this.read(route, response) };
    } catch (error) {
      if (signal?.aborted) throw abortError();
      if (error instanceof BookingError) {
        const gateway = response.status === 502 || response.status === 504;
        return { ok: false, error, retryable: error.code === 'busy' || (gateway && error.code === 'network') };
      }
      // The body broke off mid-read: the connection, not the server's answer, failed.
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        error: new BookingError('network', `The connection to the booking server broke: ${reason}`, { cause: error }),
        retryable: true,
      };
    }
  }

  /** How long to wait before retry number `n` (0-based), or `null` to give up now. */
  private delay(n: number, error: BookingError): number | null {
    const step = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** n);
    // Jitter spreads the retries of many clients that failed together ("equal jitter").
    const jitter = this.random() * (step / 2);
    if (error.retryAfterMs !== undefined) {
      if (error.retryAfterMs > this.maxRetryAfterMs) return null;
      return error.retryAfterMs + jitter;
    }
    return step / 2 + jitter;
  }

  /** One operation of the contract: validated input, one request (retried when safe), validated output. */
  protected async call<K extends Operation>(
    operation: K,
    input: OperationInput<K>,
    options: CallOptions | undefined,
  ): Promise<OperationOutput<K>> {
    const signal = options?.signal;
    if (signal?.aborted) throw abortError();
    const op: Operation = operation;
    const table = isPageOperation(op)
      ? CUSTOMER_PAGE_ROUTES
      : // The customer operations that are not the page's are the booking routes'.
        (CUSTOMER_METHODS as readonly string[]).includes(op)
        ? await loadBookingRoutes()
        : await loadAdminRoutes();
    const route = (table as Partial<Record<Operation, unknown>>)[op] as Route<unknown, OperationOutput<K>>;
    if (signal?.aborted) throw abortError();
    const given = input ?? {};
    const parsed = validate(route.input, route.fill ? route.fill(given) : given);
    if (!parsed.ok) {
      throw new BookingError('invalid-input', `The request is not valid. ${describeIssues(parsed.issues)}`, {
        issues: parsed.issues,
      });
    }
    const value = parsed.value as Record<string, unknown>;
    const repeatable =
      route.retry === 'safe' || (route.retry === 'idempotency-key' && value.idempotencyKey !== undefined);
    const url = this.url(route, value);

    for (let n = 0; ; n++) {
      // Rebuilt per attempt: a body can be sent once, and the token may have been refreshed.
      const init = await this.request(route, value, signal);
      if (signal?.aborted) throw abortError();
      const result = await this.attempt(route, url, init, signal);
      if (result.ok) return result.value;
      if (!repeatable || !result.retryable || n >= this.retries) throw result.error;
      const wait = this.delay(n, result.error);
      if (wait === null) throw result.error;
      await this.sleep(wait, signal);
      if (signal?.aborted) throw abortError();
    }
  }
}
