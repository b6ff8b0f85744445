/**
 * Staff sign-in for the admin side: accounts (email + password), sessions and throttling.
 *
 * - Passwords: scrypt (node:crypto) with a random 16-byte salt per account, stored as
 *   `scrypt$N$r$p$salt$hash`, so the cost can rise later without breaking old hashes. Checked
 *   in constant time; an unknown email costs the same scrypt as a wrong password.
 * - Sessions: 256 random bits, given to the client once; only their SHA-256 is stored, with an
 *   expiry. Signing out deletes the row.
 * - Throttling: attempts are counted per email and per client address in the database (so every
 *   node sees them); past the allowance the key is locked out for a growing while and sign-in
 *   answers 429 with `Retry-After`, even for the right password. An attempt is counted *before*
 *   its password is checked, by one statement that both counts and decides (see `admit`), so
 *   parallel guesses cannot slip past the count: of 60 wrong passwords sent at once for one
 *   account, at most `maxFailuresPerEmail` (5) are checked. The right password forgives the
 *   account's count, and takes its own attempt off the address's.
 * - Who an account is: staff members with the same email address (case-insensitive) in the
 *   stored businesses (R20). Their role there is the business's to decide (R18), not the account's.
 */
import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { BookingError } from '../contract/errors.js';
import type { Database } from './database.js';

const SCRYPT = { N: 16_384, r: 8, p: 1, keylen: 32 };
const MIN_PASSWORD = 10;
const MAX_PASSWORD = 1024;

