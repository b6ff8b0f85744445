/**
 * `createServer`: the REST contract (docs/rest-contract.md) on PostgreSQL, as a Hono app on
 * @hono/node-server. The rules are the backend's (src/backend/), the same the in-browser
 * reference adapter runs, here over the PostgreSQL store (pg-store.ts); the routes are `createRequestHandler`'s; this file adds what a server on the
 * internet needs around them: staff sign-in, CORS, limits, security headers, logs, health,
 * e-mail delivery and a graceful shutdown.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { BookingAdapter, BookingAdminAdapter, CallOptions } from '../contract/adapter.js';
import { BookingError } from '../contract/errors.js';
import { problemOf, PROBLEM_MEDIA_TYPE, STATUS_OF_CODE } from '../adapters/http/problem.js';
import { createRequestHandler } from '../adapters/http/request-handler.js';
import { CUSTOMER_METHODS } from '../adapters/http/http-customer-adapter.js';
import { Backend, type RequestContext } from '../backend/backend.js';
import { BookingBackend } from '../backend/booking-backend.js';
import type { PersonalCalendarProvider } from '../backend/connectors/calendar.js';
import type { MeetingLinkProvider } from '../backend/connectors/meeting-links.js';
import { parseBusinesses } from '../backend/seed.js';
import type { SignedInUser } from '../schemas/customer.js';
import type { BusinessInput } from '../schemas/business.js';
import type { Business as BusinessConfig, MeetingProvider } from '../core/types.js';
import type { StoredAppointment } from '../backend/store.js';
import { apiIndex, openApiDocument } from './api-index.js';
import { compression } from './http-caching.js';
import { hasControlCharacters } from '../schemas/fields-extra.js';
import { Auth, type Membership, type Session } from './auth.js';
import { readSmallJson } from './body.js';
import { openDatabase, unavailableError, type Database, type DatabaseOptions } from './database.js';
import { GuardedDatabase, readiness } from './health.js';
import { jsonLogger, type Logger } from './log.js';
import { migrate } from './migrations.js';
import { OutboxWorker, type MailTransport } from './outbox-worker.js';
import type { SmsProvider } from './channels/sms.js';
import { WebhookSender } from './channels/webhook-sender.js';
import { PgCalendarService } from './calendar/calendar-service.js';
import type { FetchPolicy } from './safe-fetch.js';
import { staffFeedIcs } from '../backend/calendar-events.js';
import { firstBusinessId, PostgresStore } from './pg-store.js';
import { sealStoredWebhookSecrets, WebhookSecrets } from './webhook-secrets.js';
import { importPeer } from './peers.js';
import { isoTextCache } from '../backend/iso-text.js';
import { warmUp } from './warm-up.js';
import { RateLimiter, type BucketRule } from './rate-limit.js';
import { staticFiles } from './static-files.js';

export interface RateLimits {
  /** GET on customer routes (booking page, availability, a booking). Default 300 burst, 300/min. */
  customerReads: BucketRule;
  /** Bookings, holds, reschedules, cancellations. Default 20 burst, 20/min. */
  customerWrites: BucketRule;
  /** Sign-in attempts (on top of the per-account throttle). Default 10 burst, 10/min. */
  signIn: BucketRule;
}

