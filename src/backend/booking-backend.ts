/**
 * Both sides of the backend over one store, as the booking server serves them: the customer side
 * (`BookingAdapter`) and, per signed-in staff member, the admin side (`asStaff`). The reference
 * adapter (adapters/reference/) wires the same two sides to a memory or IndexedDB store, with
 * the admin side loaded lazily for the script-tag bundle.
 */
import { AdminService } from './admin/admin-service.js';
import { expireLapsedRequests } from './approval.js';
import { loadMessageText } from './outbox.js';
import type { Backend } from './backend.js';
import { CustomerService } from './customer/customer-service.js';
import { seedBusinesses } from './seed.js';
import type { Business } from '../core/types.js';

export class BookingBackend extends CustomerService {
  /** Seeds `businesses` the store does not hold yet; every call waits for that. */
  constructor(backend: Backend, options: { seed?: readonly Business[]; defaultBusinessId?: string } = {}) {
    const ready = seedBusinesses(backend, options.seed ?? []);
    // Callers see a seeding failure on their first call; do not report it as unhandled meanwhile.
    ready.catch(() => undefined);
    super(backend, ready, options.defaultBusinessId ?? options.seed?.[0]?.id);
  }

  /** The admin side (R18), acting for `staffMemberId` of `businessId` (default: the default business). */
  asStaff(staffMemberId: string, options: { businessId?: string } = {}): AdminService {
    const { backend, ready, defaultBusinessId } = this.scope;
    return new AdminService(backend, ready, staffMemberId, options.businessId ?? defaultBusinessId);
  }

  /** R23: expires the requests nobody answered in time, in each business named (the server's sweep); how many. */
  async expireLapsedRequests(businessIds: readonly string[]): Promise<number> {
    await Promise.all([this.scope.ready, loadMessageText()]);
    let expired = 0;
    for (const id of businessIds) expired += await expireLapsedRequests(this.scope.backend, id);
    return expired;
  }

  /**
   * Issue 20: in each business named, offers not claimed in time lapse and pass to the next person
   * waiting, and places that came free are offered (the server's sweep); how many entries changed.
   */
  async settleWaitlists(businessIds: readonly string[]): Promise<number> {
    await this.scope.ready;
    const { settleWaitlist } = await import('./waitlist/waitlist-rules.js');
    let changed = 0;
    for (const id of businessIds) changed += await settleWaitlist(this.scope.backend, id);
    return changed;
  }
}
