// The HTTP-backed stories: msw's service worker answers the REST contract in the browser, with the
// real request handler (src/adapters/http) in front of a seeded in-memory reference adapter, so
// `<booking-page api=…>` and `<booking-admin api=…>` talk HTTP to a deterministic backend.
import { delay, http, HttpResponse, type RequestHandler as MswHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { BookingError } from '../src/contract/errors.js';
import { createRequestHandler, type RequestHandler } from '../src/adapters/http/request-handler.js';
import { problemOf } from '../src/adapters/http/problem.js';
import type { ReferenceAdapter } from '../src/adapters/reference/reference-adapter.js';

/** Under here each HTTP-backed story has its own server path, so a docs page showing several keeps them apart. */
export const STORY_API = '/story-api';

/** The sign-in the back-office stories accept (the demo server's sample administrator). */
export const SIGN_IN = { email: 'anna@contoso.example', password: 'demo-password' } as const;
/** Bearer tokens the story server knows (`story-token-<staff member id>`), and whom each one signs in. */
export const TOKENS: Readonly<Record<string, string>> = Object.fromEntries(
  ['anna', 'ben', 'carl', 'dora', 'vera', 'gus'].map((id) => [`story-token-${id}`, id]),
);

let started: Promise<SetupWorker> | undefined;

/**
 * The one mock service worker of the page, started on first use. Requests no story handles (the
 * stories' own modules, the language catalogues) go to the network as usual.
 */
export function mockServiceWorker(): Promise<SetupWorker> {
  started ??= (async () => {
    const worker = setupWorker();
    // Relative to the page, so a Storybook published under a sub-path finds it too (.storybook/main.ts staticDirs).
    const url = new URL('mockServiceWorker.js', document.baseURI).pathname;
    await worker.start({ serviceWorker: { url }, onUnhandledRequest: 'bypass', quiet: true });
    return worker;
  })();
  started.catch(() => (started = undefined));
  return started;
}

const servers = new Map<string, MswHandler[]>();

/**
 * Installs a story's handlers for its server path, replacing what the last story at that path (or
 * the last render of this one) installed; other paths keep theirs. Call it from a loader, so the
 * handlers are in place before the story renders.
 */
export async function serveAt(basePath: string, handlers: MswHandler[]): Promise<void> {
  const worker = await mockServiceWorker();
  servers.set(basePath, handlers);
  worker.resetHandlers();
  worker.use(...[...servers.values()].flat());
}

export interface ServeOptions {
  /** Milliseconds every answer takes (msw's `delay`): a slow network. */
  latency?: number;
  /** Admin routes: bearer tokens → staff member ids (default: none, a customer-only server). */
  tokens?: Readonly<Record<string, string>>;
}

/** The REST contract at `basePath`, answered by the real request handler in front of `reference`. */
export function contractHandlers(
  basePath: string,
  reference: ReferenceAdapter,
  options: ServeOptions = {},
): MswHandler[] {
  const tokens = options.tokens;
  const serve: RequestHandler = createRequestHandler(reference, {
    basePath,
    ...(tokens
      ? { authenticate: (token: string) => (tokens[token] ? reference.asStaff(tokens[token]) : undefined) }
      : {}),
  });
  return [
    http.all(`${basePath}/*`, async ({ request }) => {
      if (options.latency) await delay(options.latency);
      return serve(request);
    }),
  ];
}

/** An RFC 9457 problem answer, as the contract's server sends it. */
export function problem(error: BookingError, status?: number): Response {
  const body = problemOf(error, status);
  const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
  if (body.status === 401) headers['www-authenticate'] = 'Bearer';
  return HttpResponse.json(body, { status: body.status, headers });
}

/** Every request under `basePath` fails with this error. */
export function failingServer(basePath: string, error: BookingError, status?: number): MswHandler[] {
  return [http.all(`${basePath}/*`, () => problem(error, status))];
}

/**
 * The staff sign-in routes of the booking server (docs/rest-contract.md, "Staff sign-in"): the
 * right email and password get a token of `TOKENS`, anything else a 401 `sign-in-required`.
 */
export function signInHandlers(basePath: string): MswHandler[] {
  return [
    http.post(`${basePath}/auth/sign-in`, async ({ request }) => {
      const body = (await request.json()) as { email?: unknown; password?: unknown };
      if (body.email === SIGN_IN.email && body.password === SIGN_IN.password) {
        return HttpResponse.json({ token: 'story-token-anna', expiresAt: '2026-11-30T19:00:00.000Z' });
      }
      return problem(new BookingError('sign-in-required', 'The email address or the password is not right.'));
    }),
    http.post(`${basePath}/auth/sign-out`, () => new HttpResponse(null, { status: 204 })),
  ];
}
