// The demo clinic starts with something in it (issue 14): `npm start`'s first run seeds sample
// appointments, customers and staff time off around today (demo/server), through the booking rules,
// the same for the same day. Here on the in-memory reference adapter (the rules alone) and on
// PGlite (what `npm start` runs: seeded once, then kept).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ReferenceAdapter } from '../../src/adapters/reference/reference-adapter.js';
import { addDays, wallToEpoch } from '../../src/core/index.js';
import type { BusinessInput } from '../../src/schemas/business.js';
import { Auth } from '../../src/server/auth.js';
import { openDatabase } from '../../src/server/database.js';
import { sampleRandom, seedSampleData, SAMPLE_CUSTOMERS } from '../../demo/server/sample-data.js';
import { dayIn, seedDemoDatabase } from '../../demo/server/seed.js';

const root = process.cwd();
const contoso = JSON.parse(readFileSync(join(root, 'demo/data/contoso.json'), 'utf8')) as BusinessInput;
const ZONE = contoso.businessTimeZone;
const iso = (ms: number) => new Date(ms).toISOString();

async function seedInMemory(today: string) {
  const clock = { now: 0 };
  const adapter = new ReferenceAdapter({
    config: contoso,
    storage: 'memory',
    now: () => clock.now,
    random: sampleRandom(`booking-elements assignment ${today}`),
  });
  const summary = await seedSampleData(
    { customer: adapter, staff: (id) => adapter.asStaff(id), clock },
    { today, zone: ZONE },
  );
  // Looked at afterwards, as the back office would on that day.
  clock.now = wallToEpoch(today, 12 * 60, ZONE);
  const admin = adapter.asStaff('anna');
  const range = {
    start: iso(wallToEpoch(addDays(today, -15), 0, ZONE)),
    end: iso(wallToEpoch(addDays(today, 16), 0, ZONE)),
  };
  const appointments = await admin.listAppointments({ ...range, includeCancelled: true });
  return { adapter, admin, summary, appointments, range };
}

/** What one appointment is, without its random id and timestamps of writing. */
const shape = (a: {
  start: string;
  serviceId: string;
  staffMemberId: string;
  status: string;
  customer: { name: string };
}) => `${a.start} ${a.serviceId} ${a.staffMemberId} ${a.status} ${a.customer.name}`;

describe('the demo clinic’s sample data', () => {
  it('fills the calendar before and after today, through the rules', async () => {
    const today = '2026-11-30';
    const { admin, summary, appointments, range } = await seedInMemory(today);
    const noon = wallToEpoch(today, 12 * 60, ZONE);
    const booked = appointments.filter((a) => a.status === 'booked');
    const past = booked.filter((a) => Date.parse(a.start) < noon);
    const future = booked.filter((a) => Date.parse(a.start) >= noon);
    assert.ok(past.length >= 20, `past appointments for the reports: ${past.length}`);
    assert.ok(future.length >= 10, `upcoming appointments for the calendar: ${future.length}`);
    assert.ok(
      booked.some((a) => a.start.startsWith(today) || dayIn(ZONE, Date.parse(a.start)) === today),
      'today has appointments',
    );
    assert.equal(appointments.length, summary.appointments, 'every booking the summary counts is stored');
    assert.ok(summary.cancelled >= 1 && summary.rescheduled >= 1 && summary.byStaff >= 1, JSON.stringify(summary));
    assert.equal(appointments.filter((a) => a.status === 'cancelled').length, summary.cancelled);
    assert.ok(
      appointments.some((a) => a.createdBy === 'staff') && appointments.some((a) => a.createdBy === 'customer'),
    );
    assert.ok(
      appointments.every(
        (a) =>
          Date.parse(a.start) >= wallToEpoch(addDays(today, -14), 0, ZONE) &&
          Date.parse(a.start) < wallToEpoch(addDays(today, 16), 0, ZONE),
      ),
      'within two weeks of today (a moved booking one day more)',
    );
    // Booked through the rules: none of them is outside what the rules allow now.
    assert.deepEqual(await admin.listAppointmentsOutsideRules(range), []);
    // Every class session keeps within its seats, and no staff member is in two places at once.
    for (const a of booked) assert.ok(a.attendeeCount <= a.maximumAttendeesCount);

    const customers = await admin.listCustomers({});
    assert.ok(customers.length >= 10, `customers: ${customers.length}`);
    assert.ok(customers.every((c) => SAMPLE_CUSTOMERS.some((s) => s.name === c.name)));
    assert.ok(customers.some((c) => c.lastStart !== undefined) && customers.some((c) => c.nextStart !== undefined));

    const outbox = await admin.listOutbox({});
    assert.ok(outbox.length >= summary.appointments, `confirmations and notices in the outbox: ${outbox.length}`);
    const report = await admin.exportReport({ format: 'csv' });
    assert.ok(report.rowCount >= past.length, `the report lists the past bookings: ${report.rowCount}`);

    const timeOff = (await admin.listTimeOff({})).filter((t) => !t.rrule);
    const titles = ['Course: gum care', 'Board meeting', 'Holiday'];
    for (const title of titles)
      assert.ok(
        timeOff.some((t) => t.title === title),
        `time off "${title}"`,
      );
    const dated = timeOff.filter((t) => titles.includes(t.title ?? ''));
    assert.ok(
      dated.some((t) => Date.parse(t.end) < noon) && dated.some((t) => Date.parse(t.start) > noon),
      'time off behind and ahead',
    );
  });

  it('is the same for the same day, and moves with the day', async () => {
    const first = await seedInMemory('2026-11-30');
    const again = await seedInMemory('2026-11-30');
    assert.deepEqual(again.appointments.map(shape).sort(), first.appointments.map(shape).sort());
    assert.deepEqual(again.summary, first.summary);

    const later = await seedInMemory('2027-03-10');
    assert.ok(later.appointments.length > 0);
    assert.ok(
      later.appointments.every((a) => a.start >= '2027-02-23'),
      'around the other day',
    );
    assert.notDeepEqual(later.appointments.map(shape), first.appointments.map(shape));
  });
});

describe('npm start’s first run (demo/server/seed.ts) on PGlite', () => {
  it('seeds a new database once, with the demo sign-ins, and keeps it afterwards', async () => {
    const db = await openDatabase({});
    try {
      const options = {
        config: contoso,
        today: '2026-11-30',
        demoPassword: 'demo-password',
        manageUrl: 'http://127.0.0.1:8787/manage.html',
      };
      const first = await seedDemoDatabase(db, options);
      assert.ok(first.seeded && first.summary.appointments >= 30, JSON.stringify(first));
      const count = async () => Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM appointments'))[0]?.n);
      const stored = await count();
      assert.equal(stored, first.summary.appointments);
      const links = await db.query<{ doc: unknown }>('SELECT doc FROM outbox LIMIT 50');
      assert.ok(
        links.some((row) => JSON.stringify(row.doc).includes('http://127.0.0.1:8787/manage.html#appointment=')),
        'confirmations link to the demo’s manage page',
      );

      const auth = new Auth(db, { now: () => Date.now() });
      const { session } = await auth.signIn('anna@contoso.example', 'demo-password', '127.0.0.1');
      assert.equal(session.user.email, 'anna@contoso.example');

      assert.deepEqual(await seedDemoDatabase(db, options), { seeded: false });
      assert.equal(await count(), stored, 'a second start adds nothing');
    } finally {
      await db.close();
    }
  });
});
