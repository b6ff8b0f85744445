// Done-when: the adapter contract passes against HttpAdapter → the running server on a real
// PostgreSQL server. Skipped, saying why, when DATABASE_URL is unset; CI sets it (tools/ci-postgres.sh).
import { after, before, describe, it } from 'node:test';
import type { Database } from '../../src/server/database.js';
import { DATABASE_URL, NO_POSTGRES, openTestDatabase, runServerContract } from './server-harness.js';

let db: Database | undefined;
if (DATABASE_URL) {
  before(async () => {
    db = await openTestDatabase('postgres');
  });
  after(() => db?.close());
}

runServerContract(
  'HttpAdapter → createServer → PostgresStore on PostgreSQL',
  () => {
    if (!db) throw new Error('database not open');
    return db;
  },
  (name, fn) => (DATABASE_URL ? describe(name, fn) : describe(name, { skip: NO_POSTGRES }, fn)),
  it,
);
