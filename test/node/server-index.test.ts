// `GET /api` (issue 14): a newcomer opening the API's address gets an index, not "No such resource":
// the package and version, and links that work (the OpenAPI document the server serves beside it,
// the health endpoints, the booking page, the docs). PGlite in memory, fixed clock.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { silentLogger } from '../../src/server/log.js';
import { createServer, type BookingServer } from '../../src/server/server.js';
import { CONTRACT_NOW, contractConfig } from '../../src/testing/fixture.js';
import type { Database } from '../../src/server/database.js';
import { openTestDatabase } from './server-harness.js';

const root = process.cwd();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const openapi = readFileSync(join(root, 'docs/openapi.json'), 'utf8');

interface Index {
  name: string;
  version: string | null;
  description: string;
  links: Record<string, string>;
}

describe('the API index', () => {
  let db: Database;
  const servers: BookingServer[] = [];
  before(async () => {
    db = await openTestDatabase('pglite');
  });
  after(async () => {
    for (const server of servers) await server.close(500);
    await db.close();
  });

  async function start(basePath?: string): Promise<string> {
    const server = await createServer({
      database: db,
      seed: contractConfig(),
      now: () => CONTRACT_NOW,
      logger: silentLogger,
      outboxIntervalMs: 0,
      rateLimits: false,
      ...(basePath ? { basePath } : {}),
    });
    servers.push(server);
    return (await server.listen(0)).url;
  }

  it('GET /api answers the name, the version and links that work', async () => {
    const origin = await start();
    for (const path of ['/api', '/api/']) {
      const res = await fetch(`${origin}${path}`);
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
      const index = (await res.json()) as Index;
      assert.equal(index.name, 'booking-elements');
      assert.equal(index.version, pkg.version);
      assert.match(index.description, /REST contract/);
      assert.deepEqual(index.links, {
        self: '/api',
        openapi: '/api/openapi.json',
        health: '/healthz',
        ready: '/readyz',
        bookingPage: '/api/businesses/@default/booking-page',
        docs: 'https://www.npmjs.com/package/booking-elements',
      });
    }
  });

  it('each link answers: the OpenAPI document (docs/openapi.json, which lists the index), health, the booking page', async () => {
    const origin = await start();
    const { links } = (await (await fetch(`${origin}/api`)).json()) as Index;

    const document = await fetch(`${origin}${links.openapi}`);
    assert.equal(document.status, 200);
    assert.match(document.headers.get('content-type') ?? '', /^application\/json/);
    const text = await document.text();
    assert.equal(text, openapi, 'the document is docs/openapi.json as committed');
    const parsed = JSON.parse(text) as { openapi: string; info: { version: string }; paths: Record<string, unknown> };
    assert.equal(parsed.openapi, '3.1.0');
    assert.equal(parsed.info.version, pkg.version);
    assert.ok(parsed.paths['/'] && parsed.paths['/openapi.json'], 'the document describes the index and itself');

    assert.equal((await fetch(`${origin}${links.health}`)).status, 200);
    assert.equal((await fetch(`${origin}${links.ready}`)).status, 200);
    const page = await fetch(`${origin}${links.bookingPage}`);
    assert.equal(page.status, 200);
    assert.ok(((await page.json()) as { business: { displayName: string } }).business.displayName);
  });

  it('answers another method there 405 with Allow: GET, as the contract’s routes do', async () => {
    const origin = await start();
    for (const path of ['/api', '/api/', '/api/openapi.json']) {
      const res = await fetch(`${origin}${path}`, {
        method: 'POST',
        body: '{}',
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(res.status, 405, path);
      assert.equal(res.headers.get('allow'), 'GET');
      assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
    }
  });

  it('follows the base path the contract is mounted at, and other paths stay 404 problems', async () => {
    const origin = await start('/booking/v1');
    const index = (await (await fetch(`${origin}/booking/v1`)).json()) as Index;
    assert.equal(index.links.self, '/booking/v1');
    assert.equal(index.links.openapi, '/booking/v1/openapi.json');
    assert.equal((await fetch(`${origin}/booking/v1/openapi.json`)).status, 200);
    const missing = await fetch(`${origin}/booking/v1/nothing`);
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-type') ?? '', /problem\+json/);
  });
});
