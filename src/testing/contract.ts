/**
 * The adapter contract suite: every rule an adapter enforces (R4–R21), run against any adapter.
 * Framework-agnostic: pass your runner's `describe` and `it` (mocha, node:test, vitest); every
 * test builds a fresh adapter with `createAdapter` and disposes of it afterwards, so no
 * `beforeEach` is needed. Assertions are the suite's own (assert.ts), so it pulls in no chai.
 *
 * "Nothing written" is checked the way a user would see it: the appointments and the outbox are
 * listed through the admin side before and after the rejected call, and must be identical.
 */
import type { BookingAdapter, BookingAdminAdapter } from '../contract/adapter.js';
import {
  outboxMessageSchema,
  staffAppointmentSchema,
  type OutboxMessage,
  type StaffAppointment,
} from '../schemas/admin.js';
import type { BusinessInput } from '../schemas/business.js';
import { availableSlotsSchema, bookingPageDataSchema, type SignedInUser } from '../schemas/customer.js';
import { bookResultSchema, customerAppointmentSchema, type BookRequest, type BookResult } from '../schemas/booking.js';
import { validate } from '../schemas/validate.js';
import { deepEqual, equal, fail, includes, notIncludes, ok, rejects, rejectsAbort, rejectsInvalid } from './assert.js';
import { contentLanguageContract } from './contract-content-language.js';
import { frontDeskContract } from './contract-front-desk.js';
import { seriesContract } from './contract-series.js';
import { waitlistContract } from './contract-waitlist.js';
import { ANNEX, CLINIC, CONTRACT_NOW, PRIVATE, contractConfig, cph } from './fixture.js';

/** An adapter under test: the customer side plus a way to act as a staff member. */
export interface ContractAdapter extends BookingAdapter {
  asStaff(staffMemberId: string, options?: { businessId?: string }): BookingAdminAdapter;
}

export interface ContractInit {
  config: BusinessInput[];
  /** The clock the adapter must use; tests move it forward. */
  now: () => number;
  /** R4: busy time per staff member; throwing means "cannot be read". Only passed when `features.personalCalendar`. */
  personalCalendar?: (
    staffMemberId: string,
    range: { start: string; end: string },
  ) => Promise<{ start: string; end: string }[]>;
  /** R17: a signed-in customer. Only passed when `features.signedInUser`. */
  signedInUser?: SignedInUser;
}

type TestFn = () => Promise<void> | void;

export interface ContractOptions {
  /** Shown in test names. */
  name: string;
  describe: (name: string, fn: () => void) => unknown;
  it: (name: string, fn: TestFn) => unknown;
  /** Accepted for symmetry with test runners; the suite does not need it. */
  beforeEach?: (fn: TestFn) => unknown;
  createAdapter: (init: ContractInit) => ContractAdapter | Promise<ContractAdapter>;
  /** Called after every test (close connections, delete databases). */
  disposeAdapter?: (adapter: ContractAdapter) => void | Promise<void>;
  /** Optional parts of the contract; all default to true. */
  features?: { holdSlot?: boolean; personalCalendar?: boolean; signedInUser?: boolean; series?: boolean };
}

/** What each contract test gets: a fresh adapter, its clock and helpers. */
export interface ContractCtx {
  adapter: ContractAdapter;
  clock: { now: number };
  admin: BookingAdminAdapter;
  as: (staffMemberId: string, businessId?: string) => BookingAdminAdapter;
  /** A valid consultation request with Ann on Tuesday 09:00, overridable. */
  request: (overrides?: Partial<BookRequest>) => BookRequest;
  book: (overrides?: Partial<BookRequest>) => Promise<BookResult>;
  snapshot: (businessId?: string) => Promise<string>;
  appointments: (businessId?: string) => Promise<StaffAppointment[]>;
  outbox: (businessId?: string) => Promise<OutboxMessage[]>;
  calendar: { fail: string | undefined; busy: { start: string; end: string }[] };
}

const TUE = '2026-03-03';
const WED = '2026-03-04';
const THU = '2026-03-05';
const FAR = { start: cph('2026-02-01', '00:00'), end: cph('2026-06-01', '00:00') };

function shaped<T>(schema: Parameters<typeof validate<T>>[0], value: unknown, what: string): void {
  const r = validate(schema, value);
  if (!r.ok) fail(`${what} does not match its schema: ${JSON.stringify(r.issues.slice(0, 5))}`);
}

