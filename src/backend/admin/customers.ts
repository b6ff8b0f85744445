/**
 * Customer records in the back office: the list (searchable, for the type-ahead too), one record
 * with its history, adding, editing, importing and merging (R18: administrators and schedulers
 * write; a team member reads the customers of their own appointments). The privacy side (export,
 * erase, log) is privacy.ts.
 */
import {
  adminAdapterInputSchemas as S,
  CUSTOMER_PATCH_FIELDS,
  newCustomerSchema,
  type CreateCustomerInput,
  type CustomerDetail,
  type CustomerRecord,
  type GetCustomerInput,
  type ImportCustomersInput,
  type ImportCustomersResult,
  type ListCustomersInput,
  type MergeCustomersInput,
  type NewCustomer,
  type StaffAppointment,
  type UpdateCustomerInput,
} from '../../schemas/admin.js';
import { LIMITS } from '../../schemas/fields.js';
import { validate } from '../../schemas/validate.js';
import type { CallOptions } from '../../contract/adapter.js';
import { BookingError } from '../../contract/errors.js';
import { expireLapsedRequests } from '../approval.js';
import { invalid, invalidAt, parseInput, toIso } from '../boundary.js';
import {
  emailKeyOf,
  fillGaps,
  findRecord,
  linkUnlinked,
  newRecord,
  recordsOf,
  toCustomerRecord,
  withKeys,
} from '../customer-records.js';
import type { StoredAppointment, StoredCustomerRecord, StoreTx } from '../store.js';
import { sessionOf, toStaffAppointment } from '../views.js';
import { type Actor, type AdminScope, applyPatch, require } from './admin-scope.js';
import { audit } from './audit.js';

const READ = ['businesses', 'appointments', 'customers'] as const;
const WRITE = ['businesses', 'appointments', 'customers', 'audit'] as const;

/**
 * Before customers are read: gives appointments without a record one (bookings from before
 * records existed), in a write transaction of its own, only when there are such appointments.
 */
async function ensureLinked(scope: AdminScope, businessId: string | undefined): Promise<void> {
  const pre = await scope.preRead(businessId);
  require(pre.perms.readCustomers !== 'none');
  const b = scope.backend;
  const id = pre.business.id;
  await expireLapsedRequests(b, id);
  const unlinked = (a: StoredAppointment) => a.customerId === undefined && !a.customer.erased;
  const rows = await b.store.run('readonly', ['appointments'], (tx) => scope.allAppointments(tx, id));
  if (!rows.some(unlinked)) return;
  await b.store.run(
    'readwrite',
    ['appointments', 'customers'],
    async (tx) => {
      await linkUnlinked(tx, id, (await scope.allAppointments(tx, id)).filter(unlinked), b.now());
    },
    { businessIds: [id] },
  );
}

/** The appointments a role may see of a business, by customer record. */
async function appointmentsByCustomer(
  scope: AdminScope,
  tx: StoreTx,
  actor: Actor,
): Promise<Map<string, StoredAppointment[]>> {
  const own = actor.perms.readCustomers === 'own';
  const out = new Map<string, StoredAppointment[]>();
  for (const a of await scope.allAppointments(tx, actor.business.id)) {
    if (a.customerId === undefined || (own && a.staffMemberId !== actor.me.id)) continue;
    const list = out.get(a.customerId);
    if (list) list.push(a);
    else out.set(a.customerId, [a]);
  }
  return out;
}

/** How well a record matches a search: 0 not at all, higher is better (name starts with it, then contains…). */
function matchScore(r: CustomerRecord, q: string, digits: string): number {
  const name = r.name.toLowerCase();
  if (name.startsWith(q) || name.split(/\s+/).some((w) => w.startsWith(q))) return 4;
  if ((r.emailAddress ?? '').toLowerCase().startsWith(q)) return 3;
  if (name.includes(q) || (r.emailAddress ?? '').toLowerCase().includes(q)) return 2;
  if (digits.length >= 3 && (r.phone ?? '').replace(/\D/g, '').includes(digits)) return 1;
  return 0;
}

