// The customer calls that write or read a booking: holds, booking, and the private link's view,
// reschedule and cancel. `CustomerService` loads them on the first such call, so a page on the
// reference adapter shows its first free times without this code (placement, outbox, hashing).
import type { CallOptions } from '../../contract/adapter.js';
import { BookingError } from '../../contract/errors.js';
import type { CancelInput, CustomerAppointment, RescheduleInput } from '../../schemas/booking.js';
import { cancel as cancelBooking, reschedule as rescheduleBooking } from './manage.js';
import type { CustomerScope } from './customer-scope.js';
import type * as WaitlistModule from '../waitlist/waitlist-customer.js';

export { book, holdSlot } from './booking.js';
export { getBooking } from './manage.js';

let waitlistModule: Promise<typeof WaitlistModule> | undefined;

/** The waitlist's code (issue 20), loaded once on first use; a failed load is a `network` error, tried again next time. */
export function waitlist(): Promise<typeof WaitlistModule> {
  waitlistModule ??= import('../waitlist/waitlist-customer.js').catch((error: unknown) => {
    waitlistModule = undefined;
    const reason = error instanceof Error ? error.message : String(error);
    throw new BookingError('network', `Could not load the waitlist part of the backend: ${reason}`, { cause: error });
  });
  return waitlistModule;
}

/**
 * Issue 20: a cancellation or a move may free a place someone is waiting for. Only businesses with
 * a waitlist on some service load the waitlist's code; the change itself already stands.
 */
export async function afterFreed(scope: CustomerScope, appointmentId: string): Promise<void> {
  const b = scope.backend;
  const businessId = await b.store.run('readonly', ['appointments', 'businesses'], async (tx) => {
    const a = await tx.get('appointments', appointmentId);
    const stored = a && (await tx.get('businesses', a.businessId));
    return stored?.config.services.some((s) => s.isWaitlistEnabled) ? stored.id : undefined;
  });
  if (businessId === undefined) return;
  const { settleAfterChange } = await import('../waitlist/waitlist-rules.js').catch(() => ({
    settleAfterChange: undefined,
  }));
  await settleAfterChange?.(b, businessId);
}

export async function cancel(scope: CustomerScope, input: CancelInput, options?: CallOptions): Promise<void> {
  await cancelBooking(scope, input, options);
  await afterFreed(scope, input.appointmentId);
}

export async function reschedule(
  scope: CustomerScope,
  input: RescheduleInput,
  options?: CallOptions,
): Promise<CustomerAppointment> {
  const moved = await rescheduleBooking(scope, input, options);
  await afterFreed(scope, input.appointmentId);
  return moved;
}
