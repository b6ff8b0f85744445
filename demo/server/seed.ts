// `npm start`'s first run (tools/start.mjs runs this, bundled, before the server): a new database
// gets the sample clinic (demo/data/contoso.json), its demo sign-ins and sample data around today
// (./sample-data.ts). A database that already holds a business is left as it is: the clinic is
// seeded once, and what was done in it since stays. (`npm start -- --fresh` deletes PGlite's folder,
// so the next start is a first run again; `--no-sample` starts the clinic without sample data.)
//
//   node seed.mjs --config demo/data/contoso.json --data-dir .tmp/server-data
//       [--manage-url URL] [--demo-password P] [--today yyyy-MM-dd]
//   DATABASE_URL (and DATABASE_SCHEMA) instead of --data-dir: a PostgreSQL server.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ReferenceAdapter } from '../../src/adapters/index.js';
import { dateOfDayNumber, isValidDate, wallToEpoch, zonedDayNumber } from '../../src/core/index.js';
import type { BusinessInput } from '../../src/schemas/business.js';
import { Auth, migrate, openDatabase, PostgresStore, type Database } from '../../src/server/index.js';
import { sampleRandom, seedSampleData, type SampleSummary } from './sample-data.js';

export interface SeedOptions {
  config: BusinessInput;
  /** The day the sample is centred on (`yyyy-MM-dd`, the business's zone). Default: today there. */
  today?: string;
  /** The customers' manage page, for the links in the sample confirmations. */
  manageUrl?: string;
  /** Sign-ins for the staff (demos only), as `--demo-password` gives the server. */
  demoPassword?: string;
}

export type SeedResult = { seeded: false } | { seeded: true; today: string; summary: SampleSummary };

/** The day `ms` falls on in `zone`. */
export function dayIn(zone: string, ms: number): string {
  return dateOfDayNumber(zonedDayNumber(ms, zone));
}

/** Seeds a new database (migrated here); does nothing to one that holds a business already. */
export async function seedDemoDatabase(db: Database, options: SeedOptions): Promise<SeedResult> {
  await migrate(db);
  const businesses = await db.query<{ n: string }>('SELECT count(*) AS n FROM businesses');
  if (Number(businesses[0]?.n ?? 0) > 0) return { seeded: false };

  const zone = options.config.businessTimeZone;
  const today = options.today ?? dayIn(zone, Date.now());
  if (!isValidDate(today)) throw new Error(`not a date (yyyy-MM-dd): ${today}`);
  // The clinic's configuration is written as the sample begins, three weeks back.
  const clock = { now: wallToEpoch(today, 9 * 60, zone) - 21 * 86_400_000 };
  const manageUrl = options.manageUrl;
  const reference = new ReferenceAdapter({
    config: [options.config],
    storage: new PostgresStore(db),
    now: () => clock.now,
    random: sampleRandom(`booking-elements assignment ${today}`),
    ...(manageUrl
      ? {
          manageLink: (i: { appointmentId: string; manageToken: string }) =>
            `${manageUrl}#appointment=${encodeURIComponent(i.appointmentId)}&token=${encodeURIComponent(i.manageToken)}`,
        }
      : {}),
  });
  await reference.getBookingPage({});
  const summary = await seedSampleData(
    { customer: reference, staff: (id) => reference.asStaff(id), clock },
    { today, zone },
  );

  if (options.demoPassword) {
    const auth = new Auth(db, { now: () => Date.now() });
    const emails = (options.config.staffMembers ?? []).flatMap((s) =>
      s.emailAddress && s.role !== 'guest' ? [s.emailAddress] : [],
    );
    for (const email of new Set(emails)) await auth.setPassword(email, options.demoPassword);
  }
  return { seeded: true, today, summary };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      config: { type: 'string' },
      'data-dir': { type: 'string' },
      'manage-url': { type: 'string' },
      'demo-password': { type: 'string' },
      today: { type: 'string' },
    },
  });
  if (!values.config) throw new Error('--config FILE is required');
  const config = JSON.parse(readFileSync(values.config, 'utf8')) as BusinessInput;
  const url = process.env.DATABASE_URL;
  const schema = process.env.DATABASE_SCHEMA;
  const db = await openDatabase(
    url ? { url, ...(schema ? { schema } : {}) } : { dataDir: values['data-dir'] ?? '.booking-data' },
  );
  try {
    const result = await seedDemoDatabase(db, {
      config,
      ...(values.today ? { today: values.today } : {}),
      ...(values['manage-url'] ? { manageUrl: values['manage-url'] } : {}),
      ...(values['demo-password'] ? { demoPassword: values['demo-password'] } : {}),
    });
    if (!result.seeded) {
      console.log('  sample data: the database already holds the clinic; kept as it is');
    } else {
      const s = result.summary;
      console.log(
        `  sample data around ${result.today}: ${s.appointments} appointments (${s.byStaff} taken by staff, ` +
          `${s.cancelled} cancelled, ${s.rescheduled} moved), ${s.timeOff} staff time off`,
      );
    }
  } finally {
    await db.close();
  }
}

// Run as a script (tools/start.mjs bundles this file alone); the test imports the functions.
if (process.argv[1]?.endsWith('demo-seed.mjs')) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
