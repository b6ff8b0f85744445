// The server's packages are optional peers (issue 14): without them, `booking-elements/server` fails
// with one message naming the packages and the npm command, and a driver loaded on first use (pg,
// PGlite, nodemailer) says the same for itself. The package as installed is tried by
// test/package (npm run test:package); here the logic, with a resolver standing in for Node's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertServerPeers,
  importPeer,
  isMissingPackage,
  MissingPeerError,
  missingPeersMessage,
} from '../../src/server/peers.js';

/** A resolver that finds only `present`, failing like Node's for the rest. */
function resolverWith(...present: string[]) {
  const asked: string[] = [];
  const resolve = (name: string) => {
    asked.push(name);
    if (present.includes(name)) return `file:///project/node_modules/${name}/index.js`;
    throw Object.assign(new Error(`Cannot find package '${name}' imported from /project/dist/server.js`), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
  };
  return { resolve, asked };
}

async function rejection(promise: Promise<unknown>): Promise<MissingPeerError> {
  const error = await promise.then(
    () => assert.fail('expected a MissingPeerError'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof MissingPeerError, `a MissingPeerError, got ${String(error)}`);
  assert.equal(error.code, 'ERR_BOOKING_MISSING_PEER');
  return error;
}

describe('the server without its optional peers', () => {
  it('names hono and @hono/node-server, and the npm command with the embedded database', async () => {
    const error = await rejection(assertServerPeers(resolverWith().resolve));
    assert.deepEqual(error.packages, ['hono', '@hono/node-server', '@electric-sql/pglite']);
    const lines = error.message.split('\n');
    assert.match(lines[0], /^booking-elements\/server needs hono and @hono\/node-server: optional peer dependencies/);
    assert.equal(lines[1], '  npm install hono @hono/node-server @electric-sql/pglite');
    assert.match(lines[2], /with DATABASE_URL \(a PostgreSQL server\), install pg instead/);
    assert.match(lines[2], /docs\/deploy\.md/);
  });

  it('leaves the database out of the command when a driver is there (pg here)', async () => {
    const error = await rejection(assertServerPeers(resolverWith('pg', '@hono/node-server').resolve));
    assert.deepEqual(error.packages, ['hono']);
    assert.equal(error.message.split('\n')[1], '  npm install hono');
    assert.doesNotMatch(error.message, /pglite/);
  });

  it('passes when hono and @hono/node-server resolve, without looking for the database drivers', async () => {
    const { resolve, asked } = resolverWith('hono', '@hono/node-server');
    await assertServerPeers(resolve);
    assert.deepEqual(asked, ['hono', '@hono/node-server']);
  });

  it('passes in this repository with Node’s own resolver (every peer is a devDependency here)', async () => {
    await assertServerPeers();
  });

  it('the message lists three or more packages with commas and "and"', () => {
    assert.match(missingPeersMessage(['a', 'b', 'c'], false), /^booking-elements\/server needs a, b and c:/);
  });
});

describe('a driver loaded on first use', () => {
  it('recognises Node’s own error for a package that is not installed', async () => {
    const name = 'booking-elements-no-such-package';
    const error: unknown = await import(name).then(
      () => assert.fail('the package should not exist'),
      (e: unknown) => e,
    );
    assert.ok(isMissingPackage(error, name));
    assert.ok(!isMissingPackage(error, 'pg'), 'only for the package that is missing');
  });

  it('turns it into a MissingPeerError naming what needs it and the install command', async () => {
    const name = 'booking-elements-no-such-package';
    const error = await rejection(importPeer(name, 'DATABASE_URL (a PostgreSQL server)', () => import(name)));
    assert.equal(
      error.message,
      `DATABASE_URL (a PostgreSQL server) needs ${name}, an optional peer dependency of booking-elements that is not installed. Install it: npm install ${name}`,
    );
    assert.deepEqual(error.packages, [name]);
  });

  it('passes any other failure through unchanged (a driver that is there but broken)', async () => {
    const broken = new Error('pg: native binding failed');
    await assert.rejects(
      importPeer('pg', 'DATABASE_URL', () => Promise.reject(broken)),
      (e) => e === broken,
    );
  });

  it('returns the module when it loads', async () => {
    const loaded = await importPeer('node:path', 'test', () => import('node:path'));
    assert.equal(typeof loaded.join, 'function');
  });
});
