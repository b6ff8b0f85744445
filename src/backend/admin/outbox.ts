/** The notification outbox (R15), as a role may see it. */
import { adminAdapterInputSchemas as S, type ListOutboxInput, type OutboxMessage } from '../../schemas/admin.js';
import type { CallOptions } from '../../contract/adapter.js';
import type { StoredOutboxMessage } from '../store.js';
import { parseInput } from '../boundary.js';
import { type AdminScope, require } from './admin-scope.js';

export async function listOutbox(
  scope: AdminScope,
  input: ListOutboxInput,
  options?: CallOptions,
): Promise<OutboxMessage[]> {
  const req = parseInput(S.listOutbox, input);
  return scope.tx('readonly', ['businesses', 'appointments', 'outbox'], req.businessId, options, async (tx, actor) => {
    const access = actor.perms.readOutbox;
    require(access !== 'none');
    const id = actor.business.id;
    let rows: StoredOutboxMessage[] =
      req.appointmentId !== undefined
        ? (await tx.range('outbox', 'appointment', [req.appointmentId], [req.appointmentId])).filter(
            (m) => m.businessId === id,
          )
        : await tx.range('outbox', 'business_due', [id, -Infinity], [id, Infinity]);
    if (req.status !== undefined) rows = rows.filter((m) => m.status === req.status);
    if (req.channel !== undefined) rows = rows.filter((m) => m.channel === req.channel);
    // Webhook payloads carry every customer detail: administrators only (the delivery log).
    if (!actor.perms.writeSettings) rows = rows.filter((m) => m.channel !== 'webhook');
    if (access === 'own') {
      const mine = new Set(
        (await scope.allAppointments(tx, id)).filter((a) => a.staffMemberId === actor.me.id).map((a) => a.id),
      );
      rows = rows.filter(
        (m) =>
          m.recipient.staffMemberId === actor.me.id || (m.appointmentId !== undefined && mine.has(m.appointmentId)),
      );
    }
    return rows
      .sort((x, y) => x.dueAtMs - y.dueAtMs || x.createdAt.localeCompare(y.createdAt))
      .map(({ dueAtMs: _dueAtMs, ...m }) => m);
  });
}
