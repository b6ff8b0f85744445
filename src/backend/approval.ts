/**
 * R23 Approval. A service with `isApprovalRequired` turns a customer's booking into a request:
 * stored as a booked appointment (so it holds its time everywhere, the database's no-overlap
 * constraint included) with `approval: 'pending'` and an expiry, `approvalExpiresAfter` after
 * the request and never later than its start. Staff approve it (the booking stands, reminders are
 * scheduled) or decline it with a message; either way the customer is told. A request nobody
 * answers expires: it stops holding its time at once (the rules ignore it), and the next write
 * that meets it, the server's sweep or the back office's next look at the calendar, cancels it and
 * tells the customer.
 */
import type { Business } from '../core/types.js';
import { isLapsed } from './approval-state.js';
import { around, type Backend, DAY } from './backend.js';
import { toIso } from './boundary.js';
import { appointmentMessages } from './outbox.js';
import type { StoredAppointment, StoreTx } from './store.js';
import { cancelStored } from './cancellation.js';

export { approvalExpiry, isLapsed } from './approval-state.js';

/** Requests around `[from, to]` (as `around` reads) whose time to be approved has passed. */
export async function lapsedAround(
  b: Backend,
  tx: StoreTx,
  business: Business,
  from: number,
  to: number,
): Promise<StoredAppointment[]> {
  const now = b.now();
  return (await around(tx, business, from, to)).filter((a) => isLapsed(a, now));
}

/**
 * Expires lapsed requests among `rows` in the caller's transaction: cancelled, marked `expired`,
 * the customer and staff told (messages need `loadMessageText()` first). Returns those expired.
 */
export async function expireLapsed(
  b: Backend,
  tx: StoreTx,
  business: Business,
  rows: readonly StoredAppointment[],
): Promise<StoredAppointment[]> {
  const nowMs = b.now();
  const lapsed = rows.filter((a) => isLapsed(a, nowMs));
  const now = toIso(nowMs);
  for (const a of lapsed) {
    const expired = await cancelStored(tx, a, { now, approval: 'expired' });
    for (const m of appointmentMessages(b, business, expired, 'expired', {})) await tx.put('outbox', m);
  }
  return lapsed;
}

/**
 * The sweep: expires the lapsed requests of one business in a transaction of its own (the server
 * runs it every minute; the back office before it lists appointments). Returns how many expired.
 */
export async function expireLapsedRequests(b: Backend, businessId: string): Promise<number> {
  const nowMs = b.now();
  // A request expires at its start at the latest, so a lapsed one starts after its expiry; a week
  // back covers a sweep that has not run for days.
  const probe = await b.store.run('readonly', ['appointments'], (tx) =>
    tx.range('appointments', 'business_start', [businessId, nowMs - 7 * DAY], [businessId, Infinity]),
  );
  if (!probe.some((a) => isLapsed(a, nowMs))) return 0;
  return b.store.run(
    'readwrite',
    ['businesses', 'appointments', 'outbox'],
    async (tx) => {
      const stored = await tx.get('businesses', businessId);
      if (!stored) return 0;
      const rows = await tx.range(
        'appointments',
        'business_start',
        [businessId, nowMs - 7 * DAY],
        [businessId, Infinity],
      );
      return (await expireLapsed(b, tx, stored.config, rows)).length;
    },
    { businessIds: [businessId] },
  );
}
