/**
 * The server's command line (bundled by tools/server.mjs; `npm run serve` in this repository).
 *
 *   serve         (default) start the server
 *   create-admin  --email E --password P [--name N] [--business ID]: the first administrator
 *   migrate       apply the database migrations and exit
 *
 * Every option also reads an environment variable (docs/deploy.md); flags win.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { MeetingProvider } from '../core/types.js';
import { meetingProviderSchema, type BusinessInput } from '../schemas/business.js';
import { validate } from '../schemas/validate.js';
import { createAdmin } from './admin-setup.js';
import { DataDirInUseError } from './data-dir-lock.js';
import { openDatabase, type Database, type DatabaseOptions } from './database.js';
import { jsonLogger, type LogLevel } from './log.js';
import { migrate } from './migrations.js';
import { createServer, type ServerOptions } from './server.js';
import { TwilioSmsProvider, WebhookSmsProvider, type SmsProvider } from './channels/sms.js';
import { parseAllowHosts } from './safe-fetch.js';
import { parseFrameAncestors } from './static-files.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'database-url': { type: 'string' },
    'database-schema': { type: 'string' },
    'statement-timeout': { type: 'string' },
    'data-dir': { type: 'string' },
    seed: { type: 'string', multiple: true },
    static: { type: 'string', multiple: true },
    'base-path': { type: 'string' },
    'cors-origin': { type: 'string', multiple: true },
    'frame-ancestors': { type: 'string', multiple: true },
    'manage-url': { type: 'string' },
    'no-rate-limit': { type: 'boolean' },
    'trust-proxy': { type: 'string' },
    clock: { type: 'string' },
    'demo-password': { type: 'string' },
    'outbox-interval': { type: 'string' },
    'meeting-provider': { type: 'string' },
    'jitsi-url': { type: 'string' },
    'meeting-url-template': { type: 'string' },
    email: { type: 'string' },
    password: { type: 'string' },
    name: { type: 'string' },
    business: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

const env = process.env;
// A log reader that went away (a closed pipe) must not take the server down with it.
process.stdout.on('error', () => undefined);
const command = positionals[0] ?? 'serve';
const log = jsonLogger({ level: (env.LOG_LEVEL as LogLevel | undefined) ?? 'info' });

if (values.help) {
  process.stdout.write(`booking-elements server

  serve         start the server (default)
  create-admin  --email E --password P [--name N] [--business ID]
  migrate       apply migrations and exit

Options (environment variable in brackets):
  --port (PORT, 8787)  --host (HOST, 127.0.0.1)
  --database-url (DATABASE_URL)        PostgreSQL server; without it PGlite in --data-dir
  --database-schema (DATABASE_SCHEMA)  PostgreSQL schema for the tables (default: public)
  --statement-timeout MS (STATEMENT_TIMEOUT_MS)  PostgreSQL: longest statement, then 503 (15000)
  PREPARED_STATEMENTS=off: PostgreSQL behind a proxy pooling per transaction without prepared statements
  --data-dir (DATA_DIR, ./.booking-data)
  --seed FILE (SEED_FILE)              business JSON (one or a list) written on first run
  --static DIR[=URLPATH] (STATIC_DIRS) serve files, e.g. dist/demo or dist/cdn=/cdn
  --base-path (BASE_PATH, /api)        --cors-origin ORIGIN (CORS_ORIGINS, comma-separated)
  --manage-url (MANAGE_URL)            the manage page linked from confirmation emails
  --frame-ancestors SRC (FRAME_ANCESTORS)  who may frame the --static pages (default 'self'),
                                       e.g. https://clinic.example; 'none' for nobody
  --trust-proxy N (TRUST_PROXY)        proxies appending to X-Forwarded-For
  --no-rate-limit (RATE_LIMIT=off)     SMTP_URL, SMTP_FROM: e-mail delivery
  CALENDAR_SECRET: key for stored credentials (connecting calendars and adding webhooks need it)
  CALENDAR_SYNC_INTERVAL: seconds between calendar syncs (default 300)
  CALENDAR_ALLOW_HOSTS: private/local hosts calendars may be read from (comma-separated)
  WEBHOOK_ALLOW_HOSTS: private/local hosts webhooks may be sent to (comma-separated)
  DELIVERY_MAX_ATTEMPTS: attempts before an SMS or webhook is given up (default 8)
  EMAIL_MAX_ATTEMPTS: attempts before an e-mail is given up (default 48, about two days)
  OUTBOX_LEASE_SECONDS: how long a node reserves messages it sends (default 120)
  SMS_PROVIDER=twilio: TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, SMS_FROM, TWILIO_BASE_URL (optional)
  SMS_PROVIDER=webhook: SMS_WEBHOOK_URL, SMS_WEBHOOK_SECRET (whsec_…, signed JSON)
  PUBLIC_URL: this server's public address, for staff calendar feed links
  --meeting-provider jitsi|template (MEETING_PROVIDER)  join links of online services that choose none
  --jitsi-url URL (JITSI_URL)          your Jitsi Meet server (default https://meet.jit.si)
  --meeting-url-template T (MEETING_URL_TEMPLATE)  e.g. https://video.example.com/{room}
  --demo-password P (DEMO_PASSWORD)    on first run, sign-in for every seeded staff email (demos only)
`);
  process.exit(0);
}

function databaseOptions(): DatabaseOptions {
  const url = values['database-url'] ?? env.DATABASE_URL;
  const schema = values['database-schema'] ?? env.DATABASE_SCHEMA;
  const timeout = values['statement-timeout'] ?? env.STATEMENT_TIMEOUT_MS;
  if (timeout !== undefined && !(Number(timeout) >= 100))
    throw new Error(`--statement-timeout: not a number of milliseconds: ${timeout}`);
  if (url) {
    return {
      url,
      ...(schema ? { schema } : {}),
      ...(timeout !== undefined ? { statementTimeoutMs: Number(timeout) } : {}),
      ...(env.PREPARED_STATEMENTS === 'off' ? { preparedStatements: false } : {}),
    };
  }
  return { dataDir: values['data-dir'] ?? env.DATA_DIR ?? '.booking-data' };
}

/** R16: `--meeting-provider` and its settings, checked as the business configuration checks them. */
function meetingProvider(): MeetingProvider | undefined {
  const kind = values['meeting-provider'] ?? env.MEETING_PROVIDER;
  const jitsiUrl = values['jitsi-url'] ?? env.JITSI_URL;
  const urlTemplate = values['meeting-url-template'] ?? env.MEETING_URL_TEMPLATE;
  const chosen = kind ?? (urlTemplate ? 'template' : jitsiUrl ? 'jitsi' : undefined);
  if (chosen === undefined || chosen === 'none') return undefined;
  const candidate =
    chosen === 'jitsi'
      ? { kind: 'jitsi', ...(jitsiUrl ? { baseUrl: jitsiUrl } : {}) }
      : chosen === 'template' || chosen === 'urlTemplate'
        ? { kind: 'urlTemplate', urlTemplate }
        : undefined;
  if (!candidate) throw new Error(`--meeting-provider: expected jitsi or template, not ${chosen}`);
  const r = validate(meetingProviderSchema, candidate);
  if (!r.ok) {
    throw new Error(`--meeting-provider: ${r.issues.map((i) => `${i.path || 'value'} ${i.message}`).join('; ')}`);
  }
  return r.value;
}

