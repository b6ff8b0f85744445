/**
 * The schema, as numbered migrations applied in order at start-up. A migration is never edited
 * once released: change the schema with a new one. Several nodes starting at once take turns
 * (an advisory lock), and each migration runs in the transaction that records it.
 *
 * Records are kept as JSON documents (`doc`, the backend's store records) with the
 * columns the database must reason about generated from them, so the document stays the one
 * source of truth and the constraints see exactly what the rules saw:
 * - `appointments_no_overlap` (btree_gist): two booked appointments of one staff member whose
 *   intervals *including buffers* overlap cannot both exist, unless they are seats of the same
 *   class session (R8: same service and start). This is R4/R11 enforced by the database itself.
 * - the primary key of `idempotency` (`business:sha256(key)`) makes a key book at most once (R11).
 * - holds carry their expiry; expired ones are ignored by the rules and swept.
 */
import { withoutControlCharacters } from '../schemas/fields-extra.js';
import type { Database, Sql } from './database.js';

export interface Migration {
  version: number;
  name: string;
  /** Statements, run in order. */
  sql: string;
  /** Then this, in the same transaction: a migration of data that SQL alone cannot express. */
  run?: (sql: Sql) => Promise<void>;
}

/** Stored strings that may span lines (the schemas' multi-line fields, and generated message texts). */
const MULTI_LINE_KEYS = new Set([
  'notes',
  'description',
  'message',
  'customerConsentMessage',
  'answer',
  'cancellationMessage',
  'body',
  'ics',
]);

/**
 * A stored string as today's schemas would have taken it: NUL and the other C0/C1 controls and
 * DEL removed, lone surrogates replaced by U+FFFD, and in one-line fields tab, line breaks and
 * U+2028/U+2029 turned into a space. Multi-line fields keep tab, CR and LF.
 */
export function cleanStoredText(value: string, multiline: boolean): string {
  return withoutControlCharacters(value, multiline);
}

/** `doc` with every string cleaned by `cleanStoredText` (the key decides which kind); `changed` says whether any was. */
function cleanDocument(doc: unknown): { doc: unknown; changed: boolean } {
  let changed = false;
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') {
      const clean = cleanStoredText(value, MULTI_LINE_KEYS.has(key));
      if (clean !== value) changed = true;
      return clean;
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  const cleaned = walk(doc, '');
  return { doc: cleaned, changed };
}

/**
 * Migration 3: documents stored before text fields refused control characters. A `\u0000` in a
 * `json` document makes PostgreSQL's JSON operators fail on the whole document, so one service
 * named "Clean\u0000" failed every sign-in (a query over all businesses) and that business's
 * bookings. Only rows whose text can hold such a character are read; each is parsed here, cleaned
 * and written back when something changed.
 */
async function cleanControlCharacters(sql: Sql): Promise<void> {
  // A JSON escape (\u…, \t, \n, \r, \b, \f), or DEL/C1/U+2028/U+2029 written raw.
  const suspect = `doc::text ~ '\\\\[ubfnrt]|[\u007f-\u009f\u2028\u2029]'`;
  for (const table of ['businesses', 'appointments', 'holds', 'idempotency', 'outbox']) {
    const rows = await sql.query<{ id: string; doc: string }>(
      `SELECT id, doc::text AS doc FROM ${table} WHERE ${suspect}`,
    );
    for (const row of rows) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(row.doc);
      } catch {
        continue;
      }
      const { doc, changed } = cleanDocument(parsed);
      if (changed) await sql.query(`UPDATE ${table} SET doc = $2::json WHERE id = $1`, [row.id, JSON.stringify(doc)]);
    }
  }
  await sql.query(
    `UPDATE staff_users SET display_name = regexp_replace(display_name, '[\u0001-\u001f\u007f-\u009f]', ' ', 'g')
     WHERE display_name ~ '[\u0001-\u001f\u007f-\u009f]'`,
  );
  // A text column cannot hold NUL; the other controls end up in a calendar's address and names.
  for (const column of ['address', 'user_name', 'calendar_name']) {
    await sql.query(
      `UPDATE calendar_connections SET ${column} = regexp_replace(${column}, '[\u0001-\u001f\u007f-\u009f]', ' ', 'g')
       WHERE ${column} ~ '[\u0001-\u001f\u007f-\u009f]'`,
    );
  }
}