function scrypt(password: string, salt: Buffer, N: number, r: number, p: number, keylen: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize('NFKC'), salt, keylen, { N, r, p, maxmem: 128 * N * r * 2 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const { N, r, p, keylen } = SCRYPT;
  const hash = await scrypt(password, salt, N, r, p, keylen);
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scrypt(
    password,
    Buffer.from(salt, 'base64url'),
    Number(n),
    Number(r),
    Number(p),
    expected.length,
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of a password nobody has: unknown emails are checked against it, so they take as long. */
let dummyHash: Promise<string> | undefined;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function checkNewPassword(password: string): void {
  if (password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
    throw new BookingError(
      'invalid-input',
      `The password must be ${MIN_PASSWORD} to ${MAX_PASSWORD} characters long.`,
      {
        issues: [{ path: 'password', message: `must be ${MIN_PASSWORD} to ${MAX_PASSWORD} characters long` }],
      },
    );
  }
}

export interface StaffUser {
  id: string;
  email: string;
  displayName: string | undefined;
}

export interface Membership {
  businessId: string;
  businessName: string;
  staffMemberId: string;
  role: string;
}

export interface Session {
  user: StaffUser;
  expiresAt: string;
}

export interface AuthOptions {
  now: () => number;
  /** Session lifetime (default 12 hours). */
  sessionMs?: number;
  /** Failures allowed per email within `windowMs` before a lock-out (default 5). */
  maxFailuresPerEmail?: number;
  /** Failures allowed per client address within `windowMs` (default 20). */
  maxFailuresPerAddress?: number;
  /** Default 15 minutes. */
  windowMs?: number;
}

/** What memberships read of a stored business (the reference adapter's record). */
interface BusinessDoc {
  config?: { displayName?: string; staffMembers?: { id: string; emailAddress?: string; role?: string }[] };
}

/** Lock-out after the allowance: 1, 2, 4 … up to 60 minutes. */
const LOCK_MINUTES = (failures: string, max: string) =>
  `least(60, power(2, least(6, ${failures} - ${max})))::bigint * 60000`;

export class Auth {
  private readonly now: () => number;
  private readonly sessionMs: number;
  private readonly maxEmail: number;
  private readonly maxAddress: number;
  private readonly windowMs: number;

  constructor(
    private readonly db: Database,
    options: AuthOptions,
  ) {
    this.now = options.now;
    this.sessionMs = options.sessionMs ?? 12 * 3_600_000;
    this.maxEmail = options.maxFailuresPerEmail ?? 5;
    this.maxAddress = options.maxFailuresPerAddress ?? 20;
    this.windowMs = options.windowMs ?? 15 * 60_000;
  }

  /** Creates the account, or sets its password when it exists (the first-run and reset command). */
  async setPassword(email: string, password: string, displayName?: string): Promise<StaffUser> {
    checkNewPassword(password);
    const normalized = email.trim();
    if (!/^[^\s@]+@[^\s@]+$/.test(normalized)) {
      throw new BookingError('invalid-input', 'The email address is not valid.', {
        issues: [{ path: 'email', message: 'is not a valid email address' }],
      });
    }
    const hash = await hashPassword(password);
    const now = this.now();
    const id = `usr_${randomBytes(12).toString('base64url')}`;
    const rows = await this.db.query<{ id: string; email: string; display_name: string | null }>(
      `INSERT INTO staff_users (id, email, display_name, password_hash, created_at_ms, updated_at_ms)
       VALUES ($1, $2, $3, $4, $5, $5)
       ON CONFLICT (lower(email)) DO UPDATE
         SET password_hash = EXCLUDED.password_hash, updated_at_ms = EXCLUDED.updated_at_ms,
             display_name = coalesce(EXCLUDED.display_name, staff_users.display_name)
       RETURNING id, email, display_name`,
      [id, normalized, displayName ?? null, hash, now],
    );
    const row = rows[0];
    if (!row) throw new Error('staff_users upsert returned nothing');
    // A new password ends every session of the old one.
    await this.db.query('DELETE FROM staff_sessions WHERE user_id = $1', [row.id]);
    return { id: row.id, email: row.email, displayName: row.display_name ?? undefined };
  }

  async countUsers(): Promise<number> {
    const rows = await this.db.query<{ n: string | number }>('SELECT count(*) AS n FROM staff_users');
    return Number(rows[0]?.n ?? 0);
  }

  /** Signs in: a new session token, or `sign-in-required` (wrong email or password) or `busy` (locked out). */
  async signIn(email: string, password: string, address: string): Promise<{ token: string; session: Session }> {
    const emailKey = `email:${email.trim().toLowerCase()}`;
    const addressKey = `address:${address}`;
    await this.admit(emailKey, addressKey);
    const rows = await this.db.query<{ id: string; email: string; display_name: string | null; password_hash: string }>(
      'SELECT id, email, display_name, password_hash FROM staff_users WHERE lower(email) = lower($1)',
      [email.trim()],
    );
    const row = rows[0];
    const ok = row
      ? await verifyPassword(password, row.password_hash)
      : await verifyPassword(password, await (dummyHash ??= hashPassword(randomBytes(16).toString('hex')))).then(
          () => false,
        );
    if (!row || !ok) {
      // Already counted by `admit`.
      throw new BookingError('sign-in-required', 'The email address or the password is not right.');
    }
    // The right password: the account's failures are forgiven; the address keeps the others' failures.
    await this.db.query('DELETE FROM sign_in_failures WHERE key = $1', [emailKey]);
    await this.db.query(
      `UPDATE sign_in_failures SET failures = failures - 1,
         locked_until_ms = CASE WHEN failures - 1 < $2 THEN 0 ELSE locked_until_ms END
       WHERE key = $1 AND failures > 0`,
      [addressKey, this.maxAddress],
    );
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    const expiresAtMs = now + this.sessionMs;
    await this.db.query(
      'INSERT INTO staff_sessions (token_hash, user_id, created_at_ms, expires_at_ms) VALUES ($1, $2, $3, $4)',
      [sha256Hex(token), row.id, now, expiresAtMs],
    );
    return {
      token,
      session: {
        user: { id: row.id, email: row.email, displayName: row.display_name ?? undefined },
        expiresAt: new Date(expiresAtMs).toISOString(),
      },
    };
  }

  /** The session a bearer token belongs to, or undefined when unknown or expired. */
  async verify(token: string): Promise<Session | undefined> {
    if (token.length > 200) return undefined;
    const rows = await this.db.query<{
      id: string;
      email: string;
      display_name: string | null;
      expires_at_ms: string | number;
    }>(
      `SELECT u.id, u.email, u.display_name, s.expires_at_ms FROM staff_sessions s
       JOIN staff_users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at_ms > $2`,
      [sha256Hex(token), this.now()],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      user: { id: row.id, email: row.email, displayName: row.display_name ?? undefined },
      expiresAt: new Date(Number(row.expires_at_ms)).toISOString(),
    };
  }

  async signOut(token: string): Promise<void> {
    await this.db.query('DELETE FROM staff_sessions WHERE token_hash = $1', [sha256Hex(token)]);
  }

  /** Deletes expired sessions and stale failure counters. */
  async sweep(): Promise<void> {
    const now = this.now();
    await this.db.query('DELETE FROM staff_sessions WHERE expires_at_ms <= $1', [now]);
    await this.db.query('DELETE FROM sign_in_failures WHERE first_failure_at_ms < $1 AND locked_until_ms < $2', [
      now - this.windowMs,
      now,
    ]);
  }

  /** The businesses where a staff member has this email and a role that may sign in (not guest). */
  async memberships(email: string): Promise<Membership[]> {
    const key = email.trim().toLowerCase();
    if (key === '') return [];
    // Documents are read whole and searched here, never with PostgreSQL's JSON operators: those
    // fail on a whole document for one value they cannot turn into text (a stored `\u0000`), and
    // a query over every business would then fail every sign-in, of every business. The text
    // search only narrows the rows; the match is exact below.
    const rows = await this.db.query<{ id: string; doc: BusinessDoc | string }>(
      `SELECT id, doc FROM businesses WHERE strpos(lower(doc::text), $1) > 0 ORDER BY id`,
      [key],
    );
    const out: Membership[] = [];
    for (const row of rows) {
      let doc: BusinessDoc;
      try {
        doc = typeof row.doc === 'string' ? (JSON.parse(row.doc) as BusinessDoc) : row.doc;
      } catch {
        continue;
      }
      const me = doc.config?.staffMembers?.find((s) => s.emailAddress?.trim().toLowerCase() === key);
      if (me && me.role !== 'guest') {
        out.push({
          businessId: row.id,
          businessName: doc.config?.displayName ?? row.id,
          staffMemberId: me.id,
          role: me.role ?? 'teamMember',
        });
      }
    }
    return out;
  }

  /**
   * Counts this attempt against both keys and decides, in one statement, whether its password may
   * be checked; throws `busy` (429, `Retry-After`) when either key is locked out.
   *
   * The decision is made by the row locks of `INSERT … ON CONFLICT DO UPDATE`: concurrent
   * attempts on one key are counted one after another, each seeing the count the previous one
   * left. An attempt on a locked key is not counted (its `DO UPDATE … WHERE` skips the row, so
   * the row is not returned) and is refused. Reaching the allowance locks the key at once, before
   * the password is checked, so no parallel attempt gets past it; the right password then
   * forgives the account (`signIn`). Once a lock-out ends, one attempt is let through, and a
   * wrong one locks the key again for twice as long.
   */
  private async admit(emailKey: string, addressKey: string): Promise<void> {
    const now = this.now();
    const n = `(CASE WHEN f.first_failure_at_ms < $5 THEN 1 ELSE f.failures + 1 END)`;
    const max = `(CASE WHEN f.key = $1 THEN $3::int ELSE $4::int END)`;
    const counted = await this.db.query<{ key: string }>(
      `WITH attempt (key, max_failures) AS (VALUES ($1::text, $3::int), ($2::text, $4::int)),
            held AS (SELECT 1 FROM sign_in_failures h JOIN attempt USING (key) WHERE h.locked_until_ms > $6)
       INSERT INTO sign_in_failures AS f (key, failures, first_failure_at_ms, locked_until_ms)
       SELECT key, 1, $6, CASE WHEN max_failures <= 1 THEN $6 + ${LOCK_MINUTES('1', 'max_failures')} ELSE 0 END
       FROM attempt WHERE NOT EXISTS (SELECT 1 FROM held)
       ON CONFLICT (key) DO UPDATE SET
         failures = ${n},
         first_failure_at_ms = CASE WHEN f.first_failure_at_ms < $5 THEN $6 ELSE f.first_failure_at_ms END,
         locked_until_ms = CASE WHEN ${n} >= ${max} THEN $6 + ${LOCK_MINUTES(n, max)} ELSE 0 END
       WHERE f.locked_until_ms <= $6
       RETURNING f.key`,
      [emailKey, addressKey, this.maxEmail, this.maxAddress, now - this.windowMs, now],
    );
    if (counted.length === 2) return;
    const rows = await this.db.query<{ locked_until_ms: string | number }>(
      'SELECT locked_until_ms FROM sign_in_failures WHERE key = ANY($1::text[])',
      [[emailKey, addressKey]],
    );
    const until = Math.max(now + 1000, ...rows.map((r) => Number(r.locked_until_ms)));
    throw Object.assign(
      new BookingError('busy', 'Too many failed sign-in attempts. Wait a while before trying again.', {
        retryAfterMs: until - now,
      }),
      { status: 429 },
    );
  }
}
