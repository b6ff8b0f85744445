// Issue 24: the booking server's fixed cost per request. Counted, never timed: the statements and
// transactions a free-times read and a booking send to the database (each one a round trip on a
// PostgreSQL server), and that the server warms itself before it resolves, so the first request
// after a start is answered from what the store keeps (pg-store.ts RevisionCache) like a later one.
// On PGlite, and on PostgreSQL when DATABASE_URL is set.
import { deepEqual, equal, ok } from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { openDatabase, type Database, type Sql } from '../../src/server/database.js';
import { silentLogger } from '../../src/server/log.js';
import { createServer } from '../../src/server/server.js';
import { migrate } from '../../src/server/migrations.js';
import { DATABASE_URL, NO_POSTGRES, openTestDatabase, testClinic, testSchema } from './server-harness.js';

const NOW = Date.parse('2026-03-02T06:00:00Z');
const BUSINESS = `cost${randomBytes(3).toString('hex')}`;

function business() {
  return testClinic({
    id: BUSINESS,
    displayName: 'Cost Clinic',
    staff: ['s0', 's1', 's2'],
    hours: ['08:00', '16:00'],
    emailDomain: 'example.com',
    staffAssignment: 'leastBooked',
    services: [
      {
        id: 'visit',
        displayName: 'Visit',
        defaultDuration: 'PT30M',
        postBuffer: 'PT10M',
        staffMemberIds: ['s0', 's1', 's2'],
        maximumAttendeesCount: 1,
      },
    ],
    extra: { timeOff: [] },
  });
}

interface Statement {
  text: string;
  params: readonly unknown[];
  /** Run inside a transaction (`transaction()`), not on its own. */
  inTransaction: boolean;
}

/** `db`, writing down every statement and transaction while `recording` is on. */
class CountingDatabase implements Database {
  readonly kind: Database['kind'];
  recording = false;
  statements: Statement[] = [];
  transactions = 0;

  constructor(private readonly inner: Database) {
    this.kind = inner.kind;
  }

  private note(text: string, params: readonly unknown[] | undefined, inTransaction: boolean): void {
    if (this.recording) this.statements.push({ text, params: params ?? [], inTransaction });
  }

  query<R extends object>(text: string, params?: readonly unknown[]): Promise<R[]> {
    this.note(text, params, false);
    return this.inner.query<R>(text, params);
  }