export interface ServerOptions {
  /** An open database, or how to open one (default: PGlite in memory). An open one is not closed by `close`. */
  database?: Database | DatabaseOptions;
  /** Businesses written when the database has none with their id (first run). */
  seed?: readonly BusinessInput[];
  /** The business `@default` means on the customer side. Default: the first seeded, else the first stored. */
  defaultBusinessId?: string;
  /** Where the REST contract is mounted (default `/api`). */
  basePath?: string;
  /** Origins allowed to call the API from a browser (the sites embedding the widget). `*` allows any. */
  corsOrigins?: readonly string[];
  /** `false` disables rate limiting (load tests); otherwise overrides the defaults. */
  rateLimits?: Partial<RateLimits> | false;
  /** How many proxies in front of the server append to `X-Forwarded-For` (default 0: use the socket address). */
  trustProxy?: number;
  /** Largest customer-side JSON body (default 64 KiB) and admin body (default 4 MiB). */
  maxBodyBytes?: number;
  maxAdminBodyBytes?: number;
  /** The clock (epoch ms). Tests pass a fixed one; default: the real clock. */
  now?: () => number;
  random?: () => number;
  /**
   * A busy-time hook instead of connected calendars (tests, custom integrations). Without it,
   * staff whose availability follows their calendar read the calendars connected in the back
   * office (their cached busy time).
   */
  personalCalendar?: PersonalCalendarProvider;
  /**
   * `CALENDAR_SECRET`: the key credentials are encrypted with at rest (AES-256-GCM, a key per
   * purpose): calendar addresses and passwords, and webhook signing secrets. Without it calendars
   * cannot be connected and webhooks cannot be added; the back office says so.
   */
  calendarSecret?: string;
  /** How often each connected calendar is read (default 5 minutes); 0 stops the worker (call `syncCalendars`). */
  calendarSyncIntervalMs?: number;
  /** How often the worker looks for due calendars and calendar writes (default: a fifth of the interval, 1 s–1 min). */
  calendarPollMs?: number;
  /** Cached busy time older than this counts as unreadable (R4, fail closed). Default: 3 sync intervals. */
  calendarStaleAfterMs?: number;
  /**
   * `CALENDAR_ALLOW_HOSTS`: hosts calendar requests may reach although they are private or local
   * (a CalDAV server on the same network). Size and time limits can be changed too.
   */
  calendarFetch?: Partial<FetchPolicy>;
  /** The server's public address (`PUBLIC_URL`), for the staff members' feed links. Default: where it listens. */
  publicUrl?: string;
  /** R16: the hook behind `meetingProvider: { kind: 'hook' }` (Teams, Zoom, Google Meet…). */
  meetingLinks?: MeetingLinkProvider;
  /**
   * R16: the meeting-link provider of businesses and services that choose none (`--meeting-provider`),
   * e.g. `{ kind: 'jitsi', baseUrl: 'https://meet.clinic.example' }`. Without one (and without a hook),
   * an online service needs a provider of its own to be offered.
   */
  defaultMeetingProvider?: MeetingProvider;
  /** The customer's manage page, e.g. `https://clinic.example/manage.html`; the link in emails adds `#appointment=…&token=…` (a fragment: the token never reaches a server log or a Referer). */
  manageUrl?: string;
  /** SMTP server for the outbox, e.g. `smtp://user:pass@mail.example:587`; without it, messages stay pending in the admin outbox. */
  smtpUrl?: string;
  /** A mail transport instead of `smtpUrl` (tests). */
  mailTransport?: MailTransport;
  /** Sender address (default `bookings@localhost`). */
  mailFrom?: string;
  /**
   * Text messages: a provider (`TwilioSmsProvider`, `WebhookSmsProvider` or your own). Without one,
   * services offer no SMS opt-in and no SMS is queued.
   */
  sms?: SmsProvider;
  /**
   * Webhook deliveries: `WEBHOOK_ALLOW_HOSTS`, hosts webhooks may reach although they are private
   * or local (a receiver on the same network, tests); size and time limits can be changed too.
   */
  webhookFetch?: Partial<FetchPolicy>;
  /** Attempts before an SMS or a webhook delivery is given up as `failed` (default 8, about a day). */
  deliveryMaxAttempts?: number;
  /** Attempts before an e-mail is given up as `failed` (default 48, about two days); a mailbox refused for good fails at once. */
  emailMaxAttempts?: number;
  /** How long a node reserves the messages it is sending (default 2 minutes): after a crash, others send them after this. */
  outboxLeaseMs?: number;
  /** How often the outbox is polled (default 5 s); 0 disables polling (call `deliverOutbox`). */
  outboxIntervalMs?: number;
  /** Active slot holds one client address may have per business (default 3); a new one beyond releases the oldest. */
  holdsPerAddress?: number;
  /** Staff session lifetime (default 12 h). */
  sessionMs?: number;
  /**
   * Admin routes: the admin adapter a bearer token stands for. Default: the staff session's
   * account, acting as the staff member with its email in their business. Tests may override.
   */
  authenticate?: (token: string, request: Request) => Promise<BookingAdminAdapter | undefined>;
  /**
   * R17: who a customer request is signed in as. Default: the account of a valid staff session
   * token sent as `Authorization: Bearer` (members of the organisation book restricted pages).
   */
  customerUser?: (request: Request) => Promise<SignedInUser | undefined> | SignedInUser | undefined;
  /** Static folders, e.g. `[{ urlPath: '/', dir: 'dist/demo' }, { urlPath: '/cdn', dir: 'dist/cdn' }]`. */
  static?: readonly { urlPath: string; dir: string }[];
  /**
   * Who may frame the static HTML pages (CSP `frame-ancestors` sources, checked with
   * `parseFrameAncestors`). Default `'self'`; a site that embeds the pages in an iframe lists its
   * origin, e.g. `['https://clinic.example']`.
   */
  frameAncestors?: readonly string[];
  logger?: Logger;
}