/** text columns compare byte-wise ("C"), as IndexedDB compares keys, so range scans agree across stores. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'store, accounts and delivery',
    sql: `
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE businesses (
  id text COLLATE "C" PRIMARY KEY,
  doc json NOT NULL
);

CREATE TABLE appointments (
  id text COLLATE "C" PRIMARY KEY,
  doc json NOT NULL,
  business_id text COLLATE "C" GENERATED ALWAYS AS (doc->>'businessId') STORED NOT NULL,
  staff_member_id text COLLATE "C" GENERATED ALWAYS AS (doc->>'staffMemberId') STORED NOT NULL,
  service_id text COLLATE "C" GENERATED ALWAYS AS (doc->>'serviceId') STORED NOT NULL,
  start_ms bigint GENERATED ALWAYS AS ((doc->>'startMs')::bigint) STORED NOT NULL,
  end_ms bigint GENERATED ALWAYS AS ((doc->>'endMs')::bigint) STORED NOT NULL,
  status text GENERATED ALWAYS AS (doc->>'status') STORED NOT NULL,
  busy tstzrange GENERATED ALWAYS AS (tstzrange(
    to_timestamp(((doc->>'startMs')::bigint - coalesce((doc->>'preBufferMs')::bigint, 0)) / 1000.0),
    to_timestamp(((doc->>'endMs')::bigint + coalesce((doc->>'postBufferMs')::bigint, 0)) / 1000.0),
    '[)')) STORED,
  -- Seats of one class session share a key; every one-to-one appointment has its own.
  session_key text COLLATE "C" GENERATED ALWAYS AS (
    CASE WHEN coalesce((doc->>'maximumAttendeesCount')::int, 1) > 1
      THEN (doc->>'serviceId') || '@' || (doc->>'startMs')
      ELSE id END) STORED,
  CONSTRAINT appointments_no_overlap EXCLUDE USING gist (
    business_id WITH =, staff_member_id WITH =, busy WITH &&, session_key WITH <>
  ) WHERE (status = 'booked')
);
CREATE INDEX appointments_business_start ON appointments (business_id, start_ms);
CREATE INDEX appointments_staff_start ON appointments (business_id, staff_member_id, start_ms);

CREATE TABLE holds (
  id text COLLATE "C" PRIMARY KEY,
  doc json NOT NULL,
  business_id text COLLATE "C" GENERATED ALWAYS AS (doc->>'businessId') STORED NOT NULL,
  start_ms bigint GENERATED ALWAYS AS ((doc->>'startMs')::bigint) STORED NOT NULL,
  expires_at_ms bigint GENERATED ALWAYS AS ((doc->>'expiresAtMs')::bigint) STORED NOT NULL
);
CREATE INDEX holds_business_start ON holds (business_id, start_ms);
CREATE INDEX holds_expiry ON holds (expires_at_ms);

CREATE TABLE idempotency (
  id text COLLATE "C" PRIMARY KEY,
  doc json NOT NULL,
  business_id text COLLATE "C" GENERATED ALWAYS AS (doc->>'businessId') STORED NOT NULL,
  appointment_id text COLLATE "C" GENERATED ALWAYS AS (doc->>'appointmentId') STORED NOT NULL,
  expires_at_ms bigint GENERATED ALWAYS AS ((doc->>'expiresAtMs')::bigint) STORED NOT NULL
);
CREATE INDEX idempotency_expiry ON idempotency (expires_at_ms);

CREATE TABLE outbox (
  id text COLLATE "C" PRIMARY KEY,
  doc json NOT NULL,
  business_id text COLLATE "C" GENERATED ALWAYS AS (doc->>'businessId') STORED NOT NULL,
  appointment_id text COLLATE "C" GENERATED ALWAYS AS (doc->>'appointmentId') STORED,
  due_at_ms bigint GENERATED ALWAYS AS ((doc->>'dueAtMs')::bigint) STORED NOT NULL,
  status text GENERATED ALWAYS AS (doc->>'status') STORED NOT NULL,
  channel text GENERATED ALWAYS AS (doc->>'channel') STORED NOT NULL,
  -- Delivery bookkeeping, owned by the sender and never part of the document.
  attempts int NOT NULL DEFAULT 0,
  next_attempt_at_ms bigint NOT NULL DEFAULT 0,
  lease_until_ms bigint NOT NULL DEFAULT 0,
  last_error text,
  sent_at_ms bigint
);
CREATE INDEX outbox_business_due ON outbox (business_id, due_at_ms);
CREATE INDEX outbox_appointment ON outbox (appointment_id);
CREATE INDEX outbox_deliverable ON outbox (due_at_ms) WHERE status = 'pending';

CREATE TABLE staff_users (
  id text COLLATE "C" PRIMARY KEY,
  email text NOT NULL,
  display_name text,
  password_hash text NOT NULL,
  created_at_ms bigint NOT NULL,
  updated_at_ms bigint NOT NULL
);
CREATE UNIQUE INDEX staff_users_email ON staff_users (lower(email));

CREATE TABLE staff_sessions (
  token_hash text COLLATE "C" PRIMARY KEY,
  user_id text NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
  created_at_ms bigint NOT NULL,
  expires_at_ms bigint NOT NULL
);
CREATE INDEX staff_sessions_user ON staff_sessions (user_id);
CREATE INDEX staff_sessions_expiry ON staff_sessions (expires_at_ms);

CREATE TABLE sign_in_failures (
  key text COLLATE "C" PRIMARY KEY,
  failures int NOT NULL,
  first_failure_at_ms bigint NOT NULL,
  locked_until_ms bigint NOT NULL DEFAULT 0
);
`,
  },
  {
    version: 2,
    name: 'staff calendars',
    sql: `
-- One connected calendar per staff member (R4): its source sealed with CALENDAR_SECRET, the busy
-- time of the last good sync ([[startMs, endMs], …] over coverage), and the sync bookkeeping a
-- worker on any node claims with a lease (FOR UPDATE SKIP LOCKED).
CREATE TABLE calendar_connections (
  business_id text COLLATE "C" NOT NULL,
  staff_member_id text COLLATE "C" NOT NULL,
  kind text NOT NULL,
  sealed_source text NOT NULL,
  address text NOT NULL,
  user_name text,
  calendar_name text,
  cursor json NOT NULL DEFAULT '{}',
  busy json NOT NULL DEFAULT '[]',
  coverage_start_ms bigint,
  coverage_end_ms bigint,
  event_count int,
  connected_at_ms bigint NOT NULL,
  last_synced_at_ms bigint,
  last_attempt_at_ms bigint,
  last_error text,
  failures int NOT NULL DEFAULT 0,
  next_sync_at_ms bigint NOT NULL DEFAULT 0,
  lease_until_ms bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (business_id, staff_member_id)
);
CREATE INDEX calendar_connections_due ON calendar_connections (next_sync_at_ms);

-- Each staff member's private feed of their appointments: only the token's SHA-256 is kept.
CREATE TABLE calendar_feeds (
  token_hash text COLLATE "C" PRIMARY KEY,
  business_id text COLLATE "C" NOT NULL,
  staff_member_id text COLLATE "C" NOT NULL,
  created_at_ms bigint NOT NULL
);
CREATE UNIQUE INDEX calendar_feeds_staff ON calendar_feeds (business_id, staff_member_id);

CREATE INDEX outbox_calendar_deliverable ON outbox (due_at_ms) WHERE status = 'pending' AND channel = 'calendar';
`,
  },
  {
    version: 3,
    name: 'control characters out of stored text',
    sql: '',
    run: cleanControlCharacters,
  },
  {
    version: 4,
    name: 'customer records, privacy log, appointments by customer',
    sql: `
CREATE TABLE customers (
  id text COLLATE "C" PRIMARY KEY,
  doc json NOT NULL,
  business_id text COLLATE "C" GENERATED ALWAYS AS (doc->>'businessId') STORED NOT NULL,
  email_key text COLLATE "C" GENERATED ALWAYS AS (doc->>'emailKey') STORED,
  phone_key text COLLATE "C" GENERATED ALWAYS AS (doc->>'phoneKey') STORED
);
CREATE INDEX customers_business ON customers (business_id);
CREATE INDEX customers_business_email ON customers (business_id, email_key);
CREATE INDEX customers_business_phone ON customers (business_id, phone_key);

CREATE TABLE audit_log (
  id text COLLATE "C" PRIMARY KEY,
  doc json NOT NULL,
  business_id text COLLATE "C" GENERATED ALWAYS AS (doc->>'businessId') STORED NOT NULL,
  at_ms bigint GENERATED ALWAYS AS ((doc->>'atMs')::bigint) STORED NOT NULL
);
CREATE INDEX audit_log_business_at ON audit_log (business_id, at_ms);

ALTER TABLE appointments
  ADD COLUMN customer_id text COLLATE "C" GENERATED ALWAYS AS (doc->>'customerId') STORED;
CREATE INDEX appointments_business_customer ON appointments (business_id, customer_id);
`,
  },
  {
    version: 5,
    name: 'busy-time columns and revisions',
    // What availability reads (BusyRecord, issue 24), kept in columns by the database in the same
    // statement that writes the document, so a query for free times parses no JSON. And revisions
    // (pg-store.ts's cache): a business's document and its appointments each carry a number from
    // one sequence, new on every change, never reused (a sequence ignores rollbacks), set by
    // triggers, so no writer can forget it. A node may keep what it read while the number stands.
    sql: `
ALTER TABLE appointments
  ADD COLUMN pre_buffer_ms bigint GENERATED ALWAYS AS (coalesce((doc->>'preBufferMs')::bigint, 0)) STORED,
  ADD COLUMN post_buffer_ms bigint GENERATED ALWAYS AS (coalesce((doc->>'postBufferMs')::bigint, 0)) STORED,
  ADD COLUMN approval text GENERATED ALWAYS AS (doc->>'approval') STORED,
  ADD COLUMN approval_expires_at_ms bigint GENERATED ALWAYS AS ((doc->>'approvalExpiresAtMs')::bigint) STORED;

CREATE SEQUENCE store_revision;

ALTER TABLE businesses ADD COLUMN rev bigint NOT NULL DEFAULT nextval('store_revision');
CREATE FUNCTION businesses_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.rev := nextval('store_revision');
  RETURN NEW;
END $$;
CREATE TRIGGER businesses_revision BEFORE UPDATE ON businesses
  FOR EACH ROW EXECUTE FUNCTION businesses_revision();

CREATE TABLE busy_revisions (
  business_id text COLLATE "C" PRIMARY KEY,
  rev bigint NOT NULL
);
INSERT INTO busy_revisions (business_id, rev)
  SELECT DISTINCT business_id, nextval('store_revision') FROM appointments;
CREATE FUNCTION appointments_revision() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  business text;
BEGIN
  IF TG_OP = 'DELETE' THEN business := OLD.business_id; ELSE business := NEW.business_id; END IF;
  INSERT INTO busy_revisions (business_id, rev) VALUES (business, nextval('store_revision'))
    ON CONFLICT (business_id) DO UPDATE SET rev = EXCLUDED.rev;
  IF TG_OP = 'UPDATE' AND OLD.business_id <> NEW.business_id THEN
    INSERT INTO busy_revisions (business_id, rev) VALUES (OLD.business_id, nextval('store_revision'))
      ON CONFLICT (business_id) DO UPDATE SET rev = EXCLUDED.rev;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER appointments_revision AFTER INSERT OR UPDATE OR DELETE ON appointments
  FOR EACH ROW EXECUTE FUNCTION appointments_revision();
-- TRUNCATE fires no row triggers: every business's busy time is new then.
CREATE FUNCTION appointments_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE busy_revisions SET rev = nextval('store_revision');
  RETURN NULL;
END $$;
CREATE TRIGGER appointments_truncated AFTER TRUNCATE ON appointments
  FOR EACH STATEMENT EXECUTE FUNCTION appointments_truncated();
`,
  },
  {
    version: 6,
    name: 'waitlists',
    // Issue 20: customers waiting for a place (backend/waitlist/), by business in the order they joined.
    sql: `
CREATE TABLE waitlist (
  id text COLLATE "C" PRIMARY KEY,
  doc json NOT NULL,
  business_id text COLLATE "C" GENERATED ALWAYS AS (doc->>'businessId') STORED NOT NULL,
  created_at_ms bigint GENERATED ALWAYS AS ((doc->>'createdAtMs')::bigint) STORED NOT NULL,
  state text GENERATED ALWAYS AS (doc->>'state') STORED NOT NULL
);
CREATE INDEX waitlist_business_created ON waitlist (business_id, created_at_ms);
CREATE INDEX waitlist_active ON waitlist (business_id) WHERE state IN ('waiting', 'offered');
`,
  },
  {
    version: 7,
    name: 'appointments by series (repeat bookings)',
    sql: `
ALTER TABLE appointments
  ADD COLUMN series_id text COLLATE "C" GENERATED ALWAYS AS (doc->>'seriesId') STORED;
CREATE INDEX appointments_business_series ON appointments (business_id, series_id) WHERE series_id IS NOT NULL;
`,
  },
  {
    version: 8,
    name: 'bookings beside each other: round-robin history in rows, busy revisions at commit',
    // Issue 24: a booking no longer locks its whole business (pg-store.ts), so what every booking
    // wrote for the whole business moves out of its way. R9's history (when each staff member was
    // last assigned, per service) leaves the business document for a row per staff member and
    // service, so a booking no longer rewrites that document (nor moves its revision). And the
    // busy-time revision, one row per business, is bumped at commit (a deferred constraint
    // trigger) rather than at the insert, so concurrent bookings queue on it only while committing.
    sql: `
CREATE TABLE last_assigned (
  business_id text COLLATE "C" NOT NULL,
  service_id text COLLATE "C" NOT NULL,
  staff_member_id text COLLATE "C" NOT NULL,
  at_ms bigint NOT NULL,
  PRIMARY KEY (business_id, service_id, staff_member_id)
);

DROP TRIGGER appointments_revision ON appointments;
CREATE CONSTRAINT TRIGGER appointments_revision AFTER INSERT OR UPDATE OR DELETE ON appointments
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION appointments_revision();
`,
    run: moveLastAssigned,
  },
  {
    version: 9,
    name: 'busy revisions bumped once per transaction, with its last writes',
    // Issue 24: a booking bumps its business's busy-time revision itself, in the statement that
    // sends its writes (pg-store.ts PgTx.finish), and names the business in a transaction-local
    // setting; the trigger, still at commit for every other writer, then leaves that business
    // alone, and bumps any business at most once per transaction (the setting again), so a
    // transaction writing many appointments moves the revision once. One bump per transaction is
    // enough: the new number commits with all of that transaction's changes.
    sql: `
CREATE OR REPLACE FUNCTION appointments_revision() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  done text := coalesce(current_setting('booking_elements.busy_bumped', true), '');
  business text;
BEGIN
  FOR business IN
    SELECT DISTINCT b FROM unnest(ARRAY[
      CASE WHEN TG_OP <> 'INSERT' THEN OLD.business_id END,
      CASE WHEN TG_OP <> 'DELETE' THEN NEW.business_id END]) AS b
    WHERE b IS NOT NULL
  LOOP
    IF position(E'\n' || business || E'\n' IN done) = 0 THEN
      INSERT INTO busy_revisions (business_id, rev) VALUES (business, nextval('store_revision'))
        ON CONFLICT (business_id) DO UPDATE SET rev = EXCLUDED.rev;
      done := done || E'\n' || business || E'\n';
      PERFORM set_config('booking_elements.busy_bumped', done, true);
    END IF;
  END LOOP;
  RETURN NULL;
END $$;
`,
  },
];

/**
 * Migration 8: each business document's `lastAssigned` (service → staff member → epoch ms) into
 * `last_assigned`, and out of the document. Documents are parsed here (not with JSON operators,
 * which fail on a document holding a value they cannot turn into text); entries that are not a
 * finite time are dropped, as the rules would ignore them.
 */
