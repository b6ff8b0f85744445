/**
 * The customer side of the backend (`BookingAdapter`): the booking page, free times, holds,
 * booking, and the private link's view, reschedule and cancel. One module per concern
 * (booking-page.ts, booking.ts, manage.ts) over one shared scope (customer-scope.ts); the booking
 * and manage calls load on first use (customer-writes.ts), the page and free times do not wait.
 *
 * Manage tokens (R14): 256 bits from `crypto.getRandomValues`; only their SHA-256 is stored, and
 * a presented token's hash is compared in constant time. A wrong token and an unknown
 * appointment give the same `not-found`.
 */
import type { BookingAdapter, CallOptions } from '../../contract/adapter.js';
import type { SignedInUser } from '../../schemas/customer.js';
import type {
  AvailabilityRequest,
  AvailableSlot,
  BookingPageData,
  GetBookingPageInput,
} from '../../schemas/customer.js';
import type {
  BookRequest,
  BookResult,
  CancelInput,
  CustomerAppointment,
  GetBookingInput,
  HoldSlotInput,
  HoldSlotResult,
  RescheduleInput,
} from '../../schemas/booking.js';
import type {
  ClaimWaitlistOfferInput,
  JoinWaitlistInput,
  JoinWaitlistResult,
  LeaveWaitlistInput,
  WaitlistEntry,
  WaitlistRefInput,
} from '../../schemas/waitlist.js';
import { BookingError } from '../../contract/errors.js';
import type { Backend, RequestContext } from '../backend.js';
import { getAvailability, getBookingPage } from './booking-page.js';
import { CustomerScope } from './customer-scope.js';
import type * as WritesModule from './customer-writes.js';
import type * as SeriesModule from './series-calls.js';
import type {
  BookSeriesRequest,
  BookSeriesResult,
  CancelFollowingInput,
  CheckSeriesInput,
  CustomerSeries,
  GetSeriesInput,
  SeriesCheck,
} from '../../schemas/series.js';

type Writes = typeof WritesModule;
let writes: Promise<Writes> | undefined;

/**
 * The booking and manage calls (customer-writes.ts), loaded once on the first of them; a failed
 * load is a `network` error, tried again on the next call.
 */
function loadWrites(): Promise<Writes> {
  writes ??= import('./customer-writes.js').catch((error: unknown) => {
    writes = undefined;
    const reason = error instanceof Error ? error.message : String(error);
    throw new BookingError('network', `Could not load the booking part of the backend: ${reason}`, { cause: error });
  });
  return writes;
}

export class CustomerService implements BookingAdapter {
  protected readonly scope: CustomerScope;

  /** `ready` settles when the store holds the seeded businesses; every call waits for it. */
  constructor(backend: Backend, ready: Promise<void>, defaultBusinessId: string | undefined) {
    this.scope = new CustomerScope(backend, ready, defaultBusinessId);
  }

  /**
   * The same service (same store, clock and connectors) acting for another signed-in customer
   * (R17): a server makes one per request from the request's session. Subclasses keep their class.
   */
  withSignedInUser(user: SignedInUser | undefined): this {
    return this.forRequest(user ? { signedInUser: user } : {});
  }

  /** The same service answering one request: its signed-in customer (R17) and its client (the hold cap). */
  forRequest(request: RequestContext): this {
    const view = Object.create(Object.getPrototypeOf(this) as object) as this;
    return Object.assign(view, { scope: this.scope.forRequest(request) });
  }

  getBookingPage(input: GetBookingPageInput, options?: CallOptions): Promise<BookingPageData> {
    return getBookingPage(this.scope, input, options);
  }

  getAvailability(input: AvailabilityRequest, options?: CallOptions): Promise<AvailableSlot[]> {
    return getAvailability(this.scope, input, options);
  }

  holdSlot(input: HoldSlotInput, options?: CallOptions): Promise<HoldSlotResult> {
    return loadWrites().then((w) => w.holdSlot(this.scope, input, options));
  }

  book(input: BookRequest, options?: CallOptions): Promise<BookResult> {
    return loadWrites().then((w) => w.book(this.scope, input, options));
  }

  getBooking(input: GetBookingInput, options?: CallOptions): Promise<CustomerAppointment> {
    return loadWrites().then((w) => w.getBooking(this.scope, input, options));
  }

  reschedule(input: RescheduleInput, options?: CallOptions): Promise<CustomerAppointment> {
    return loadWrites().then((w) => w.reschedule(this.scope, input, options));
  }

  cancel(input: CancelInput, options?: CallOptions): Promise<void> {
    return loadWrites().then((w) => w.cancel(this.scope, input, options));
  }

  // Repeat bookings (issue 20): their own chunk, loaded on the first series call.
  checkSeries(input: CheckSeriesInput, options?: CallOptions): Promise<SeriesCheck> {
    return loadSeries().then((m) => m.checkSeries(this.scope, input, options));
  }

  bookSeries(input: BookSeriesRequest, options?: CallOptions): Promise<BookSeriesResult> {
    return loadSeries().then((m) => m.bookSeries(this.scope, input, options));
  }

  getSeries(input: GetSeriesInput, options?: CallOptions): Promise<CustomerSeries> {
    return loadSeries().then((m) => m.getSeries(this.scope, input, options));
  }

  cancelFollowing(input: CancelFollowingInput, options?: CallOptions): Promise<CustomerSeries> {
    return loadSeries().then((m) => m.cancelFollowing(this.scope, input, options));
  }

  // Waitlists (issue 20): their code loads with the first waitlist call.
  joinWaitlist(input: JoinWaitlistInput, options?: CallOptions): Promise<JoinWaitlistResult> {
    return loadWrites().then((w) => w.waitlist().then((m) => m.joinWaitlist(this.scope, input, options)));
  }

  getWaitlistEntry(input: WaitlistRefInput, options?: CallOptions): Promise<WaitlistEntry> {
    return loadWrites().then((w) => w.waitlist().then((m) => m.getWaitlistEntry(this.scope, input, options)));
  }

  leaveWaitlist(input: LeaveWaitlistInput, options?: CallOptions): Promise<void> {
    return loadWrites().then((w) => w.waitlist().then((m) => m.leaveWaitlist(this.scope, input, options)));
  }

  claimWaitlistOffer(input: ClaimWaitlistOfferInput, options?: CallOptions): Promise<BookResult> {
    return loadWrites().then((w) => w.waitlist().then((m) => m.claimWaitlistOffer(this.scope, input, options)));
  }
}

let series: Promise<typeof SeriesModule> | undefined;

/** The series calls (series-calls.ts), loaded once; a failed load is a `network` error, tried again next time. */
function loadSeries(): Promise<typeof SeriesModule> {
  series ??= import('./series-calls.js').catch((error: unknown) => {
    series = undefined;
    const reason = error instanceof Error ? error.message : String(error);
    throw new BookingError('network', `Could not load the series part of the backend: ${reason}`, { cause: error });
  });
  return series;
}
