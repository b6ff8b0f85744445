// Shared by the server tests: a database per test file (PGlite in memory, or a schema of its own
// on the PostgreSQL server DATABASE_URL names), and the adapter contract against a running server.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { HttpAdapter } from '../../src/adapters/http/http-adapter.js';
import type { ContractAdapter, ContractOptions } from '../../src/testing/contract.js';
import { runAdapterContract } from '../../src/testing/contract.js';
import { openDatabase, type Database } from '../../src/server/database.js';
import { migrate } from '../../src/server/migrations.js';
import { jsonLogger, silentLogger } from '../../src/server/log.js';
import { createServer, type BookingServer, type ServerOptions } from '../../src/server/server.js';
import { contractConfig } from '../../src/testing/fixture.js';

export const DATABASE_URL = process.env.DATABASE_URL;
export const NO_POSTGRES =
  'DATABASE_URL is not set: PostgreSQL tests skipped (eval "$(bash tools/ci-postgres.sh)" starts one)';

export const TABLES = [
  'businesses',
  'appointments',
  'holds',
  'idempotency',
  'outbox',
  'staff_sessions',
  'staff_users',
  'sign_in_failures',
  'calendar_connections',
  'calendar_feeds',
  'customers',
  'audit_log',
  'waitlist',
  'last_assigned',
];

/** A fresh schema name per test file, so files sharing one PostgreSQL database never see each other. */
export function testSchema(prefix: string): string {
  return `${prefix}_${randomBytes(4).toString('hex')}`;
}

export async function openTestDatabase(kind: 'pglite' | 'postgres', schema?: string): Promise<Database> {
  const db =
    kind === 'pglite'
      ? await openDatabase({})
      : await openDatabase({ url: DATABASE_URL ?? '', schema: schema ?? testSchema('t') });
  await migrate(db);
  return db;
}

export async function truncate(db: Database): Promise<void> {
  await db.query(`TRUNCATE ${TABLES.join(', ')}`);
}

/**
 * Servers a test file starts on its database: the contract clinic, the test's clock, no background
 * workers or rate limits, silent logs, listening on a port chosen at run time. `stopAll()` in
 * `beforeEach`/`after` closes them.
 */
export class TestServers {
  readonly running: BookingServer[] = [];

  constructor(
    private readonly database: () => Database,
    private readonly now: () => number,
  ) {}

  async start(options: Partial<ServerOptions> = {}): Promise<{ server: BookingServer; url: string; api: string }> {
    const server = await createServer({
      database: this.database(),
      seed: contractConfig(),
      now: this.now,
      random: () => 0.5,
      logger: silentLogger,
      outboxIntervalMs: 0,
      rateLimits: false,
      ...options,
    });
    this.running.push(server);
    const { url } = await server.listen(0);
    return { server, url, api: `${url}/api` };
  }

  async stopAll(): Promise<void> {
    while (this.running.length > 0) await this.running.pop()?.close(500);
  }
}

/** Test tokens name the staff member (and business) they act for, like the msw contract run. */
function staffToken(staffMemberId: string, businessId?: string): string {
  return businessId === undefined ? `staff.${staffMemberId}` : `staff.${staffMemberId}.${businessId}`;
}

/** The adapter contract: HttpAdapter → HTTP on loopback → createServer → PostgresStore → `db`. */
export function runServerContract(
  name: string,
  database: () => Database,
  describe: ContractOptions['describe'],
  it: ContractOptions['it'],
): void {
  const servers = new Map<ContractAdapter, BookingServer>();
  runAdapterContract({
    name,
    describe,
    it,
    createAdapter: async ({ config, now, personalCalendar, signedInUser }) => {
      const db = database();
      await truncate(db);
      const server: BookingServer = await createServer({
        database: db,
        seed: config,
        now,
        random: () => 0.5,
        rateLimits: false,
        logger: process.env.SERVER_TEST_LOG ? jsonLogger({ level: 'warn' }) : silentLogger,
        outboxIntervalMs: 0,
        // The contract's SMS checks need a server that can send text messages (never polled here).
        sms: { name: 'contract', send: () => Promise.resolve({}) },
        ...(personalCalendar ? { personalCalendar } : {}),
        customerUser: () => signedInUser,
        authenticate: (token) => {
          const m = /^staff\.([\w-]+)(?:\.([\w-]+))?$/.exec(token);
          if (!m?.[1]) return Promise.resolve(undefined);
          return Promise.resolve(server.adapter.asStaff(m[1], m[2] === undefined ? {} : { businessId: m[2] }));
        },
      });
      const { url } = await server.listen(0);
      const baseUrl = `${url}/api`;
      const customer = new HttpAdapter({ baseUrl, retry: { retries: 0 } });
      const adapter = Object.assign(customer, {
        asStaff: (staffMemberId: string, options: { businessId?: string } = {}) =>
          new HttpAdapter({
            baseUrl,
            retry: { retries: 0 },
            getAuthToken: () => staffToken(staffMemberId, options.businessId),
          }),
      }) satisfies ContractAdapter;
      servers.set(adapter, server);
      return adapter;
    },
    disposeAdapter: async (adapter) => {
      await servers.get(adapter)?.close(1000);
      servers.delete(adapter);
    },
  });
}

