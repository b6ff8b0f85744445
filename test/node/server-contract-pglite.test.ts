// Done-when: the adapter contract passes against HttpAdapter → the running server on PGlite.
import { after, before, describe, it } from 'node:test';
import type { Database } from '../../src/server/database.js';
import { openTestDatabase, runServerContract } from './server-harness.js';

let db: Database | undefined;
before(async () => {
  db = await openTestDatabase('pglite');
});
after(() => db?.close());

runServerContract(
  'HttpAdapter → createServer → PostgresStore on PGlite',
  () => {
    if (!db) throw new Error('database not open');
    return db;
  },
  describe,
  it,
);
