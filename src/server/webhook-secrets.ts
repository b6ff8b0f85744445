/**
 * Webhook signing secrets at rest (issue 18). A business's subscriptions live on its stored
 * document; the PostgreSQL store seals every subscription's secret as it writes the document and
 * opens it as it reads it, so the rules, the back office and the outbox worker see `whsec_…` while
 * the database, its backups and dumps hold only ciphertext bound to its business and subscription.
 * The key is derived from `CALENDAR_SECRET` (secret-box.ts, a purpose of its own). Without it the
 * server keeps no new signing secret: adding a webhook or rotating its secret is refused with the
 * reason, as connecting a calendar is. Secrets written before sealing existed stay readable, and
 * `sealStoredWebhookSecrets` seals them at start-up once the key is set.
 */
import { BookingError } from '../contract/errors.js';
import type { Store, StoredBusiness, StoredWebhook } from '../backend/store.js';
import type { Sql } from './database.js';
import { SecretBox } from './secret-box.js';

const PURPOSE = 'webhook signing secrets v1';
/** The form a Standard Webhooks secret has in the clear; a sealed one starts with secret-box's version. */
const CLEAR = 'whsec_';

export const NO_KEY_MESSAGE =
  'The server has no CALENDAR_SECRET, so it cannot store webhook signing secrets safely. Set CALENDAR_SECRET (see docs/deploy.md) and try again.';

export const UNREADABLE_MESSAGE =
  'The signing secret cannot be decrypted (was CALENDAR_SECRET changed?); give this webhook a new secret in the back office.';

const context = (businessId: string, webhookId: string): string => `webhook:${businessId}:${webhookId}`;

export function isSealed(secret: string): boolean {
  return !secret.startsWith(CLEAR);
}

export class WebhookSecrets {
  private readonly box: SecretBox | undefined;

  /** `key`: the server's `CALENDAR_SECRET`, if it has one. */
  constructor(key?: string) {
    this.box = key ? new SecretBox(key, PURPOSE) : undefined;
  }

  get sealing(): boolean {
    return this.box !== undefined;
  }

  /**
   * The document as the database keeps it: every clear secret sealed. `before`: the document as
   * this transaction read it. Without a key, a secret that is new or changed since then is refused
   * (before anything is written); one already stored in the clear may stay as it was.
   */
  seal(doc: StoredBusiness, before: StoredBusiness | undefined): StoredBusiness {
    const hooks = doc.webhooks;
    if (!hooks || hooks.length === 0 || hooks.every((w) => isSealed(w.secret))) return doc;
    const box = this.box;
    if (!box) {
      const had = new Map((before?.webhooks ?? []).map((w) => [w.id, w.secret]));
      if (hooks.some((w) => !isSealed(w.secret) && had.get(w.id) !== w.secret)) {
        throw new BookingError('policy-violation', NO_KEY_MESSAGE);
      }
      return doc;
    }
    return {
      ...doc,
      webhooks: hooks.map((w) =>
        isSealed(w.secret) ? w : { ...w, secret: box.seal(w.secret, context(doc.id, w.id)) },
      ),
    };
  }

  /** The document as the code reads it: every secret this key can open, opened; others left sealed. */
  open<T extends Pick<StoredBusiness, 'id' | 'webhooks'>>(doc: T): T {
    const hooks = doc.webhooks;
    if (!hooks || hooks.every((w) => !isSealed(w.secret))) return doc;
    return { ...doc, webhooks: hooks.map((w) => this.openOne(doc.id, w)) };
  }

  private openOne(businessId: string, w: StoredWebhook): StoredWebhook {
    if (!isSealed(w.secret) || !this.box) return w;
    try {
      return { ...w, secret: this.box.open(w.secret, context(businessId, w.id)) };
    } catch {
      // Another key, or copied from another row: kept sealed; deliveries fail with UNREADABLE_MESSAGE.
      return w;
    }
  }
}

/**
 * Seals the secrets stored in the clear (written before sealing existed) once the server has a
 * key: each such business read and written again through the store, under its lock. Returns how
 * many businesses changed.
 */
export async function sealStoredWebhookSecrets(db: Sql, store: Store, secrets: WebhookSecrets): Promise<number> {
  if (!secrets.sealing) return 0;
  // Narrowed by text; the documents are parsed by the store (see auth.ts on PostgreSQL's JSON operators).
  const rows = await db.query<{ id: string }>(`SELECT id FROM businesses WHERE strpos(doc::text, '"${CLEAR}') > 0`);
  let changed = 0;
  for (const { id } of rows) {
    await store.run(
      'readwrite',
      ['businesses'],
      async (tx) => {
        const doc = await tx.get('businesses', id);
        if (!doc?.webhooks?.length) return;
        await tx.put('businesses', doc);
        changed++;
      },
      { businessIds: [id] },
    );
  }
  return changed;
}