async function moveLastAssigned(sql: Sql): Promise<void> {
  const rows = await sql.query<{ id: string; doc: string }>(
    `SELECT id, doc::text AS doc FROM businesses WHERE doc::text LIKE '%"lastAssigned"%'`,
  );
  for (const row of rows) {
    let doc: { lastAssigned?: unknown };
    try {
      doc = JSON.parse(row.doc) as { lastAssigned?: unknown };
    } catch {
      continue;
    }
    if (typeof doc !== 'object' || doc === null || !('lastAssigned' in doc)) continue;
    const history = doc.lastAssigned;
    if (typeof history === 'object' && history !== null) {
      for (const [serviceId, staff] of Object.entries(history as Record<string, unknown>)) {
        if (typeof staff !== 'object' || staff === null) continue;
        for (const [staffMemberId, atMs] of Object.entries(staff as Record<string, unknown>)) {
          if (typeof atMs !== 'number' || !Number.isFinite(atMs)) continue;
          await sql.query(
            `INSERT INTO last_assigned (business_id, service_id, staff_member_id, at_ms) VALUES ($1, $2, $3, $4)
             ON CONFLICT DO NOTHING`,
            [row.id, serviceId, staffMemberId, Math.trunc(atMs)],
          );
        }
      }
    }
    delete doc.lastAssigned;
    await sql.query('UPDATE businesses SET doc = $2::json WHERE id = $1', [row.id, JSON.stringify(doc)]);
  }
}

