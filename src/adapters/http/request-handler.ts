/**
 * The server end of the REST contract: one fetch-API function, `(Request) => Promise<Response>`,
 * serving any adapter (the reference adapter in tests and Storybook via msw, a real backend on
 * any fetch-API host: Node's `http` through an adapter, Deno, Bun, workers).
 *
 * Every request is checked before the adapter sees it: route and method, the bearer token of
 * admin routes, the body's size, media type and JSON syntax, unknown query parameters and
 * unknown fields at any depth, then the whole input with the adapter's own schema. Only the
 * parsed value reaches the adapter. Its answer is parsed with the output schema as well, so an
 * adapter that returns whole records cannot leak fields the contract does not name.
 */
import type { BookingAdapter, BookingAdminAdapter, CallOptions } from '../../contract/adapter.js';
import { BookingError, type FieldIssue } from '../../contract/errors.js';
import { formatPath, validate } from '../../schemas/validate.js';
import { PROBLEM_MEDIA_TYPE, problemOf, STATUS_OF_CODE } from './problem.js';
import { DEFAULT_BUSINESS_SEGMENT, ROUTES, type Operation, type Route } from './routes.js';

/**
 * Answers sent without parsing them with their output schema (issue 24): the hot paths, whose
 * answers the backend builds field by field from values it validated itself (getAvailability: a
 * thousand slots per answer, where the check took a quarter of the request). Every other answer
 * is checked, and the HTTP adapter checks every answer it reads.
 */
const UNCHECKED_OUTPUT: ReadonlySet<string> = new Set(['getAvailability']);

export type RequestHandler = (request: Request) => Promise<Response>;

export interface RequestHandlerOptions {
  /**
   * Admin routes: the admin adapter acting for the staff member a bearer token belongs to, or
   * `undefined` for a token that is not (or no longer) valid, answered 401. Without this option
   * the admin routes answer 404, so a customer-only server exposes nothing of them.
   */
  authenticate?: (
    token: string,
    request: Request,
  ) => BookingAdminAdapter | undefined | Promise<BookingAdminAdapter | undefined>;
  /** Where the contract is mounted, such as `/api/v1`; requests outside it answer 404. Default: the root. */
  basePath?: string;
  /** Largest customer-side body in bytes (default 64 KiB: a booking with every answer filled fits easily). */
  maxBodyBytes?: number;
  /** Largest admin-side body in bytes (default 4 MiB: `importConfig` carries a whole configuration). */
  maxAdminBodyBytes?: number;
  /**
   * Errors that are not `BookingError`s (bugs, a database down). They are answered with a bare
   * 500 so that no internals reach the client; log them here.
   */
  onError?: (error: unknown, request: Request) => void;
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

interface CompiledRoute {
  operation: Operation;
  route: Route;
  segments: readonly string[];
}

/** `{name}` segments become parameters; everything else must match exactly. */
function compile(): CompiledRoute[] {
  return (Object.entries(ROUTES) as [Operation, Route][]).map(([operation, route]) => ({
    operation,
    route,
    segments: route.path.split('/').slice(1),
  }));
}

function matchPath(segments: readonly string[], parts: readonly string[]): Record<string, string> | null {
  if (segments.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const template = segments[i] ?? '';
    const part = parts[i] ?? '';
    if (template.startsWith('{')) {
      if (part === '') return null;
      params[template.slice(1, -1)] = part;
    } else if (template !== part) return null;
  }
  return params;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Fields of `input` that the schema dropped from `output`: the schemas strip unknown keys, so a
 * misspelt `staffMemberID` would otherwise be ignored silently and book "Anyone".
 */
function strayFields(input: unknown, output: unknown, path: PropertyKey[], out: FieldIssue[]): void {
  if (input === output) return;
  if (Array.isArray(input) && Array.isArray(output)) {
    const n = Math.min(input.length, output.length);
    for (let i = 0; i < n; i++) strayFields(input[i], output[i], [...path, i], out);
    return;
  }
  if (!isPlainObject(input) || !isPlainObject(output)) return;
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(output, key)) out.push({ path: formatPath([...path, key]), message: 'unknown field' });
    else strayFields(input[key], output[key], [...path, key], out);
  }
}

