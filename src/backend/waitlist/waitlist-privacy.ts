/**
 * A customer's waitlist entries in their data (issue 20 × the privacy tools of issue 19). Entries
 * carry the details the customer gave when joining, not a link to a customer record, so an entry
 * belongs to the record its details would be filed under (`findRecord`: the same email address,
 * else the same phone number). An export lists them with the messages about them; an erasure
 * takes active ones off their list (a held place is released, and passed on after the erasure
 * commits) and removes the details from every one, keeping the anonymous entry for the counts.
 */
import type { Business } from '../../core/types.js';
import type { StaffWaitlistEntry } from '../../schemas/waitlist.js';
import { toIso } from '../boundary.js';
import { emailKeyOf, findRecord, phoneKeyOf } from '../customer-records.js';
import type { StoredCustomerRecord, StoredOutboxMessage, StoredWaitlistEntry, StoreTx } from '../store.js';
import { entriesOf, isActive } from './waitlist-rules.js';
import { toStaffWaitlistEntry } from './waitlist-views.js';

/** The name an erased customer's entries keep (as their appointments do). */
const ERASED_NAME = 'Erased customer';

/** Every entry of `record`'s customer, in join order, with all the business's entries (for places in lists). */
async function entriesOfRecord(
  tx: StoreTx,
  record: StoredCustomerRecord,
): Promise<{ mine: StoredWaitlistEntry[]; all: StoredWaitlistEntry[] }> {
  const all = await entriesOf(tx, record.businessId);
  const mine: StoredWaitlistEntry[] = [];
  for (const e of all) {
    if (e.customer.erased) continue;
    const email = emailKeyOf(e.customer.emailAddress);
    const phone = phoneKeyOf(e.customer.phone);
    // Cheap first: only entries sharing a key with the record can be filed under it.
    if (!(email && email === record.emailKey) && !(phone && phone === record.phoneKey)) continue;
    if ((await findRecord(tx, record.businessId, e.customer))?.id === record.id) mine.push(e);
  }
  return { mine, all };
}

/** The messages about `entries` (joined, offered, lapsed), oldest first. */
async function messagesAbout(
  tx: StoreTx,
  businessId: string,
  entries: readonly StoredWaitlistEntry[],
): Promise<StoredOutboxMessage[]> {
  if (entries.length === 0) return [];
  const ids = new Set(entries.map((e) => e.id));
  const rows = await tx.range('outbox', 'business_due', [businessId, -Infinity], [businessId, Infinity]);
  return rows.filter((m) => m.waitlistEntryId !== undefined && ids.has(m.waitlistEntryId));
}

/** What an export holds of the customer's waitlists: their entries as staff see them, and the messages to them. */
export async function waitlistDataOf(
  tx: StoreTx,
  business: Business,
  record: StoredCustomerRecord,
): Promise<{ entries: StaffWaitlistEntry[]; messages: StoredOutboxMessage[] }> {
  const { mine, all } = await entriesOfRecord(tx, record);
  const messages = await messagesAbout(tx, business.id, mine);
  return {
    entries: mine.map((e) => toStaffWaitlistEntry(business, e, all)),
    messages: messages.filter((m) => m.recipient.role === 'customer'),
  };
}

/**
 * Removes the customer's details from their waitlist entries and every message about them; active
 * entries leave their list (as a removal by staff). True when a held place was released, so the
 * caller passes it on (`settleAfterChange`) once its transaction committed.
 */
export async function eraseWaitlistData(tx: StoreTx, record: StoredCustomerRecord, nowMs: number): Promise<boolean> {
  const { mine } = await entriesOfRecord(tx, record);
  const now = toIso(nowMs);
  let released = false;
  for (const m of await messagesAbout(tx, record.businessId, mine)) await tx.delete('outbox', m.id);
  for (const e of mine) {
    const erased: StoredWaitlistEntry = {
      ...e,
      customer: { name: ERASED_NAME, timeZone: 'UTC', erased: true },
      answers: [],
      consentedAt: null,
      smsOptIn: false,
      updatedAt: now,
    };
    if (isActive(e)) {
      if (e.state === 'offered' && e.offer) {
        await tx.delete('holds', e.offer.holdId);
        released = true;
      }
      Object.assign(erased, { state: 'left', endedBy: 'staff', endedAt: now });
    }
    await tx.put('waitlist', erased);
  }
  return released;
}
