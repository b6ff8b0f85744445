/**
 * What callers see of stored appointments: the customer's view (never other customers' data),
 * the staff view, the session an attendee belongs to (R8), whether the customer may still change
 * a booking (R6), and the explainer's reasons as JSON.
 */
import { localizedBusiness } from '../core/localized-business.js';
import { formatDuration } from '../core/format-duration.js';
import type { SlotCheck, UnavailableReason } from '../core/engine-types.js';
import { customerChangeDeadline, effectivePolicy } from '../core/policy.js';
import type { Business, EpochMs, Interval } from '../core/types.js';
import type { OutsideRulesEntry, StaffAppointment, UnavailableReasonJson } from '../schemas/admin.js';
import type { CustomerAppointment } from '../schemas/booking.js';
import { isLapsed } from './approval-state.js';
import { findService, findStaffMember } from './backend.js';
import { toIso } from './boundary.js';
import type { StoredAppointment, StoreTx } from './store.js';

const LEAD_CODES = new Set(['minimumLeadTime', 'beyondMaximumAdvance']);

/** Instants as ISO strings and buffers as ISO durations, for the explainer's JSON. */
export function reasonToJson(reason: UnavailableReason): UnavailableReasonJson {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(reason)) {
    if (
      typeof value === 'number' &&
      ['start', 'end', 'earliestStart', 'latestStart', 'previous', 'next', 'lastSyncedAt'].includes(key)
    ) {
      out[key] = toIso(value);
    } else if (typeof value === 'number' && /(pre|post)Buffer$/i.test(key)) {
      out[key] = formatDuration(value);
    } else if (key === 'windows' && Array.isArray(value)) {
      out[key] = (value as Interval[]).map((w) => ({ start: toIso(w.start), end: toIso(w.end) }));
    } else {
      out[key] = value;
    }
  }
  return out as UnavailableReasonJson;
}

export function staffName(business: Business, staffMemberId: string): string {
  return findStaffMember(business, staffMemberId)?.displayName ?? 'Staff';
}

/** R6: may the customer change this appointment at `now`, and until when. */
export function customerMayChange(
  business: Business,
  a: StoredAppointment,
  now: EpochMs,
): { allowed: boolean; deadline: EpochMs; why?: string } {
  const service = findService(business, a.serviceId);
  const deadline = customerChangeDeadline(a.startMs, effectivePolicy(business, service));
  if (a.status !== 'booked') return { allowed: false, deadline, why: 'This booking is cancelled.' };
  if (isLapsed(a, now)) return { allowed: false, deadline, why: 'This request expired before it was approved.' };
  if (a.bookedBy === 'staff' && !(service?.isCustomerAllowedToManageBooking ?? false)) {
    return {
      allowed: false,
      deadline,
      why: `This booking was made by ${business.displayName}; contact them to change it.`,
    };
  }
  if (now > deadline) {
    return {
      allowed: false,
      deadline,
      why: `Changes were possible until ${toIso(deadline)}; contact ${business.displayName} to change it now.`,
    };
  }
  return { allowed: true, deadline };
}

function customerDetails(a: StoredAppointment): CustomerAppointment['customer'] {
  const c = a.customer;
  return {
    name: c.name,
    timeZone: c.timeZone,
    ...(c.emailAddress !== undefined ? { emailAddress: c.emailAddress } : {}),
    ...(c.phone !== undefined ? { phone: c.phone } : {}),
    ...(c.notes !== undefined ? { notes: c.notes } : {}),
    // The language they booked in (issue 17): the manage page and staff read it.
    ...(c.languageTag !== undefined ? { languageTag: c.languageTag } : {}),
  };
}