export async function listCustomers(
  scope: AdminScope,
  input: ListCustomersInput,
  options?: CallOptions,
): Promise<CustomerRecord[]> {
  const req = parseInput(S.listCustomers, input);
  await ensureLinked(scope, req.businessId);
  return scope.tx('readonly', READ, req.businessId, options, async (tx, actor) => {
    require(actor.perms.readCustomers !== 'none');
    const now = scope.backend.now();
    const byCustomer = await appointmentsByCustomer(scope, tx, actor);
    let records = await recordsOf(tx, actor.business.id);
    // R18: a team member sees the customers of their own appointments.
    if (actor.perms.readCustomers === 'own') records = records.filter((r) => byCustomer.has(r.id));
    const list = records.map((r) => toCustomerRecord(r, byCustomer.get(r.id) ?? [], now));
    const q = req.query?.trim().toLowerCase() ?? '';
    const byName = (x: CustomerRecord, y: CustomerRecord) =>
      x.name.localeCompare(y.name, 'en') || (x.id < y.id ? -1 : 1);
    let out: CustomerRecord[];
    if (q) {
      const digits = q.replace(/\D/g, '');
      out = list
        .map((r) => ({ r, score: matchScore(r, q, digits) }))
        .filter((x) => x.score > 0)
        .sort((x, y) => y.score - x.score || byName(x.r, y.r))
        .map((x) => x.r);
    } else {
      out = list.sort(byName);
    }
    return req.limit === undefined ? out : out.slice(0, req.limit);
  });
}

/** Staff views of `rows`, with each class session's attendee count (R8). */
async function staffViews(tx: StoreTx, actor: Actor, rows: readonly StoredAppointment[]): Promise<StaffAppointment[]> {
  const sizes = new Map<string, number>();
  const out: StaffAppointment[] = [];
  for (const a of [...rows].sort((x, y) => x.startMs - y.startMs || (x.id < y.id ? -1 : 1))) {
    const key = `${a.serviceId}|${a.staffMemberId}|${a.startMs}`;
    let size = a.status === 'booked' ? sizes.get(key) : 0;
    if (size === undefined) {
      size = (await sessionOf(tx, a)).length;
      sizes.set(key, size);
    }
    out.push(toStaffAppointment(actor.business, a, size));
  }
  return out;
}

/** One record of the acting business, or `not-found`. */
export async function recordOf(tx: StoreTx, actor: Actor, customerId: string): Promise<StoredCustomerRecord> {
  const record = await tx.get('customers', customerId);
  if (!record || record.businessId !== actor.business.id) throw new BookingError('not-found', 'No such customer.');
  return record;
}

/** A record's appointments (every one, cancelled included), by start. */
export function customerAppointments(
  tx: StoreTx,
  businessId: string,
  customerId: string,
): Promise<StoredAppointment[]> {
  return tx.range('appointments', 'business_customer', [businessId, customerId], [businessId, customerId]);
}

export async function getCustomer(
  scope: AdminScope,
  input: GetCustomerInput,
  options?: CallOptions,
): Promise<CustomerDetail> {
  const req = parseInput(S.getCustomer, input);
  await ensureLinked(scope, req.businessId);
  return scope.tx('readonly', READ, req.businessId, options, async (tx, actor) => {
    const access = actor.perms.readCustomers;
    require(access !== 'none');
    const record = await recordOf(tx, actor, req.customerId);
    let rows = await customerAppointments(tx, actor.business.id, record.id);
    if (access === 'own') {
      rows = rows.filter((a) => a.staffMemberId === actor.me.id);
      // Someone else's customer stays unknown to a team member (R18).
      if (rows.length === 0) throw new BookingError('not-found', 'No such customer.');
    }
    return {
      customer: toCustomerRecord(record, rows, scope.backend.now()),
      appointments: await staffViews(tx, actor, rows),
    };
  });
}

/** `customer` validated with the time zone filled in, issues reported under `prefix`. */
function checkCustomer(value: unknown, prefix: string, zone: string): NewCustomer & { timeZone: string } {
  const r = validate(newCustomerSchema, value);
  if (!r.ok)
    throw invalid(r.issues.map((i) => ({ path: i.path ? `${prefix}.${i.path}` : prefix, message: i.message })));
  return { ...r.value, timeZone: r.value.timeZone ?? zone };
}

/** Refuses an email address another record already has. */
async function assertEmailFree(
  tx: StoreTx,
  businessId: string,
  email: string | undefined,
  path: string,
  except?: string,
): Promise<void> {
  const key = emailKeyOf(email);
  if (!key) return;
  const same = await tx.range('customers', 'business_email', [businessId, key], [businessId, key]);
  if (same.some((r) => r.id !== except)) throw invalidAt(path, 'already belongs to another customer');
}

export async function createCustomer(
  scope: AdminScope,
  input: CreateCustomerInput,
  options?: CallOptions,
): Promise<CustomerRecord> {
  const req = parseInput(S.createCustomer, input);
  return scope.tx('readwrite', WRITE, req.businessId, options, async (tx, actor) => {
    require(actor.perms.writeCustomers === 'all');
    const details = checkCustomer(req.customer, 'customer', actor.business.businessTimeZone);
    await assertEmailFree(tx, actor.business.id, details.emailAddress, 'customer.emailAddress');
    const record = newRecord(actor.business.id, details, scope.backend.now());
    await tx.put('customers', record);
    return toCustomerRecord(record, [], scope.backend.now());
  });
}

