/**
 * The reference adapter: a complete backend that runs where it is constructed, in memory (Node,
 * tests) or in IndexedDB (browsers, shared by every tab of the origin). It is the executable
 * specification of the rules R4–R21 and implements both adapter sides:
 * `BookingAdapter` directly and `BookingAdminAdapter` through `asStaff(staffMemberId)`.
 *
 * Seeding: the constructor's `config` (one business or a list) is validated at once
 * (`invalid-input` with paths, thrown by the constructor). Each business is written to the store
 * only when the store does not have a business with that id yet, so admin edits made in an
 * earlier session (or another tab) win over the file the page was built with. To start over,
 * use a new `databaseName` or `deleteReferenceDatabase(name)`.
 *
 * Manage tokens (R14): 256 bits from `crypto.getRandomValues`; only their SHA-256 is stored, and
 * a presented token's hash is compared in constant time. A wrong token and an unknown
 * appointment give the same `not-found`.
 */
import { computeAvailability, toAvailableSlots } from '../../core/availability.js';
import { durationMs } from '../../core/duration.js';
import { effectivePolicy, isStaffSelectionAllowed } from '../../core/policy.js';
import type { Business, Service } from '../../core/types.js';
import type { SignedInUser } from '../../schemas/admin.js';
import { signedInUserSchema } from '../../schemas/admin.js';
import { businessSchema } from '../../schemas/business.js';
import { checkBookingDetails } from '../../schemas/booking-details.js';
import {
  availabilityRequestSchema,
  bookingPageDataSchema,
  bookRequestSchema,
  cancelInputSchema,
  getBookingInputSchema,
  getBookingPageInputSchema,
  holdSlotInputSchema,
  rescheduleInputSchema,
  type AvailabilityRequest,
  type AvailableSlot,
  type BookingPageData,
  type BookRequest,
  type BookResult,
  type CancelInput,
  type CustomerAppointment,
  type GetBookingInput,
  type GetBookingPageInput,
  type HoldSlotInput,
  type HoldSlotResult,
  type RescheduleInput,
} from '../../schemas/customer.js';
import { validate, type SchemaIssue } from '../../schemas/validate.js';
import type { BookingAdapter, CallOptions } from '../../contract/adapter.js';
import { BookingError } from '../../contract/errors.js';
import {
  Backend,
  loadMessageText,
  RetryWithFreshConfig,
  findService,
  findStaffMember,
  type MeetingLinkProvider,
  type PersonalCalendarProvider,
} from '../../backend/backend.js';
import { constantTimeEqual, newId, sha256Hex } from '../../backend/crypto.js';
import { IndexedDbStore } from './indexeddb-store.js';
import { MemoryStore } from './memory-store.js';
import { lazyAdminAdapter, type ReferenceAdminAdapter } from './staff-adapter.js';
import type { Store, StoredAppointment, StoredBusiness, StoreName, StoreTx } from '../../backend/store.js';
import { invalid, invalidAt, json, parseInput, throwIfAborted, toIso } from '../../backend/util.js';

export type { MeetingLinkProvider, MeetingLinkRequest, PersonalCalendarProvider, BusyInterval } from '../../backend/backend.js';

const DAY = 86_400_000;
const WRITE_STORES: readonly StoreName[] = ['businesses', 'appointments', 'holds', 'idempotency', 'outbox'];