export function toCustomerAppointment(
  business: Business,
  a: StoredAppointment,
  attendeeCount: number,
  now: EpochMs,
  languageTag?: string,
): CustomerAppointment {
  // The service's name in the language asked for, else the one the customer booked in (issue 17).
  const service = findService(localizedBusiness(business, languageTag ?? a.customer.languageTag), a.serviceId);
  const change = customerMayChange(business, a, now);
  const out: CustomerAppointment = {
    id: a.id,
    businessId: business.id,
    businessName: business.displayName,
    serviceId: a.serviceId,
    serviceName: service?.displayName ?? a.serviceName,
    staffMemberIds: [a.staffMemberId],
    staffNames: [staffName(business, a.staffMemberId)],
    start: toIso(a.startMs),
    end: toIso(a.endMs),
    status: a.status,
    isLocationOnline: service?.isLocationOnline ?? a.joinWebUrl !== undefined,
    customer: customerDetails(a),
    answers: a.answers.map((x) => ({ ...x })),
    smsOptIn: a.smsOptIn,
    canManage: change.allowed,
    manageUntil: toIso(change.deadline),
    maximumAttendeesCount: service?.maximumAttendeesCount ?? 1,
    createdBy: a.bookedBy,
  };
  if (a.joinWebUrl !== undefined) out.joinWebUrl = a.joinWebUrl;
  if (!out.isLocationOnline && business.address) out.address = { ...business.address };
  if (a.consentedAt) out.consentAcceptedAt = a.consentedAt;
  if ((service?.maximumAttendeesCount ?? 1) > 1) out.attendeeCount = attendeeCount;
  if (a.cancellationMessage !== undefined) out.cancellationReason = a.cancellationMessage;
  if (a.seriesId !== undefined && a.series)
    out.series = { id: a.seriesId, index: a.series.index, count: a.series.count };
  // R23: a lapsed request reads as expired at once, before the sweep has written it so.
  if (isLapsed(a, now)) {
    out.status = 'cancelled';
    out.approval = 'expired';
  } else if (a.approval === 'pending' || a.approval === 'declined' || a.approval === 'expired') {
    out.approval = a.approval;
  }
  return out;
}

export function toStaffAppointment(business: Business, a: StoredAppointment, attendeeCount: number): StaffAppointment {
  const service = findService(business, a.serviceId);
  const out: StaffAppointment = {
    id: a.id,
    businessId: business.id,
    serviceId: a.serviceId,
    serviceName: service?.displayName ?? a.serviceName,
    staffMemberId: a.staffMemberId,
    staffMemberName: staffName(business, a.staffMemberId),
    start: toIso(a.startMs),
    end: toIso(a.endMs),
    status: a.status,
    customer: customerDetails(a),
    answers: a.answers.map((x) => ({ ...x })),
    smsOptIn: a.smsOptIn,
    createdBy: a.bookedBy,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    attendeeCount,
    maximumAttendeesCount: service?.maximumAttendeesCount ?? 1,
  };
  if (a.consentedAt) out.consentAcceptedAt = a.consentedAt;
  if (a.joinWebUrl !== undefined) out.joinWebUrl = a.joinWebUrl;
  if (a.createdByStaffMemberId !== undefined) out.createdByStaffMemberId = a.createdByStaffMemberId;
  if (a.cancelledAt !== undefined) out.cancelledAt = a.cancelledAt;
  if (a.cancelledBy !== undefined) out.cancelledBy = a.cancelledBy;
  if (a.cancellationMessage !== undefined) out.cancellationMessage = a.cancellationMessage;
  if (a.tracking !== undefined) out.tracking = structuredClone(a.tracking);
  if (a.customerId !== undefined) out.customerId = a.customerId;
  if (a.customer.erased) out.customerErased = true;
  if (a.approval !== undefined) out.approval = a.approval;
  if (a.approvalExpiresAtMs !== undefined) out.approvalExpiresAt = toIso(a.approvalExpiresAtMs);
  if (a.attendance !== undefined) out.attendance = a.attendance;
  if (a.seriesId !== undefined && a.series)
    out.series = { id: a.seriesId, index: a.series.index, count: a.series.count };
  return out;
}

/** Booked attendees of the session `a` belongs to (R8), from rows already read. */
export function sessionSize(rows: readonly StoredAppointment[], a: StoredAppointment): number {
  if (a.status !== 'booked') return 0;
  return rows.filter(
    (b) =>
      b.status === 'booked' &&
      b.serviceId === a.serviceId &&
      b.staffMemberId === a.staffMemberId &&
      b.startMs === a.startMs,
  ).length;
}

/** The booked attendees of `a`'s session (R8), read from the store. */
export async function sessionOf(tx: StoreTx, a: StoredAppointment): Promise<StoredAppointment[]> {
  const rows = await tx.range(
    'appointments',
    'staff_start',
    [a.businessId, a.staffMemberId, a.startMs],
    [a.businessId, a.staffMemberId, a.startMs],
  );
  return rows.filter((b) => b.status === 'booked' && b.serviceId === a.serviceId);
}

/** R18b: an appointment the current rules would no longer allow, with why; null when it still fits. */
export function outsideRules(
  business: Business,
  a: StoredAppointment,
  check: SlotCheck,
  size: number,
): OutsideRulesEntry | null {
  const staff = check.explanation.find((s) => s.staffMemberId === a.staffMemberId);
  const reasons = (staff?.reasons ?? []).filter((r) => !LEAD_CODES.has(r.code));
  if (reasons.length === 0) return null;
  return { appointment: toStaffAppointment(business, a, size), reasons: reasons.map(reasonToJson) };
}
