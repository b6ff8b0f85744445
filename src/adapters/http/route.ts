/**
 * The REST contract as data: one route per adapter method, for both sides of the interface.
 * `HttpAdapter` serialises calls with it, `createRequestHandler` parses requests with it and
 * `tools/openapi.mjs` writes `docs/openapi.json` from it, so the three cannot drift apart.
 * This module holds the shape of a route; customer-routes.ts (the booking page and free times),
 * booking-routes.ts (holds, booking, manage) and admin-routes.ts hold the parts of the table, and
 * routes.ts joins them. They are apart so that a booking page on the HTTP adapter downloads the
 * first part only before its first free times show: `HttpAdapter` loads the booking part (and the
 * booking's schemas) on its first booking call, and the admin part on its first admin call.
 *
 * How an adapter input travels: the fields named in `path` go in the path, `query` fields in the
 * query string, `headers` fields in headers (secrets never go in a URL, where logs and referrers
 * keep them), and every other field in the JSON body, unchanged. Responses are the adapter
 * output exactly. An absent `businessId` travels as `@default`, a segment no business id can
 * take (ids allow letters, digits, `_` and `-` only), meaning "the server's default business"
 * on the customer side and "the signed-in staff member's business" on the admin side.
 */
import type * as z from 'zod/mini';
import type { BookingAdapter, BookingAdminAdapter } from '../../contract/adapter.js';

/** The path segment standing for an absent `businessId`. */
export const DEFAULT_BUSINESS_SEGMENT = '@default';

/** Header carrying the manage token (R14) of `/appointments/{appointmentId}`. */
export const MANAGE_TOKEN_HEADER = 'X-Manage-Token';
/** Header carrying the idempotency key of creating requests (R11). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/**
 * Which calls may be sent again after a lost response or a `busy` answer:
 * `safe` reads; `idempotency-key` creations that carry a key, so a repeat returns the first
 * result instead of booking twice; `never` the rest (a second cancel or reschedule is not the
 * same request as the first).
 */
export type RetryPolicy = 'safe' | 'idempotency-key' | 'never';

export interface QueryParam {
  /** The input field, also the parameter name. */
  name: string;
  /** How the query string's text becomes the input's value. */
  type: 'string' | 'boolean' | 'integer';
}

type Methods = Required<BookingAdapter> & BookingAdminAdapter;
export type Operation = keyof Methods;
export type CustomerOperation = keyof BookingAdapter;
export type AdminOperation = keyof BookingAdminAdapter;
export type OperationInput<K extends Operation> = Parameters<Methods[K]>[0];
export type OperationOutput<K extends Operation> = Awaited<ReturnType<Methods[K]>>;

export interface Route<In = unknown, Out = unknown> {
  side: 'customer' | 'admin';
  method: HttpMethod;
  /** A template such as `/businesses/{businessId}/availability`; every `{name}` is an input field. */
  path: string;
  query: readonly QueryParam[];
  /** Input field → header name. */
  headers: Readonly<Record<string, string>>;
  /** Whether the remaining input fields travel as a JSON body (POST, PATCH, DELETE). */
  body: boolean;
  input: z.ZodMiniType<In>;
  /** `null`: the method resolves with nothing and the answer is `204 No Content`. */
  output: z.ZodMiniType<Out> | null;
  status: 200 | 201 | 204;
  retry: RetryPolicy;
  /** Fills in, before validation, what a caller may leave out (createAppointment's idempotency key). */
  fill?: (input: In) => In;
}

export type RouteTable = { [K in Operation]: Route<OperationInput<K>, OperationOutput<K>> };
export type CustomerRouteTable = { [K in CustomerOperation]: RouteTable[K] };
/** The customer operations a page calls before a booking. */
export type CustomerPageOperation = 'getBookingPage' | 'getAvailability';
export type CustomerPageRouteTable = { [K in CustomerPageOperation]: RouteTable[K] };
export type BookingRouteTable = { [K in Exclude<CustomerOperation, CustomerPageOperation>]: RouteTable[K] };
/** Repeat bookings (issue 20): part of the booking routes. */
export type SeriesOperation = 'checkSeries' | 'bookSeries' | 'getSeries' | 'cancelFollowing';
export type SeriesRouteTable = { [K in SeriesOperation]: RouteTable[K] };
export type AdminRouteTable = { [K in AdminOperation]: RouteTable[K] };

/** Query parameters carried as strings. */
export function q(...names: string[]): QueryParam[] {
  return names.map((name) => ({ name, type: 'string' }));
}
