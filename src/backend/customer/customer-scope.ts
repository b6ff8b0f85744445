/**
 * What every customer call shares: the backend, the business calls without a `businessId`
 * address, and the checks every customer request passes (R10, R14, R17).
 */
import { isStaffSelectionAllowed } from '../../core/policy.js';
import type { Business, Service } from '../../core/types.js';
import type { CallOptions } from '../../contract/adapter.js';
import { BookingError } from '../../contract/errors.js';
import { type Backend, findService, findStaffMember, type RequestContext } from '../backend.js';
import { invalidAt, throwIfAborted } from '../boundary.js';
import { canHostOnline } from '../connectors/meeting-providers.js';
import type { StoredBusiness, StoreName, StoreTx } from '../store.js';

export const WRITE_STORES: readonly StoreName[] = [
  'businesses',
  'appointments',
  'holds',
  'idempotency',
  'outbox',
  'customers',
];

export class CustomerScope {
  readonly backend: Backend;
  readonly ready: Promise<void>;
  readonly defaultBusinessId: string | undefined;

  constructor(backend: Backend, ready: Promise<void>, defaultBusinessId: string | undefined) {
    this.backend = backend;
    this.ready = ready;
    this.defaultBusinessId = defaultBusinessId;
  }

  /** The same scope answering one request (its signed-in customer and client). */
  forRequest(request: RequestContext): CustomerScope {
    return new CustomerScope(this.backend.forRequest(request), this.ready, this.defaultBusinessId);
  }

  async begin(options: CallOptions | undefined): Promise<void> {
    throwIfAborted(options);
    await this.ready;
    throwIfAborted(options);
  }

  businessIdOf(businessId: string | undefined): string {
    const id = businessId ?? this.defaultBusinessId;
    if (id === undefined) throw invalidAt('businessId', 'is required: this adapter has no default business');
    return id;
  }

  async loadBusiness(businessId: string | undefined): Promise<StoredBusiness> {
    const id = this.businessIdOf(businessId);
    const stored = await this.backend.store.run('readonly', ['businesses'], (tx) => tx.get('businesses', id), {
      singleRead: true,
    });
    if (!stored) throw invalidAt('businessId', `unknown business: ${id}`);
    return stored;
  }

  async freshBusiness(tx: StoreTx, businessId: string): Promise<StoredBusiness> {
    const stored = await tx.get('businesses', businessId);
    if (!stored) throw invalidAt('businessId', `unknown business: ${businessId}`);
    return stored;
  }

  /** R17: the page must be published, and restricted pages need a signed-in user. */
  assertOpen(business: Business): void {
    if (!business.bookingPageSettings.isPublished) {
      throw new BookingError('unpublished', `${business.displayName} is not taking bookings online right now.`);
    }
    if (business.bookingPageSettings.accessControl === 'restrictedToOrganization' && !this.backend.deps.signedInUser) {
      throw new BookingError('sign-in-required', `Sign in to book with ${business.displayName}.`);
    }
  }

  /** A service customers may book: hidden ones are unknown to them. */
  customerService(business: Business, serviceId: string): Service {
    const service = findService(business, serviceId);
    if (!service || service.isHiddenFromCustomers) throw invalidAt('serviceId', `unknown service: ${serviceId}`);
    if (!canHostOnline(this.backend.meetingSettings, business, service)) {
      throw new BookingError('policy-violation', `${service.displayName} cannot be booked online right now.`, {
        issues: [{ path: 'serviceId', message: 'has no meeting-link provider' }],
      });
    }
    return service;
  }

  /** R10 and R4: a chosen staff member must be selectable, bookable and assigned to the service. */
  checkChosenStaff(business: Business, service: Service, staffMemberId: string | undefined): void {
    if (staffMemberId === undefined) return;
    if (!isStaffSelectionAllowed(business, service)) {
      throw invalidAt(
        'staffMemberId',
        'choosing a staff member is not offered for this service; leave it out for "Anyone"',
      );
    }
    const staff = findStaffMember(business, staffMemberId);
    if (!staff || !staff.isBookable || !service.staffMemberIds.includes(staffMemberId)) {
      throw invalidAt('staffMemberId', `unknown staff member for this service: ${staffMemberId}`);
    }
  }

  startOf(start: string): number {
    const ms = Date.parse(start);
    if (ms < this.backend.now()) throw invalidAt('start', 'is in the past');
    return ms;
  }

  notFound(): BookingError {
    return new BookingError('not-found', 'No booking matches this link.');
  }
}
