// Issue 18: webhook signing secrets sealed at rest. The database (and so its dumps) holds only
// ciphertext bound to the business and subscription; the back office and the signatures use the
// secret in the clear; without CALENDAR_SECRET no new secret is stored; secrets stored in the clear
// by an earlier version are sealed at start-up; a changed key fails deliveries with the remedy.
// PGlite, and PostgreSQL when DATABASE_URL is set; a local receiver on a port chosen at run time.
import assert from 'node:assert/strict';
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, afterEach, before, describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { HttpAdapter } from '../../src/adapters/http/http-adapter.js';
import { BookingError } from '../../src/contract/errors.js';
import type { Database } from '../../src/server/database.js';
import type { ServerOptions } from '../../src/server/server.js';
import { CLINIC, CONTRACT_NOW, cph } from '../../src/testing/fixture.js';
import { DATABASE_URL, openTestDatabase, TestServers, truncate } from './server-harness.js';

const KEY = 'webhook-secrets-test-key-0123456789';
const CLEAR_SECRET = `whsec_${Buffer.alloc(24, 3).toString('base64')}`;

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

async function receiver(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function storedDocText(db: Database): Promise<string> {
  const rows = await db.query<{ doc: unknown }>(`SELECT doc::text AS doc FROM businesses WHERE id = '${CLINIC}'`);
  return String(rows[0]?.doc);
}

async function policyViolation(p: Promise<unknown>, pattern: RegExp): Promise<void> {
  await assert.rejects(
    p,
    (e: unknown) => e instanceof BookingError && e.code === 'policy-violation' && pattern.test(e.message),
  );
}

const kinds: ('pglite' | 'postgres')[] = DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

for (const kind of kinds) {
  describe(`webhook signing secrets at rest (${kind})`, () => {
    let db: Database;
    const clock = { now: CONTRACT_NOW };

    const servers = new TestServers(
      () => db,
      () => clock.now,
    );
    const start = (options: Partial<ServerOptions> = {}) =>
      servers.start({ webhookFetch: { allowHosts: ['127.0.0.1'] }, calendarSecret: KEY, ...options });
    const stopAll = () => servers.stopAll();

    async function book(api: string, key: string, at = '09:00'): Promise<void> {
      await new HttpAdapter({ baseUrl: api, retry: { retries: 0 } }).book({
        serviceId: 'consult',
        staffMemberId: 'ann',
        start: cph('2026-03-03', at),
        customer: { name: 'Jane Doe', emailAddress: 'jane@example.com', timeZone: 'UTC' },
        answers: [{ questionId: 'insurance', answer: 'X-1' }],
        consent: { accepted: true },
        idempotencyKey: key,
      });
    }

    before(async () => {
      db = await openTestDatabase(kind);
    });
    afterEach(async () => {
      await stopAll();
      await truncate(db);
      clock.now = CONTRACT_NOW;
    });
    after(async () => {
      await db.close();
    });

    it('keeps only ciphertext in the database, shows the secret to administrators and signs with it', async () => {
      const sink = await receiver();
      try {
        const { server } = await start();
        const admin = server.adapter.asStaff('ann');
        const made = await admin.createWebhook({ webhook: { url: sink.url, events: ['appointment.created'] } });
        const given = await admin.createWebhook({
          webhook: { url: `${sink.url}/2`, events: ['appointment.created'], secret: CLEAR_SECRET },
        });
        assert.equal(given.secret, CLEAR_SECRET);

        const text = await storedDocText(db);
        assert.ok(text.includes(made.id) && text.includes(given.id), 'the subscriptions are stored');
        assert.ok(!text.includes('whsec_'), 'no signing secret in the clear in the database');
        assert.ok(!text.includes(made.secret.slice(6)) && !text.includes(CLEAR_SECRET.slice(6)));

        const listed = await admin.listWebhooks({});
        assert.deepEqual(
          listed.map((w) => w.secret),
          [made.secret, CLEAR_SECRET],
          'the back office reads them in the clear',
        );
        // A new server process (no cache) opens them with the same key.
        await stopAll();
        const again = await start();
        assert.deepEqual(
          (await again.server.adapter.asStaff('ann').listWebhooks({})).map((w) => w.secret),
          [made.secret, CLEAR_SECRET],
        );

        await book(again.api, 'sealed-1');
        await again.server.deliverOutbox();
        assert.equal(sink.received.length, 2);
        const verified = sink.received.map((r) =>
          [made.secret, CLEAR_SECRET].findIndex((s) => {
            try {
              new Webhook(s).verify(r.body, r.headers as Record<string, string>);
              return true;
            } catch {
              return false;
            }
          }),
        );
        assert.deepEqual(verified.sort(), [0, 1], 'each delivery verifies with its subscription’s secret');

        // Rotation seals the new secret too.
        const rotated = `whsec_${Buffer.alloc(24, 9).toString('base64')}`;
        await again.server.adapter.asStaff('ann').updateWebhook({ webhookId: given.id, patch: { secret: rotated } });
        assert.ok(!(await storedDocText(db)).includes('whsec_'));
      } finally {
        await sink.close();
      }
    });

    it('a sealed secret is bound to its subscription: copied to another, it does not open', async () => {
      const sink = await receiver();
      try {
        const { server } = await start();
        const admin = server.adapter.asStaff('ann');
        const a = await admin.createWebhook({ webhook: { url: sink.url, events: ['appointment.created'] } });
        const b = await admin.createWebhook({ webhook: { url: `${sink.url}/b`, events: ['appointment.created'] } });
        await stopAll();
        // Someone with write access to the database swaps the ciphertexts.
        const doc = JSON.parse(await storedDocText(db)) as { webhooks: { id: string; secret: string }[] };
        const [sa, sb] = doc.webhooks.map((w) => w.secret);
        doc.webhooks[0].secret = sb!;
        doc.webhooks[1].secret = sa!;
        await db.query(`UPDATE businesses SET doc = $1::json WHERE id = '${CLINIC}'`, [JSON.stringify(doc)]);

        const { server: next, api } = await start();
        const listed = await next.adapter.asStaff('ann').listWebhooks({});
        assert.ok(
          listed.every((w) => !w.secret.startsWith('whsec_')),
          'neither opens in the other’s row',
        );
        assert.ok(listed.every((w) => w.secret !== a.secret && w.secret !== b.secret));
        await book(api, 'swapped-1');
        await next.deliverOutbox();
        assert.equal(sink.received.length, 0, 'nothing is signed with a secret that did not open');
        const log = await next.adapter.asStaff('ann').listWebhookDeliveries({});
        assert.equal(log.length, 2);
        for (const m of log) assert.match(m.delivery?.lastError ?? '', /cannot be decrypted.*new secret/);
      } finally {
        await sink.close();
      }
    });

    it('without CALENDAR_SECRET no new secret is stored; the reason is given and nothing is written', async () => {
      const { server } = await start({ calendarSecret: undefined });
      const admin = server.adapter.asStaff('ann');
      const before = await storedDocText(db);
      await policyViolation(
        admin.createWebhook({ webhook: { url: 'https://crm.example/hook', events: ['appointment.created'] } }),
        /no CALENDAR_SECRET.*webhook signing secrets/,
      );
      assert.equal(await storedDocText(db), before, 'nothing written');
      assert.deepEqual(await admin.listWebhooks({}), []);
    });

    it('secrets stored in the clear by an earlier version are sealed at start-up, and keep working', async () => {
      const sink = await receiver();
      try {
        // An earlier version (no sealing) stored this subscription.
        await start({ calendarSecret: undefined });
        await stopAll();
        const doc = JSON.parse(await storedDocText(db)) as Record<string, unknown>;
        doc.webhooks = [
          {
            id: 'wh_legacy',
            url: sink.url,
            events: ['appointment.created'],
            secret: CLEAR_SECRET,
            enabled: true,
            createdAt: '2026-01-01T00:00:00.000Z',
            updatedAt: '2026-01-01T00:00:00.000Z',
          },
        ];
        await db.query(`UPDATE businesses SET doc = $1::json WHERE id = '${CLINIC}'`, [JSON.stringify(doc)]);

        // Still without a key: it keeps working, and unrelated edits keep it as it is.
        const { server: keyless } = await start({ calendarSecret: undefined });
        const admin = keyless.adapter.asStaff('ann');
        await admin.updateWebhook({ webhookId: 'wh_legacy', patch: { description: 'CRM' } });
        await policyViolation(
          admin.updateWebhook({
            webhookId: 'wh_legacy',
            patch: { secret: `whsec_${Buffer.alloc(24, 5).toString('base64')}` },
          }),
          /no CALENDAR_SECRET/,
        );
        assert.ok((await storedDocText(db)).includes(CLEAR_SECRET));
        await stopAll();

        // With the key: sealed at start, read in the clear, signed with it.
        const { server, api } = await start();
        assert.ok(!(await storedDocText(db)).includes('whsec_'), 'sealed at start-up');
        const [hook] = await server.adapter.asStaff('ann').listWebhooks({});
        assert.equal(hook?.secret, CLEAR_SECRET);
        assert.equal(hook?.description, 'CRM');
        await book(api, 'legacy-1');
        await server.deliverOutbox();
        assert.equal(sink.received.length, 1);
        new Webhook(CLEAR_SECRET).verify(sink.received[0].body, sink.received[0].headers as Record<string, string>);
      } finally {
        await sink.close();
      }
    });

    it('a changed key fails deliveries with the remedy; a new secret mends it', async () => {
      const sink = await receiver();
      try {
        const { server } = await start();
        const hook = await server.adapter
          .asStaff('ann')
          .createWebhook({ webhook: { url: sink.url, events: ['appointment.created'] } });
        await stopAll();

        const { server: other, api } = await start({ calendarSecret: 'another-key-entirely-0123456789' });
        const admin = other.adapter.asStaff('ann');
        await book(api, 'rekeyed-1');
        await other.deliverOutbox();
        assert.equal(sink.received.length, 0);
        const [failed] = await admin.listWebhookDeliveries({ webhookId: hook.id });
        assert.match(failed?.delivery?.lastError ?? '', /CALENDAR_SECRET changed.*new secret/);
        assert.equal(failed?.status, 'pending', 'retried later, not dropped');

        const fresh = `whsec_${Buffer.alloc(24, 11).toString('base64')}`;
        await admin.updateWebhook({ webhookId: hook.id, patch: { secret: fresh } });
        clock.now += 60 * 60_000;
        await other.deliverOutbox();
        assert.equal(sink.received.length, 1);
        new Webhook(fresh).verify(sink.received[0].body, sink.received[0].headers as Record<string, string>);
      } finally {
        await sink.close();
      }
    });
  });
}