  transaction<T>(mode: 'readonly' | 'readwrite', fn: (sql: Sql) => Promise<T>): Promise<T> {
    if (this.recording) this.transactions++;
    return this.inner.transaction(mode, (sql) =>
      fn({
        query: <R extends object>(text: string, params?: readonly unknown[]) => {
          this.note(text, params, true);
          return sql.query<R>(text, params);
        },
      }),
    );
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  /** What `fn` sends to the database. */
  async record<T>(fn: () => Promise<T>): Promise<{ result: T; statements: Statement[]; transactions: number }> {
    this.statements = [];
    this.transactions = 0;
    this.recording = true;
    try {
      const result = await fn();
      return { result, statements: this.statements, transactions: this.transactions };
    } finally {
      this.recording = false;
    }
  }
}

const iso = (ms: number) => new Date(ms).toISOString();
const DAY_MS = 86_400_000;

function runOn(kind: 'pglite' | 'postgres'): void {
  let inner: Database;
  let db: CountingDatabase;
  let server: Awaited<ReturnType<typeof createServer>>;
  const api = `http://cost.test/api/businesses/${BUSINESS}`;
  const availability = (fromMs: number, toMs: number) =>
    server.fetch(
      new Request(
        `${api}/availability?${new URLSearchParams({ serviceId: 'visit', start: iso(fromMs), end: iso(toMs) }).toString()}`,
      ),
    );
  let bookings = 0;
  const book = (start: string) =>
    server.fetch(
      new Request(`${api}/appointments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `cost-${kind}-${bookings++}` },
        body: JSON.stringify({
          serviceId: 'visit',
          start,
          customer: { name: 'Ada', emailAddress: `ada${bookings}@example.com`, timeZone: 'UTC' },
        }),
      }),
    );

  before(async () => {
    inner = await openTestDatabase(kind);
    db = new CountingDatabase(inner);
    // What createServer does before it resolves is recorded too: the warm-up's reads.
    db.recording = true;
    server = await createServer({
      database: db,
      seed: [business()] as never,
      now: () => NOW,
      random: () => 0.5,
      logger: silentLogger,
      outboxIntervalMs: 0,
      calendarSyncIntervalMs: 0,
      rateLimits: false,
    });
    db.recording = false;
  });

  after(async () => {
    await server?.close();
    if (kind === 'postgres') {
      const [row] = await inner.query<{ s: string }>('SELECT current_schema() AS s');
      await inner.query(`DROP SCHEMA ${row.s} CASCADE`);
    }
    await inner?.close();
  });

  const busyReads = (statements: readonly Statement[]) =>
    statements.filter((s) => s.text.includes('FROM busy_revisions WHERE business_id = $1), 0) AS rev'));

  it('createServer reads the free times of its default business before it resolves: the first request after the start finds them kept', async () => {
    const { result, statements } = await db.record(() => availability(NOW, NOW + 14 * DAY_MS));
    equal(result.status, 200);
    ok(((await result.json()) as unknown[]).length > 0);
    const reads = busyReads(statements);
    equal(reads.length, 1);
    // The revision it holds ($4; -1 when it holds none): the database sends no busy time back unless it moved.
    ok(
      Number(reads[0].params[3]) >= 0,
      `the first read after the start held no revision: ${String(reads[0].params[3])}`,
    );
  });

  it('a free-times read is two statements and no transaction: the business (by revision), then busy time and holds', async () => {
    await (await availability(NOW, NOW + 14 * DAY_MS)).arrayBuffer();
    const { result, statements, transactions } = await db.record(() => availability(NOW, NOW + 28 * DAY_MS));
    equal(result.status, 200);
    equal(transactions, 0);
    equal(statements.length, 2, statements.map((s) => s.text).join('\n'));
    ok(statements[0].text.includes('FROM businesses WHERE id = $1'));
    ok(busyReads(statements).length === 1 && statements[1].text.includes('FROM holds'));
  });

  it('a booking is one transaction of five statements: locks, key with business, busy time with holds and R9 history, customer, then every write with the revision', async () => {
    const free = (await (await availability(NOW, NOW + 7 * DAY_MS)).json()) as { start: string }[];
    const { result, statements, transactions } = await db.record(() => book(free[3].start));
    equal(result.status, 201, await result.clone().text());
    equal(transactions, 1);
    const inside = statements.filter((s) => s.inTransaction);
    const outside = statements.filter((s) => !s.inTransaction);
    // Before it: the business, the idempotency key, the pre-check and the calendars written to, one statement each.
    equal(outside.length, 4, outside.map((s) => s.text).join('\n'));
    const listing = `${inside.length} statements in the booking's transaction:\n${inside.map((s) => s.text).join('\n')}`;
    equal(inside.length, 5, listing);
    ok(inside[0].text.includes('pg_advisory_xact_lock'), listing);
    // The idempotency key and the business document (by revision): one statement.
    ok(inside[1].text.includes('FROM idempotency WHERE id = $1'), listing);
    ok(inside[1].text.includes('LEFT JOIN businesses b ON b.id = $2'), listing);
    equal(inside.filter((s) => s.text.includes('businesses')).length, 1, listing);
    // Busy time (by revision), the span's holds and R9's history of the business: one statement.
    deepEqual(busyReads(inside), [inside[2]], listing);
    ok(inside[2].text.includes('FROM holds') && inside[2].text.includes('FROM last_assigned'), listing);
    ok(inside[3].text.includes('FROM customers'), listing);
    // The customer record, the appointment, its key, its messages, R9's history and the busy-time revision.
    const writes = inside[4].text;
    for (const table of ['customers', 'appointments', 'idempotency', 'outbox', 'last_assigned']) {
      ok(writes.includes(`INSERT INTO ${table} `), `${table} not written by the last statement:\n${writes}`);
    }
    ok(writes.includes('UPDATE busy_revisions'), writes);
  });

  it("the booking's own revision is the one kept: the next reads send no busy time back, and the trigger moved it no further", async () => {
    const free = (await (await availability(NOW, NOW + 7 * DAY_MS)).json()) as { start: string }[];
    const [{ rev: before }] = await inner.query<{ rev: number }>(
      'SELECT rev::float8 AS rev FROM busy_revisions WHERE business_id = $1',
      [BUSINESS],
    );
    const booked = await db.record(() => book(free[4].start));
    equal(booked.result.status, 201);
    const [{ rev: after }] = await inner.query<{ rev: number }>(
      'SELECT rev::float8 AS rev FROM busy_revisions WHERE business_id = $1',
      [BUSINESS],
    );
    ok(Number(after) > Number(before));
    // The revision the booking's last statement set is the one committed: one bump, not a second at commit.
    const [bump] = booked.statements.filter((s) => s.text.includes('UPDATE busy_revisions'));
    ok(bump, 'no bump in the booking');
    const { result, statements } = await db.record(() => availability(NOW, NOW + 7 * DAY_MS));
    equal(result.status, 200);
    await result.arrayBuffer();
    const [read] = busyReads(statements);
    // The free-times read holds the committed revision, so the database sent no busy time.
    equal(Number(read.params[3]), Number(after));
  });

  it('the answers are what they were: a booked start is no longer offered, a replayed key answers with the first booking', async () => {
    const before = (await (await availability(NOW, NOW + 7 * DAY_MS)).json()) as {
      start: string;
      staffMemberIds: string[];
    }[];
    const slot = before[5];
    bookings = 100;
    const first = await book(slot.start);
    equal(first.status, 201);
    const firstBody = (await first.json()) as { appointment: { id: string } };
    bookings = 100; // the same idempotency key again
    const again = await book(slot.start);
    equal(again.status, 201);
    deepEqual(((await again.json()) as { appointment: { id: string } }).appointment.id, firstBody.appointment.id);
    const after = (await (await availability(NOW, NOW + 7 * DAY_MS)).json()) as typeof before;
    const now = after.find((s) => s.start === slot.start);
    deepEqual(now?.staffMemberIds.length ?? 0, slot.staffMemberIds.length - 1);
  });
}

/**
 * On PostgreSQL each connection parses and plans a statement once (database.ts `StatementNames`):
 * what one connection has prepared after running a statement twice, with and without the option.
 */
function preparedOn(): void {
  const prepared = async (preparedStatements: boolean) => {
    const schema = testSchema('p');
    const db = await openDatabase({ url: DATABASE_URL ?? '', schema, poolSize: 1, preparedStatements });
    try {
      await migrate(db);
      for (let i = 0; i < 2; i++) {
        await db.query('SELECT doc FROM businesses WHERE id = $1', ['nobody']);
        await db.transaction('readwrite', (sql) =>
          sql.query('SELECT * FROM calendar_connections WHERE business_id = $1 AND staff_member_id = $2', ['a', 'b']),
        );
      }
      const rows = await db.query<{ statement: string }>(
        "SELECT statement FROM pg_prepared_statements WHERE name LIKE 'booking_elements_%' ORDER BY statement",
      );
      return rows.map((r) => r.statement);
    } finally {
      await db.query(`DROP SCHEMA ${schema} CASCADE`);
      await db.close();
    }
  };

  it("statements with parameters are prepared once per connection, except those reading a table's columns (SELECT *)", async () => {
    const statements = await prepared(true);
    ok(statements.includes('SELECT doc FROM businesses WHERE id = $1'), statements.join('\n'));
    ok(!statements.some((s) => s.includes('calendar_connections')), statements.join('\n'));
  });

  it('preparedStatements: false prepares none (a proxy pooling per transaction)', async () => {
    deepEqual(await prepared(false), []);
  });
}

describe('server cost per request on PGlite (issue 24)', () => runOn('pglite'));
if (DATABASE_URL) describe('server cost per request on PostgreSQL (issue 24)', () => runOn('postgres'));
else describe('server cost per request on PostgreSQL (issue 24)', { skip: NO_POSTGRES }, () => undefined);
if (DATABASE_URL) describe('prepared statements on PostgreSQL (issue 24)', preparedOn);
else describe('prepared statements on PostgreSQL (issue 24)', { skip: NO_POSTGRES }, () => undefined);
