/** Customers, as their bookings know them (R18: a team member sees their own). */
import { adminAdapterInputSchemas as S, type CustomerRecord, type ListCustomersInput } from '../../schemas/admin.js';
import type { CallOptions } from '../../contract/adapter.js';
import { parseInput, toIso } from '../boundary.js';
import { type AdminScope, emailKey, require } from './admin-scope.js';

export async function listCustomers(
  scope: AdminScope,
  input: ListCustomersInput,
  options?: CallOptions,
): Promise<CustomerRecord[]> {
  const req = parseInput(S.listCustomers, input);
  return scope.tx('readonly', ['businesses', 'appointments'], req.businessId, options, async (tx, actor) => {
    const access = actor.perms.readCustomers;
    require(access !== 'none');
    const now = scope.backend.now();
    const rows = (await scope.allAppointments(tx, actor.business.id)).filter(
      (a) => access === 'all' || a.staffMemberId === actor.me.id,
    );
    const byKey = new Map<string, CustomerRecord>();
    for (const a of rows) {
      const c = a.customer;
      const key =
        emailKey(c.emailAddress) ?? (c.phone ? `tel:${c.phone.replace(/\D/g, '')}` : `name:${c.name.toLowerCase()}`);
      let record = byKey.get(key);
      if (!record) {
        record = { name: c.name, timeZone: c.timeZone, appointmentCount: 0 };
        if (c.emailAddress) record.emailAddress = c.emailAddress;
        if (c.phone) record.phone = c.phone;
        byKey.set(key, record);
      }
      if (a.status !== 'booked') continue;
      record.appointmentCount++;
      // Rows come in start order, so the latest details win.
      record.name = c.name;
      record.timeZone = c.timeZone;
      if (c.phone) record.phone = c.phone;
      if (a.startMs < now) record.lastStart = toIso(a.startMs);
      else record.nextStart ??= toIso(a.startMs);
    }
    const q = req.query?.trim().toLowerCase();
    return [...byKey.values()]
      .filter(
        (r) =>
          !q ||
          r.name.toLowerCase().includes(q) ||
          (r.emailAddress ?? '').toLowerCase().includes(q) ||
          (r.phone ?? '').includes(q),
      )
      .sort((x, y) => x.name.localeCompare(y.name, 'en'));
  });
}
