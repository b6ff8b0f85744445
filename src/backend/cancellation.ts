/**
 * A stored appointment cancelled, as every way of cancelling writes it: a customer's cancel (one
 * date, or the rest of a series), staff's (one attendee, a class session, the rest of a series), a
 * request staff decline and one that lapses (R20). The record is put with its sequence bumped and
 * its pending reminders stop, in the caller's transaction; the caller sends what is its own.
 */
import { cancelPendingReminders } from './outbox.js';
import type { StoredAppointment, StoreTx } from './store.js';

export interface Cancellation {
  /** ISO instant of the cancel. */
  now: string;
  /** Who cancelled; a lapsed request says none. */
  by?: 'customer' | 'staff';
  /** The words given with it (the customer's reason, staff's message). */
  message?: string | undefined;
  /** A request's end: declined by staff, or expired unanswered. */
  approval?: 'declined' | 'expired';
}

export async function cancelStored(tx: StoreTx, a: StoredAppointment, c: Cancellation): Promise<StoredAppointment> {
  const cancelled: StoredAppointment = {
    ...a,
    status: 'cancelled',
    ...(c.approval ? { approval: c.approval } : {}),
    cancelledAt: c.now,
    ...(c.by ? { cancelledBy: c.by } : {}),
    ...(c.message !== undefined ? { cancellationMessage: c.message } : {}),
    updatedAt: c.now,
    sequence: a.sequence + 1,
  };
  // A declined request is no longer waiting for an answer; a lapsed one keeps when it lapsed.
  if (c.approval === 'declined') delete cancelled.approvalExpiresAtMs;
  await tx.put('appointments', cancelled);
  await cancelPendingReminders(tx, a.id);
  return cancelled;
}