export interface ReferenceAdapterOptions {
  /** One business configuration or a list (R20); validated with the schemas. Seeds the store (see the module comment). */
  config: unknown;
  /**
   * `memory`: this object only (Node, tests). `indexeddb`: persistent, shared by the origin's tabs.
   * Or any `Store` (the server passes its PostgreSQL store), so the same rules run on it.
   */
  storage: 'memory' | 'indexeddb' | Store;
  /** The business `businessId`-less calls address. Default: the first business of `config`. */
  defaultBusinessId?: string;
  /** IndexedDB database name (default `booking-elements`); one per independent data set. */
  databaseName?: string;
  /** The clock, epoch milliseconds. Default: the real clock (only here, at the outermost layer). */
  now?: () => number;
  /** A source in `[0, 1)` for `random` staff assignment (R9). Default `Math.random`. Never used for tokens. */
  random?: () => number;
  /** R4: busy time of staff whose availability follows their own calendar. */
  personalCalendar?: PersonalCalendarProvider;
  /** R16: join URLs for online services. Default: a deterministic, clearly fake `https://meet.example.invalid/…`. */
  meetingLinks?: MeetingLinkProvider;
  /**
   * R17: the signed-in customer, for pages with `accessControl: 'restrictedToOrganization'`.
   * Without one, such pages answer `sign-in-required`. (The reference adapter trusts whoever
   * constructs it; a server adapter checks a session instead.)
   */
  signedInUser?: SignedInUser;
  /** The customer's private link in confirmation messages. Default: `#appointment=…&token=…` (relative; what `<booking-manage>` reads). */
  manageLink?: (i: { businessId: string; appointmentId: string; manageToken: string }) => string;
  /** How long a `holdSlot` reservation lasts (default 5 minutes). */
  holdMs?: number;
}

function defaultManageLink(i: { appointmentId: string; manageToken: string }): string {
  return `#appointment=${encodeURIComponent(i.appointmentId)}&token=${encodeURIComponent(i.manageToken)}`;
}

/** Validates one business or a list; issues of the n-th business are reported at `[n].…`. */
function parseConfig(config: unknown): Business[] {
  const list = Array.isArray(config) ? (config as unknown[]) : [config];
  const issues: SchemaIssue[] = [];
  const businesses: Business[] = [];
  list.forEach((item, i) => {
    const r = validate(businessSchema, item);
    if (r.ok) businesses.push(r.value);
    else {
      const prefix = Array.isArray(config) ? `[${i}]` : '';
      for (const issue of r.issues) {
        issues.push({
          path: prefix
            ? issue.path
              ? `${prefix}${issue.path.startsWith('[') ? '' : '.'}${issue.path}`
              : prefix
            : issue.path,
          message: issue.message,
        });
      }
    }
  });
  const seen = new Set<string>();
  businesses.forEach((b, i) => {
    if (seen.has(b.id)) issues.push({ path: `[${i}].id`, message: `duplicate business id: ${b.id}` });
    seen.add(b.id);
  });
  if (issues.length > 0) throw invalid(issues, 'The business configuration is not valid.');
  return businesses;
}

/** Deletes a reference adapter's IndexedDB database (tests, "reset demo data"). */
export { deleteDatabase as deleteReferenceDatabase } from './indexeddb-store.js';

export class ReferenceAdapter implements BookingAdapter {
  private readonly backend: Backend;
  private readonly ready: Promise<void>;
  private readonly defaultBusinessId: string | undefined;

  constructor(options: ReferenceAdapterOptions) {
    const businesses = parseConfig(options.config);
    let signedInUser: SignedInUser | undefined;
    if (options.signedInUser !== undefined) {
      const r = validate(signedInUserSchema, options.signedInUser);
      if (!r.ok) throw invalid(r.issues.map((i) => ({ ...i, path: `signedInUser.${i.path}` })));
      signedInUser = r.value;
    }
    const store: Store =
      typeof options.storage === 'object'
        ? options.storage
        : options.storage === 'indexeddb'
          ? new IndexedDbStore(options.databaseName ?? 'booking-elements')
          : new MemoryStore();
    this.backend = new Backend({
      store,
      now: options.now ?? (() => Date.now()),
      random: options.random ?? Math.random,
      ...(options.personalCalendar ? { personalCalendar: options.personalCalendar } : {}),
      ...(options.meetingLinks ? { meetingLinks: options.meetingLinks } : {}),
      ...(signedInUser ? { signedInUser } : {}),
      manageLink: options.manageLink ?? defaultManageLink,
      holdMs: options.holdMs ?? 5 * 60_000,
    });
    this.defaultBusinessId = options.defaultBusinessId ?? businesses[0]?.id;
    this.ready = this.seed(businesses);
    // Callers see a seeding failure on their first call; do not report it as unhandled meanwhile.
    this.ready.catch(() => undefined);
  }

