/** What customers and staff see of a waitlist entry (issue 20), checked against the output schemas. */
import { localizedBusiness } from '../../core/localized-business.js';
import type { Business } from '../../core/types.js';
import { BookingError } from '../../contract/errors.js';
import { validate } from '../../schemas/validate.js';
import {
  staffWaitlistEntrySchema,
  waitlistEntrySchema,
  type StaffWaitlistEntry,
  type WaitlistEntry,
} from '../../schemas/waitlist.js';
import { findService } from '../backend.js';
import { json, toIso } from '../boundary.js';
import type { StoredWaitlistEntry } from '../store.js';
import { staffName } from '../views.js';
import { positionOf, waitingCount } from './waitlist-rules.js';

function checked<T>(schema: Parameters<typeof validate<T>>[0], value: unknown): T {
  const r = validate(schema, json(value));
  if (!r.ok)
    throw new BookingError('invalid-input', 'The stored waitlist entry cannot be shown.', { issues: r.issues });
  return r.value;
}

function base(config: Business, e: StoredWaitlistEntry, all: readonly StoredWaitlistEntry[], lang?: string) {
  const business = localizedBusiness(config, lang ?? e.customer.languageTag);
  const service = findService(business, e.serviceId);
  return {
    id: e.id,
    businessId: business.id,
    businessName: business.displayName,
    serviceId: e.serviceId,
    serviceName: service?.displayName ?? e.serviceId,
    staffMemberId: e.staffMemberId,
    staffName: e.staffMemberId === undefined ? undefined : staffName(business, e.staffMemberId),
    wish: e.wish,
    start: e.wish === 'session' ? toIso(e.fromMs) : undefined,
    date: e.date,
    businessTimeZone: business.businessTimeZone,
    state: e.state,
    position: positionOf(e, all),
    waitingCount: waitingCount(e.listKey, all),
    offer:
      (e.state === 'offered' || e.state === 'claimed') && e.offer
        ? {
            start: toIso(e.offer.startMs),
            end: toIso(e.offer.endMs),
            staffName: staffName(business, e.offer.staffMemberId),
            expiresAt: toIso(e.offer.expiresAtMs),
          }
        : undefined,
    appointmentId: e.appointmentId,
    customerName: e.customer.name,
    createdAt: e.createdAt,
  };
}

export function toWaitlistEntry(
  business: Business,
  e: StoredWaitlistEntry,
  all: readonly StoredWaitlistEntry[],
  lang?: string,
): WaitlistEntry {
  return checked(waitlistEntrySchema, base(business, e, all, lang));
}

export function toStaffWaitlistEntry(
  business: Business,
  e: StoredWaitlistEntry,
  all: readonly StoredWaitlistEntry[],
): StaffWaitlistEntry {
  const { erased: _erased, ...customer } = e.customer;
  return checked(staffWaitlistEntrySchema, {
    ...base(business, e, all, business.languageTag),
    customer,
    answers: e.answers,
    listKey: e.listKey,
    offers: e.offers,
    endedBy: e.endedBy,
    lapseReason: e.lapseReason,
    endedAt: e.endedAt,
  });
}