export interface BookingServer {
  /** The Hono app: mount it elsewhere, or call `app.fetch(request)` in tests. */
  readonly app: Hono;
  readonly fetch: (request: Request) => Promise<Response>;
  readonly database: Database;
  /** The backend this server serves: the customer side, and `asStaff(...)` for the admin side. */
  readonly adapter: BookingBackend;
  readonly auth: Auth;
  /** Starts listening (default port 8787 on 127.0.0.1; port 0 picks a free one). */
  listen(port?: number, hostname?: string): Promise<{ port: number; url: string }>;
  /** Sends one batch of due e-mails, text messages and webhooks now (also what the poller does). */
  deliverOutbox(): Promise<{ sent: number; failed: number }>;
  /** Deletes expired holds, idempotency keys and sessions, and expires unanswered requests (R23) (also done every minute). */
  sweep(): Promise<void>;
  /** The connected staff calendars: their cache, sync worker and feeds. */
  readonly calendars: PgCalendarService;
  /** Syncs the due calendars and writes the due bookings into calendars now (also what the worker does). */
  syncCalendars(): Promise<{ synced: number; failed: number; written: number; writeFailures: number }>;
  /** Graceful shutdown: not ready, stop accepting, finish requests in flight (up to `graceMs`), stop the worker, close the database. */
  close(graceMs?: number): Promise<void>;
}

const DEFAULT_LIMITS: RateLimits = {
  customerReads: { burst: 300, perMinute: 300 },
  customerWrites: { burst: 20, perMinute: 20 },
  signIn: { burst: 10, perMinute: 10 },
};

/** The request's signed-in customer, for the adapter view that serves it. */
const requestContext = new AsyncLocalStorage<RequestContext>();

function problem(
  error: BookingError,
  status = STATUS_OF_CODE[error.code],
  headers: Record<string, string> = {},
): Response {
  const h = new Headers(headers);
  h.set('content-type', `${PROBLEM_MEDIA_TYPE}; charset=utf-8`);
  h.set('cache-control', 'no-store');
  if (error.retryAfterMs !== undefined) h.set('retry-after', String(Math.max(1, Math.ceil(error.retryAfterMs / 1000))));
  if (status === 401) h.set('www-authenticate', 'Bearer realm="booking-elements"');
  return new Response(JSON.stringify(problemOf(error, status)), { status, headers: h });
}

function internalError(): Response {
  return new Response(
    JSON.stringify({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'The booking server failed to answer. Please try again later.',
      code: 'network',
      issues: [],
    }),
    { status: 500, headers: { 'content-type': `${PROBLEM_MEDIA_TYPE}; charset=utf-8`, 'cache-control': 'no-store' } },
  );
}

