/** Scheduling policy: which policy applies (R5), staff choice (R10) and customer changes (R6). */
import { durationMs } from './duration.js';
import type { Business, EpochMs, SchedulingPolicy, Service } from './types.js';

/**
 * A service's own policy replaces the business policy's lead time, advance, grid, staff choice
 * and assignment (R5). It adds its closures and special hours to the business's, never replacing
 * them: a day the business closed stays closed (R7; see `prepare` in schedule.ts).
 */
export function effectivePolicy(business: Business, service: Service | undefined): SchedulingPolicy {
  return service?.schedulingPolicy ?? business.schedulingPolicy;
}

/** R10: staff choice only when the business policy and the service's own policy (if any) allow it. */
export function isStaffSelectionAllowed(business: Business, service: Service | undefined): boolean {
  return business.schedulingPolicy.allowStaffSelection && (service?.schedulingPolicy?.allowStaffSelection ?? true);
}

/** R5: a policy is valid only when `maximumAdvance − minimumLeadTime ≥ 24h`. */
export function isBookingWindowValid(policy: Pick<SchedulingPolicy, 'minimumLeadTime' | 'maximumAdvance'>): boolean {
  return durationMs(policy.maximumAdvance) - durationMs(policy.minimumLeadTime) >= 24 * 3_600_000;
}

/** R5: starts must satisfy `earliest ≤ start < latest`. */
export function bookingWindow(policy: SchedulingPolicy, now: EpochMs): { earliest: EpochMs; latest: EpochMs } {
  return { earliest: now + durationMs(policy.minimumLeadTime), latest: now + durationMs(policy.maximumAdvance) };
}

/** R6: the last instant a customer may cancel or reschedule, `start − minimumLeadTime`. */
export function customerChangeDeadline(appointmentStart: EpochMs, policy: SchedulingPolicy): EpochMs {
  return appointmentStart - durationMs(policy.minimumLeadTime);
}

export type CustomerChangeCheck =
  | { allowed: true; deadline: EpochMs }
  | { allowed: false; deadline: EpochMs; reason: 'deadlinePassed' | 'staffBookingNotManageable' };

/**
 * R6: may the customer cancel or reschedule now? Until `start − minimumLeadTime` (inclusive);
 * bookings made by staff only when the service has `isCustomerAllowedToManageBooking`.
 * `policy` is the effective one (`effectivePolicy(business, service)`).
 */
export function canCustomerChange(
  appointment: { start: EpochMs },
  policy: SchedulingPolicy,
  now: EpochMs,
  createdBy: 'customer' | 'staff',
  service: Pick<Service, 'isCustomerAllowedToManageBooking'>,
): CustomerChangeCheck {
  const deadline = customerChangeDeadline(appointment.start, policy);
  if (createdBy === 'staff' && !service.isCustomerAllowedToManageBooking) {
    return { allowed: false, deadline, reason: 'staffBookingNotManageable' };
  }
  if (now > deadline) return { allowed: false, deadline, reason: 'deadlinePassed' };
  return { allowed: true, deadline };
}