/** The SMS provider the environment names (docs/deploy.md), or none. */
function smsProvider(): SmsProvider | undefined {
  const kind = env.SMS_PROVIDER;
  if (!kind || kind === 'none') return undefined;
  const need = (name: string): string => {
    const value = env[name];
    if (!value) throw new Error(`SMS_PROVIDER=${kind} needs ${name}`);
    return value;
  };
  if (kind === 'twilio') {
    return new TwilioSmsProvider({
      accountSid: need('TWILIO_ACCOUNT_SID'),
      authToken: need('TWILIO_AUTH_TOKEN'),
      from: need('SMS_FROM'),
      ...(env.TWILIO_BASE_URL ? { baseUrl: env.TWILIO_BASE_URL } : {}),
    });
  }
  if (kind === 'webhook') {
    return new WebhookSmsProvider({ url: need('SMS_WEBHOOK_URL'), secret: need('SMS_WEBHOOK_SECRET') });
  }
  throw new Error(`SMS_PROVIDER: expected twilio, webhook or none, not ${kind}`);
}

/** A clock that starts at `iso` and runs at real speed: demos and tests of a fixed calendar. */
function clockFrom(iso: string | undefined): (() => number) | undefined {
  if (!iso) return undefined;
  const start = Date.parse(iso);
  if (!Number.isFinite(start)) throw new Error(`--clock: not an ISO instant: ${iso}`);
  const origin = Date.now();
  return () => start + (Date.now() - origin);
}