export function runAdapterContract(options: ContractOptions): void {
  const { describe, it } = options;
  const features = { holdSlot: true, personalCalendar: true, signedInUser: true, series: true, ...options.features };
  let keys = 0;

  async function withAdapter(init: Partial<ContractInit>, body: (ctx: ContractCtx) => Promise<void>): Promise<void> {
    const clock = { now: CONTRACT_NOW };
    const calendar: ContractCtx['calendar'] = { fail: undefined, busy: [] };
    const adapterInit: ContractInit = { config: contractConfig(), now: () => clock.now, ...init };
    if (features.personalCalendar && !init.personalCalendar) {
      adapterInit.personalCalendar = (_staff, _range) =>
        calendar.fail === undefined ? Promise.resolve(calendar.busy) : Promise.reject(new Error(calendar.fail));
    }
    const adapter = await options.createAdapter(adapterInit);
    const as = (staffMemberId: string, businessId?: string): BookingAdminAdapter =>
      adapter.asStaff(staffMemberId, businessId === undefined ? {} : { businessId });
    const admin = as('ann');
    const request = (overrides: Partial<BookRequest> = {}): BookRequest => ({
      serviceId: 'consult',
      staffMemberId: 'ann',
      start: cph(TUE, '09:00'),
      customer: { name: 'Jane Doe', emailAddress: 'jane@example.com', timeZone: 'America/New_York' },
      answers: [{ questionId: 'insurance', answer: 'X-123' }],
      consent: { accepted: true },
      idempotencyKey: `contract-key-${++keys}-${Math.floor(Math.random() * 1e9)}`,
      ...overrides,
    });
    const appointments = (businessId?: string) =>
      (businessId === ANNEX ? as('zoe', ANNEX) : businessId === PRIVATE ? as('max', PRIVATE) : admin).listAppointments({
        ...FAR,
        includeCancelled: true,
      });
    const outbox = (businessId?: string) =>
      (businessId === ANNEX ? as('zoe', ANNEX) : businessId === PRIVATE ? as('max', PRIVATE) : admin).listOutbox({});
    const ctx: ContractCtx = {
      adapter,
      clock,
      admin,
      as,
      request,
      book: (overrides) => adapter.book(request(overrides)),
      appointments,
      outbox,
      snapshot: async (businessId) => JSON.stringify([await appointments(businessId), await outbox(businessId)]),
      calendar,
    };
    try {
      await body(ctx);
    } finally {
      await options.disposeAdapter?.(adapter);
    }
  }

  const test = (name: string, body: (ctx: ContractCtx) => Promise<void>, init: Partial<ContractInit> = {}): void => {
    it(name, () => withAdapter(init, body));
  };

  /** Asserts `call` is refused as `invalid-input` at `path` and that nothing changed. */
  async function refusedInvalid(
    ctx: ContractCtx,
    call: () => Promise<unknown>,
    path: string,
    what: string,
  ): Promise<void> {
    const before = await ctx.snapshot();
    await rejectsInvalid(call(), path, what);
    equal(await ctx.snapshot(), before, `${what}: nothing may be written`);
  }

  describe(`adapter contract: ${options.name}`, () => {
    // ------------------------------------------------------------------ R21 boundary
    describe('R21 untrusted input is refused with paths and writes nothing', () => {
      test('missing fields', async (ctx) => {
        const { customer: _c, ...noCustomer } = ctx.request();
        await refusedInvalid(ctx, () => ctx.adapter.book(noCustomer as BookRequest), 'customer', 'no customer');
        const { name: _n, ...noName } = ctx.request().customer;
        await refusedInvalid(
          ctx,
          () => ctx.book({ customer: noName as BookRequest['customer'] }),
          'customer.name',
          'no name',
        );
        const { idempotencyKey: _k, ...noKey } = ctx.request();
        await refusedInvalid(ctx, () => ctx.adapter.book(noKey as BookRequest), 'idempotencyKey', 'no key');
        const { start: _s, ...noStart } = ctx.request();
        await refusedInvalid(ctx, () => ctx.adapter.book(noStart as BookRequest), 'start', 'no start');
      });

      test('wrong types', async (ctx) => {
        const bad = (patch: Record<string, unknown>) => ({ ...ctx.request(), ...patch });
        await refusedInvalid(ctx, () => ctx.adapter.book(bad({ serviceId: 42 })), 'serviceId', 'number id');
        await refusedInvalid(
          ctx,
          () => ctx.adapter.book(bad({ customer: { ...ctx.request().customer, name: ['Jane'] } })),
          'customer.name',
          'array name',
        );
        await refusedInvalid(ctx, () => ctx.adapter.book(bad({ consent: 'yes' })), 'consent', 'string consent');
        await refusedInvalid(ctx, () => ctx.adapter.book(bad({ start: 1772524800000 })), 'start', 'epoch start');
        await rejects(ctx.adapter.book(null as unknown as BookRequest), 'invalid-input', 'null input');
      });

      test('unknown ids', async (ctx) => {
        await refusedInvalid(ctx, () => ctx.book({ serviceId: 'nope' }), 'serviceId', 'unknown service');
        await refusedInvalid(ctx, () => ctx.book({ staffMemberId: 'nobody' }), 'staffMemberId', 'unknown staff');
        await refusedInvalid(
          ctx,
          () => ctx.book({ staffMemberId: 'cal' }),
          'staffMemberId',
          'staff not on the service',
        );
        await refusedInvalid(ctx, () => ctx.book({ businessId: 'no-such-business' }), 'businessId', 'unknown business');
        await refusedInvalid(ctx, () => ctx.book({ serviceId: 'secret' }), 'serviceId', 'hidden service');
        await rejectsInvalid(
          ctx.adapter.getAvailability({ serviceId: 'nope', start: cph(TUE, '00:00'), end: cph(WED, '00:00') }),
          'serviceId',
        );
      });

      test('past times, malformed times and times off the grid', async (ctx) => {
        await refusedInvalid(ctx, () => ctx.book({ start: cph('2026-03-01', '10:00') }), 'start', 'past');
        await refusedInvalid(ctx, () => ctx.book({ start: '2026-03-03 09:00' }), 'start', 'no zone');
        await refusedInvalid(ctx, () => ctx.book({ start: '2026-02-30T09:00:00Z' }), 'start', 'no such day');
        await refusedInvalid(ctx, () => ctx.book({ start: cph(TUE, '09:10') }), 'start', 'off the grid');
      });

      test('oversized strings and too many answers', async (ctx) => {
        const customer = ctx.request().customer;
        await refusedInvalid(
          ctx,
          () => ctx.book({ customer: { ...customer, name: 'x'.repeat(201) } }),
          'customer.name',
          'long name',
        );
        await refusedInvalid(
          ctx,
          () => ctx.book({ customer: { ...customer, notes: 'x'.repeat(4001) } }),
          'customer.notes',
          'long notes',
        );
        await refusedInvalid(
          ctx,
          () => ctx.book({ customer: { ...customer, emailAddress: 'not-an-email' } }),
          'customer.emailAddress',
          'bad email',
        );
        await refusedInvalid(
          ctx,
          () => ctx.book({ customer: { ...customer, timeZone: 'Mars/Olympus' } }),
          'customer.timeZone',
          'bad zone',
        );
        const answers = Array.from({ length: 51 }, (_, i) => ({ questionId: `q${i}`, answer: 'a' }));
        await refusedInvalid(ctx, () => ctx.book({ answers }), 'answers', '51 answers');
        await refusedInvalid(
          ctx,
          () => ctx.book({ answers: [{ questionId: 'insurance', answer: 'x'.repeat(2001) }] }),
          'answers',
          'long answer',
        );
      });

      test('control characters in any text field are refused with its path (NUL, lone surrogates, CR/LF in a name)', async (ctx) => {
        const customer = ctx.request().customer;
        const cases: [string, Partial<BookRequest>][] = [
          ['customer.name', { customer: { ...customer, name: 'Jane\u0000' } }],
          ['customer.name', { customer: { ...customer, name: 'Jane\r\nBcc: all@example.com' } }],
          ['customer.name', { customer: { ...customer, name: 'Jane\ud800' } }],
          ['customer.notes', { customer: { ...customer, notes: 'gums\u0000' } }],
          ['customer.notes', { customer: { ...customer, notes: '\udc00' } }],
          ['answers', { answers: [{ questionId: 'insurance', answer: 'X-1\u001b[2J' }] }],
          ['answers', { answers: [{ questionId: 'insurance', answer: 'X-1\nX-2' }] }],
        ];
        for (const [path, patch] of cases) {
          await refusedInvalid(ctx, () => ctx.book(patch), path, `${path}: ${JSON.stringify(patch)}`);
        }
        // Line breaks are fine where text may span lines.
        const { appointment } = await ctx.book({ customer: { ...customer, notes: 'line one\nline two\ttabbed' } });
        equal(appointment.customer.notes, 'line one\nline two\ttabbed', 'multi-line notes kept');
        const { manageToken } = await ctx.book({ start: cph(TUE, '10:00') });
        const booked = (await ctx.appointments()).find((a) => Date.parse(a.start) === Date.parse(cph(TUE, '10:00')));
        ok(booked, 'the second booking');
        await rejectsInvalid(
          ctx.adapter.cancel({ appointmentId: booked.id, manageToken, reason: 'ill\u0000' }),
          'reason',
          'cancel reason',
        );
        equal((await ctx.appointments()).find((a) => a.id === booked.id)?.status, 'booked', 'not cancelled');
      });

      test('control characters in admin edits are refused with their path, and nothing is stored', async (ctx) => {
        const services = JSON.stringify(await ctx.admin.listServices({}));
        await rejectsInvalid(
          ctx.admin.updateService({ serviceId: 'consult', patch: { displayName: 'Clean\u0000' } }),
          'patch.displayName',
          'service name',
        );
        await rejectsInvalid(
          ctx.admin.updateService({ serviceId: 'consult', patch: { displayName: 'Clean\nsing' } }),
          'patch.displayName',
          'service name on two lines',
        );
        await rejectsInvalid(
          ctx.admin.updateService({ serviceId: 'consult', patch: { description: 'A\u0000B' } }),
          'patch.description',
          'service description',
        );
        await rejectsInvalid(
          ctx.admin.updateBusiness({ patch: { displayName: 'Clinic\u0085' } }),
          'patch.displayName',
          'business name',
        );
        await rejectsInvalid(
          ctx.admin.updateStaffMember({ staffMemberId: 'bob', patch: { displayName: 'Bob\ud800' } }),
          'patch.displayName',
          'staff name',
        );
        equal(JSON.stringify(await ctx.admin.listServices({})), services, 'no service changed');
        equal(
          (await ctx.adapter.getBookingPage({})).business.displayName,
          'Contract Clinic',
          'business name unchanged',
        );
        // Multi-line text stays multi-line.
        await ctx.admin.updateService({ serviceId: 'consult', patch: { description: 'Line one\nLine two' } });
        equal(
          (await ctx.admin.listServices({})).find((s) => s.id === 'consult')?.description,
          'Line one\nLine two',
          'description kept',
        );
      });

      test('availability ranges are bounded (93 days) and ordered', async (ctx) => {
        await rejectsInvalid(
          ctx.adapter.getAvailability({
            serviceId: 'consult',
            start: cph('2026-03-02', '00:00'),
            end: cph('2026-06-04', '00:00'),
          }),
          'end',
        );
        await rejectsInvalid(
          ctx.adapter.getAvailability({ serviceId: 'consult', start: cph(WED, '00:00'), end: cph(TUE, '00:00') }),
          'end',
        );
      });

      test('markup in names is kept as plain text, never interpreted or mangled', async (ctx) => {
        const name = '<script>alert("x")</script> & <b>Bob</b>';
        const { appointment, manageToken } = await ctx.book({ customer: { ...ctx.request().customer, name } });
        equal(appointment.customer.name, name, 'book result');
        equal(
          (await ctx.adapter.getBooking({ appointmentId: appointment.id, manageToken })).customer.name,
          name,
          'getBooking',
        );
        equal((await ctx.appointments())[0]?.customer.name, name, 'admin list');
        const page = await ctx.adapter.getBookingPage({});
        equal(
          page.bookingPageSettings.customerConsentMessage,
          'I agree to the <b>terms</b> & conditions',
          'consent text',
        );
      });

      test('an aborted call rejects with AbortError and writes nothing', async (ctx) => {
        const before = await ctx.snapshot();
        const controller = new AbortController();
        controller.abort();
        await rejectsAbort(ctx.adapter.book(ctx.request(), { signal: controller.signal }), 'book');
        await rejectsAbort(ctx.adapter.getBookingPage({}, { signal: controller.signal }), 'getBookingPage');
        await rejectsAbort(
          ctx.admin.createService(
            { service: { displayName: 'X', defaultDuration: 'PT30M', staffMemberIds: [] } as never },
            { signal: controller.signal },
          ),
          'admin',
        );
        equal(await ctx.snapshot(), before, 'nothing written');
        equal(
          (await ctx.admin.listServices({})).some((s) => s.displayName === 'X'),
          false,
          'no service added',
        );
      });
    });

    // ------------------------------------------------------------------ page and shapes
    describe('booking page (R17, R10, public data only)', () => {
      test('shows visible services and bookable staff, never staff emails or customers', async (ctx) => {
        await ctx.book();
        const page = await ctx.adapter.getBookingPage({});
        shaped(bookingPageDataSchema, page, 'getBookingPage');
        const text = JSON.stringify(page);
        for (const email of ['ann@clinic.example', 'bob@clinic.example', 'sue@clinic.example', 'jane@example.com']) {
          notIncludes(text, email, 'public data only');
        }
        notIncludes(text, 'Jane Doe', 'no customers');
        equal(
          page.services.some((s) => s.id === 'secret'),
          false,
          'hidden service',
        );
        deepEqual(
          page.staffMembers.map((s) => s.id).sort(),
          ['ann', 'bob', 'cal'],
          'bookable staff of visible services',
        );
        equal(page.services.find((s) => s.id === 'anyone')?.allowStaffSelection, false, 'R10 service policy');
        equal(page.services.find((s) => s.id === 'consult')?.allowStaffSelection, true, 'R10 default');
      });

      test('R10: a staff member cannot be chosen when the policy hides the picker', async (ctx) => {
        await refusedInvalid(
          ctx,
          () => ctx.book({ serviceId: 'anyone', staffMemberId: 'ann' }),
          'staffMemberId',
          'R10',
        );
        const { appointment } = await ctx.book({ serviceId: 'anyone', staffMemberId: undefined, answers: [] });
        includes(['ann', 'bob'], appointment.staffMemberIds[0], 'assigned');
      });

      test('R17: unpublished pages refuse page, availability and booking', async (ctx) => {
        await ctx.admin.unpublish({});
        await rejects(ctx.adapter.getBookingPage({}), 'unpublished');
        await rejects(
          ctx.adapter.getAvailability({ serviceId: 'consult', start: cph(TUE, '00:00'), end: cph(WED, '00:00') }),
          'unpublished',
        );
        const before = await ctx.snapshot();
        await rejects(ctx.book(), 'unpublished');
        equal(await ctx.snapshot(), before, 'nothing written');
        await ctx.admin.publish({});
        await ctx.book();
      });

      test('R17: restricted pages demand a signed-in user', async (ctx) => {
        await rejects(ctx.adapter.getBookingPage({ businessId: PRIVATE }), 'sign-in-required');
        await rejects(
          ctx.adapter.getAvailability({
            businessId: PRIVATE,
            serviceId: 'consult',
            start: cph(TUE, '00:00'),
            end: cph(WED, '00:00'),
          }),
          'sign-in-required',
        );
        await rejects(
          ctx.book({ businessId: PRIVATE, staffMemberId: 'max', answers: [], consent: undefined }),
          'sign-in-required',
        );
      });

      if (features.signedInUser) {
        test(
          'R17: with a signed-in user a restricted page works',
          async (ctx) => {
            const page = await ctx.adapter.getBookingPage({ businessId: PRIVATE });
            equal(page.business.id, PRIVATE);
            const { appointment } = await ctx.book({
              businessId: PRIVATE,
              staffMemberId: 'max',
              answers: [],
              consent: undefined,
            });
            equal(appointment.businessId, PRIVATE);
          },
          { signedInUser: { emailAddress: 'member@members.example', displayName: 'Member' } },
        );
      }
    });

    // ------------------------------------------------------------------ availability
    describe('availability (R3, R4, R5, R7)', () => {
      test('slots are on the grid, inside hours, and shaped as the schema says', async (ctx) => {
        const slots = await ctx.adapter.getAvailability({
          serviceId: 'consult',
          staffMemberId: 'ann',
          start: cph(TUE, '00:00'),
          end: cph(WED, '00:00'),
        });
        shaped(availableSlotsSchema, slots, 'getAvailability');
        equal(slots.length, 16, '09:00–17:00 every 30 minutes');
        equal(Date.parse(slots[0].start), Date.parse(cph(TUE, '09:00')), 'first');
        equal(Date.parse(slots[15].start), Date.parse(cph(TUE, '16:30')), 'last');
      });

      test('R5: nothing before now + minimum lead time or beyond the maximum advance', async (ctx) => {
        const today = await ctx.adapter.getAvailability({
          serviceId: 'consult',
          staffMemberId: 'ann',
          start: cph('2026-03-02', '00:00'),
          end: cph(TUE, '00:00'),
        });
        equal(Date.parse(today[0].start), Date.parse(cph('2026-03-02', '11:00')), 'earliest is now + 2 h');
        const later = await ctx.adapter.getAvailability({
          serviceId: 'consult',
          staffMemberId: 'ann',
          start: cph('2026-03-25', '00:00'),
          end: cph('2026-04-10', '00:00'),
        });
        ok(
          later.every((s) => Date.parse(s.start) < CONTRACT_NOW + 30 * 86_400_000),
          'beyond P30D',
        );
        const before = await ctx.snapshot();
        await rejects(ctx.book({ start: cph('2026-03-02', '10:00') }), 'policy-violation', 'inside the lead time');
        await rejects(
          ctx.book({ start: cph('2026-04-02', '10:00') }),
          'policy-violation',
          'beyond the maximum advance',
        );
        equal(await ctx.snapshot(), before, 'nothing written');
      });

      test('R7: closures (RRULE), closed date ranges and repeating time off apply to everyone concerned', async (ctx) => {
        const day = async (date: string, staffMemberId = 'ann') =>
          ctx.adapter.getAvailability({
            serviceId: 'consult',
            staffMemberId,
            start: cph(date, '00:00'),
            end: new Date(Date.parse(cph(date, '00:00')) + 86_400_000).toISOString(),
          });
        ok((await day(THU)).length > 0, 'open before the change');
        await ctx.admin.updateBusiness({
          patch: {
            schedulingPolicy: {
              closures: [{ rrule: 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=5', title: 'Founders day' }],
              customAvailabilities: [
                { startDate: '2026-03-06', endDate: '2026-03-06', availabilityType: 'notBookable' },
              ],
            } as never,
          },
        });
        deepEqual(await day(THU), [], 'the yearly closure');
        deepEqual(await day(THU, 'bob'), [], 'for everyone');
        deepEqual(await day('2026-03-06'), [], 'the closed date range');
        const before = await ctx.snapshot();
        await rejects(ctx.book({ start: cph(THU, '10:00') }), 'slot-unavailable', 'booking a closed day');
        equal(await ctx.snapshot(), before, 'nothing written');
        await ctx.admin.createTimeOff({
          timeOff: {
            staffMemberId: 'ann',
            start: cph(TUE, '12:00'),
            end: cph(TUE, '13:00'),
            rrule: 'FREQ=WEEKLY',
            title: 'Lunch',
          },
        });
        const nextTuesday = (await day('2026-03-10')).map((s) => Date.parse(s.start));
        equal(nextTuesday.includes(Date.parse(cph('2026-03-10', '12:00'))), false, 'repeats a week later');
        ok(nextTuesday.includes(Date.parse(cph('2026-03-10', '13:00'))), 'only the hour');
        ok(
          (await day('2026-03-10', 'bob')).some((s) => Date.parse(s.start) === Date.parse(cph('2026-03-10', '12:00'))),
          'only for Ann',
        );
      });

      test('R4/R7: outside working hours, weekends and time off are not bookable', async (ctx) => {
        await rejects(ctx.book({ start: cph(TUE, '17:00') }), 'slot-unavailable', 'after hours');
        await rejects(ctx.book({ start: cph('2026-03-07', '10:00') }), 'slot-unavailable', 'Saturday');
        await rejects(ctx.book({ staffMemberId: 'bob', start: cph(WED, '10:00') }), 'slot-unavailable', 'time off');
        const bob = await ctx.adapter.getAvailability({
          serviceId: 'consult',
          staffMemberId: 'bob',
          start: cph(WED, '00:00'),
          end: cph(THU, '00:00'),
        });
        equal(Date.parse(bob[0].start), Date.parse(cph(WED, '13:00')), 'first slot after the time off');
      });

      test('R4: buffers widen busy time on both sides', async (ctx) => {
        await ctx.book({ serviceId: 'surgery', start: cph(TUE, '11:00'), answers: [] });
        const consult = await ctx.adapter.getAvailability({
          serviceId: 'consult',
          staffMemberId: 'ann',
          start: cph(TUE, '09:00'),
          end: cph(TUE, '14:00'),
        });
        const starts = consult.map((s) => Date.parse(s.start));
        ok(starts.includes(Date.parse(cph(TUE, '10:00'))), 'ends before the pre-buffer');
        equal(starts.includes(Date.parse(cph(TUE, '10:30'))), false, 'overlaps the pre-buffer');
        equal(starts.includes(Date.parse(cph(TUE, '11:30'))), false, 'inside the surgery');
        equal(starts.includes(Date.parse(cph(TUE, '12:00'))), false, 'overlaps the post-buffer');
        ok(starts.includes(Date.parse(cph(TUE, '12:30'))), 'after the buffer');
        const surgery = await ctx.adapter.getAvailability({
          serviceId: 'surgery',
          staffMemberId: 'ann',
          start: cph(TUE, '09:00'),
          end: cph(TUE, '15:00'),
        });
        const s2 = surgery.map((s) => Date.parse(s.start));
        equal(
          s2.includes(Date.parse(cph(TUE, '12:00'))),
          false,
          "buffers meet buffers: 12:00's pre-buffer overlaps 11:00's post-buffer",
        );
        ok(s2.includes(Date.parse(cph(TUE, '12:30'))), 'free again');
      });

      if (features.personalCalendar) {
        test('R4: personal-calendar busy time blocks; an unreadable calendar fails closed and is reported', async (ctx) => {
          ctx.calendar.busy = [{ start: cph(TUE, '09:00'), end: cph(TUE, '10:00') }];
          const range = { serviceId: 'synced', start: cph(TUE, '00:00'), end: cph(WED, '00:00') };
          const slots = await ctx.adapter.getAvailability(range);
          equal(Date.parse(slots[0].start), Date.parse(cph(TUE, '10:00')), 'busy until 10:00');
          ctx.calendar.fail = 'token expired';
          deepEqual(await ctx.adapter.getAvailability(range), [], 'fail closed');
          await rejects(
            ctx.book({ serviceId: 'synced', staffMemberId: 'cal', start: cph(TUE, '11:00'), answers: [] }),
            'slot-unavailable',
          );
          const status = await ctx.admin.listCalendarSyncStatus({});
          const cal = status.find((s) => s.staffMemberId === 'cal');
          equal(cal?.status, 'unavailable');
          ok(cal?.reason?.includes('token expired'), 'the reason is shown');
        });
      }

      test('R4, R18: the calendar status says whether a calendar can be connected here; roles decide whose', async (ctx) => {
        const status = await ctx.admin.listCalendarSyncStatus({});
        const cal = status.find((s) => s.staffMemberId === 'cal');
        ok(cal?.canConnect !== undefined, 'canConnect is answered');
        const source = { kind: 'ics' as const, url: 'https://calendar.example/cal.ics' };
        // Whatever the backend: a team member never connects someone else's calendar, a scheduler not even their own.
        await rejects(ctx.as('bob').connectCalendar({ staffMemberId: 'cal', source }), 'forbidden');
        await rejects(ctx.as('sue').createCalendarFeed({ staffMemberId: 'sue' }), 'forbidden');
        await rejectsInvalid(
          ctx.admin.connectCalendar({ staffMemberId: 'cal', source: { kind: 'ics', url: 'javascript:alert(1)' } }),
          'source.url',
        );
        await rejectsInvalid(
          ctx.admin.connectCalendar({ staffMemberId: 'cal', source: { kind: 'caldav', url: source.url } }),
          'source.userName',
        );
        if (cal?.canConnect === 'notSupported' || cal?.canConnect === 'notConfigured') {
          // A backend that cannot keep calendars says so instead of pretending.
          await rejects(ctx.admin.connectCalendar({ staffMemberId: 'cal', source }), 'policy-violation');
        }
      });
    });

    // ------------------------------------------------------------------ booking
    describe('booking (R11, R12, R13, R14, R16)', () => {
      test('book returns the appointment and a manage token of at least 128 bits', async (ctx) => {
        const result = await ctx.book();
        shaped(bookResultSchema, result, 'book');
        const { appointment, manageToken } = result;
        equal(appointment.status, 'booked');
        equal(Date.parse(appointment.start), Date.parse(cph(TUE, '09:00')));
        equal(Date.parse(appointment.end), Date.parse(cph(TUE, '09:30')));
        deepEqual(appointment.staffMemberIds, ['ann']);
        ok(/^[A-Za-z0-9_.~-]{22,}$/.test(manageToken), 'URL-safe, ≥ 22 base64 characters (128 bits)');
        const second = await ctx.book({ start: cph(TUE, '10:00') });
        ok(second.manageToken !== manageToken, 'tokens differ');
        equal(appointment.canManage, true);
        equal(Date.parse(appointment.manageUntil), Date.parse(cph(TUE, '07:00')), 'R6: start − minimumLeadTime');
      });

      test('R11: a taken slot is slot-unavailable and nothing is written', async (ctx) => {
        await ctx.book();
        const before = await ctx.snapshot();
        await rejects(
          ctx.book({ customer: { name: 'Other', emailAddress: 'o@example.com', timeZone: 'UTC' } }),
          'slot-unavailable',
        );
        equal(await ctx.snapshot(), before, 'nothing written');
      });

      test('R11: concurrent bookings of one slot: exactly one wins', async (ctx) => {
        const attempts = await Promise.allSettled(
          Array.from({ length: 6 }, (_, i) =>
            ctx.book({ customer: { name: `Racer ${i}`, emailAddress: `r${i}@example.com`, timeZone: 'UTC' } }),
          ),
        );
        equal(attempts.filter((a) => a.status === 'fulfilled').length, 1, 'one success');
        for (const a of attempts) {
          if (a.status === 'rejected') equal((a.reason as { code?: string }).code, 'slot-unavailable', 'losers');
        }
        equal((await ctx.appointments()).filter((a) => a.status === 'booked').length, 1, 'one stored');
      });

      test('R11: retrying with the same idempotency key returns the first result and writes nothing', async (ctx) => {
        const request = ctx.request();
        const first = await ctx.adapter.book(request);
        const before = await ctx.snapshot();
        const again = await ctx.adapter.book(request);
        equal(again.appointment.id, first.appointment.id, 'same appointment');
        equal(again.manageToken, first.manageToken, 'same token');
        equal(await ctx.snapshot(), before, 'nothing new');
        await rejectsInvalid(ctx.adapter.book({ ...request, start: cph(TUE, '10:00') }), 'idempotencyKey');
        equal(await ctx.snapshot(), before, 'a reused key for another booking writes nothing');
        // A late retry (the start is now inside the lead time) still gets the first answer.
        ctx.clock.now = Date.parse(cph(TUE, '07:30'));
        equal((await ctx.adapter.book(request)).appointment.id, first.appointment.id, 'late retry');
        equal(await ctx.snapshot(), before, 'still nothing new');
      });

      test('R11, R14: a key reused by another customer is refused and reveals nothing of the first booking', async (ctx) => {
        const request = ctx.request();
        const first = await ctx.adapter.book(request);
        const before = await ctx.snapshot();
        // Same slot, service and staff, same key: only the person differs (a guessed or leaked key).
        const stranger = { name: 'Mallory', emailAddress: 'mallory@example.com', timeZone: 'UTC' };
        for (const customer of [
          stranger,
          { ...request.customer, emailAddress: 'other@example.com' },
          { ...request.customer, notes: 'changed' },
        ]) {
          const e = await rejectsInvalid(
            ctx.adapter.book({ ...request, customer }),
            'idempotencyKey',
            'another customer',
          );
          const said = JSON.stringify([e.message, e.issues]);
          notIncludes(said, first.appointment.id, 'no appointment id in the refusal');
          notIncludes(said, first.manageToken, 'no manage token in the refusal');
          notIncludes(said, request.customer.name, 'no name of the first customer');
        }
        equal(await ctx.snapshot(), before, 'nothing written');
        // The first customer's retry still gets their booking.
        equal((await ctx.adapter.book(request)).manageToken, first.manageToken, 'the owner still replays');
      });

      if (features.holdSlot) {
        test('R11: a hold is busy for others until it expires, and book consumes it', async (ctx) => {
          const holdSlot = ctx.adapter.holdSlot;
          if (!holdSlot) return fail('holdSlot is missing');
          const hold = await holdSlot.call(ctx.adapter, {
            serviceId: 'consult',
            staffMemberId: 'ann',
            start: cph(TUE, '09:00'),
          });
          ok(Date.parse(hold.expiresAt) > CONTRACT_NOW, 'expires later');
          await rejects(ctx.book(), 'slot-unavailable', 'held for someone else');
          const slots = await ctx.adapter.getAvailability({
            serviceId: 'consult',
            staffMemberId: 'ann',
            start: cph(TUE, '09:00'),
            end: cph(TUE, '10:00'),
          });
          equal(
            slots.some((s) => Date.parse(s.start) === Date.parse(cph(TUE, '09:00'))),
            false,
            'not offered while held',
          );
          const { appointment } = await ctx.book({ holdId: hold.holdId });
          equal(appointment.status, 'booked', 'the holder books it');
          const second = await holdSlot.call(ctx.adapter, {
            serviceId: 'consult',
            staffMemberId: 'ann',
            start: cph(TUE, '10:00'),
          });
          ctx.clock.now = Date.parse(second.expiresAt) + 1;
          await ctx.book({ start: cph(TUE, '10:00') });
        });

        test("R11: a hold that replaces the caller's previous hold releases it in the same step", async (ctx) => {
          const holdSlot = ctx.adapter.holdSlot;
          if (!holdSlot) return fail('holdSlot is missing');
          const first = await holdSlot.call(ctx.adapter, {
            serviceId: 'consult',
            staffMemberId: 'ann',
            start: cph(TUE, '09:00'),
          });
          const offered = async (time: string) =>
            (
              await ctx.adapter.getAvailability({
                serviceId: 'consult',
                staffMemberId: 'ann',
                start: cph(TUE, '09:00'),
                end: cph(TUE, '11:00'),
              })
            ).some((s) => Date.parse(s.start) === Date.parse(cph(TUE, time)));
          equal(await offered('09:00'), false, 'held');
          const second = await holdSlot.call(ctx.adapter, {
            serviceId: 'consult',
            staffMemberId: 'ann',
            start: cph(TUE, '10:00'),
            replacesHoldId: first.holdId,
          });
          equal(await offered('09:00'), true, 'the replaced hold is released');
          equal(await offered('10:00'), false, 'the new one holds');
          // The replaced hold may even cover the new time: it never stands in its way.
          await holdSlot.call(ctx.adapter, {
            serviceId: 'consult',
            staffMemberId: 'ann',
            start: cph(TUE, '10:00'),
            replacesHoldId: second.holdId,
          });
          await rejects(ctx.book({ start: cph(TUE, '10:00') }), 'slot-unavailable', 'still held for its holder');
        });
      }

      test('R12: email, phone for SMS, and required questions', async (ctx) => {
        const { emailAddress: _e, ...noEmail } = ctx.request().customer;
        await refusedInvalid(ctx, () => ctx.book({ customer: noEmail }), 'customer.emailAddress', 'email required');
        await refusedInvalid(ctx, () => ctx.book({ answers: [] }), 'answers.insurance', 'required question');
        await refusedInvalid(
          ctx,
          () =>
            ctx.book({
              answers: [
                { questionId: 'insurance', answer: 'X' },
                { questionId: 'first', answer: 'maybe' },
              ],
            }),
          'answers.first',
          'not one of the options',
        );
        await refusedInvalid(
          ctx,
          () =>
            ctx.book({
              answers: [
                { questionId: 'insurance', answer: 'X' },
                { questionId: 'staffnote', answer: 'x' },
              ],
            }),
          'answers.staffnote',
          'not a question of this service',
        );
        await refusedInvalid(
          ctx,
          () => ctx.book({ serviceId: 'video', staffMemberId: 'bob', customer: noEmail, answers: [] }),
          'customer.emailAddress',
          'online needs email',
        );
        await refusedInvalid(
          ctx,
          () => ctx.book({ serviceId: 'quick', customer: noEmail, answers: [], smsOptIn: true }),
          'customer.phone',
          'SMS needs a phone',
        );
        // R12: email optional, but a booking leaves a way to reach the customer.
        await refusedInvalid(
          ctx,
          () => ctx.book({ serviceId: 'quick', customer: noEmail, answers: [] }),
          'customer.emailAddress',
          'an email or a phone is needed',
        );
        const { appointment } = await ctx.book({
          serviceId: 'quick',
          customer: { ...noEmail, phone: '+45 12 34 56 78' },
          answers: [],
          smsOptIn: true,
        });
        equal(appointment.smsOptIn, true);
        const sms = (await ctx.outbox()).filter((m) => m.channel === 'sms' && m.appointmentId === appointment.id);
        ok(sms.length > 0, 'an SMS confirmation is queued');
      });

      test('R13: consent is required when enabled and its time is stored', async (ctx) => {
        await refusedInvalid(ctx, () => ctx.book({ consent: undefined }), 'consent.accepted', 'no consent');
        await refusedInvalid(ctx, () => ctx.book({ consent: { accepted: false } }), 'consent.accepted', 'declined');
        const { appointment } = await ctx.book();
        equal(appointment.consentAcceptedAt && Date.parse(appointment.consentAcceptedAt), CONTRACT_NOW, 'consent time');
        const [listed] = await ctx.appointments();
        equal(listed?.consentAcceptedAt && Date.parse(listed.consentAcceptedAt), CONTRACT_NOW, 'staff see it too');
      });

      test('R14: view, reschedule and cancel need the token; wrong tokens are not-found', async (ctx) => {
        const { appointment, manageToken } = await ctx.book();
        const other = await ctx.book({ start: cph(TUE, '10:00') });
        const viewed = await ctx.adapter.getBooking({ appointmentId: appointment.id, manageToken });
        shaped(customerAppointmentSchema, viewed, 'getBooking');
        equal(viewed.id, appointment.id);
        const wrong = manageToken.slice(0, -2) + (manageToken.endsWith('AA') ? 'BB' : 'AA');
        const before = await ctx.snapshot();
        await rejects(
          ctx.adapter.getBooking({ appointmentId: appointment.id, manageToken: wrong }),
          'not-found',
          'wrong token',
        );
        await rejects(
          ctx.adapter.getBooking({ appointmentId: appointment.id, manageToken: other.manageToken }),
          'not-found',
          "another's token",
        );
        await rejects(
          ctx.adapter.getBooking({ appointmentId: 'apt_doesnotexist', manageToken }),
          'not-found',
          'unknown id',
        );
        await rejects(ctx.adapter.cancel({ appointmentId: appointment.id, manageToken: wrong }), 'not-found', 'cancel');
        await rejects(
          ctx.adapter.reschedule({ appointmentId: appointment.id, manageToken: wrong, start: cph(TUE, '11:00') }),
          'not-found',
          'reschedule',
        );
        equal(await ctx.snapshot(), before, 'nothing written');
      });

      test('R14: reschedule moves the booking and frees the old time', async (ctx) => {
        const { appointment, manageToken } = await ctx.book();
        const moved = await ctx.adapter.reschedule({
          appointmentId: appointment.id,
          manageToken,
          start: cph(TUE, '11:00'),
        });
        shaped(customerAppointmentSchema, moved, 'reschedule');
        equal(moved.id, appointment.id);
        equal(Date.parse(moved.start), Date.parse(cph(TUE, '11:00')));
        await ctx.book({ start: cph(TUE, '09:00') });
        await rejects(ctx.book({ start: cph(TUE, '11:00') }), 'slot-unavailable', 'the new time is taken');
        await rejects(
          ctx.adapter.reschedule({
            appointmentId: appointment.id,
            manageToken,
            start: cph(TUE, '09:00'),
            staffMemberId: 'ann',
          }),
          'slot-unavailable',
          'onto a taken time',
        );
        await rejectsInvalid(
          ctx.adapter.reschedule({ appointmentId: appointment.id, manageToken, start: cph(TUE, '11:15') }),
          'start',
          'off the grid',
        );
      });

      test('R16: online services get a unique https join URL; in-person ones none', async (ctx) => {
        const base = { serviceId: 'video', staffMemberId: 'bob', answers: [] };
        const a = await ctx.book({ ...base, start: cph(TUE, '09:00') });
        const b = await ctx.book({ ...base, start: cph(TUE, '09:30') });
        ok(a.appointment.joinWebUrl?.startsWith('https://'), 'https');
        ok(a.appointment.joinWebUrl !== b.appointment.joinWebUrl, 'unique');
        equal(a.appointment.isLocationOnline, true);
        const inPerson = await ctx.book();
        equal(inPerson.appointment.joinWebUrl, undefined, 'in person');
        const messages = (await ctx.outbox()).filter(
          (m) => m.appointmentId === a.appointment.id && m.recipient.role === 'customer',
        );
        ok(
          messages.some((m) => m.body.includes(a.appointment.joinWebUrl!)),
          'the link travels by email',
        );
      });
    });

    // ------------------------------------------------------------------ R6
    describe('R6 customer changes', () => {
      test('R3: an off-grid start is refused alike by book and reschedule (invalid-input at start)', async (ctx) => {
        // Bob works Wednesday afternoons only: at 09:07 he is outside his hours, Ann is off her grid.
        await ctx.admin.updateStaffMember({
          staffMemberId: 'bob',
          patch: {
            useBusinessHours: false,
            workingHours: [{ day: 'wednesday', timeSlots: [{ startTime: '13:00', endTime: '17:00' }] }],
          },
        });
        const { appointment, manageToken } = await ctx.book();
        const before = await ctx.snapshot();
        for (const staffMemberId of ['ann', undefined]) {
          const who = staffMemberId ?? 'Anyone';
          await rejectsInvalid(ctx.book({ start: cph(WED, '09:07'), staffMemberId }), 'start', `book (${who})`);
          await rejectsInvalid(
            ctx.adapter.reschedule({
              appointmentId: appointment.id,
              manageToken,
              start: cph(WED, '09:07'),
              ...(staffMemberId ? { staffMemberId } : {}),
            }),
            'start',
            `reschedule (${who})`,
          );
        }
        // Bob alone does not work then: that start is not offered (409), for a booking and a move alike.
        await rejects(ctx.book({ start: cph(WED, '09:07'), staffMemberId: 'bob' }), 'slot-unavailable');
        await rejects(
          ctx.adapter.reschedule({
            appointmentId: appointment.id,
            manageToken,
            start: cph(WED, '09:07'),
            staffMemberId: 'bob',
          }),
          'slot-unavailable',
        );
        equal(await ctx.snapshot(), before, 'nothing written');
      });

      test('after start − minimumLeadTime, cancel and reschedule are refused saying until when', async (ctx) => {
        const { appointment, manageToken } = await ctx.book();
        ctx.clock.now = Date.parse(cph(TUE, '08:01'));
        const before = await ctx.snapshot();
        const e = await rejects(ctx.adapter.cancel({ appointmentId: appointment.id, manageToken }), 'policy-violation');
        ok(String(e.message).includes(new Date(Date.parse(cph(TUE, '07:00'))).toISOString()), 'names the deadline');
        await rejects(
          ctx.adapter.reschedule({ appointmentId: appointment.id, manageToken, start: cph(WED, '14:00') }),
          'policy-violation',
        );
        equal(await ctx.snapshot(), before, 'nothing written');
        equal((await ctx.adapter.getBooking({ appointmentId: appointment.id, manageToken })).canManage, false);
      });

      test('exactly at the deadline changes are still allowed', async (ctx) => {
        const { appointment, manageToken } = await ctx.book();
        ctx.clock.now = Date.parse(cph(TUE, '07:00'));
        await ctx.adapter.cancel({ appointmentId: appointment.id, manageToken });
        equal((await ctx.adapter.getBooking({ appointmentId: appointment.id, manageToken })).status, 'cancelled');
      });

      test('staff bookings are manageable by the customer only when the service allows it', async (ctx) => {
        const customer = { name: 'Walk In', emailAddress: 'walk@example.com', timeZone: 'Europe/Copenhagen' };
        const walk = await ctx.admin.createAppointment({
          serviceId: 'walkin',
          staffMemberId: 'ann',
          start: cph(TUE, '09:00'),
          customer,
        });
        shaped(staffAppointmentSchema, walk.appointment, 'createAppointment');
        const viewed = await ctx.adapter.getBooking({
          appointmentId: walk.appointment.id,
          manageToken: walk.manageToken,
        });
        equal(viewed.canManage, false);
        equal(viewed.createdBy, 'staff');
        await rejects(
          ctx.adapter.cancel({ appointmentId: walk.appointment.id, manageToken: walk.manageToken }),
          'policy-violation',
        );
        const consult = await ctx.admin.createAppointment({
          serviceId: 'consult',
          staffMemberId: 'ann',
          start: cph(TUE, '10:00'),
          customer,
          answers: [{ questionId: 'insurance', answer: 'A' }],
        });
        await ctx.adapter.cancel({ appointmentId: consult.appointment.id, manageToken: consult.manageToken });
      });

      test('cancelling twice is harmless', async (ctx) => {
        const { appointment, manageToken } = await ctx.book();
        await ctx.adapter.cancel({ appointmentId: appointment.id, manageToken });
        const before = await ctx.snapshot();
        await ctx.adapter.cancel({ appointmentId: appointment.id, manageToken });
        equal(await ctx.snapshot(), before, 'nothing new');
      });
    });

    // ------------------------------------------------------------------ R8, R9
    describe('groups and Anyone (R8, R9)', () => {
      const yoga = { serviceId: 'yoga', staffMemberId: 'ann', start: cph(TUE, '10:00'), answers: [] };
      const person = (i: number) => ({ name: `Yogi ${i}`, emailAddress: `yogi${i}@example.com`, timeZone: 'UTC' });

      test('R8: seats are offered until full; remainingCapacity counts down', async (ctx) => {
        const seats = async () =>
          (
            await ctx.adapter.getAvailability({
              serviceId: 'yoga',
              staffMemberId: 'ann',
              start: cph(TUE, '10:00'),
              end: cph(TUE, '10:30'),
            })
          )[0]?.remainingCapacity ?? 0;
        equal(await seats(), 3);
        const first = await ctx.book({ ...yoga, customer: person(1) });
        equal(first.appointment.attendeeCount, 1);
        equal(await seats(), 2);
        await ctx.book({ ...yoga, customer: person(2) });
        const third = await ctx.book({ ...yoga, customer: person(3) });
        equal(third.appointment.attendeeCount, 3);
        equal(await seats(), 0);
        await rejects(ctx.book({ ...yoga, customer: person(4) }), 'slot-unavailable', 'full');
        const view = JSON.stringify(
          await ctx.adapter.getBooking({ appointmentId: first.appointment.id, manageToken: first.manageToken }),
        );
        notIncludes(view, 'Yogi 2', "never other customers' data");
        notIncludes(view, 'yogi3@example.com', "never other customers' data");
      });

      test('R8: an attendee cancelling removes only them and notifies only them and the staff', async (ctx) => {
        const a = await ctx.book({ ...yoga, customer: person(1) });
        const b = await ctx.book({ ...yoga, customer: person(2) });
        await ctx.adapter.cancel({ appointmentId: a.appointment.id, manageToken: a.manageToken });
        equal(
          (await ctx.adapter.getBooking({ appointmentId: b.appointment.id, manageToken: b.manageToken })).status,
          'booked',
        );
        const fresh = (await ctx.outbox()).filter((m) => m.kind === 'cancellation');
        ok(fresh.length > 0, 'someone is told');
        for (const m of fresh) {
          ok(
            m.recipient.role === 'staff' || m.recipient.emailAddress === 'yogi1@example.com',
            `not ${m.recipient.role} ${m.recipient.emailAddress}`,
          );
        }
      });

      test('R8: staff cancelling the session cancels every attendee, each told', async (ctx) => {
        const a = await ctx.book({ ...yoga, customer: person(1) });
        const b = await ctx.book({ ...yoga, customer: person(2) });
        await ctx.admin.cancelAppointment({ appointmentId: a.appointment.id, message: 'Teacher is ill' });
        for (const x of [a, b]) {
          const v = await ctx.adapter.getBooking({ appointmentId: x.appointment.id, manageToken: x.manageToken });
          equal(v.status, 'cancelled');
        }
        const told = (await ctx.outbox()).filter(
          (m) => m.kind === 'cancellation' && m.recipient.role === 'customer' && m.channel === 'email',
        );
        deepEqual(told.map((m) => m.recipient.emailAddress).sort(), ['yogi1@example.com', 'yogi2@example.com']);
        ok(
          told.every((m) => m.body.includes('Teacher is ill')),
          'the message travels',
        );
      });

      test('R9: Anyone is offered while someone is free and assigns the free one', async (ctx) => {
        const anyone = { staffMemberId: undefined, start: cph(TUE, '14:00') };
        const first = await ctx.book(anyone);
        const second = await ctx.book(anyone);
        deepEqual([first.appointment.staffMemberIds[0], second.appointment.staffMemberIds[0]].sort(), ['ann', 'bob']);
        await rejects(ctx.book(anyone), 'slot-unavailable', 'everyone busy');
        const slots = await ctx.adapter.getAvailability({
          serviceId: 'consult',
          start: cph(TUE, '14:00'),
          end: cph(TUE, '14:30'),
        });
        equal(slots.length, 0, 'no longer offered');
      });

      test('R9: leastBooked assigns whoever has fewer bookings that day', async (ctx) => {
        await ctx.book({ start: cph(TUE, '09:00') });
        await ctx.book({ start: cph(TUE, '09:30') });
        const { appointment } = await ctx.book({ staffMemberId: undefined, start: cph(TUE, '15:00') });
        deepEqual(appointment.staffMemberIds, ['bob']);
      });
    });

    // ------------------------------------------------------------------ R15
    describe('R15 notifications', () => {
      test('a booking queues messages to the customer, the staff member and the owner, with the .ics', async (ctx) => {
        const { appointment } = await ctx.book();
        const messages = (await ctx.outbox()).filter((m) => m.appointmentId === appointment.id);
        for (const m of messages) shaped(outboxMessageSchema, m, 'outbox message');
        const confirmations = messages.filter((m) => m.kind === 'confirmation');
        deepEqual(confirmations.map((m) => m.recipient.role).sort(), ['customer', 'owner', 'staff']);
        const customer = confirmations.find((m) => m.recipient.role === 'customer')!;
        equal(customer.recipient.emailAddress, 'jane@example.com');
        equal(customer.timeZone, 'America/New_York', "the customer's zone");
        ok(customer.body.includes('Jane Doe'), 'addressed to them');
        ok(customer.ics?.includes('BEGIN:VCALENDAR') && customer.ics.includes('METHOD:REQUEST'), 'the .ics');
        ok(customer.ics?.includes('\r\n'), 'CRLF');
        equal(confirmations.find((m) => m.recipient.role === 'staff')?.recipient.emailAddress, 'ann@clinic.example');
        equal(confirmations.find((m) => m.recipient.role === 'owner')?.recipient.emailAddress, 'owner@clinic.example');
      });

      test('reminders are scheduled at start − offset and cancelled with the appointment', async (ctx) => {
        const { appointment, manageToken } = await ctx.book({ start: cph(THU, '10:00') });
        const reminder = (await ctx.outbox()).find((m) => m.appointmentId === appointment.id && m.kind === 'reminder');
        ok(reminder, 'a reminder');
        equal(Date.parse(reminder.dueAt), Date.parse(cph(WED, '10:00')), 'due a day before');
        equal(reminder.status, 'pending');
        ok(reminder.body.includes('See you tomorrow'), "the service's reminder text");
        await ctx.adapter.cancel({ appointmentId: appointment.id, manageToken, reason: 'Ill' });
        const after = (await ctx.outbox()).filter((m) => m.appointmentId === appointment.id);
        equal(after.find((m) => m.id === reminder.id)?.status, 'cancelled', 'reminder cancelled');
        const cancellation = after.find((m) => m.kind === 'cancellation' && m.recipient.role === 'customer');
        ok(
          cancellation?.ics?.includes('METHOD:CANCEL') && cancellation.ics.includes('STATUS:CANCELLED'),
          'CANCEL .ics',
        );
      });

      test('a reschedule notifies and moves the reminder', async (ctx) => {
        const { appointment, manageToken } = await ctx.book({ start: cph(THU, '10:00') });
        await ctx.adapter.reschedule({ appointmentId: appointment.id, manageToken, start: cph(THU, '14:00') });
        const messages = (await ctx.outbox()).filter((m) => m.appointmentId === appointment.id);
        ok(
          messages.some((m) => m.kind === 'reschedule' && m.recipient.role === 'customer'),
          'customer told',
        );
        const pending = messages.filter((m) => m.kind === 'reminder' && m.status === 'pending');
        equal(pending.length, 1, 'one live reminder');
        equal(Date.parse(pending[0].dueAt), Date.parse(cph(WED, '14:00')), 'at the new time');
      });

      test('time off notifies the staff member; owner copies follow sendConfirmationsToOwner', async (ctx) => {
        await ctx.admin.createTimeOff({
          timeOff: { staffMemberId: 'ann', start: cph(THU, '09:00'), end: cph(THU, '12:00'), title: 'Training' },
        });
        const timeOff = (await ctx.outbox()).filter((m) => m.kind === 'timeOff');
        ok(
          timeOff.some((m) => m.recipient.emailAddress === 'ann@clinic.example'),
          'staff told',
        );
        await ctx.admin.updateBusiness({ patch: { schedulingPolicy: { sendConfirmationsToOwner: false } as never } });
        const { appointment } = await ctx.book();
        const roles = (await ctx.outbox())
          .filter((m) => m.appointmentId === appointment.id && m.kind === 'confirmation')
          .map((m) => m.recipient.role);
        equal(roles.includes('owner'), false, 'no owner copy');
      });
    });

    // ------------------------------------------------------------------ R18
    describe('R18 roles are enforced by the adapter', () => {
      const customer = { name: 'Phone Caller', emailAddress: 'caller@example.com', timeZone: 'Europe/Copenhagen' };

      test('guests and unknown staff have no access at all', async (ctx) => {
        for (const who of ['gus', 'nobody']) {
          const staff = ctx.as(who);
          await rejects(staff.getBusiness({}), 'forbidden', `${who} getBusiness`);
          await rejects(staff.listAppointments({ ...FAR }), 'forbidden', `${who} listAppointments`);
          await rejects(staff.listBusinesses({}), 'forbidden', `${who} listBusinesses`);
          await rejects(
            staff.createAppointment({ serviceId: 'consult', start: cph(TUE, '09:00'), customer }),
            'forbidden',
          );
        }
      });

      test('viewers read but never write', async (ctx) => {
        await ctx.book();
        const vic = ctx.as('vic');
        equal((await vic.listAppointments({ ...FAR })).length, 1);
        await vic.getBusiness({});
        const before = await ctx.snapshot();
        await rejects(vic.updateBusiness({ patch: { displayName: 'Hacked' } }), 'forbidden');
        await rejects(vic.createAppointment({ serviceId: 'walkin', start: cph(TUE, '11:00'), customer }), 'forbidden');
        await rejects(vic.cancelAppointment({ appointmentId: (await ctx.appointments())[0].id }), 'forbidden');
        await rejects(vic.exportReport({ format: 'csv' }), 'forbidden');
        equal(await ctx.snapshot(), before, 'nothing written');
        equal((await ctx.admin.getBusiness({})).displayName, 'Contract Clinic');
      });

      test('schedulers manage bookings and may override lead times, but settings are read-only', async (ctx) => {
        const sue = ctx.as('sue');
        const soon = await sue.createAppointment({
          serviceId: 'walkin',
          staffMemberId: 'ann',
          start: cph('2026-03-02', '09:30'),
          customer,
          overrideLeadTime: true,
        });
        equal(soon.appointment.createdBy, 'staff');
        await rejects(
          sue.createAppointment({
            serviceId: 'walkin',
            staffMemberId: 'ann',
            start: cph('2026-03-02', '10:00'),
            customer,
          }),
          'policy-violation',
          'no override, no exception',
        );
        await sue.rescheduleAppointment({ appointmentId: soon.appointment.id, start: cph(TUE, '13:00') });
        await sue.cancelAppointment({ appointmentId: soon.appointment.id, message: 'Sorry' });
        await sue.listCustomers({});
        await sue.getBusiness({});
        await rejects(sue.updateBusiness({ patch: { displayName: 'X' } }), 'forbidden');
        await rejects(
          sue.createService({ service: { displayName: 'X', defaultDuration: 'PT30M', staffMemberIds: [] } as never }),
          'forbidden',
        );
        await rejects(sue.exportReport({ format: 'tsv' }), 'forbidden');
      });

      test('team members see and manage only their own bookings, hours and time off', async (ctx) => {
        await ctx.book({ staffMemberId: 'ann', start: cph(TUE, '09:00') });
        await ctx.book({ staffMemberId: 'bob', start: cph(TUE, '09:00') });
        const bob = ctx.as('bob');
        const mine = await bob.listAppointments({ ...FAR });
        deepEqual(
          mine.map((a) => a.staffMemberId),
          ['bob'],
        );
        await rejects(bob.listAppointments({ ...FAR, staffMemberId: 'ann' }), 'forbidden');
        await rejects(
          bob.createAppointment({ serviceId: 'walkin', staffMemberId: 'ann', start: cph(TUE, '11:00'), customer }),
          'forbidden',
        );
        const own = await bob.createAppointment({ serviceId: 'walkin', start: cph(TUE, '11:00'), customer });
        equal(own.appointment.staffMemberId, 'bob');
        await rejects(
          bob.createAppointment({
            serviceId: 'walkin',
            start: cph('2026-03-02', '09:30'),
            customer,
            overrideLeadTime: true,
          }),
          'forbidden',
        );
        const annAppointment = (await ctx.appointments()).find((a) => a.staffMemberId === 'ann')!;
        await rejects(bob.cancelAppointment({ appointmentId: annAppointment.id }), 'forbidden');
        await bob.updateStaffMember({
          staffMemberId: 'bob',
          patch: {
            useBusinessHours: false,
            workingHours: [{ day: 'friday', timeSlots: [{ startTime: '10:00', endTime: '12:00' }] }],
          },
        });
        await rejects(
          bob.updateStaffMember({ staffMemberId: 'bob', patch: { role: 'administrator' } }),
          'forbidden',
          'own role',
        );
        await rejects(
          bob.updateStaffMember({ staffMemberId: 'ann', patch: { useBusinessHours: true } }),
          'forbidden',
          "other's hours",
        );
        await bob.createTimeOff({
          timeOff: { staffMemberId: 'bob', start: cph(THU, '09:00'), end: cph(THU, '10:00') },
        });
        await rejects(
          bob.createTimeOff({ timeOff: { staffMemberId: 'ann', start: cph(THU, '09:00'), end: cph(THU, '10:00') } }),
          'forbidden',
        );
        await rejects(bob.updateBusiness({ patch: { displayName: 'Bob & Co' } }), 'forbidden');
      });

      test('administrators change settings; invalid edits are invalid-input at patch paths and write nothing', async (ctx) => {
        const updated = await ctx.admin.updateBusiness({ patch: { displayName: 'Renamed Clinic' } });
        equal(updated.displayName, 'Renamed Clinic');
        equal((await ctx.adapter.getBookingPage({})).business.displayName, 'Renamed Clinic', 'the page follows');
        await rejectsInvalid(
          ctx.admin.updateBusiness({ patch: { businessTimeZone: 'Nowhere/Land' } }),
          'patch.businessTimeZone',
        );
        await rejectsInvalid(
          ctx.admin.updateBusiness({ patch: { schedulingPolicy: { maximumAdvance: 'PT1H' } as never } }),
          'patch.schedulingPolicy.maximumAdvance',
          'R5 policy validity',
        );
        await rejectsInvalid(
          ctx.admin.updateBusiness({ patch: { webSiteUrl: 'javascript:alert(1)' } }),
          'patch.webSiteUrl',
          'R21 links',
        );
        await rejectsInvalid(
          ctx.admin.updateService({ serviceId: 'consult', patch: { defaultDuration: 'soon' } }),
          'patch.defaultDuration',
        );
        await rejects(ctx.admin.updateService({ serviceId: 'nope', patch: {} }), 'not-found');
        equal((await ctx.admin.getBusiness({})).businessTimeZone, 'Europe/Copenhagen', 'unchanged');
        const created = await ctx.admin.createService({
          service: { displayName: 'New Thing', defaultDuration: 'PT45M', staffMemberIds: ['ann'] } as never,
        });
        ok(created.id.length > 0, 'an id is made');
        ok(
          (await ctx.adapter.getBookingPage({})).services.some((s) => s.id === created.id),
          'bookable at once',
        );
      });
    });

    // ------------------------------------------------------------------ R18b
    describe('R18b nothing is lost by admin edits', () => {
      test('deleting a staff member or service with future appointments is refused, listing them', async (ctx) => {
        const { appointment } = await ctx.book();
        const before = await ctx.snapshot();
        const e = await rejects(ctx.admin.deleteStaffMember({ staffMemberId: 'ann' }), 'policy-violation');
        ok(
          (e.issues ?? []).some((i) => i.path.includes(appointment.id)),
          'lists the appointment',
        );
        const s = await rejects(ctx.admin.deleteService({ serviceId: 'consult' }), 'policy-violation');
        ok(
          (s.issues ?? []).some((i) => i.path.includes(appointment.id)),
          'lists the appointment',
        );
        equal(await ctx.snapshot(), before, 'nothing written');
        ok(
          (await ctx.admin.listStaffMembers({})).some((m) => m.id === 'bob'),
          'still there',
        );
        // Bob has nothing booked: he can go.
        await ctx.admin.deleteStaffMember({ staffMemberId: 'bob' });
        equal(
          (await ctx.admin.listStaffMembers({})).some((m) => m.id === 'bob'),
          false,
        );
      });

      test('changing hours or buffers keeps appointments and lists those now outside the rules', async (ctx) => {
        const early = await ctx.book({ start: cph(TUE, '09:00') });
        const next = await ctx.book({ start: cph(TUE, '09:30') });
        await ctx.book({ start: cph(TUE, '15:00') });
        await ctx.admin.updateService({ serviceId: 'consult', patch: { postBuffer: 'PT15M' } });
        await ctx.admin.updateBusiness({
          patch: {
            businessHours: (['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map((day) => ({
              day,
              timeSlots: [{ startTime: '09:30', endTime: '17:00' }],
            })),
          },
        });
        equal((await ctx.appointments()).filter((a) => a.status === 'booked').length, 3, 'nothing dropped');
        const outside = await ctx.admin.listAppointmentsOutsideRules({
          start: cph(TUE, '00:00'),
          end: cph(WED, '00:00'),
        });
        const ids = outside.map((o) => o.appointment.id);
        includes(ids, early.appointment.id, 'before the new opening time');
        ok(outside.find((o) => o.appointment.id === early.appointment.id)!.reasons.length > 0, 'with reasons');
        equal(ids.length, ids.includes(next.appointment.id) ? 2 : 1, 'the 15:00 one is fine');
      });
    });

    // ------------------------------------------------------------------ admin
    describe('admin: appointments, customers, explainer, report (R19)', () => {
      test('staff book on behalf, reschedule and cancel with a message', async (ctx) => {
        const customer = { name: 'Caller', emailAddress: 'caller@example.com', timeZone: 'Europe/Copenhagen' };
        const made = await ctx.admin.createAppointment({
          serviceId: 'consult',
          start: cph(TUE, '10:00'),
          customer,
          answers: [{ questionId: 'insurance', answer: 'Z' }],
        });
        includes(['ann', 'bob'], made.appointment.staffMemberId, 'assigned');
        await rejectsInvalid(
          ctx.admin.createAppointment({
            serviceId: 'consult',
            staffMemberId: 'ann',
            start: cph(TUE, '11:00'),
            customer,
          }),
          'answers.insurance',
          'R12 applies to staff too',
        );
        const moved = await ctx.admin.rescheduleAppointment({
          appointmentId: made.appointment.id,
          start: cph(WED, '14:00'),
        });
        equal(Date.parse(moved.start), Date.parse(cph(WED, '14:00')));
        await ctx.admin.cancelAppointment({ appointmentId: made.appointment.id, message: 'Clinic closed' });
        const list = await ctx.admin.listAppointments({ ...FAR, includeCancelled: true });
        equal(list.find((a) => a.id === made.appointment.id)?.status, 'cancelled');
        equal((await ctx.admin.listAppointments({ ...FAR })).length, 0, 'cancelled ones only on request');
        const told = (await ctx.outbox()).find(
          (m) =>
            m.appointmentId === made.appointment.id && m.kind === 'cancellation' && m.recipient.role === 'customer',
        );
        ok(told?.body.includes('Clinic closed'), 'the message reaches the customer');
      });

      test('tracking (UTM parameters, source, metadata) reaches staff and the report, never the customer', async (ctx) => {
        const tracking = {
          source: 'header-button',
          utmSource: 'newsletter',
          utmMedium: 'email',
          utmCampaign: 'spring-check-up',
          utmTerm: 'dentist copenhagen',
          utmContent: 'banner-a',
          metadata: { patientPortal: 'yes', 'ab.variant': 'B' },
        };
        const { appointment, manageToken } = await ctx.book({ tracking });
        const staffView = (await ctx.admin.listAppointments({ ...FAR })).find((a) => a.id === appointment.id);
        deepEqual(staffView?.tracking, tracking, 'staff see where the booking came from');
        const customerView = await ctx.adapter.getBooking({ appointmentId: appointment.id, manageToken });
        equal('tracking' in customerView, false, 'customers never get it back');
        const report = await ctx.admin.exportReport({ format: 'csv' });
        const [header, row] = report.content.split('\r\n');
        for (const column of [
          'Source',
          'UTM source',
          'UTM medium',
          'UTM campaign',
          'UTM term',
          'UTM content',
          'Metadata',
        ]) {
          includes(header.split(','), column, `report column ${column}`);
        }
        ok(row.includes('spring-check-up') && row.includes('patientPortal=yes'), 'the report carries the values');
        const before = await ctx.snapshot();
        const many = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v']));
        await rejectsInvalid(ctx.book({ start: cph(TUE, '10:00'), tracking: { metadata: many } }), 'tracking.metadata');
        await rejectsInvalid(
          ctx.book({ start: cph(TUE, '10:00'), tracking: { utmSource: 'x'.repeat(201) } }),
          'tracking.utmSource',
        );
        await rejectsInvalid(
          ctx.book({ start: cph(TUE, '10:00'), tracking: { metadata: { 'bad key': 'v' } } }),
          'tracking.metadata',
        );
        equal(await ctx.snapshot(), before, 'nothing written');
      });

      test('R11: a staff booking retried with its key replays; the key with another booking is refused', async (ctx) => {
        const input = {
          serviceId: 'consult',
          staffMemberId: 'ann',
          start: cph(TUE, '10:00'),
          customer: { name: 'Caller', emailAddress: 'caller@example.com', timeZone: 'Europe/Copenhagen' },
          answers: [{ questionId: 'insurance', answer: 'Z' }],
          idempotencyKey: `staff-key-${++keys}-${Math.floor(Math.random() * 1e9)}`,
        };
        const made = await ctx.admin.createAppointment(input);
        const before = await ctx.snapshot();
        const again = await ctx.admin.createAppointment(input);
        equal(again.appointment.id, made.appointment.id, 'same appointment');
        equal(again.manageToken, made.manageToken, 'same manage token');
        equal(await ctx.snapshot(), before, 'a replay writes nothing');
        for (const [what, other] of [
          ['another customer', { ...input, customer: { ...input.customer, name: 'Someone Else' } }],
          ['another start', { ...input, start: cph(TUE, '11:00') }],
          ['another staff member', { ...input, staffMemberId: 'bob' }],
        ] as const) {
          const e = await rejectsInvalid(ctx.admin.createAppointment(other), 'idempotencyKey', what);
          notIncludes(JSON.stringify([e.message, e.issues]), made.manageToken, `${what}: no manage token`);
          equal(await ctx.snapshot(), before, `${what}: nothing written`);
        }
      });

      test('customers are listed from their bookings', async (ctx) => {
        await ctx.book();
        await ctx.book({ start: cph(TUE, '10:00') });
        await ctx.book({
          start: cph(TUE, '11:00'),
          customer: { name: 'Ole', emailAddress: 'ole@example.com', timeZone: 'UTC' },
        });
        const customers = await ctx.admin.listCustomers({});
        equal(customers.length, 2);
        equal(customers.find((c) => c.emailAddress === 'jane@example.com')?.appointmentCount, 2);
        equal((await ctx.admin.listCustomers({ query: 'OLE' })).length, 1);
      });

      test('the explainer says why a start is not offered', async (ctx) => {
        const { appointment } = await ctx.book();
        const busy = await ctx.admin.explainAvailability({
          serviceId: 'consult',
          staffMemberId: 'ann',
          start: cph(TUE, '09:00'),
        });
        equal(busy.offered, false);
        ok(
          busy.staff[0]?.reasons.some((r) => r.code === 'staffBusy' && r['appointmentId'] === appointment.id),
          'the booking',
        );
        const soon = await ctx.admin.explainAvailability({
          serviceId: 'consult',
          staffMemberId: 'ann',
          start: cph('2026-03-02', '09:30'),
        });
        ok(
          soon.staff[0]?.reasons.some((r) => r.code === 'minimumLeadTime'),
          'R5',
        );
        const free = await ctx.admin.explainAvailability({
          serviceId: 'consult',
          staffMemberId: 'ann',
          start: cph(TUE, '10:00'),
        });
        equal(free.offered, true);
      });

      test('R19: the report has every booking of the last 120 days, correctly quoted', async (ctx) => {
        // Names are one line (R21); notes may hold tabs and line breaks, which must not break rows.
        await ctx.book({
          customer: {
            name: 'Doe, "Jane"',
            emailAddress: 'jane@example.com',
            notes: 'tab\there\nsecond line',
            timeZone: 'UTC',
          },
        });
        await ctx.book({
          start: cph(TUE, '10:00'),
          customer: { name: '=HYPERLINK("x")', emailAddress: 'x@example.com', timeZone: 'UTC' },
        });
        const tsv = await ctx.admin.exportReport({ format: 'tsv' });
        equal(tsv.rowCount, 2);
        const tsvLines = tsv.content.replace(/\r\n$/, '').split('\r\n');
        equal(tsvLines.length, 3, 'header and two rows, no row broken by a newline');
        const columns = tsvLines[0].split('\t').length;
        ok(
          tsvLines.every((l) => l.split('\t').length === columns),
          'no field adds a column',
        );
        ok(tsv.content.includes('\tDoe, "Jane"\t'), 'the name as it is');
        ok(tsv.content.includes('tab\\there\\nsecond line'), 'tabs and newlines escaped');
        const csv = await ctx.admin.exportReport({ format: 'csv' });
        ok(csv.content.includes(',"Doe, ""Jane""",'), 'RFC 4180 quoting');
        ok(csv.content.includes('"tab\there\nsecond line"'), 'line breaks quoted');
        ok(csv.content.includes("'=HYPERLINK"), 'formulas neutralised');
        ok(csv.mediaType.startsWith('text/csv'), 'media type');
        ctx.clock.now = CONTRACT_NOW + 125 * 86_400_000;
        equal((await ctx.admin.exportReport({ format: 'csv' })).rowCount, 0, 'older than 120 days drops out');
      });
    });

    // ------------------------------------------------------------------ R20
    describe('R20 many calendars', () => {
      test('staff list the businesses they belong to, with their role in each', async (ctx) => {
        const list = await ctx.admin.listBusinesses({});
        deepEqual(list.map((b) => [b.id, b.role]).sort(), [
          [ANNEX, 'scheduler'],
          [CLINIC, 'administrator'],
        ]);
        const annex = ctx.as('ann', CLINIC);
        await annex.listAppointments({ ...FAR, businessId: ANNEX });
        await rejects(
          annex.updateBusiness({ businessId: ANNEX, patch: { displayName: 'Mine' } }),
          'forbidden',
          'scheduler there',
        );
        await rejects(annex.getBusiness({ businessId: PRIVATE }), 'forbidden', 'not a member');
        equal((await ctx.as('bob').listBusinesses({})).length, 1);
      });

      test('bookings in one business never block another', async (ctx) => {
        await ctx.book();
        const { appointment } = await ctx.book({
          businessId: ANNEX,
          staffMemberId: 'zoe',
          start: cph(TUE, '10:00'),
          answers: [],
          consent: undefined,
        });
        equal(appointment.businessId, ANNEX);
        equal((await ctx.appointments(ANNEX)).length, 1);
        equal((await ctx.appointments()).length, 1);
      });

      test('export and import clone a calendar under a new id; a bad config writes nothing', async (ctx) => {
        const config = await ctx.admin.exportConfig({});
        const clone = await ctx.admin.importConfig({ config, displayName: 'Clinic copy' });
        ok(clone.id !== CLINIC, 'a new id');
        equal(clone.displayName, 'Clinic copy');
        equal(clone.services.length, config.services.length);
        equal(clone.bookingPageSettings.isPublished, false, 'starts unpublished');
        ok(
          (await ctx.admin.listBusinesses({})).some((b) => b.id === clone.id && b.role === 'administrator'),
          'the importer administers it',
        );
        const count = (await ctx.admin.listBusinesses({})).length;
        await rejectsInvalid(
          ctx.admin.importConfig({ config: { ...config, businessTimeZone: 'Bad/Zone' } }),
          'config.businessTimeZone',
        );
        await rejectsInvalid(ctx.admin.importConfig({ config, newId: clone.id }), 'newId');
        equal((await ctx.admin.listBusinesses({})).length, count, 'nothing written');
        await rejects(ctx.as('sue').exportConfig({}), 'forbidden');
      });
    });

    // ------------------------------------------------------------------ the front desk
    frontDeskContract({ describe, test });

    // ------------------------------------------------------------------ business texts per language
    contentLanguageContract({ describe, test });

    // ------------------------------------------------------------------ repeat bookings (issue 20)
    if (features.series) seriesContract({ describe, test });
    // ------------------------------------------------------------------ waitlists (issue 20)
    waitlistContract({ describe, test });
  });
}
