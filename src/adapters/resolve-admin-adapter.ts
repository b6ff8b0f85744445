import type { BookingAdapter, BookingAdminAdapter } from '../contract/adapter.js';
import { BookingError } from '../contract/errors.js';
import { resolveAdapter } from './resolve-adapter.js';

export interface AdminAdapterSource {
  /** An admin adapter object, from a property: used as it is. */
  adapter?: BookingAdminAdapter | undefined;
  /**
   * The customer side used to offer free times when booking or rescheduling on a customer's
   * behalf. Default: `adapter` itself when it implements both sides (the HTTP adapter does).
   */
  bookingAdapter?: BookingAdapter | undefined;
  /** Base URL of a server speaking the REST contract; the admin side needs `getAuthToken`. */
  api?: string;
  getAuthToken?: () => string | undefined | Promise<string | undefined>;
  /** URL of a business configuration JSON for the in-browser reference adapter (shared per URL). */
  configSrc?: string;
  /** With `configSrc`: the staff member to act as (their role applies, R18). */
  staffMember?: string;
  /** With `configSrc`: the business `staffMember` belongs to (default: the configuration's first). */
  business?: string;
}

export interface ResolvedAdminAdapter {
  admin: BookingAdminAdapter;
  /** Absent when the backend offers no customer side; staff then type a time in. */
  booking: BookingAdapter | undefined;
}

interface ActsAsStaff {
  asStaff(staffMemberId: string, options?: { businessId?: string }): BookingAdminAdapter;
}

function isBookingAdapter(value: unknown): value is BookingAdapter {
  const v = value as Partial<BookingAdapter> | undefined;
  return typeof v?.getBookingPage === 'function' && typeof v.getAvailability === 'function';
}

function actsAsStaff(value: unknown): value is ActsAsStaff {
  return typeof (value as Partial<ActsAsStaff> | undefined)?.asStaff === 'function';
}

/**
 * The admin adapter a `<booking-admin>` element should talk to, and the customer side beside it.
 * `config-src` reuses the page's one reference adapter for that URL (so the booking page and the
 * back office share one store) and acts as `staffMember`; without one it answers
 * `sign-in-required`. `undefined`: nothing is configured.
 */
export async function resolveAdminAdapter(source: AdminAdapterSource): Promise<ResolvedAdminAdapter | undefined> {
  if (source.adapter) {
    const booking = source.bookingAdapter ?? (isBookingAdapter(source.adapter) ? source.adapter : undefined);
    return { admin: source.adapter, booking };
  }
  if (source.api) {
    const { HttpAdapter } = await import('./http/http-adapter.js');
    const adapter = new HttpAdapter({
      baseUrl: source.api,
      ...(source.getAuthToken ? { getAuthToken: source.getAuthToken } : {}),
    });
    return { admin: adapter, booking: source.bookingAdapter ?? adapter };
  }
  if (!source.configSrc) return undefined;
  if (!source.staffMember) throw new BookingError('sign-in-required', 'Choose the staff member to act as.');
  const reference = await resolveAdapter({ configSrc: source.configSrc });
  const options = source.business ? { businessId: source.business } : {};
  let admin: BookingAdminAdapter;
  if (actsAsStaff(reference)) admin = reference.asStaff(source.staffMember, options);
  else {
    // The page's adapter is the customer side only (reference-customer-adapter.ts): the admin side
    // over the same store comes with reference-adapter.ts.
    const { ReferenceAdapter, ReferenceCustomerAdapter } = await import('./reference/reference-adapter.js');
    if (!(reference instanceof ReferenceCustomerAdapter))
      throw new BookingError('network', 'This adapter has no admin side.');
    admin = ReferenceAdapter.staffOf(reference, source.staffMember, options);
  }
  return { admin, booking: source.bookingAdapter ?? reference };
}
