/**
 * Staff sign-in against the booking server (`POST {api}/auth/sign-in`, `POST {api}/auth/sign-out`;
 * docs/rest-contract.md "Staff sign-in"). The REST contract itself leaves tokens to the host; these
 * two calls are what `<booking-admin api=…>` uses when the page gives it no `authToken`.
 * Errors arrive as problem documents and become the `BookingError` they describe: a wrong email or
 * password is `sign-in-required`, too many failures `busy` with `retryAfterMs`.
 */
import { validate } from '../../schemas/validate.js';
import { BookingError } from '../../contract/errors.js';
import { codeOfStatus, parseRetryAfter, problemSchema, type ProblemDocument } from './problem.js';

export interface StaffSignInOptions {
  signal?: AbortSignal;
  /** Default: the global `fetch`. */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
}

export interface StaffSignInResult {
  /** The bearer token for admin routes. */
  token: string;
  /** When the server ends the session, if it says. */
  expiresAt?: string;
}

function endpoint(api: string, path: string): string {
  return `${api.trim().replace(/\/+$/, '')}${path}`;
}

async function problemError(response: Response): Promise<BookingError> {
  let problem: ProblemDocument | undefined;
  try {
    const r = validate(problemSchema, JSON.parse(await response.text()));
    if (r.ok) problem = r.value;
  } catch {
    // Not a problem document: the status still says what happened.
  }
  const retryAfterMs = problem?.retryAfterMs ?? parseRetryAfter(response.headers.get('retry-after'), Date.now());
  return new BookingError(
    problem?.code ?? codeOfStatus(response.status),
    problem?.detail ?? `The booking server answered ${response.status}.`,
    { issues: problem?.issues ?? [], ...(retryAfterMs === undefined ? {} : { retryAfterMs }) },
  );
}

async function send(url: string, init: RequestInit, options: StaffSignInOptions): Promise<Response> {
  const fetchFn = options.fetch ?? ((input: string, i: RequestInit) => globalThis.fetch(input, i));
  try {
    return await fetchFn(url, { ...init, ...(options.signal ? { signal: options.signal } : {}) });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new BookingError('network', `Could not reach the booking server: ${reason}`, { cause: error });
  }
}

/** Signs a staff member in with email and password; resolves to the bearer token. */
export async function signInStaff(
  api: string,
  credentials: { email: string; password: string },
  options: StaffSignInOptions = {},
): Promise<StaffSignInResult> {
  const response = await send(
    endpoint(api, '/auth/sign-in'),
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, application/problem+json' },
      body: JSON.stringify({ email: credentials.email, password: credentials.password }),
    },
    options,
  );
  if (!response.ok) throw await problemError(response);
  const body = (await response.json().catch(() => undefined)) as { token?: unknown; expiresAt?: unknown } | undefined;
  if (typeof body?.token !== 'string' || body.token === '') {
    throw new BookingError('network', 'The booking server’s sign-in answer had no token.');
  }
  return { token: body.token, ...(typeof body.expiresAt === 'string' ? { expiresAt: body.expiresAt } : {}) };
}

/** Ends a session on the server (every node). Unknown tokens are fine: the server answers 204 alike. */
export async function signOutStaff(api: string, token: string, options: StaffSignInOptions = {}): Promise<void> {
  const response = await send(
    endpoint(api, '/auth/sign-out'),
    { method: 'POST', headers: { authorization: `Bearer ${token}` } },
    options,
  );
  if (!response.ok && response.status !== 401) throw await problemError(response);
}