  private async seed(businesses: readonly Business[]): Promise<void> {
    if (businesses.length === 0) return;
    const now = toIso(this.backend.now());
    await this.backend.store.run(
      'readwrite',
      ['businesses'],
      async (tx) => {
        for (const config of businesses) {
          if (await tx.get('businesses', config.id)) continue;
          await tx.put('businesses', {
            id: config.id,
            config,
            createdAt: now,
            updatedAt: now,
            revision: 1,
            lastAssigned: {},
          });
        }
      },
      { businessIds: businesses.map((b) => b.id) },
    );
  }

  /**
   * The admin side (R18), acting for `staffMemberId` of `businessId` (default: the first configured
   * business). Its code loads on the first call (staff-adapter.ts), so a booking page never downloads it.
   */
  asStaff(staffMemberId: string, options: { businessId?: string } = {}): ReferenceAdminAdapter {
    const { backend, ready } = this;
    const businessId = options.businessId ?? this.defaultBusinessId;
    return lazyAdminAdapter(async () => {
      const [{ ReferenceAdminAdapter }] = await Promise.all([import('../../backend/admin/admin-service.js'), loadMessageText()]);
      return new ReferenceAdminAdapter(backend, ready, staffMemberId, businessId);
    });
  }

  /**
   * The same adapter (same store, clock and providers) acting for another signed-in customer
   * (R17): a server makes one per request from the request's session.
   */
  withSignedInUser(user: SignedInUser | undefined): ReferenceAdapter {
    const view = Object.create(ReferenceAdapter.prototype) as ReferenceAdapter;
    const { signedInUser: _previous, ...deps } = this.backend.deps;
    return Object.assign(view, {
      ready: this.ready,
      defaultBusinessId: this.defaultBusinessId,
      backend: new Backend(user ? { ...deps, signedInUser: user } : deps),
    });
  }

  /** Closes the store's connection (IndexedDB); later calls fail. */
  close(): void {
    this.backend.store.close();
  }

  // ---------------------------------------------------------------- helpers

  private async begin(options: CallOptions | undefined): Promise<void> {
    throwIfAborted(options);
    await this.ready;
    throwIfAborted(options);
  }

  private businessIdOf(businessId: string | undefined): string {
    const id = businessId ?? this.defaultBusinessId;
    if (id === undefined) throw invalidAt('businessId', 'is required: this adapter has no default business');
    return id;
  }

  private async loadBusiness(businessId: string | undefined): Promise<StoredBusiness> {
    const id = this.businessIdOf(businessId);
    const stored = await this.backend.store.run('readonly', ['businesses'], (tx) => tx.get('businesses', id));
    if (!stored) throw invalidAt('businessId', `unknown business: ${id}`);
    return stored;
  }

  /** R17: the page must be published, and restricted pages need a signed-in user. */
  private assertOpen(business: Business): void {
    if (!business.bookingPageSettings.isPublished) {
      throw new BookingError('unpublished', `${business.displayName} is not taking bookings online right now.`);
    }
    if (business.bookingPageSettings.accessControl === 'restrictedToOrganization' && !this.backend.deps.signedInUser) {
      throw new BookingError('sign-in-required', `Sign in to book with ${business.displayName}.`);
    }
  }

  /** A service customers may book: hidden ones are unknown to them. */
  private customerService(business: Business, serviceId: string): Service {
    const service = findService(business, serviceId);
    if (!service || service.isHiddenFromCustomers) throw invalidAt('serviceId', `unknown service: ${serviceId}`);
    return service;
  }