function problemResponse(
  error: BookingError,
  status = STATUS_OF_CODE[error.code],
  extra: Record<string, string> = {},
): Response {
  const headers = new Headers(extra);
  headers.set('content-type', `${PROBLEM_MEDIA_TYPE}; charset=utf-8`);
  headers.set('cache-control', 'no-store');
  if (error.code === 'busy' && error.retryAfterMs !== undefined) {
    headers.set('retry-after', String(Math.max(0, Math.ceil(error.retryAfterMs / 1000))));
  }
  if (status === 401) headers.set('www-authenticate', 'Bearer realm="booking-elements"');
  return new Response(JSON.stringify(problemOf(error, status)), { status, headers });
}

function invalid(issues: FieldIssue[], message = 'The request is not valid.'): BookingError {
  const summary = issues
    .slice(0, 3)
    .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
    .join('; ');
  return new BookingError('invalid-input', summary ? `${message} ${summary}` : message, { issues });
}

/** A client error that is not one of the adapter's codes' usual statuses (400, 405, 413, 415). */
class HttpProblem extends Error {
  readonly status: number;
  readonly error: BookingError;
  readonly headers: Record<string, string>;

  constructor(status: number, error: BookingError, headers: Record<string, string> = {}) {
    super(error.message);
    this.status = status;
    this.error = error;
    this.headers = headers;
  }
}

function isJsonMediaType(contentType: string | null): boolean {
  if (contentType === null) return false;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** The body as text, refusing more than `limit` bytes without reading them all. */
async function readBody(request: Request, limit: number): Promise<string> {
  const tooLarge = (): HttpProblem =>
    new HttpProblem(413, invalid([{ path: '', message: `the body must be at most ${limit} bytes` }]));
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) throw tooLarge();
  if (request.body === null) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const chunk = value as Uint8Array;
    total += chunk.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpProblem(400, invalid([{ path: '', message: 'the body is not valid UTF-8' }]));
  }
}

async function readJsonObject(request: Request, limit: number): Promise<Record<string, unknown>> {
  const text = await readBody(request, limit);
  if (text.trim() === '') return {};
  if (!isJsonMediaType(request.headers.get('content-type'))) {
    throw new HttpProblem(
      415,
      invalid([{ path: '', message: 'the body must be JSON (Content-Type: application/json)' }]),
      { accept: 'application/json' },
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpProblem(400, invalid([{ path: '', message: 'the body is not valid JSON' }]));
  }
  if (!isPlainObject(body)) throw invalid([{ path: '', message: 'the body must be a JSON object' }]);
  return body;
}

function isAbortError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';
}

/**
 * Serves the REST contract (docs/rest-contract.md) from `adapter`; admin routes from the
 * adapters `options.authenticate` returns for bearer tokens.
 */
