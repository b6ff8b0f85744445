/**
 * The stored record of a new booking, as every way of booking writes it: a customer's booking, each
 * date of a repeat booking, and staff booking on a customer's behalf. The caller adds what is its own
 * (consent, tracking, approval, the series, who made it) and then files it under a customer record.
 */
import type { Business, Service } from '../core/types.js';
import type { Backend } from './backend.js';
import { sha256Hex } from './hash.js';
import type { Placement } from './placement.js';
import type { Tracking } from '../schemas/booking.js';
import type { StoredAnswer, StoredAppointment, StoredCustomer } from './store.js';

export interface BookedRecordInput {
  id: string;
  businessId: string;
  service: Service;
  placement: Placement;
  customer: StoredCustomer;
  answers: StoredAnswer[];
  /** What the customer asked for; it counts only where the service sends text messages. */
  smsOptIn: boolean | undefined;
  joinWebUrl: string | undefined;
  /** The manage token (R14): only its hash is stored. */
  token: string;
  /** ISO instant of the booking. */
  now: string;
  bookedBy: StoredAppointment['bookedBy'];
  consentedAt: string | null;
}

export function bookedRecord(b: Backend, o: BookedRecordInput): StoredAppointment {
  const { service, placement } = o;
  return {
    id: o.id,
    businessId: o.businessId,
    serviceId: service.id,
    serviceName: service.displayName,
    staffMemberId: placement.staffMemberId,
    startMs: placement.startMs,
    endMs: placement.endMs,
    preBufferMs: placement.preBufferMs,
    postBufferMs: placement.postBufferMs,
    status: 'booked',
    customer: { ...o.customer },
    answers: o.answers,
    consentedAt: o.consentedAt,
    smsOptIn: b.smsOn(service) && o.smsOptIn === true,
    ...(o.joinWebUrl !== undefined ? { joinWebUrl: o.joinWebUrl } : {}),
    manageTokenHash: sha256Hex(`manage:${o.token}`),
    bookedBy: o.bookedBy,
    createdAt: o.now,
    updatedAt: o.now,
    sequence: 0,
    maximumAttendeesCount: service.maximumAttendeesCount,
  };
}

/** What a customer's request adds: consent (R13) when the page asks for it, and where they came from. */
export function customerBookedRecord(
  b: Backend,
  business: Business,
  req: { consent?: { accepted?: boolean } | undefined; tracking?: Tracking | undefined },
  o: Omit<BookedRecordInput, 'businessId' | 'bookedBy' | 'consentedAt'>,
): StoredAppointment {
  const consented = business.bookingPageSettings.isCustomerConsentEnabled && req.consent?.accepted === true;
  return {
    ...bookedRecord(b, { ...o, businessId: business.id, bookedBy: 'customer', consentedAt: consented ? o.now : null }),
    ...(req.tracking && Object.keys(req.tracking).length > 0 ? { tracking: req.tracking } : {}),
  };
}