function readSeeds(files: readonly string[]): BusinessInput[] {
  return files.flatMap((file) => {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as BusinessInput | BusinessInput[];
    return Array.isArray(parsed) ? parsed : [parsed];
  });
}

function staticMounts(list: readonly string[]): { urlPath: string; dir: string }[] {
  return list.map((entry) => {
    const [dir = '', urlPath = '/'] = entry.split('=');
    return { dir, urlPath };
  });
}

async function withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(databaseOptions());
  try {
    await migrate(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  if (command === 'migrate') {
    await withDatabase(async (db) => {
      log.info('migrated', { versions: await migrate(db) });
    });
    return;
  }
  if (command === 'create-admin') {
    const email = values.email ?? env.ADMIN_EMAIL;
    const password = values.password ?? env.ADMIN_PASSWORD;
    if (!email || !password) throw new Error('create-admin needs --email and --password');
    const result = await withDatabase((db) =>
      createAdmin(db, {
        email,
        password,
        ...(values.name ? { displayName: values.name } : {}),
        ...(values.business ? { businessId: values.business } : {}),
      }),
    );
    log.info(result.created ? 'administrator created' : 'administrator updated', {
      email: result.user.email,
      businessId: result.businessId,
      staffMemberId: result.staffMemberId,
    });
    return;
  }
  if (command !== 'serve') throw new Error(`unknown command: ${command} (try --help)`);

  const db = await openDatabase(databaseOptions());
  await migrate(db);
  // The seed is the first run's: once the database has a business, edits made since win.
  const empty = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM businesses'))[0]?.n ?? 0) === 0;
  const seedFiles = values.seed ?? (env.SEED_FILE ? env.SEED_FILE.split(',') : []);
  const seed = empty ? readSeeds(seedFiles) : [];
  const now = clockFrom(values.clock ?? env.CLOCK);
  const rateLimitOff = values['no-rate-limit'] === true || env.RATE_LIMIT === 'off';
  const corsOrigins =
    values['cors-origin'] ?? (env.CORS_ORIGINS ? env.CORS_ORIGINS.split(',').map((s) => s.trim()) : []);
  const frameAncestors = parseFrameAncestors(
    values['frame-ancestors'] ?? (env.FRAME_ANCESTORS ? [env.FRAME_ANCESTORS] : []),
  );
  const defaultMeetingProvider = meetingProvider();
  const sms = smsProvider();
  const options: ServerOptions = {
    database: db,
    ...(defaultMeetingProvider ? { defaultMeetingProvider } : {}),
    ...(sms ? { sms } : {}),
    ...(env.WEBHOOK_ALLOW_HOSTS ? { webhookFetch: { allowHosts: parseAllowHosts(env.WEBHOOK_ALLOW_HOSTS) } } : {}),
    ...(env.DELIVERY_MAX_ATTEMPTS ? { deliveryMaxAttempts: Number(env.DELIVERY_MAX_ATTEMPTS) } : {}),
    ...(env.EMAIL_MAX_ATTEMPTS ? { emailMaxAttempts: Number(env.EMAIL_MAX_ATTEMPTS) } : {}),
    ...(env.OUTBOX_LEASE_SECONDS ? { outboxLeaseMs: Number(env.OUTBOX_LEASE_SECONDS) * 1000 } : {}),
    seed,
    logger: log,
    corsOrigins,
    frameAncestors,
    static: staticMounts(values.static ?? (env.STATIC_DIRS ? env.STATIC_DIRS.split(',') : [])),
    ...(rateLimitOff ? { rateLimits: false } : {}),
    ...(now ? { now } : {}),
    ...((values['base-path'] ?? env.BASE_PATH) ? { basePath: values['base-path'] ?? env.BASE_PATH } : {}),
    ...((values['manage-url'] ?? env.MANAGE_URL) ? { manageUrl: values['manage-url'] ?? env.MANAGE_URL } : {}),
    ...((values['trust-proxy'] ?? env.TRUST_PROXY)
      ? { trustProxy: Number(values['trust-proxy'] ?? env.TRUST_PROXY) }
      : {}),
    ...(env.SMTP_URL ? { smtpUrl: env.SMTP_URL } : {}),
    ...(env.CALENDAR_SECRET ? { calendarSecret: env.CALENDAR_SECRET } : {}),
    ...(env.CALENDAR_SYNC_INTERVAL ? { calendarSyncIntervalMs: Number(env.CALENDAR_SYNC_INTERVAL) * 1000 } : {}),
    ...(env.CALENDAR_ALLOW_HOSTS ? { calendarFetch: { allowHosts: parseAllowHosts(env.CALENDAR_ALLOW_HOSTS) } } : {}),
    ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL } : {}),
    ...(env.SMTP_FROM ? { mailFrom: env.SMTP_FROM } : {}),
    ...(env.DEFAULT_BUSINESS ? { defaultBusinessId: env.DEFAULT_BUSINESS } : {}),
    ...(values['outbox-interval'] ? { outboxIntervalMs: Number(values['outbox-interval']) } : {}),
  };
  const server = await createServer(options);

  if (empty && seed.length > 0) log.info('sample data seeded', { businesses: seed.map((b) => b.id) });
  // First run with ADMIN_EMAIL/ADMIN_PASSWORD (containers): the first administrator, once.
  if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD && (await server.auth.countUsers()) === 0) {
    const r = await createAdmin(db, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD });
    log.info('administrator created', { email: r.user.email, businessId: r.businessId });
  }
  const demoPassword = values['demo-password'] ?? env.DEMO_PASSWORD;
  if (demoPassword && (await server.auth.countUsers()) === 0) {
    const emails = seed.flatMap((b) =>
      (b.staffMembers ?? []).flatMap((s) => (s.emailAddress && s.role !== 'guest' ? [s.emailAddress] : [])),
    );
    for (const email of [...new Set(emails)]) await server.auth.setPassword(email, demoPassword);
    // The password is the operator's to know (they gave it); it is never written to the log.
    log.info('demo sign-ins created', { emails });
  }

  const port = Number(values.port ?? env.PORT ?? 8787);
  const host = values.host ?? env.HOST ?? '127.0.0.1';
  await server.listen(port, host);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    server
      .close()
      .then(() => db.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          log.error('shutdown failed', { error });
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof DataDirInUseError) {
    // Said plainly on stderr too: this is what an operator starting a second copy needs to read.
    process.stderr.write(`booking-elements server: ${error.message}\n`);
    log.error('failed to start: the data folder is in use', {
      dataDir: error.dataDir,
      pid: error.holder.pid,
      hostname: error.holder.hostname,
      startedAt: error.holder.startedAt,
    });
    process.exit(2);
  }
  log.error('failed to start', { error });
  process.exit(1);
});