export function createRequestHandler(adapter: BookingAdapter, options: RequestHandlerOptions = {}): RequestHandler {
  const routes = compile();
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const maxBody = options.maxBodyBytes ?? 64 * 1024;
  const maxAdminBody = options.maxAdminBodyBytes ?? 4 * 1024 * 1024;

  async function serve(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (basePath !== '' && url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) {
      throw new BookingError('not-found', `No such resource: ${url.pathname}`);
    }
    const path = url.pathname.slice(basePath.length);
    let parts: string[];
    try {
      parts = path.split('/').slice(1).map(decodeURIComponent);
    } catch {
      throw new HttpProblem(400, invalid([{ path: '', message: 'the path is not valid percent-encoding' }]));
    }

    const candidates = routes
      .map((r) => ({ ...r, params: matchPath(r.segments, parts) }))
      .filter((r) => r.params !== null);
    const found = candidates.find((r) => r.route.method === request.method);
    if (!found || !found.params) {
      if (candidates.length === 0) throw new BookingError('not-found', `No such resource: ${path}`);
      const allow = [...new Set(candidates.map((r) => r.route.method))].join(', ');
      throw new HttpProblem(
        405,
        new BookingError('invalid-input', `${request.method} is not allowed here; use ${allow}.`),
        { allow },
      );
    }
    const { route, operation, params } = found;

    // Who is asking, before anything else is read.
    let target: BookingAdapter | BookingAdminAdapter = adapter;
    if (route.side === 'admin') {
      if (!options.authenticate) throw new BookingError('not-found', `No such resource: ${path}`);
      const match = /^Bearer +([\x21-\x7e]+) *$/i.exec(request.headers.get('authorization') ?? '');
      if (!match?.[1]) throw new BookingError('sign-in-required', 'Sign in: this request needs a bearer token.');
      const staff = await options.authenticate(match[1], request);
      if (!staff) throw new BookingError('sign-in-required', 'The sign-in token is not valid or has expired.');
      target = staff;
    }

    const issues: FieldIssue[] = [];
    const carried = new Set<string>();
    const input: Record<string, unknown> = {};

    const body = route.body
      ? await readJsonObject(request, route.side === 'admin' ? maxAdminBody : maxBody)
      : undefined;

    for (const [name, value] of Object.entries(params)) {
      carried.add(name);
      if (!(name === 'businessId' && value === DEFAULT_BUSINESS_SEGMENT)) input[name] = value;
    }
    const seen = new Set<string>();
    for (const [name, value] of url.searchParams) {
      const param = route.query.find((p) => p.name === name);
      if (!param) {
        issues.push({ path: name, message: 'unknown query parameter' });
        continue;
      }
      if (seen.has(name)) {
        issues.push({ path: name, message: 'given more than once' });
        continue;
      }
      seen.add(name);
      input[name] =
        param.type === 'boolean' && (value === 'true' || value === 'false')
          ? value === 'true'
          : param.type === 'integer' && /^-?\d{1,15}$/.test(value)
            ? Number(value)
            : value;
    }
    for (const p of route.query) carried.add(p.name);
    for (const [field, header] of Object.entries(route.headers)) {
      carried.add(field);
      const value = request.headers.get(header);
      if (value !== null) input[field] = value;
    }
    if (body) {
      for (const [key, value] of Object.entries(body)) {
        if (carried.has(key)) {
          const where = Object.hasOwn(route.headers, key)
            ? `the ${route.headers[key]} header`
            : Object.hasOwn(params, key)
              ? 'the path'
              : 'the query string';
          issues.push({ path: key, message: `belongs in ${where}, not in the body` });
        } else {
          // defineProperty: a JSON `"__proto__"` key must stay a (refused) field, not become a prototype.
          Object.defineProperty(input, key, { value, enumerable: true, writable: true, configurable: true });
        }
      }
    }

    const parsed = validate(route.input, input);
    if (!parsed.ok) {
      for (const issue of parsed.issues) {
        const header = route.headers[issue.path.split(/[.[]/)[0] ?? ''];
        issues.push(header ? { path: issue.path, message: `${issue.message} (the ${header} header)` } : issue);
      }
    } else if (body) strayFields(body, parsed.value, [], issues);
    if (issues.length > 0 || !parsed.ok) throw invalid(issues);

    const method = (target as unknown as Record<string, unknown>)[operation];
    if (typeof method !== 'function') {
      throw new BookingError('not-found', `This server does not support ${operation}.`);
    }
    const callOptions: CallOptions = { signal: request.signal };
    const result: unknown = await (method as (i: unknown, o: CallOptions) => Promise<unknown>).call(
      target,
      parsed.value,
      callOptions,
    );

    if (route.output === null) return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
    if (UNCHECKED_OUTPUT.has(operation)) {
      return new Response(JSON.stringify(result), { status: route.status, headers: JSON_HEADERS });
    }
    const output = validate(route.output, result);
    if (!output.ok) {
      // The adapter broke the contract: a server bug, not the client's problem.
      throw new Error(
        `${operation} returned a value its schema refuses: ${output.issues
          .slice(0, 3)
          .map((i) => `${i.path}: ${i.message}`)
          .join('; ')}`,
      );
    }
    return new Response(JSON.stringify(output.value), { status: route.status, headers: JSON_HEADERS });
  }

  return async (request) => {
    try {
      return await serve(request);
    } catch (error) {
      if (error instanceof HttpProblem) return problemResponse(error.error, error.status, error.headers);
      if (error instanceof BookingError) return problemResponse(error);
      // The client went away; nobody reads this answer (499: "client closed request").
      if (isAbortError(error) && request.signal.aborted) return new Response(null, { status: 499 });
      options.onError?.(error, request);
      return new Response(
        JSON.stringify({
          type: 'about:blank',
          title: 'Internal Server Error',
          status: 500,
          detail: 'The booking server failed to answer. Please try again later.',
          code: 'network',
          issues: [],
        }),
        {
          status: 500,
          headers: { 'content-type': `${PROBLEM_MEDIA_TYPE}; charset=utf-8`, 'cache-control': 'no-store' },
        },
      );
    }
  };
}
