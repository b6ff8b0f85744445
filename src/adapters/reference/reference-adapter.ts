/**
 * The reference adapter: the whole backend (src/backend/) running where it is constructed, in
 * memory (Node, tests) or in IndexedDB (browsers, shared by every tab of the origin). It is the
 * executable specification of the rules R4–R21 and implements both adapter sides:
 * `BookingAdapter` directly and `BookingAdminAdapter` through `asStaff(staffMemberId)`.
 *
 * Seeding: the constructor's `config` (one business or a list) is validated at once
 * (`invalid-input` with paths, thrown by the constructor). Each business is written to the store
 * only when the store does not have a business with that id yet, so admin edits made in an
 * earlier session (or another tab) win over the file the page was built with. To start over,
 * use a new `databaseName` or `deleteReferenceDatabase(name)`.
 */
import type { Store } from '../../backend/store.js';
import { parseRruleSyntax } from '../../core/rrule-syntax.js';
import { useRruleSyntax } from '../../schemas/rrule-checker.js';
import { IndexedDbStore } from './indexeddb-store.js';
import { MemoryStore } from './memory-store.js';
import { ReferenceCustomerAdapter, type ReferenceAdapterOptions } from './reference-customer-adapter.js';
import { lazyAdminAdapter, type ReferenceAdminAdapter } from './staff-adapter.js';

export type { BusyInterval, PersonalCalendarProvider } from '../../backend/connectors/calendar.js';
export type { MeetingLinkProvider, MeetingLinkRequest } from '../../backend/connectors/meeting-links.js';
export { ReferenceCustomerAdapter, type ReferenceAdapterOptions } from './reference-customer-adapter.js';

/** Deletes a reference adapter's IndexedDB database (tests, "reset demo data"). */
export { deleteDatabase as deleteReferenceDatabase } from './indexeddb-store.js';

// Its constructor validates configurations synchronously, rules included (rrule-checker.ts).
useRruleSyntax(parseRruleSyntax);

function storeOf(options: ReferenceAdapterOptions): Store {
  if (typeof options.storage === 'object') return options.storage;
  return options.storage === 'indexeddb'
    ? new IndexedDbStore(options.databaseName ?? 'booking-elements')
    : new MemoryStore();
}

export class ReferenceAdapter extends ReferenceCustomerAdapter {
  constructor(options: ReferenceAdapterOptions) {
    super({ ...options, storage: storeOf(options) });
  }

  /**
   * The admin side (R18), acting for `staffMemberId` of `businessId` (default: the first configured
   * business). Its code loads on the first call (staff-adapter.ts), so a booking page never downloads it.
   */
  asStaff(staffMemberId: string, options: { businessId?: string } = {}): ReferenceAdminAdapter {
    return ReferenceAdapter.staffOf(this, staffMemberId, options);
  }

  /** `asStaff` for any reference adapter's customer side (the back office beside a script-tag page's). */
  static staffOf(
    adapter: ReferenceCustomerAdapter,
    staffMemberId: string,
    options: { businessId?: string } = {},
  ): ReferenceAdminAdapter {
    const { backend, ready, defaultBusinessId } = adapter['scope'];
    const businessId = options.businessId ?? defaultBusinessId;
    return lazyAdminAdapter(async () => {
      const [{ AdminService }] = await Promise.all([
        import('../../backend/admin/admin-service.js'),
        import('../../backend/outbox.js').then((m) => m.loadMessageText()),
      ]);
      return new AdminService(backend, ready, staffMemberId, businessId);
    });
  }
}