// ------------------------------------------------------------------ server processes

const root = new URL('../..', import.meta.url).pathname;
let built: string | undefined;

/** Bundles the CLI once (tools/server.mjs build) and returns the file `node` runs. */
export function cliPath(): string {
  if (built) return built;
  const r = spawnSync(process.execPath, ['tools/server.mjs', 'build-cli'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the server CLI failed: ${r.stderr}`);
  built = r.stdout.trim().split('\n').pop() ?? '';
  return built;
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  lines: string[];
  exited: Promise<number | null>;
}

/** Starts `node cli.mjs serve …` and resolves once it logs `listening`. */
export function startServerProcess(args: readonly string[], env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [cliPath(), 'serve', '--port', '0', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${lines.join('\n')}`)), 60_000);
    child.stderr?.on('data', (d: Buffer) => lines.push(d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      buffer += d.toString();
      let i;
      while ((i = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 1);
        lines.push(line);
        try {
          const record = JSON.parse(line) as { msg?: string; url?: string };
          if (record.msg === 'listening' && record.url) {
            clearTimeout(timer);
            resolve({ child, url: record.url, lines, exited });
          }
        } catch {
          // not a log line
        }
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${lines.join('\n')}`));
    });
  });
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

/**
 * A small business for the server's load, crash, cost and concurrency tests: open `hours` UTC
 * (06:00–22:00 unless said) on `days` (weekdays unless said), a 30-minute grid with no lead time,
 * published, `staff` as bookable
 * team members (with an e-mail address at `emailDomain` when given) and one 30-minute service
 * `visit` all of them give, unless `services` says otherwise. `extra` is spread over the result.
 */
export function testClinic(o: {
  id: string;
  displayName: string;
  staff: readonly string[];
  days?: readonly string[];
  hours?: readonly [string, string];
  emailDomain?: string;
  staffAssignment?: 'roundRobin' | 'leastBooked';
  services?: readonly Record<string, unknown>[];
  extra?: Record<string, unknown>;
}) {
  return {
    id: o.id,
    displayName: o.displayName,
    businessTimeZone: 'UTC',
    languageTag: 'en',
    businessHours: (o.days ?? WEEKDAYS).map((day) => ({
      day,
      timeSlots: [{ startTime: o.hours?.[0] ?? '06:00', endTime: o.hours?.[1] ?? '22:00' }],
    })),
    schedulingPolicy: {
      timeSlotInterval: 'PT30M',
      minimumLeadTime: 'PT0M',
      maximumAdvance: 'P30D',
      allowStaffSelection: true,
      sendConfirmationsToOwner: false,
      ...(o.staffAssignment ? { staffAssignment: o.staffAssignment } : {}),
    },
    bookingPageSettings: { isPublished: true, accessControl: 'unrestricted', isCustomerConsentEnabled: false },
    customQuestions: [],
    services: o.services ?? [{ id: 'visit', displayName: 'Visit', defaultDuration: 'PT30M', staffMemberIds: o.staff }],
    staffMembers: o.staff.map((id) => ({
      id,
      displayName: id.toUpperCase(),
      ...(o.emailDomain ? { emailAddress: `${id}@${o.emailDomain}` } : {}),
      role: 'teamMember',
      useBusinessHours: true,
      availabilityIsAffectedByPersonalCalendar: false,
      isBookable: true,
    })),
    ...o.extra,
  };
}