/** Every node agrees on this lock id: migrations run one node at a time. */
const MIGRATION_LOCK = 7_351_902_114;

/** Applies the migrations the database has not seen; returns the versions applied now. */
export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  // A migration may rewrite every row: no statement timeout of the request path applies.
  return db.transaction(
    'readwrite',
    async (sql) => {
      await sql.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await sql.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const done = new Set(
        (await sql.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)),
      );
      const applied: number[] = [];
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(m.version)) continue;
        for (const statement of splitStatements(m.sql)) await sql.query(statement);
        await m.run?.(sql);
        await sql.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
        applied.push(m.version);
      }
      return applied;
    },
    { timeoutMs: 60 * 60_000 },
  );
}

/** The newest migration version the database has, or 0. */
export async function schemaVersion(db: Database): Promise<number> {
  const rows = await db.query<{ v: number | null }>(`SELECT max(version) AS v FROM schema_migrations`);
  return Number(rows[0]?.v ?? 0);
}

export const LATEST_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

/** Statements separated by `;` at the end of a line; the migrations contain no such `;` inside strings. */
function splitStatements(sql: string): string[] {
  // A statement ends with `;` at the end of a line, unless inside a `$$ … $$` function body.
  const statements: string[] = [];
  let current: string[] = [];
  let inBody = false;
  for (const line of sql.split('\n')) {
    current.push(line);
    if ((line.match(/\$\$/g)?.length ?? 0) % 2 === 1) inBody = !inBody;
    if (!inBody && /;\s*$/.test(line)) {
      statements.push(current.join('\n').replace(/;\s*$/, ''));
      current = [];
    }
  }
  statements.push(current.join('\n'));
  return statements.map((s) => s.replace(/^\s*--.*$/gm, '').trim()).filter((s) => s.length > 0);
}