  /** R10 and R4: a chosen staff member must be selectable, bookable and assigned to the service. */
  private checkChosenStaff(business: Business, service: Service, staffMemberId: string | undefined): void {
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

  private startOf(start: string): number {
    const ms = Date.parse(start);
    if (ms < this.backend.now()) throw invalidAt('start', 'is in the past');
    return ms;
  }

  /** Runs `attempt` again when the configuration changed between the preparation and the transaction. */
  private async retrying<T>(attempt: () => Promise<T>): Promise<T> {
    for (let i = 0; ; i++) {
      try {
        return await attempt();
      } catch (error) {
        if (!(error instanceof RetryWithFreshConfig) || i >= 2) throw error;
      }
    }
  }

  /** Verifies a manage token against the stored hash in constant time; unknown and wrong look the same. */
  private verifyToken(a: StoredAppointment | undefined, manageToken: string): a is StoredAppointment {
    const presented = sha256Hex(`manage:${manageToken}`);
    const expected = a?.manageTokenHash ?? sha256Hex('manage:');
    return constantTimeEqual(presented, expected) && a !== undefined;
  }

  private notFound(): BookingError {
    return new BookingError('not-found', 'No booking matches this link.');
  }

  // ---------------------------------------------------------------- BookingAdapter

  async getBookingPage(input: GetBookingPageInput, options?: CallOptions): Promise<BookingPageData> {
    const req = parseInput(getBookingPageInputSchema, input);
    await this.begin(options);
    const { config: business } = await this.loadBusiness(req.businessId);
    this.assertOpen(business);
    throwIfAborted(options);
    const services = business.services.filter((s) => !s.isHiddenFromCustomers);
    const staffIds = new Set(services.flatMap((s) => s.staffMemberIds));
    const questionIds = new Set(services.flatMap((s) => (s.customQuestions ?? []).map((q) => q.questionId)));
    const publicPolicy = (p: Business['schedulingPolicy']) => ({
      timeSlotInterval: p.timeSlotInterval,
      minimumLeadTime: p.minimumLeadTime,
      maximumAdvance: p.maximumAdvance,
      allowStaffSelection: p.allowStaffSelection,
    });
    const data = {
      business: {
        id: business.id,
        displayName: business.displayName,
        businessTimeZone: business.businessTimeZone,
        email: business.email,
        phone: business.phone,
        webSiteUrl: business.webSiteUrl,
        logoUrl: business.logoUrl,
        address: business.address,
        languageTag: business.languageTag,
        defaultCurrencyIso: business.defaultCurrencyIso,
      },
      bookingPageSettings: business.bookingPageSettings,
      schedulingPolicy: publicPolicy(business.schedulingPolicy),
      services: services.map((s) => ({
        id: s.id,
        displayName: s.displayName,
        description: s.description,
        defaultDuration: s.defaultDuration,
        defaultPrice: s.defaultPrice,
        defaultPriceType: s.defaultPriceType,
        currency: s.currency,
        isLocationOnline: s.isLocationOnline,
        maximumAttendeesCount: s.maximumAttendeesCount,
        // Only staff a customer can book: the page must not list a non-bookable member.
        staffMemberIds: s.staffMemberIds.filter((id) => findStaffMember(business, id)?.isBookable),
        customQuestions: s.customQuestions ?? [],
        isEmailRequired: s.isEmailRequired,
        smsNotificationsEnabled: s.smsNotificationsEnabled,
        allowStaffSelection: isStaffSelectionAllowed(business, s),
        schedulingPolicy: publicPolicy(effectivePolicy(business, s)),
      })),
      // id and displayName only: never emails, roles or hours.
      staffMembers: business.staffMembers
        .filter((s) => s.isBookable && staffIds.has(s.id))
        .map((s) => ({ id: s.id, displayName: s.displayName })),
      customQuestions: business.customQuestions.filter((q) => questionIds.has(q.id)),
    };
    // The output schema strips anything not meant for customers and drops undefined members.
    const r = validate(bookingPageDataSchema, json(data));
    if (!r.ok)
      throw new BookingError('invalid-input', 'The stored configuration cannot be shown.', { issues: r.issues });
    return r.value;
  }

  async getAvailability(input: AvailabilityRequest, options?: CallOptions): Promise<AvailableSlot[]> {
    const req = parseInput(availabilityRequestSchema, input);
    await this.begin(options);
    const { config: business } = await this.loadBusiness(req.businessId);
    this.assertOpen(business);
    const service = this.customerService(business, req.serviceId);
    this.checkChosenStaff(business, service, req.staffMemberId);
    const range = { start: Date.parse(req.start), end: Date.parse(req.end) };
    const b = this.backend;
    const prepared = await b.prepare(business, b.concernedStaff(business, service, req.staffMemberId), {
      start: range.start - DAY,
      end: range.end + DAY,
    });
    throwIfAborted(options);
    const now = b.now();
    const { appointments, holds } = await b.store.run('readonly', ['appointments', 'holds'], async (tx) => ({
      appointments: await b.bookedAround(tx, business, range.start, range.end),
      holds: await b.holdsAround(tx, business, range.start, range.end),
    }));
    throwIfAborted(options);
    const query = b.slotQuery(
      { business, service, enforceLeadTime: true, prepared },
      range.start,
      appointments,
      holds.filter((h) => h.expiresAtMs > now),
    );
    const slots = computeAvailability({
      ...query,
      range,
      ...(req.staffMemberId !== undefined ? { staffMemberId: req.staffMemberId } : {}),
    });
    return toAvailableSlots(slots);
  }

  async holdSlot(input: HoldSlotInput, options?: CallOptions): Promise<HoldSlotResult> {
    const req = parseInput(holdSlotInputSchema, input);
    await this.begin(options);
    const startMs = this.startOf(req.start);
    const b = this.backend;
    return this.retrying(async () => {
      const { config: pre } = await this.loadBusiness(req.businessId);
      this.assertOpen(pre);
      const preService = this.customerService(pre, req.serviceId);
      this.checkChosenStaff(pre, preService, req.staffMemberId);
      const prepared = await b.prepare(pre, b.concernedStaff(pre, preService, req.staffMemberId), {
        start: startMs - DAY,
        end: startMs + 2 * DAY,
      });
      throwIfAborted(options);
      return b.store.run(
        'readwrite',
        ['businesses', 'appointments', 'holds'],
        async (tx) => {
          const business = await this.freshBusiness(tx, pre.id);
          const service = this.customerService(business.config, req.serviceId);
          this.checkChosenStaff(business.config, service, req.staffMemberId);
          const placement = await b.place(tx, {
            business: business.config,
            service,
            ...(req.staffMemberId !== undefined ? { staffMemberId: req.staffMemberId } : {}),
            startMs,
            enforceLeadTime: true,
            prepared,
            lastAssigned: business.lastAssigned[service.id],
          });
          for (const id of placement.expiredHoldIds) await tx.delete('holds', id);
          const expiresAtMs = b.now() + b.deps.holdMs;
          const hold = {
            id: newId('hold'),
            businessId: business.id,
            serviceId: service.id,
            staffMemberId: placement.staffMemberId,
            startMs: placement.startMs,
            endMs: placement.endMs,
            preBufferMs: placement.preBufferMs,
            postBufferMs: placement.postBufferMs,
            expiresAtMs,
          };
          await tx.put('holds', hold);
          throwIfAborted(options);
          return { holdId: hold.id, expiresAt: toIso(expiresAtMs) };
        },
        { businessIds: [pre.id] },
      );
    });
  }

  /** The first result of a booking made with this idempotency key, or undefined; a reused key with another request is refused. */
  private async replay(
    tx: StoreTx,
    businessId: string,
    idempotencyId: string,
    fingerprint: string,
    key: string,
  ): Promise<BookResult | undefined> {
    const b = this.backend;
    const previous = await tx.get('idempotency', idempotencyId);
    if (!previous || previous.expiresAtMs <= b.now()) return undefined;
    if (previous.fingerprint !== fingerprint) {
      throw invalidAt('idempotencyKey', 'was already used for a different booking; use a new key');
    }
    const existing = await tx.get('appointments', previous.appointmentId);
    const stored = await tx.get('businesses', businessId);
    if (!existing || !stored) return undefined;
    const session = await b.sessionOf(tx, existing);
    return {
      appointment: b.toCustomerAppointment(stored.config, existing, session.length),
      manageToken: b.unsealToken(previous.sealedToken, businessId, key),
    };
  }

  private async freshBusiness(tx: StoreTx, businessId: string): Promise<StoredBusiness> {
    const stored = await tx.get('businesses', businessId);
    if (!stored) throw invalidAt('businessId', `unknown business: ${businessId}`);
    return stored;
  }

  async book(input: BookRequest, options?: CallOptions): Promise<BookResult> {
    const req = parseInput(bookRequestSchema, input);
    await this.begin(options);
    await loadMessageText();
    const b = this.backend;
    const fingerprint = sha256Hex(JSON.stringify({ ...req, idempotencyKey: undefined, holdId: undefined }));
    return this.retrying(async () => {
      const { config: pre } = await this.loadBusiness(req.businessId);
      const idempotencyId = b.idempotencyId(pre.id, req.idempotencyKey);
      // A retry after a lost response is answered before anything else: no provider is called
      // again, and a first booking that has since moved into the lead time is still returned.
      const early = await b.store.run('readonly', ['businesses', 'appointments', 'idempotency'], (tx) =>
        this.replay(tx, pre.id, idempotencyId, fingerprint, req.idempotencyKey),
      );
      if (early) return early;
      this.assertOpen(pre);
      const preService = this.customerService(pre, req.serviceId);
      this.checkChosenStaff(pre, preService, req.staffMemberId);
      const details = checkBookingDetails(req, preService, pre.customQuestions, pre.bookingPageSettings);
      if (details.length > 0) throw invalid(details, 'Some details are missing or not valid.');
      const startMs = this.startOf(req.start);
      const prepared = await b.prepare(pre, b.concernedStaff(pre, preService, req.staffMemberId), {
        start: startMs - DAY,
        end: startMs + 2 * DAY,
      });
      try {
        await b.store.run('readonly', ['appointments', 'holds'], (tx) =>
          b.precheck(tx, {
            business: pre,
            service: preService,
            ...(req.staffMemberId !== undefined ? { staffMemberId: req.staffMemberId } : {}),
            startMs,
            enforceLeadTime: true,
            ...(req.holdId !== undefined ? { holdId: req.holdId } : {}),
            prepared,
          }),
        );
      } catch (error) {
        // A twin request with the same key may have just booked this very slot: answer as it.
        if (!(error instanceof BookingError && error.code === 'slot-unavailable')) throw error;
        const twin = await b.store.run('readonly', ['businesses', 'appointments', 'idempotency'], (tx) =>
          this.replay(tx, pre.id, idempotencyId, fingerprint, req.idempotencyKey),
        );
        if (twin) return twin;
        throw error;
      }
      const appointmentId = newId('apt');
      const { token, bytes } = b.newToken();
      const duration = durationMs(preService.defaultDuration);
      const joinWebUrl = preService.isLocationOnline
        ? await b.meetingLink({
            appointmentId,
            businessId: pre.id,
            serviceId: preService.id,
            ...(req.staffMemberId !== undefined ? { staffMemberId: req.staffMemberId } : {}),
            start: toIso(startMs),
            end: toIso(startMs + duration),
            subject: `${preService.displayName} – ${pre.displayName}`,
          })
        : undefined;
      throwIfAborted(options);

      return b.store.run(
        'readwrite',
        WRITE_STORES,
        async (tx): Promise<BookResult> => {
          // R11: a retry with the same key answers with the first booking and writes nothing
          // (checked again here: two tabs may send the same retry at once).
          const replayed = await this.replay(tx, pre.id, idempotencyId, fingerprint, req.idempotencyKey);
          if (replayed) return replayed;
          const stored = await this.freshBusiness(tx, pre.id);
          const business = stored.config;
          this.assertOpen(business);
          const service = this.customerService(business, req.serviceId);
          this.checkChosenStaff(business, service, req.staffMemberId);
          const recheck = checkBookingDetails(req, service, business.customQuestions, business.bookingPageSettings);
          if (recheck.length > 0) throw invalid(recheck, 'Some details are missing or not valid.');

          const placement = await b.place(tx, {
            business,
            service,
            ...(req.staffMemberId !== undefined ? { staffMemberId: req.staffMemberId } : {}),
            startMs,
            enforceLeadTime: true,
            ...(req.holdId !== undefined ? { holdId: req.holdId } : {}),
            prepared,
            lastAssigned: stored.lastAssigned[service.id],
          });
          const nowMs = b.now();
          const now = toIso(nowMs);
          const record: StoredAppointment = {
            id: appointmentId,
            businessId: business.id,
            serviceId: service.id,
            serviceName: service.displayName,
            staffMemberId: placement.staffMemberId,
            startMs: placement.startMs,
            endMs: placement.endMs,
            preBufferMs: placement.preBufferMs,
            postBufferMs: placement.postBufferMs,
            status: 'booked',
            customer: { ...req.customer },
            answers: req.answers ?? [],
            consentedAt: business.bookingPageSettings.isCustomerConsentEnabled && req.consent?.accepted ? now : null,
            smsOptIn: service.smsNotificationsEnabled && req.smsOptIn === true,
            ...(joinWebUrl !== undefined ? { joinWebUrl } : {}),
            manageTokenHash: sha256Hex(`manage:${token}`),
            bookedBy: 'customer',
            createdAt: now,
            updatedAt: now,
            sequence: 0,
            maximumAttendeesCount: service.maximumAttendeesCount,
          };
          await tx.put('appointments', record);
          await tx.put('idempotency', {
            id: idempotencyId,
            businessId: business.id,
            appointmentId,
            sealedToken: b.sealToken(bytes, business.id, req.idempotencyKey),
            fingerprint,
            expiresAtMs: b.idempotencyExpiry(),
          });
          if (placement.consumedHold) await tx.delete('holds', placement.consumedHold.id);
          for (const id of placement.expiredHoldIds) await tx.delete('holds', id);
          for (const m of b.appointmentMessages(business, record, 'confirmation', { manageToken: token })) {
            await tx.put('outbox', m);
          }
          for (const m of b.reminderMessages(business, record)) await tx.put('outbox', m);
          await tx.put('businesses', {
            ...stored,
            lastAssigned: {
              ...stored.lastAssigned,
              [service.id]: { ...(stored.lastAssigned[service.id] ?? {}), [placement.staffMemberId]: nowMs },
            },
          });
          // Last moment to honour an abort: throwing here aborts the transaction, so nothing is written.
          throwIfAborted(options);
          return {
            appointment: b.toCustomerAppointment(business, record, placement.attendeeCount),
            manageToken: token,
          };
        },
        { businessIds: [pre.id] },
      );
    });
  }

  async getBooking(input: GetBookingInput, options?: CallOptions): Promise<CustomerAppointment> {
    const req = parseInput(getBookingInputSchema, input);
    await this.begin(options);
    const b = this.backend;
    const result = await b.store.run('readonly', ['businesses', 'appointments'], async (tx) => {
      const a = await tx.get('appointments', req.appointmentId);
      if (!this.verifyToken(a, req.manageToken)) throw this.notFound();
      const stored = await tx.get('businesses', a.businessId);
      if (!stored) throw this.notFound();
      const session = await b.sessionOf(tx, a);
      return b.toCustomerAppointment(stored.config, a, session.length);
    });
    throwIfAborted(options);
    return result;
  }

  async reschedule(input: RescheduleInput, options?: CallOptions): Promise<CustomerAppointment> {
    const req = parseInput(rescheduleInputSchema, input);
    await this.begin(options);
    await loadMessageText();
    const b = this.backend;
    return this.retrying(async () => {
      const pre = await b.store.run('readonly', ['businesses', 'appointments'], async (tx) => {
        const a = await tx.get('appointments', req.appointmentId);
        if (!this.verifyToken(a, req.manageToken)) throw this.notFound();
        const stored = await tx.get('businesses', a.businessId);
        if (!stored) throw this.notFound();
        return { a, business: stored.config };
      });
      const preService = this.rescheduleService(pre.business, pre.a, req.staffMemberId);
      const startMs = this.startOf(req.start);
      const prepared = await b.prepare(pre.business, b.concernedStaff(pre.business, preService, req.staffMemberId), {
        start: startMs - DAY,
        end: startMs + 2 * DAY,
      });
      throwIfAborted(options);
      return b.store.run(
        'readwrite',
        WRITE_STORES,
        async (tx) => {
          const a = await tx.get('appointments', req.appointmentId);
          if (!this.verifyToken(a, req.manageToken)) throw this.notFound();
          const stored = await this.freshBusiness(tx, a.businessId);
          const business = stored.config;
          const service = this.rescheduleService(business, a, req.staffMemberId);
          const placement = await b.place(tx, {
            business,
            service,
            ...(req.staffMemberId !== undefined ? { staffMemberId: req.staffMemberId } : {}),
            preferStaffMemberId: a.staffMemberId,
            startMs,
            enforceLeadTime: true,
            ignoreAppointmentId: a.id,
            prepared,
            lastAssigned: stored.lastAssigned[service.id],
          });
          const updated: StoredAppointment = {
            ...a,
            staffMemberId: placement.staffMemberId,
            startMs: placement.startMs,
            endMs: placement.endMs,
            preBufferMs: placement.preBufferMs,
            postBufferMs: placement.postBufferMs,
            updatedAt: toIso(b.now()),
            sequence: a.sequence + 1,
          };
          await tx.put('appointments', updated);
          for (const id of placement.expiredHoldIds) await tx.delete('holds', id);
          await b.cancelPendingReminders(tx, a.id);
          const messages = b.appointmentMessages(business, updated, 'reschedule', {
            previousStartMs: a.startMs,
            previousEndMs: a.endMs,
            notifyOwner: service.maximumAttendeesCount <= 1,
          });
          for (const m of [...messages, ...b.reminderMessages(business, updated)]) await tx.put('outbox', m);
          throwIfAborted(options);
          return b.toCustomerAppointment(business, updated, placement.attendeeCount);
        },
        { businessIds: [pre.a.businessId] },
      );
    });
  }

  /** R6 and R10 for a customer's reschedule: the same service, still changeable, staff choice only when offered. */
  private rescheduleService(business: Business, a: StoredAppointment, staffMemberId: string | undefined): Service {
    const change = this.backend.customerMayChange(business, a);
    if (!change.allowed)
      throw new BookingError('policy-violation', change.why ?? 'This booking cannot be changed online.');
    const service = findService(business, a.serviceId);
    if (!service)
      throw new BookingError('policy-violation', 'This service is no longer offered; contact the business.');
    this.checkChosenStaff(business, service, staffMemberId);
    return service;
  }

  async cancel(input: CancelInput, options?: CallOptions): Promise<void> {
    const req = parseInput(cancelInputSchema, input);
    await this.begin(options);
    await loadMessageText();
    const b = this.backend;
    // The business to lock, read first; the token is checked inside the transaction.
    const businessId = await b.store.run(
      'readonly',
      ['appointments'],
      async (tx) => (await tx.get('appointments', req.appointmentId))?.businessId,
    );
    if (businessId === undefined) throw this.notFound();
    await b.store.run(
      'readwrite',
      ['businesses', 'appointments', 'outbox'],
      async (tx) => {
        const a = await tx.get('appointments', req.appointmentId);
        if (!this.verifyToken(a, req.manageToken)) throw this.notFound();
        // Cancelling twice is not an error and writes nothing the second time.
        if (a.status === 'cancelled') return;
        const stored = await this.freshBusiness(tx, a.businessId);
        const business = stored.config;
        const change = b.customerMayChange(business, a);
        if (!change.allowed)
          throw new BookingError('policy-violation', change.why ?? 'This booking cannot be cancelled online.');
        const now = toIso(b.now());
        const cancelled: StoredAppointment = {
          ...a,
          status: 'cancelled',
          cancelledAt: now,
          cancelledBy: 'customer',
          ...(req.reason !== undefined ? { cancellationMessage: req.reason } : {}),
          updatedAt: now,
          sequence: a.sequence + 1,
        };
        await tx.put('appointments', cancelled);
        await b.cancelPendingReminders(tx, a.id);
        const isClass = (findService(business, a.serviceId)?.maximumAttendeesCount ?? 1) > 1;
        // R8: one attendee leaving a class concerns only them and the staff member.
        for (const m of b.appointmentMessages(business, cancelled, 'cancellation', {
          ...(req.reason !== undefined ? { note: req.reason } : {}),
          notifyOwner: !isClass,
        })) {
          await tx.put('outbox', m);
        }
        throwIfAborted(options);
      },
      { businessIds: [businessId] },
    );
  }
}
