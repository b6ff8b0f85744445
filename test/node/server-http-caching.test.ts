// Issue 24: what the booking server sends for the pages around the API. Text answers are
// compressed for clients that accept it; hashed chunks are cached for a year as immutable, and the
// script entry, HTML and data are revalidated. PGlite in memory, fixed clock, a port chosen at run time.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { cacheControlFor, IMMUTABLE, REVALIDATE } from '../../src/server/http-caching.js';
import { silentLogger } from '../../src/server/log.js';
import { createServer, type BookingServer } from '../../src/server/server.js';
import type { Database } from '../../src/server/database.js';
import { CONTRACT_NOW, contractConfig } from '../../src/testing/fixture.js';
import { openTestDatabase } from './server-harness.js';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with exactly these headers (fetch would add and undo Accept-Encoding itself). */
function get(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the booking server: compression and cache lifetimes', () => {
  let db: Database;
  let server: BookingServer;
  let origin: string;
  let dir: string;
  const script = `export const x = ${JSON.stringify('booking '.repeat(400))};\n`;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'static-'));
    mkdirSync(join(dir, 'chunks'));
    writeFileSync(join(dir, 'booking-elements.js'), "import './chunks/booking-CZ6xdHuG.js';\n");
    writeFileSync(join(dir, 'chunks', 'booking-CZ6xdHuG.js'), script);
    writeFileSync(join(dir, 'index.html'), `<!doctype html><title>t</title><p>${'text '.repeat(300)}</p>`);
    db = await openTestDatabase('pglite');
    server = await createServer({
      database: db,
      seed: contractConfig(),
      now: () => CONTRACT_NOW,
      logger: silentLogger,
      outboxIntervalMs: 0,
      rateLimits: false,
      static: [{ urlPath: '/', dir }],
    });
    origin = (await server.listen(0)).url;
  });
  after(async () => {
    await server.close(500);
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('names hashed files immutable and everything else revalidated', () => {
    assert.equal(cacheControlFor('/chunks/booking-CZ6xdHuG.js'), IMMUTABLE);
    assert.equal(cacheControlFor('/assets/backend-CQIDigOh.css'), IMMUTABLE);
    assert.equal(cacheControlFor('/booking-elements.js'), REVALIDATE);
    assert.equal(cacheControlFor('/index.html'), REVALIDATE);
    assert.equal(cacheControlFor('/data/contoso.json'), REVALIDATE);
  });

  it('serves a hashed chunk compressed and immutable, the script entry and the page revalidated', async () => {
    const chunk = await get(`${origin}/chunks/booking-CZ6xdHuG.js`, { 'accept-encoding': 'gzip' });
    assert.equal(chunk.status, 200);
    assert.equal(chunk.headers['content-encoding'], 'gzip');
    assert.equal(chunk.headers['cache-control'], IMMUTABLE);
    assert.equal(gunzipSync(chunk.body).toString('utf8'), script);
    assert.ok(chunk.body.length < script.length / 4, `${chunk.body.length} bytes for ${script.length}`);

    const entry = await get(`${origin}/booking-elements.js`, { 'accept-encoding': 'gzip' });
    assert.equal(entry.headers['cache-control'], REVALIDATE);
    const page = await get(`${origin}/`, { 'accept-encoding': 'gzip' });
    assert.equal(page.status, 200);
    assert.equal(page.headers['cache-control'], REVALIDATE);
    assert.equal(page.headers['content-encoding'], 'gzip');
  });

  it('sends plain bytes to a client that accepts no encoding', async () => {
    const chunk = await get(`${origin}/chunks/booking-CZ6xdHuG.js`);
    assert.equal(chunk.headers['content-encoding'], undefined);
    assert.equal(chunk.body.toString('utf8'), script);
  });

  it('compresses the API’s JSON answers, and they still parse', async () => {
    const res = await get(`${origin}/api/businesses/${contractConfig()[0].id}/booking-page`, {
      'accept-encoding': 'gzip',
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-encoding'], 'gzip');
    assert.equal(
      (JSON.parse(gunzipSync(res.body).toString('utf8')) as { business: { id: string } }).business.id,
      contractConfig()[0].id,
    );
  });
});
