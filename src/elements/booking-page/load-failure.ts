/**
 * What the site owner reads in the browser's console when `<booking-page>` cannot load (the
 * customer only sees "We couldn't load the booking page"): which address failed, how (the HTTP
 * status, or a request that got no answer at all) and the likely cause. Its own module, loaded
 * only on a failure: a page that loads never downloads these sentences.
 */

import { BookingError } from '../../contract/errors.js';

/** Where the element was told to load from. */
export interface LoadSource {
  api: string;
  configSrc: string;
  /** An `adapter` property (or one from context) rather than an attribute. */
  adapter: boolean;
}

/** How a load over HTTP failed, read from the HTTP adapter's error. */
type HttpFailure =
  | { kind: 'no-answer' }
  /** Not the contract's answer: a web page, another server, a proxy. */
  | { kind: 'foreign'; status: number; url?: string; requestId?: string }
  /** The booking server's own problem document. */
  | { kind: 'contract'; status: number; url?: string; requestId?: string };

/**
 * The HTTP adapter's error says which way: its `cause` is the error answer (a Response), and its
 * own messages (as opposed to a problem document's text) mark an answer that was not the contract's.
 */
export function httpFailure(error: unknown): HttpFailure | undefined {
  if (!(error instanceof BookingError)) return undefined;
  const { message } = error;
  const answer = error.cause as Partial<Pick<Response, 'status' | 'url' | 'headers'>> | undefined;
  if (typeof answer?.status === 'number') {
    const requestId = answer.headers?.get('x-request-id');
    return {
      kind: message.startsWith('The booking server answered ') ? 'foreign' : 'contract',
      status: answer.status,
      ...(answer.url ? { url: answer.url } : {}),
      ...(requestId ? { requestId } : {}),
    };
  }
  if (/^(Could not reach the booking server|The connection to the booking server broke)/.test(message))
    return { kind: 'no-answer' };
  // A 2xx answer that is not the contract's JSON (the message names its status when it is not JSON).
  if (message.startsWith('The booking server sent a response this version cannot read'))
    return { kind: 'foreign', status: Number(/\(HTTP (\d{3})\)/.exec(message)?.[1] ?? 200) };
  return undefined;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function absolute(url: string, base: string): string | undefined {
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

/** The console message for a failed load of `source`, seen from the page at `pageUrl`. */
export function describeLoadFailure(error: unknown, source: LoadSource, pageUrl: string): string {
  const intro = '<booking-page> could not load the booking page';
  if (source.adapter) return `${intro}: its adapter's getBookingPage failed: ${messageOf(error)}`;

  if (source.api) {
    const api = absolute(source.api, pageUrl);
    if (!api) return `${intro}: api="${source.api}" is not a URL. Set it to the booking server's API address.`;
    const where = `from api="${source.api}" (${api})`;
    const failure = httpFailure(error);
    if (failure && failure.kind !== 'no-answer') {
      const what = `the server answered HTTP ${failure.status}${failure.url ? ` to ${failure.url}` : ''}: ${messageOf(error)}`;
      let cause: string;
      if (failure.kind === 'foreign')
        cause = `the api URL is wrong: what answers there does not speak the booking REST contract. The booking server serves it at /api (GET ${new URL('/api', api).href} answers its index).`;
      else if (failure.status === 404 || (error as BookingError).issues.some((i) => i.path === 'businessId'))
        cause = 'the booking server has no such business: check the business attribute.';
      else if (failure.status >= 500)
        cause = `the booking server could not answer; its log says why (${failure.requestId ? `request id ${failure.requestId}` : 'look for the X-Request-Id of this response'}).`;
      else cause = 'the booking server’s answer above says why.';
      return `${intro} ${where}: ${what} Likely cause: ${cause}`;
    }
    // No answer at all: the browser blocked the response, or nothing listens there.
    const pageOrigin = new URL(pageUrl).origin;
    const apiOrigin = new URL(api).origin;
    const cause =
      apiOrigin !== pageOrigin
        ? `the API is on another origin (${apiOrigin}) than this page (${pageOrigin}), so the browser needs the server's permission (CORS): ` +
          `set CORS_ORIGINS=${pageOrigin} on the booking server. If it is set, check that the server is running and that api is its address.`
        : 'the booking server is not running, or api is not its address.';
    return `${intro} ${where}: the request got no HTTP answer (${messageOf(error)}). Likely cause: ${cause}`;
  }

  if (source.configSrc) {
    const file = absolute(source.configSrc, pageUrl) ?? source.configSrc;
    return (
      `${intro} from config-src="${source.configSrc}" (${file}): ${messageOf(error)} ` +
      'Likely cause: the file is not at that address (it is resolved against the page), or it is not a valid business configuration.'
    );
  }
  return `${intro}: ${messageOf(error)}`;
}

/**
 * Logs one console error for a failed load of `page` (at this `location`); not for the pages that
 * say why themselves (unpublished, sign-in required) nor for a load given up for a newer one.
 */
export function reportLoadFailure(page: { api: string; configSrc: string; adapter?: unknown }, error: unknown): void {
  const code = error instanceof BookingError ? error.code : undefined;
  if (code === 'unpublished' || code === 'sign-in-required' || (error as Error | null)?.name === 'AbortError') return;
  // The `adapter` property wins over the attributes; without it or them, the adapter came from context.
  const adapter = page.adapter !== undefined || (!page.api && !page.configSrc);
  console.error(describeLoadFailure(error, { api: page.api, configSrc: page.configSrc, adapter }, location.href));
}