export async function updateCustomer(
  scope: AdminScope,
  input: UpdateCustomerInput,
  options?: CallOptions,
): Promise<CustomerRecord> {
  const req = parseInput(S.updateCustomer, input);
  const allowed = new Set<string>(CUSTOMER_PATCH_FIELDS);
  const bad = Object.keys(req.patch).filter((k) => !allowed.has(k));
  if (bad.length > 0) throw invalid(bad.map((k) => ({ path: `patch.${k}`, message: 'cannot be changed' })));
  return scope.tx('readwrite', WRITE, req.businessId, options, async (tx, actor) => {
    require(actor.perms.writeCustomers === 'all');
    const record = await recordOf(tx, actor, req.customerId);
    const current: Record<string, unknown> = {};
    for (const k of CUSTOMER_PATCH_FIELDS) if (record[k] !== undefined) current[k] = record[k];
    const details = checkCustomer(applyPatch(current, req.patch), 'patch', actor.business.businessTimeZone);
    await assertEmailFree(tx, actor.business.id, details.emailAddress, 'patch.emailAddress', record.id);
    const now = scope.backend.now();
    const { emailAddress: _e, phone: _p, languageTag: _l, notes: _n, ...base } = record;
    const next = withKeys({
      ...base,
      name: details.name,
      timeZone: details.timeZone,
      ...(details.emailAddress ? { emailAddress: details.emailAddress } : {}),
      ...(details.phone ? { phone: details.phone } : {}),
      ...(details.languageTag ? { languageTag: details.languageTag } : {}),
      ...(details.notes ? { notes: details.notes } : {}),
      updatedAt: toIso(now),
    });
    await tx.put('customers', next);
    const rows = await customerAppointments(tx, actor.business.id, record.id);
    return toCustomerRecord(next, rows, now);
  });
}

export async function importCustomers(
  scope: AdminScope,
  input: ImportCustomersInput,
  options?: CallOptions,
): Promise<ImportCustomersResult> {
  const req = parseInput(S.importCustomers, input);
  return scope.tx('readwrite', WRITE, req.businessId, options, async (tx, actor) => {
    require(actor.perms.writeCustomers === 'all');
    const zone = actor.business.businessTimeZone;
    // Every row first: one bad row imports nothing, and every problem is named at once.
    const rows = req.customers.map((c, i) => checkCustomer(c, `customers[${i}]`, zone));
    const result: ImportCustomersResult = { created: 0, updated: 0, unchanged: 0 };
    const now = scope.backend.now();
    for (const details of rows) {
      const existing = await findRecord(tx, actor.business.id, details);
      if (!existing) {
        await tx.put('customers', newRecord(actor.business.id, details, now));
        result.created++;
        continue;
      }
      const filled = fillGaps(existing, details, now);
      if (filled) {
        await tx.put('customers', filled);
        result.updated++;
      } else result.unchanged++;
    }
    return result;
  });
}

export async function mergeCustomers(
  scope: AdminScope,
  input: MergeCustomersInput,
  options?: CallOptions,
): Promise<CustomerRecord> {
  const req = parseInput(S.mergeCustomers, input);
  const duplicates = [...new Set(req.duplicateIds)];
  if (duplicates.includes(req.customerId)) throw invalidAt('duplicateIds', 'must not include customerId');
  await scope.preRead(req.businessId);
  return scope.tx('readwrite', WRITE, req.businessId, options, async (tx, actor) => {
    require(actor.perms.writeCustomers === 'all');
    const keep = await recordOf(tx, actor, req.customerId);
    const others: StoredCustomerRecord[] = [];
    for (const [i, id] of duplicates.entries()) {
      const record = await tx.get('customers', id);
      if (record?.businessId !== actor.business.id) throw invalidAt(`duplicateIds[${i}]`, 'unknown customer');
      others.push(record);
    }
    const now = scope.backend.now();
    let merged: StoredCustomerRecord = { ...keep };
    const notes = [keep.notes, ...others.map((o) => o.notes)].filter((n): n is string => !!n);
    for (const other of others) {
      merged = fillGaps(merged, { ...other, notes: undefined }, now) ?? merged;
      for (const a of await customerAppointments(tx, actor.business.id, other.id)) {
        await tx.put('appointments', { ...a, customerId: keep.id, updatedAt: toIso(now) });
      }
      await tx.delete('customers', other.id);
    }
    const joined = notes.join('\n\n').slice(0, LIMITS.notes);
    merged = withKeys({ ...merged, ...(joined ? { notes: joined } : {}), updatedAt: toIso(now) });
    await tx.put('customers', merged);
    await audit(scope, tx, actor, 'customersMerged', keep.id, duplicates);
    return toCustomerRecord(merged, await customerAppointments(tx, actor.business.id, keep.id), now);
  });
}
