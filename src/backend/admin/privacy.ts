/**
 * A customer's data, for administrators: everything held about one customer as JSON (an access
 * request), and erasure (personal data removed; the appointments stay, anonymous, so reports and
 * figures still add up). Both are written to the privacy log with who and when, never with the
 * customer's personal data, so the log does not undo an erasure. Both include the customer's
 * waitlist entries (waitlist-privacy.ts).
 */
import {
  adminAdapterInputSchemas as S,
  type AuditEntry,
  type CustomerDataExport,
  type EraseCustomerInput,
  type ExportCustomerDataInput,
  type ListAuditLogInput,
  type OutboxMessage,
} from '../../schemas/admin.js';
import type { CallOptions } from '../../contract/adapter.js';
import { parseInput, toIso } from '../boundary.js';
import { toCustomerRecord } from '../customer-records.js';
import type { StoredAppointment } from '../store.js';
import { sessionOf, toStaffAppointment } from '../views.js';
import { settleAfterChange } from '../waitlist/waitlist-rules.js';
import { eraseWaitlistData, waitlistDataOf } from '../waitlist/waitlist-privacy.js';
import { type AdminScope, require } from './admin-scope.js';
import { audit } from './audit.js';
import { customerAppointments, recordOf } from './customers.js';

const STORES = ['businesses', 'appointments', 'holds', 'outbox', 'customers', 'audit', 'waitlist'] as const;

/** The name an erased customer's appointments keep (the back office shows its own words for it). */
export const ERASED_NAME = 'Erased customer';

export async function exportCustomerData(
  scope: AdminScope,
  input: ExportCustomerDataInput,
  options?: CallOptions,
): Promise<CustomerDataExport> {
  const req = parseInput(S.exportCustomerData, input);
  return scope.tx('readwrite', STORES, req.businessId, options, async (tx, actor) => {
    require(actor.perms.privacy, 'Only administrators can export a customer’s data.');
    const record = await recordOf(tx, actor, req.customerId);
    const rows = await customerAppointments(tx, actor.business.id, record.id);
    const appointments = [];
    const messages: OutboxMessage[] = [];
    for (const a of rows) {
      appointments.push(
        toStaffAppointment(actor.business, a, a.status === 'booked' ? (await sessionOf(tx, a)).length : 0),
      );
      for (const m of await tx.range('outbox', 'appointment', [a.id], [a.id])) {
        if (m.recipient.role !== 'customer') continue;
        const { dueAtMs: _due, ...message } = m;
        messages.push(message);
      }
    }
    const waitlist = await waitlistDataOf(tx, actor.business, record);
    for (const { dueAtMs: _due, ...message } of waitlist.messages) messages.push(message);
    const now = scope.backend.now();
    await audit(scope, tx, actor, 'customerExported', record.id);
    return {
      exportedAt: toIso(now),
      business: { id: actor.business.id, displayName: actor.business.displayName },
      customer: toCustomerRecord(record, rows, now),
      appointments,
      waitlist: waitlist.entries,
      messages,
    };
  });
}

export async function eraseCustomer(
  scope: AdminScope,
  input: EraseCustomerInput,
  options?: CallOptions,
): Promise<void> {
  const req = parseInput(S.eraseCustomer, input);
  const { businessId, released } = await scope.tx('readwrite', STORES, req.businessId, options, async (tx, actor) => {
    require(actor.perms.privacy, 'Only administrators can erase a customer.');
    const record = await recordOf(tx, actor, req.customerId);
    const rows = await customerAppointments(tx, actor.business.id, record.id);
    const now = scope.backend.now();
    // Upcoming bookings still need a way to reach the customer: they are cancelled first (R18b's spirit).
    const upcoming = rows.filter((a) => a.status === 'booked' && a.endMs > now);
    if (upcoming.length > 0) throw scope.refuseWithAppointments('This customer', upcoming);
    for (const a of rows) {
      const anonymous: StoredAppointment = {
        ...a,
        customer: { name: ERASED_NAME, timeZone: 'UTC', erased: true },
        answers: [],
        consentedAt: null,
        smsOptIn: false,
        updatedAt: toIso(now),
      };
      delete anonymous.customerId;
      delete anonymous.cancellationMessage;
      await tx.put('appointments', anonymous);
      // Every message about the appointment names the customer.
      for (const m of await tx.range('outbox', 'appointment', [a.id], [a.id])) await tx.delete('outbox', m.id);
    }
    // Waiting lists too: off every list (a held place is released), details removed.
    const released = await eraseWaitlistData(tx, record, now);
    await tx.delete('customers', record.id);
    await audit(scope, tx, actor, 'customerErased', record.id);
    return { businessId: actor.business.id, released };
  });
  // A place the customer was offered goes to the next person waiting.
  if (released) await settleAfterChange(scope.backend, businessId);
}

export async function listAuditLog(
  scope: AdminScope,
  input: ListAuditLogInput,
  options?: CallOptions,
): Promise<AuditEntry[]> {
  const req = parseInput(S.listAuditLog, input);
  return scope.tx('readonly', ['businesses', 'audit'], req.businessId, options, async (tx, actor) => {
    require(actor.perms.privacy, 'Only administrators can read the privacy log.');
    const id = actor.business.id;
    const rows = await tx.range('audit', 'business_at', [id, -Infinity], [id, Infinity]);
    return rows
      .filter((e) => req.customerId === undefined || e.customerId === req.customerId)
      .reverse()
      .map(({ businessId: _b, atMs: _a, ...entry }) => entry);
  });
}
