/**
 * Customer records: one per customer of a business, found by email address (case-insensitive),
 * else by phone number (its digits). Every booking links to one, inside the booking's own
 * transaction: an existing record when the details match, else a new one. A booking never
 * overwrites what staff typed into a record; it only fills fields the record lacks.
 *
 * Appointments written before records existed carry no `customerId`; `linkUnlinked` gives them
 * records the first time the back office lists customers. Erased customers' appointments stay
 * unlinked for good (their details are gone).
 */
import type { CustomerRecord } from '../schemas/admin.js';
import { toIso } from './boundary.js';
import { newId } from './crypto.js';
import type { StoredAppointment, StoredCustomer, StoredCustomerRecord, StoreTx } from './store.js';

/** The key a record is found by from an email address: trimmed, lower-cased. */
export function emailKeyOf(email: string | undefined): string | undefined {
  return email?.trim().toLowerCase() || undefined;
}

/** The key a record is found by from a phone number: its digits, when there are enough to mean something. */
export function phoneKeyOf(phone: string | undefined): string | undefined {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length >= 5 ? digits : undefined;
}

/** Contact details as a booking or staff give them. */
export interface CustomerDetailsInput {
  name: string;
  emailAddress?: string | undefined;
  phone?: string | undefined;
  timeZone: string;
  languageTag?: string | undefined;
  notes?: string | undefined;
}

/** A record's stored form for `details`, keys included. */
export function newRecord(businessId: string, details: CustomerDetailsInput, nowMs: number): StoredCustomerRecord {
  const now = toIso(nowMs);
  const record: StoredCustomerRecord = {
    id: newId('cus'),
    businessId,
    name: details.name,
    timeZone: details.timeZone,
    createdAt: now,
    updatedAt: now,
  };
  return withKeys({
    ...record,
    ...(details.emailAddress ? { emailAddress: details.emailAddress } : {}),
    ...(details.phone ? { phone: details.phone } : {}),
    ...(details.languageTag ? { languageTag: details.languageTag } : {}),
    ...(details.notes ? { notes: details.notes } : {}),
  });
}

/** The record with its index keys matching its email and phone. */
export function withKeys(record: StoredCustomerRecord): StoredCustomerRecord {
  const { emailKey: _e, phoneKey: _p, ...rest } = record;
  const emailKey = emailKeyOf(rest.emailAddress);
  const phoneKey = phoneKeyOf(rest.phone);
  return { ...rest, ...(emailKey ? { emailKey } : {}), ...(phoneKey ? { phoneKey } : {}) };
}

/** Every record of a business. */
export function recordsOf(tx: StoreTx, businessId: string): Promise<StoredCustomerRecord[]> {
  return tx.range('customers', 'business', [businessId], [businessId]);
}

/**
 * The record `details` belong to: the one with the same email address; without an email address
 * (or no record with it), one with the same phone number that has no other email address.
 */
export async function findRecord(
  tx: StoreTx,
  businessId: string,
  details: Pick<CustomerDetailsInput, 'emailAddress' | 'phone'>,
): Promise<StoredCustomerRecord | undefined> {
  const email = emailKeyOf(details.emailAddress);
  if (email) {
    const byEmail = await tx.range('customers', 'business_email', [businessId, email], [businessId, email]);
    if (byEmail[0]) return byEmail[0];
  }
  const phone = phoneKeyOf(details.phone);
  if (phone) {
    const byPhone = await tx.range('customers', 'business_phone', [businessId, phone], [businessId, phone]);
    // A record with another email address is somebody else sharing the phone (a family's number).
    return byPhone.find((r) => !email || !r.emailKey || r.emailKey === email);
  }
  return undefined;
}

/** Fills the fields `record` lacks from `details`; undefined when nothing changes. */
export function fillGaps(
  record: StoredCustomerRecord,
  details: CustomerDetailsInput,
  nowMs: number,
): StoredCustomerRecord | undefined {
  const next: StoredCustomerRecord = { ...record };
  if (!next.emailAddress && details.emailAddress) next.emailAddress = details.emailAddress;
  if (!next.phone && details.phone) next.phone = details.phone;
  if (!next.languageTag && details.languageTag) next.languageTag = details.languageTag;
  if (!next.notes && details.notes) next.notes = details.notes;
  if (
    next.emailAddress === record.emailAddress &&
    next.phone === record.phone &&
    next.languageTag === record.languageTag &&
    next.notes === record.notes
  ) {
    return undefined;
  }
  return withKeys({ ...next, updatedAt: toIso(nowMs) });
}

/**
 * The record a booking belongs to, inside the booking's transaction: `customerId` when staff chose
 * one (it must be of this business), else a match by email or phone (its gaps filled), else a new
 * record. Returns its id; the booking's own `customer` keeps the details it was made with.
 */
export async function linkBooking(
  tx: StoreTx,
  businessId: string,
  customer: StoredCustomer,
  nowMs: number,
  customerId?: string,
): Promise<string | undefined> {
  const details: CustomerDetailsInput = { ...customer, notes: undefined };
  let record: StoredCustomerRecord | undefined;
  if (customerId !== undefined) {
    record = await tx.get('customers', customerId);
    if (!record || record.businessId !== businessId) return undefined;
  } else {
    record = await findRecord(tx, businessId, details);
  }
  if (!record) {
    const created = newRecord(businessId, details, nowMs);
    await tx.put('customers', created);
    return created.id;
  }
  const filled = fillGaps(record, details, nowMs);
  if (filled) await tx.put('customers', filled);
  return record.id;
}

/**
 * Gives every appointment of a business that has no record one (appointments from before records
 * existed, or written straight to the store), grouping them as bookings do. Erased customers'
 * appointments are left alone. Returns how many were linked.
 */
export async function linkUnlinked(
  tx: StoreTx,
  businessId: string,
  appointments: readonly StoredAppointment[],
  nowMs: number,
): Promise<number> {
  let linked = 0;
  // Oldest first, so a record's name is the one the customer first booked with.
  for (const a of [...appointments].sort((x, y) => Date.parse(x.createdAt) - Date.parse(y.createdAt))) {
    if (a.customerId !== undefined || a.customer.erased) continue;
    const id = await linkBooking(tx, businessId, a.customer, nowMs);
    if (id === undefined) continue;
    await tx.put('appointments', { ...a, customerId: id });
    linked++;
  }
  return linked;
}

/** A record as staff see it, with figures from `appointments` (its own, already filtered by role). */
export function toCustomerRecord(
  record: StoredCustomerRecord,
  appointments: readonly StoredAppointment[],
  nowMs: number,
): CustomerRecord {
  const out: CustomerRecord = {
    id: record.id,
    name: record.name,
    timeZone: record.timeZone,
    appointmentCount: 0,
    cancelledCount: 0,
    noShowCount: 0,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
  if (record.emailAddress) out.emailAddress = record.emailAddress;
  if (record.phone) out.phone = record.phone;
  if (record.languageTag) out.languageTag = record.languageTag;
  if (record.notes) out.notes = record.notes;
  let last: number | undefined;
  let next: number | undefined;
  for (const a of appointments) {
    if (a.status !== 'booked') {
      out.cancelledCount++;
      continue;
    }
    out.appointmentCount++;
    if (a.attendance === 'noShow') out.noShowCount++;
    if (a.startMs < nowMs) last = Math.max(last ?? -Infinity, a.startMs);
    else next = Math.min(next ?? Infinity, a.startMs);
  }
  if (last !== undefined) out.lastStart = toIso(last);
  if (next !== undefined) out.nextStart = toIso(next);
  return out;
}