function bearer(request: Request): string | undefined {
  return /^Bearer +([\x21-\x7e]+) *$/i.exec(request.headers.get('authorization') ?? '')?.[1];
}

/** The customer side, answering as the request's signed-in customer (R17) and client (the hold cap). */
function customerView(backend: BookingBackend): BookingAdapter {
  const view = {} as Record<
    (typeof CUSTOMER_METHODS)[number],
    (input: never, options?: CallOptions) => Promise<unknown>
  >;
  for (const method of CUSTOMER_METHODS) {
    view[method] = (input: never, options?: CallOptions) => {
      const request = requestContext.getStore();
      const target = request ? backend.forRequest(request) : backend;
      return (target[method] as (i: never, o?: CallOptions) => Promise<unknown>).call(target, input, options);
    };
  }
  return view as unknown as BookingAdapter;
}

export async function createServer(options: ServerOptions = {}): Promise<BookingServer> {
  const log = options.logger ?? jsonLogger();
  const now = options.now ?? (() => Date.now());
  const basePath = (options.basePath ?? '/api').replace(/\/+$/, '');
  const ownsDatabase = !(options.database && 'transaction' in options.database);
  // Every failure of the database that means "not now" is `busy` (503 + Retry-After) on every route.
  const database = new GuardedDatabase(
    options.database && 'transaction' in options.database
      ? options.database
      : await openDatabase(options.database ?? {}),
  );

  const applied = await migrate(database);
  if (applied.length > 0) log.info('database migrated', { versions: applied, driver: database.kind });

  const webhookSecrets = new WebhookSecrets(options.calendarSecret);
  const store = new PostgresStore(database, {
    onRetry: (error, attempt) => log.warn('transaction retried', { attempt, error }),
    webhookSecrets,
  });
  const sealed = await sealStoredWebhookSecrets(database, store, webhookSecrets);
  if (sealed > 0) log.info('webhook signing secrets sealed', { businesses: sealed });
  let defaultBusinessId = options.defaultBusinessId ?? options.seed?.[0]?.id;
  defaultBusinessId ??= await firstBusinessId(database);
  const manageUrl = options.manageUrl;
  let listeningUrl: string | undefined;
  const calendars = new PgCalendarService({
    db: database,
    now,
    log,
    ...(options.calendarSecret ? { secret: options.calendarSecret } : {}),
    ...(options.calendarSyncIntervalMs ? { intervalMs: options.calendarSyncIntervalMs } : {}),
    ...(options.calendarStaleAfterMs ? { staleAfterMs: options.calendarStaleAfterMs } : {}),
    ...(options.calendarFetch ? { fetchPolicy: options.calendarFetch } : {}),
    feedUrl: (token) =>
      `${(options.publicUrl ?? listeningUrl ?? 'http://127.0.0.1:8787').replace(/\/+$/, '')}${basePath}/calendar-feeds/${token}.ics`,
  });
  if (!options.calendarSecret) {
    log.info('no CALENDAR_SECRET: staff calendars cannot be connected, webhooks cannot be added');
  }
  const rules = new Backend({
    store,
    now,
    random: options.random ?? Math.random,
    ...(options.personalCalendar ? { personalCalendar: options.personalCalendar } : {}),
    calendars,
    ...(options.meetingLinks ? { meetingLinks: options.meetingLinks } : {}),
    ...(options.defaultMeetingProvider ? { defaultMeetingProvider: options.defaultMeetingProvider } : {}),
    manageLink: manageUrl
      ? (i) =>
          `${manageUrl}#appointment=${encodeURIComponent(i.appointmentId)}&token=${encodeURIComponent(i.manageToken)}`
      : (i) => `#appointment=${encodeURIComponent(i.appointmentId)}&token=${encodeURIComponent(i.manageToken)}`,
    waitlistLink: manageUrl
      ? (i) => `${manageUrl}#waitlist=${encodeURIComponent(i.entryId)}&token=${encodeURIComponent(i.token)}`
      : (i) => `#waitlist=${encodeURIComponent(i.entryId)}&token=${encodeURIComponent(i.token)}`,
    isoText: isoTextCache(50_000),
    holdMs: 5 * 60_000,
    holdsPerClient: options.holdsPerAddress ?? 3,
    smsAvailable: options.sms !== undefined,
    senderAddress: options.mailFrom ?? 'bookings@localhost',
  });
  const backend = new BookingBackend(rules, {
    seed: parseBusinesses(options.seed ?? []),
    ...(defaultBusinessId !== undefined ? { defaultBusinessId } : {}),
  });
  // Surface a seeding failure now rather than on the first request.
  await backend.getBookingPage({}).catch((error: unknown) => {
    if (!(error instanceof BookingError)) throw error;
  });
  // What the first requests would otherwise do once (compile, load, read into the revision cache).
  const warmed = await warmUp({ rules, db: database, defaultBusinessId, log });
  log.debug('warmed up', { ...warmed });

  const auth = new Auth(database, { now, ...(options.sessionMs ? { sessionMs: options.sessionMs } : {}) });

  /** The home business of an account: the default business when it is a member there, else its first. */
  function home(memberships: readonly Membership[]): Membership | undefined {
    return memberships.find((m) => m.businessId === defaultBusinessId) ?? memberships[0];
  }

  const authenticate =
    options.authenticate ??
    (async (token: string): Promise<BookingAdminAdapter | undefined> => {
      const session = await auth.verify(token);
      if (!session) return undefined;
      const me = home(await auth.memberships(session.user.email));
      // Signed in but nobody's staff: the admin adapter answers `forbidden`.
      return backend.asStaff(me?.staffMemberId ?? '', me ? { businessId: me.businessId } : {});
    });

  const customerUser =
    options.customerUser ??
    (async (request: Request): Promise<SignedInUser | undefined> => {
      const token = bearer(request);
      const session = token ? await auth.verify(token) : undefined;
      if (!session) return undefined;
      return {
        emailAddress: session.user.email,
        ...(session.user.displayName ? { displayName: session.user.displayName } : {}),
      };
    });

  const handler = createRequestHandler(customerView(backend), {
    basePath,
    authenticate: (token, request) => authenticate(token, request),
    ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
    ...(options.maxAdminBodyBytes !== undefined ? { maxAdminBodyBytes: options.maxAdminBodyBytes } : {}),
    onError: (error, request) =>
      log.error('request failed', { method: request.method, path: new URL(request.url).pathname, error }),
  });

  const limits: RateLimits | false =
    options.rateLimits === false ? false : { ...DEFAULT_LIMITS, ...(options.rateLimits ?? {}) };
  const limiter = new RateLimiter(now);
  const trustProxy = options.trustProxy ?? 0;

  function clientAddress(c: Context): string {
    if (trustProxy > 0) {
      const hops = (c.req.header('x-forwarded-for') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const candidate = hops[hops.length - trustProxy];
      if (candidate) return candidate;
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown';
    }
  }

  function limited(c: Context, bucket: keyof RateLimits): Response | undefined {
    if (!limits) return undefined;
    const waitMs = limiter.take(`${bucket}:${clientAddress(c)}`, limits[bucket]);
    if (waitMs === 0) return undefined;
    return problem(new BookingError('busy', 'Too many requests. Please wait a moment.', { retryAfterMs: waitMs }), 429);
  }

  let draining = false;
  let inFlight = 0;
  const app = new Hono();

  // Text answers (API JSON, scripts, pages) go out compressed to clients that accept it.
  app.use('*', compression());

  // Logs: one line per request, no query string (it may hold a customer's search) and no headers.
  app.use('*', async (c, next) => {
    const started = performance.now();
    const id = c.req.header('x-request-id')?.slice(0, 100) ?? randomUUID();
    inFlight++;
    try {
      await next();
    } finally {
      inFlight--;
      try {
        c.res.headers.set('x-request-id', id);
      } catch {
        // an immutable response (static files): no id on it
      }
      const path = c.req.path;
      if (path !== '/healthz' && path !== '/readyz') {
        log.info('request', {
          requestId: id,
          method: c.req.method,
          path,
          status: c.res.status,
          ms: Math.round((performance.now() - started) * 10) / 10,
          address: clientAddress(c as Context),
        });
      }
    }
  });

  app.use(
    `${basePath}/*`,
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      crossOriginResourcePolicy: 'same-site',
      strictTransportSecurity: 'max-age=31536000; includeSubDomains',
    }),
  );
  const origins = options.corsOrigins ?? [];
  if (origins.length > 0) {
    app.use(
      `${basePath}/*`,
      cors({
        origin: origins.includes('*') ? '*' : (origin) => (origins.includes(origin) ? origin : null),
        allowMethods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
        allowHeaders: ['Authorization', 'X-Manage-Token', 'Idempotency-Key', 'Content-Type', 'X-Request-Id'],
        exposeHeaders: ['Retry-After', 'X-Request-Id'],
        maxAge: 600,
      }),
    );
  }

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  // Within 2 s and true: the database answers in time with the latest schema, and has room.
  app.get('/readyz', async (c) => {
    if (draining) return c.json({ status: 'draining' }, 503, { 'cache-control': 'no-store' });
    const r = await readiness(database);
    return c.json(r.body, r.ready ? 200 : 503, { 'cache-control': 'no-store' });
  });

  // Staff sign-in (docs/rest-contract.md, "Staff sign-in").
  async function sessionBody(session: Session): Promise<Record<string, unknown>> {
    const memberships = await auth.memberships(session.user.email);
    return {
      user: {
        email: session.user.email,
        ...(session.user.displayName ? { displayName: session.user.displayName } : {}),
      },
      expiresAt: session.expiresAt,
      businessId: home(memberships)?.businessId ?? null,
      businesses: memberships.map((m) => ({
        id: m.businessId,
        displayName: m.businessName,
        staffMemberId: m.staffMemberId,
        role: m.role,
      })),
    };
  }
  app.post(`${basePath}/auth/sign-in`, async (c) => {
    const tooMany = limited(c, 'signIn');
    if (tooMany) return tooMany;
    const body = await readSmallJson(c.req.raw, 8 * 1024);
    const { email, password } = body;
    const fieldProblem = (value: unknown, max: number): string | undefined =>
      typeof value !== 'string' || value.length > max
        ? 'is required'
        : hasControlCharacters(value)
          ? 'contains a control character'
          : undefined;
    const issues = [
      { path: 'email', message: fieldProblem(email, 320) },
      { path: 'password', message: fieldProblem(password, 1024) },
    ].filter((i): i is { path: string; message: string } => i.message !== undefined);
    if (issues.length > 0 || typeof email !== 'string' || typeof password !== 'string') {
      throw new BookingError('invalid-input', 'Give an email address and a password.', { issues });
    }
    const { token, session } = await auth.signIn(email, password, clientAddress(c));
    log.info('signed in', { user: session.user.id });
    return c.json({ token, ...(await sessionBody(session)) }, 200, { 'cache-control': 'no-store' });
  });
  app.post(`${basePath}/auth/sign-out`, async (c) => {
    const token = bearer(c.req.raw);
    if (token) await auth.signOut(token);
    return c.body(null, 204, { 'cache-control': 'no-store' });
  });
  app.get(`${basePath}/auth/session`, async (c) => {
    const token = bearer(c.req.raw);
    const session = token ? await auth.verify(token) : undefined;
    if (!session) throw new BookingError('sign-in-required', 'The sign-in token is not valid or has expired.');
    return c.json(await sessionBody(session), 200, { 'cache-control': 'no-store' });
  });

  // A staff member's private feed of their appointments (subscribed to from any calendar app).
  app.get(`${basePath}/calendar-feeds/:token`, async (c) => {
    const tooMany = limited(c, 'customerReads');
    if (tooMany) return tooMany;
    const owner = await calendars.feedOwner(c.req.param('token').replace(/\.ics$/, ''));
    if (!owner) throw new BookingError('not-found', 'No such calendar feed (it may have been replaced or revoked).');
    const t = now();
    const [stored, rows] = await Promise.all([
      database.query<{ doc: { config: BusinessConfig } }>('SELECT doc FROM businesses WHERE id = $1', [
        owner.businessId,
      ]),
      database.query<{ doc: StoredAppointment }>(
        `SELECT doc FROM appointments WHERE business_id = $1 AND staff_member_id = $2 AND status = 'booked'
           AND start_ms >= $3 AND start_ms < $4 ORDER BY start_ms`,
        [owner.businessId, owner.staffMemberId, t - 30 * 86_400_000, t + 400 * 86_400_000],
      ),
    ]);
    const config = stored[0]?.doc.config;
    if (!config) throw new BookingError('not-found', 'No such calendar feed.');
    const ics = await staffFeedIcs(
      rules,
      config,
      owner.staffMemberId,
      rows.map((r) => r.doc),
    );
    return c.body(ics, 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'cache-control': 'private, max-age=300',
      'content-disposition': 'inline; filename="appointments.ics"',
    });
  });

  // The contract's root: an index instead of a 404, and the OpenAPI document it links to.
  for (const path of new Set([basePath || '/', `${basePath}/`])) app.get(path, (c) => c.json(apiIndex(basePath)));
  app.get(`${basePath}/openapi.json`, (c) => {
    const document = openApiDocument();
    if (document === null)
      throw new BookingError('not-found', 'The OpenAPI document is not installed with the server.');
    return c.body(document, 200, { 'content-type': 'application/json; charset=utf-8' });
  });
  for (const path of new Set([basePath || '/', `${basePath}/`, `${basePath}/openapi.json`])) {
    app.all(path, (c) =>
      problem(new BookingError('invalid-input', `${c.req.method} is not allowed here; use GET.`), 405, {
        allow: 'GET',
      }),
    );
  }

  // The REST contract.
  app.all(`${basePath}/*`, async (c) => {
    const request = c.req.raw;
    const rest = c.req.path.slice(basePath.length);
    if (!rest.startsWith('/admin/')) {
      const tooMany = limited(c, request.method === 'GET' ? 'customerReads' : 'customerWrites');
      if (tooMany) return tooMany;
      const user = await customerUser(request);
      // Holds are capped per client address; only a hash of it is stored with a hold.
      const clientKey = createHash('sha256')
        .update(`client:${clientAddress(c)}`)
        .digest('base64url')
        .slice(0, 22);
      return requestContext.run({ ...(user ? { signedInUser: user } : {}), clientKey }, () => handler(request));
    }
    return handler(request);
  });

  for (const mount of options.static ?? []) {
    const prefix = mount.urlPath.replace(/\/+$/, '');
    app.use(
      `${prefix}/*`,
      // static-files.ts sets the pages' CSP and X-Frame-Options (configurable framing).
      secureHeaders({
        crossOriginResourcePolicy: 'cross-origin',
        crossOriginEmbedderPolicy: false,
        xFrameOptions: false,
      }),
      staticFiles(mount, options.frameAncestors ?? ["'self'"]),
    );
  }

  app.notFound((c) =>
    c.req.path.startsWith(`${basePath}/`) || c.req.path === basePath
      ? problem(new BookingError('not-found', `No such resource: ${c.req.path}`))
      : c.text('Not found', 404),
  );
  app.onError((error, c) => {
    // A lock-out is 429 (it carries its status); a database that cannot answer is 503.
    if (error instanceof BookingError) return problem(error, (error as { status?: number }).status);
    const unavailable = unavailableError(error);
    if (unavailable) {
      log.warn('database unavailable', { method: c.req.method, path: c.req.path, error });
      return problem(unavailable);
    }
    log.error('request failed', { method: c.req.method, path: c.req.path, error });
    return internalError();
  });

  // Delivery and housekeeping.
  // nodemailer (an optional peer dependency) is loaded only when SMTP is configured.
  const transport: MailTransport | undefined =
    options.mailTransport ??
    (options.smtpUrl
      ? (
          await importPeer('nodemailer', 'E-mail delivery (SMTP_URL)', () => import('nodemailer'))
        ).default.createTransport(options.smtpUrl)
      : undefined);
  const worker = new OutboxWorker({
    db: database,
    ...(transport ? { transport } : {}),
    ...(options.sms ? { sms: options.sms } : {}),
    webhooks: new WebhookSender(options.webhookFetch),
    webhookSecrets,
    ...(options.deliveryMaxAttempts ? { maxAttempts: options.deliveryMaxAttempts } : {}),
    ...(options.emailMaxAttempts ? { emailMaxAttempts: options.emailMaxAttempts } : {}),
    ...(options.outboxLeaseMs ? { leaseMs: options.outboxLeaseMs } : {}),
    from: options.mailFrom ?? 'bookings@localhost',
    now,
    log,
  });
  const outboxInterval = options.outboxIntervalMs ?? 5_000;
  if (outboxInterval > 0) worker.start(outboxInterval);
  if (!transport) log.info('no SMTP server configured: e-mails stay in the admin outbox');
  if (options.sms) log.info('text messages go out', { provider: options.sms.name });

  const calendarInterval = options.calendarSyncIntervalMs ?? undefined;
  if (calendarInterval !== 0) calendars.start(options.calendarPollMs);

  async function sweep(): Promise<void> {
    const t = now();
    await database.query('DELETE FROM holds WHERE expires_at_ms <= $1', [t]);
    await database.query('DELETE FROM idempotency WHERE expires_at_ms <= $1', [t]);
    // R23: requests nobody approved in time are cancelled, and their customers told.
    const businesses = await database.query<{ id: string }>('SELECT id FROM businesses ORDER BY id');
    await backend.expireLapsedRequests(businesses.map((b) => b.id));
    // Issue 20: waitlist offers not claimed in time pass to the next person; freed places are offered.
    await backend.settleWaitlists(businesses.map((b) => b.id));
    await auth.sweep();
    if (limits) limiter.sweep(Object.values(limits));
  }
  const sweeper = setInterval(() => {
    sweep().catch((error: unknown) => log.warn('sweep failed', { error }));
  }, 60_000);
  sweeper.unref();

  let httpServer: Server | undefined;
  let closing: Promise<void> | undefined;

  const server: BookingServer = {
    app,
    fetch: (request) => Promise.resolve(app.fetch(request)),
    database,
    adapter: backend,
    auth,
    listen(port = 8787, hostname = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        const s = serve({ fetch: app.fetch, port, hostname }, (info: AddressInfo) => {
          const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
          const url = `http://${host}:${info.port}`;
          listeningUrl = url;
          log.info('listening', { port: info.port, url, api: `${url}${basePath}`, database: database.kind });
          resolve({ port: info.port, url });
        }) as Server;
        s.once('error', reject);
        // Slow clients must not hold sockets forever.
        s.requestTimeout = 30_000;
        s.headersTimeout = 20_000;
        s.keepAliveTimeout = 5_000;
        httpServer = s;
      });
    },
    deliverOutbox: () => worker.runOnce(),
    sweep,
    calendars,
    syncCalendars: () => calendars.runOnce(),
    close(graceMs = 10_000) {
      closing ??= (async () => {
        draining = true;
        clearInterval(sweeper);
        const s = httpServer;
        if (s) {
          const closed = new Promise<void>((resolve) => s.close(() => resolve()));
          s.closeIdleConnections();
          const deadline = Date.now() + graceMs;
          while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
          s.closeAllConnections();
          await closed;
        }
        await worker.stop();
        await calendars.stop();
        if (ownsDatabase) await database.close();
        log.info('stopped');
      })();
      return closing;
    },
  };
  return server;
}
