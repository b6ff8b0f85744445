// Issue 18, done-when: kill -9 of the server in the middle of a webhook delivery loses nothing. The
// outbox is at-least-once: the restarted server sends the event again, under the same webhook-id,
// once the killed node's lease has run out. Needs a PostgreSQL server (DATABASE_URL): the killed
// process and the restarted one share the database.
import assert from 'node:assert/strict';
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { HttpAdapter } from '../../src/adapters/http/http-adapter.js';
import { openDatabase } from '../../src/server/database.js';
import { silentLogger } from '../../src/server/log.js';
import { createServer } from '../../src/server/server.js';
import { CONTRACT_NOW, contractConfig, cph } from '../../src/testing/fixture.js';
import { DATABASE_URL, NO_POSTGRES, startServerProcess, testSchema, type ServerProcess } from './server-harness.js';

/** The key both processes seal and open the webhook's signing secret with. */
const SECRET = 'crash-test-secret-0123456789';

describe('webhooks survive kill -9', { skip: DATABASE_URL ? false : NO_POSTGRES }, () => {
  it('a server killed while a webhook is in flight sends it again after a restart, same webhook-id', async () => {
    const schema = testSchema('hookcrash');
    const received: { headers: IncomingMessage['headers']; body: string }[] = [];
    let hang = true;
    const pending: (() => void)[] = [];
    const receiver = createHttpServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        // The first delivery never gets an answer: the server dies while waiting for it.
        if (hang) pending.push(() => res.destroy());
        else res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const db = await openDatabase({ url: DATABASE_URL ?? '', schema });
    const children: ServerProcess[] = [];
    try {
      // Set up in-process: the subscription and a booking, whose event waits in the outbox.
      const setup = await createServer({
        database: db,
        seed: contractConfig(),
        now: () => CONTRACT_NOW,
        logger: silentLogger,
        outboxIntervalMs: 0,
        rateLimits: false,
        calendarSecret: SECRET,
      });
      const hook = await setup.adapter
        .asStaff('ann')
        .createWebhook({ webhook: { url: hookUrl, events: ['appointment.created'] } });
      const { url } = await setup.listen(0);
      await new HttpAdapter({ baseUrl: `${url}/api`, retry: { retries: 0 } }).book({
        serviceId: 'consult',
        staffMemberId: 'ann',
        start: cph('2026-03-03', '09:00'),
        customer: { name: 'Jane Doe', emailAddress: 'jane@example.com', timeZone: 'UTC' },
        answers: [{ questionId: 'insurance', answer: 'X-1' }],
        consent: { accepted: true },
        idempotencyKey: 'crash-hook-1',
      });
      await setup.close(500);

      const args = ['--database-url', DATABASE_URL ?? '', '--database-schema', schema, '--outbox-interval', '100'];
      const env = { WEBHOOK_ALLOW_HOSTS: '127.0.0.1', OUTBOX_LEASE_SECONDS: '1', CALENDAR_SECRET: SECRET };
      const first = await startServerProcess(args, env);
      children.push(first);
      await waitFor(() => received.length >= 1, 'the first delivery reached the receiver');
      first.child.kill('SIGKILL');
      await first.exited;
      for (const drop of pending) drop();
      hang = false;

      const rows = await db.query<{ status: string }>(`SELECT status FROM outbox WHERE channel = 'webhook'`);
      assert.deepEqual(
        rows.map((r) => r.status),
        ['pending'],
        'the killed delivery is still owed',
      );
      const second = await startServerProcess(args, env);
      children.push(second);
      try {
        await waitFor(() => received.length >= 2, 'the restarted server delivered it again');
        await waitFor(async () => {
          const r = await db.query<{ status: string }>(`SELECT status FROM outbox WHERE channel = 'webhook'`);
          return r[0]?.status === 'sent';
        }, 'marked sent');
      } finally {
        second.child.kill('SIGTERM');
        await second.exited;
      }
      const verifier = new Webhook(hook.secret);
      for (const r of received) verifier.verify(r.body, r.headers as Record<string, string>);
      assert.equal(
        new Set(received.map((r) => r.headers['webhook-id'])).size,
        1,
        'one webhook-id: a duplicate to drop',
      );
      assert.equal(received.length, 2, 'delivered again once, not more');
    } finally {
      // A failed check must not leave a server running (it would keep the test process alive).
      for (const c of children) if (c.child.exitCode === null && c.child.signalCode === null) c.child.kill('SIGKILL');
      await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await db.close();
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    }
  });
});

/** Polls `check` until it holds (a condition, not a time limit: the test runner's own timeout applies). */
async function waitFor(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 3000; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`never happened: ${what}`);
}
