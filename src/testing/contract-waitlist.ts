/**
 * The waitlist's part of the adapter contract (issue 20): joining a full class session or a day
 * without free time, the offer a cancellation makes to the first person waiting (holding the place),
 * its expiry to the next person, two concurrent claims of which exactly one books, leaving, and the
 * back office's list. Run by `runAdapterContract` with its own `test`; adapters without the optional
 * waitlist methods fail it (the reference adapter and the server have them).
 */
import type { BookingAdapter } from '../contract/adapter.js';
import type { JoinWaitlistInput } from '../schemas/waitlist.js';
import { staffWaitlistEntrySchema, waitlistEntrySchema } from '../schemas/waitlist.js';
import { validate } from '../schemas/validate.js';
import { equal, fail, notIncludes, ok, rejects, rejectsInvalid } from './assert.js';
import { cph } from './fixture.js';
import type { ContractCtx } from './contract.js';

export interface WaitlistKit {
  describe: (name: string, fn: () => void) => unknown;
  test: (name: string, body: (ctx: ContractCtx) => Promise<void>) => void;
}

const TUE = '2026-03-03';
const WED = '2026-03-04';
const MINUTE = 60_000;
const CLASS = cph(TUE, '10:00');

type Waitlisting = Required<
  Pick<BookingAdapter, 'joinWaitlist' | 'getWaitlistEntry' | 'leaveWaitlist' | 'claimWaitlistOffer'>
>;

function waitlistOf(ctx: ContractCtx): Waitlisting {
  const a = ctx.adapter;
  if (!a.joinWaitlist || !a.getWaitlistEntry || !a.leaveWaitlist || !a.claimWaitlistOffer) {
    return fail('the adapter has no waitlist methods');
  }
  return a as unknown as Waitlisting;
}

function shaped<T>(schema: Parameters<typeof validate<T>>[0], value: unknown, what: string): void {
  const r = validate(schema, value);
  if (!r.ok) fail(`${what} does not match its schema: ${JSON.stringify(r.issues.slice(0, 5))}`);
}

let keys = 0;
const key = (): string => `waitlist-claim-${++keys}-${Math.floor(Math.random() * 1e9)}`;

/** Yoga (3 seats, Ann) and consultations take waiting lists; offers hold for 2 hours. */
async function enable(ctx: ContractCtx): Promise<void> {
  for (const serviceId of ['yoga', 'consult']) {
    await ctx.admin.updateService({
      serviceId,
      patch: { isWaitlistEnabled: true, waitlistOfferExpiresAfter: 'PT2H' },
    });
  }
}

/** Books every seat of Tuesday's 10:00 yoga class; the manage links of the three bookings. */
async function fillClass(ctx: ContractCtx): Promise<{ id: string; token: string }[]> {
  const seats = [];
  for (const name of ['Ada', 'Ben', 'Cy']) {
    const r = await ctx.book({
      serviceId: 'yoga',
      start: CLASS,
      customer: { name, emailAddress: `${name.toLowerCase()}@example.com`, timeZone: 'Europe/Copenhagen' },
      answers: [],
    });
    seats.push({ id: r.appointment.id, token: r.manageToken });
  }
  return seats;
}

function joinRequest(name: string, overrides: Partial<JoinWaitlistInput> = {}): JoinWaitlistInput {
  return {
    serviceId: 'yoga',
    start: CLASS,
    customer: { name, emailAddress: `${name.toLowerCase()}@example.com`, timeZone: 'Europe/Copenhagen' },
    consent: { accepted: true },
    ...overrides,
  };
}

/** The `#waitlist=…&token=…` link in the newest message of `kind` to `email`. */
async function linkIn(ctx: ContractCtx, kind: string, email: string): Promise<{ entryId: string; token: string }> {
  const messages = (await ctx.outbox()).filter((m) => m.kind === kind && m.recipient.emailAddress === email);
  const m = /waitlist=([^&\s]+)&token=([A-Za-z0-9_.~-]+)/.exec(messages.at(-1)?.body ?? '');
  if (!m?.[1] || !m[2]) return fail(`no ${kind} message with a waitlist link to ${email}`);
  return { entryId: decodeURIComponent(m[1]), token: m[2] };
}

export function waitlistContract({ describe, test }: WaitlistKit): void {
  describe('waitlists (issue 20)', () => {
    test('joining a full class: place in the list, a confirmation message, details checked as for a booking', async (ctx) => {
      const w = waitlistOf(ctx);
      await rejects(w.joinWaitlist(joinRequest('Dee')), 'policy-violation', 'no waiting list on the service yet');
      await enable(ctx);
      await rejects(w.joinWaitlist(joinRequest('Dee')), 'policy-violation', 'the class still has seats');
      await fillClass(ctx);
      const before = await ctx.snapshot();
      await rejectsInvalid(
        w.joinWaitlist(joinRequest('Dee\u0007', {})),
        'customer.name',
        'a control character in the name',
      );
      await rejectsInvalid(w.joinWaitlist(joinRequest('Dee', { consent: { accepted: false } })), 'consent.accepted');
      await rejectsInvalid(w.joinWaitlist(joinRequest('Dee', { date: TUE })), 'start', 'a start and a date');
      equal(await ctx.snapshot(), before, 'nothing written by refused joins');

      const dee = await w.joinWaitlist(joinRequest('Dee'));
      shaped(waitlistEntrySchema, dee.entry, 'joinWaitlist');
      equal(dee.entry.state, 'waiting');
      equal(dee.entry.position, 1);
      const eve = await w.joinWaitlist(joinRequest('Eve'));
      equal(eve.entry.position, 2);
      equal(eve.entry.waitingCount, 2);
      await rejects(w.joinWaitlist(joinRequest('Eve')), 'policy-violation', 'the same person twice');
      const joined = await linkIn(ctx, 'waitlistJoined', 'eve@example.com');
      equal(joined.entryId, eve.entry.id, 'the confirmation carries the private link');
      const seen = await w.getWaitlistEntry({ entryId: eve.entry.id, waitlistToken: eve.waitlistToken });
      equal(seen.position, 2);
      await rejects(w.getWaitlistEntry({ entryId: eve.entry.id, waitlistToken: dee.waitlistToken }), 'not-found');

      // Leaving moves the next one up; leaving twice is no error.
      await w.leaveWaitlist({ entryId: dee.entry.id, waitlistToken: dee.waitlistToken });
      await w.leaveWaitlist({ entryId: dee.entry.id, waitlistToken: dee.waitlistToken });
      equal((await w.getWaitlistEntry({ entryId: eve.entry.id, waitlistToken: eve.waitlistToken })).position, 1);
      const staff = await ctx.admin.listWaitlist({ includeEnded: true });
      for (const e of staff) shaped(staffWaitlistEntrySchema, e, 'listWaitlist');
      equal(staff.map((e) => `${e.customerName}:${e.state}`).join(','), 'Dee:left,Eve:waiting');
      await rejects(ctx.as('vic').removeWaitlistEntry({ entryId: eve.entry.id }), 'forbidden', 'a viewer');
    });

    test('a cancellation offers the seat to the first person waiting, held for them; claiming books it', async (ctx) => {
      const w = waitlistOf(ctx);
      await enable(ctx);
      const seats = await fillClass(ctx);
      const dee = await w.joinWaitlist(joinRequest('Dee'));
      const eve = await w.joinWaitlist(joinRequest('Eve'));
      await ctx.adapter.cancel({ appointmentId: seats[0].id, manageToken: seats[0].token });

      const offered = await w.getWaitlistEntry({ entryId: dee.entry.id, waitlistToken: dee.waitlistToken });
      equal(offered.state, 'offered');
      equal(offered.offer?.start, CLASS);
      equal(offered.offer?.expiresAt, new Date(ctx.clock.now + 120 * MINUTE).toISOString(), 'held for 2 hours');
      equal(
        (await w.getWaitlistEntry({ entryId: eve.entry.id, waitlistToken: eve.waitlistToken })).state,
        'waiting',
        'one seat, one offer',
      );
      // The seat is held: nobody else can book it meanwhile.
      const slots = await ctx.adapter.getAvailability({ serviceId: 'yoga', start: CLASS, end: cph(TUE, '10:30') });
      equal(slots.length, 0, 'the held seat is not offered on the page');
      await rejects(
        ctx.book({
          serviceId: 'yoga',
          start: CLASS,
          answers: [],
          customer: { name: 'Zed', emailAddress: 'zed@example.com', timeZone: 'UTC' },
        }),
        'slot-unavailable',
      );
      // The offer's own link (from the message) claims it.
      const link = await linkIn(ctx, 'waitlistOffer', 'dee@example.com');
      equal(link.entryId, dee.entry.id);
      const booked = await w.claimWaitlistOffer({
        entryId: link.entryId,
        waitlistToken: link.token,
        idempotencyKey: key(),
      });
      equal(booked.appointment.start, CLASS);
      equal(booked.appointment.customer.name, 'Dee');
      const after = await w.getWaitlistEntry({ entryId: dee.entry.id, waitlistToken: dee.waitlistToken });
      equal(after.state, 'claimed');
      equal(after.appointmentId, booked.appointment.id);
      equal(after.position, undefined, 'off the list');
      const booking = (await ctx.appointments()).filter((a) => a.status === 'booked' && a.serviceId === 'yoga');
      equal(booking.length, 3, 'the class is full again');
      equal(
        (await w.getWaitlistEntry({ entryId: eve.entry.id, waitlistToken: eve.waitlistToken })).position,
        1,
        'the next person is first now',
      );
    });

    test('an offer not claimed in time passes to the next person, and the first is told', async (ctx) => {
      const w = waitlistOf(ctx);
      await enable(ctx);
      const seats = await fillClass(ctx);
      const dee = await w.joinWaitlist(joinRequest('Dee'));
      const eve = await w.joinWaitlist(joinRequest('Eve', { smsOptIn: false }));
      await ctx.admin.cancelAppointment({ appointmentId: seats[1].id, scope: 'attendee' });
      equal((await ctx.admin.listWaitlist({})).find((e) => e.id === dee.entry.id)?.state, 'offered');

      ctx.clock.now += 119 * MINUTE;
      equal((await ctx.admin.listWaitlist({})).find((e) => e.id === dee.entry.id)?.state, 'offered', 'still held');
      ctx.clock.now += 2 * MINUTE;
      const list = await ctx.admin.listWaitlist({ includeEnded: true });
      const first = list.find((e) => e.id === dee.entry.id);
      equal(first?.state, 'lapsed');
      equal(first?.lapseReason, 'offer');
      const next = list.find((e) => e.id === eve.entry.id);
      equal(next?.state, 'offered', 'the next person gets the offer');
      ok(
        (await ctx.outbox()).some((m) => m.kind === 'waitlistLapsed' && m.recipient.emailAddress === 'dee@example.com'),
      );
      ok(
        (await ctx.outbox()).some((m) => m.kind === 'waitlistOffer' && m.recipient.emailAddress === 'eve@example.com'),
      );
      await rejects(
        w.claimWaitlistOffer({ entryId: dee.entry.id, waitlistToken: dee.waitlistToken, idempotencyKey: key() }),
        'policy-violation',
        'a lapsed offer cannot be claimed',
      );
      const booked = await w.claimWaitlistOffer({
        entryId: eve.entry.id,
        waitlistToken: eve.waitlistToken,
        idempotencyKey: key(),
      });
      equal(booked.appointment.customer.name, 'Eve');
    });

    test('a customer’s data holds their waitlist entries; an erasure takes them off the list and passes their offer on', async (ctx) => {
      const w = waitlistOf(ctx);
      await enable(ctx);
      const seats = await fillClass(ctx);
      // The front desk knows Dee (a record without bookings); her entry is filed under it by e-mail address.
      const record = await ctx.admin.createCustomer({
        customer: { name: 'Dee', emailAddress: 'DEE@example.com', timeZone: 'Europe/Copenhagen' },
      });
      const dee = await w.joinWaitlist(joinRequest('Dee', { answers: [] }));
      const eve = await w.joinWaitlist(joinRequest('Eve'));
      await ctx.adapter.cancel({ appointmentId: seats[0].id, manageToken: seats[0].token });
      equal((await w.getWaitlistEntry({ entryId: dee.entry.id, waitlistToken: dee.waitlistToken })).state, 'offered');

      const data = await ctx.admin.exportCustomerData({ customerId: record.id });
      equal(data.waitlist.length, 1, 'Dee’s entry, not Eve’s');
      equal(data.waitlist[0]?.id, dee.entry.id);
      equal(data.waitlist[0]?.state, 'offered');
      equal(data.waitlist[0]?.customer.emailAddress, 'dee@example.com');
      const kinds = data.messages.map((m) => m.kind).sort();
      ok(kinds.includes('waitlistJoined') && kinds.includes('waitlistOffer'), `waitlist messages: ${kinds.join()}`);
      ok(
        data.messages.every((m) => m.recipient.emailAddress === undefined || /^dee@/i.test(m.recipient.emailAddress)),
        'nobody else’s messages',
      );

      await ctx.admin.eraseCustomer({ customerId: record.id });
      const gone = await w.getWaitlistEntry({ entryId: dee.entry.id, waitlistToken: dee.waitlistToken });
      equal(gone.state, 'left', 'off the list');
      equal(gone.customerName, 'Erased customer');
      equal(
        (await w.getWaitlistEntry({ entryId: eve.entry.id, waitlistToken: eve.waitlistToken })).state,
        'offered',
        'the seat held for Dee goes to Eve',
      );
      const everything = JSON.stringify([
        await ctx.admin.listWaitlist({ includeEnded: true }),
        await ctx.outbox(),
        await ctx.admin.listAuditLog({}),
      ]);
      notIncludes(everything.toLowerCase(), 'dee@example.com', 'no e-mail address left anywhere');
      notIncludes(everything, '"Dee"', 'no name left anywhere');
      ok(everything.includes('eve@example.com'), 'Eve’s details stay');
    });

    test('two concurrent claims of one offer: exactly one books, the other is a 409', async (ctx) => {
      const w = waitlistOf(ctx);
      await enable(ctx);
      const seats = await fillClass(ctx);
      const dee = await w.joinWaitlist(joinRequest('Dee'));
      await ctx.adapter.cancel({ appointmentId: seats[2].id, manageToken: seats[2].token });
      const claim = () =>
        w.claimWaitlistOffer({ entryId: dee.entry.id, waitlistToken: dee.waitlistToken, idempotencyKey: key() });
      const results = await Promise.allSettled([claim(), claim()]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      equal(won.length, 1, 'one winner');
      equal(lost.length, 1, 'one loser');
      equal((lost[0]?.reason as { code?: string }).code, 'slot-unavailable', 'the loser gets a conflict');
      ok(/claimed/.test(String((lost[0]?.reason as Error).message)), 'saying the place was claimed');
      const dees = (await ctx.appointments()).filter((a) => a.status === 'booked' && a.customer.name === 'Dee');
      equal(dees.length, 1, 'one booking');
    });

    test('cancelling the rest of a series offers the freed time to the person waiting at once', async (ctx) => {
      const w = waitlistOf(ctx);
      const a = ctx.adapter;
      if (!a.bookSeries || !a.cancelFollowing) return fail('the adapter has no series methods');
      await enable(ctx);
      await ctx.admin.updateService({ serviceId: 'consult', patch: { isRepeatBookingAllowed: true } });
      // Ann is away on Wednesday but for 16:30, which Jane's weekly series holds.
      await ctx.admin.createTimeOff({
        timeOff: { staffMemberId: 'ann', start: cph(WED, '09:00'), end: cph(WED, '16:30'), title: 'Course' },
      });
      const { start: _start, holdId: _hold, ...base } = ctx.request();
      const { series, manageToken } = await a.bookSeries({
        ...base,
        serviceId: 'consult',
        staffMemberId: 'ann',
        start: cph(WED, '16:30'),
        repeat: { frequency: 'weekly', count: 2 },
        occurrences: [{ occurrence: cph(WED, '16:30') }, { occurrence: cph('2026-03-11', '16:30') }],
      });
      const fay = await w.joinWaitlist({
        serviceId: 'consult',
        staffMemberId: 'ann',
        date: WED,
        customer: { name: 'Fay', emailAddress: 'fay@example.com', timeZone: 'Europe/Copenhagen' },
        answers: [{ questionId: 'insurance', answer: 'F-1' }],
        consent: { accepted: true },
      });
      await a.cancelFollowing({ appointmentId: series.appointments[0].id, manageToken });
      // Told in the same call, not at the next sweep or read of the list.
      const told = (await ctx.outbox()).filter(
        (m) => m.kind === 'waitlistOffer' && m.recipient.emailAddress === 'fay@example.com',
      );
      equal(told.length, 1, 'the offer is sent by the cancellation');
      const offered = await w.getWaitlistEntry({ entryId: fay.entry.id, waitlistToken: fay.waitlistToken });
      equal(offered.offer?.start, cph(WED, '16:30'));
    });

    test('a day without free time: the waiting customer is offered the time a cancellation frees; staff offer and remove', async (ctx) => {
      const w = waitlistOf(ctx);
      await enable(ctx);
      // Ann is away on Wednesday but for 16:30, which is booked.
      await ctx.admin.createTimeOff({
        timeOff: { staffMemberId: 'ann', start: cph(WED, '09:00'), end: cph(WED, '16:30'), title: 'Course' },
      });
      const last = await ctx.book({ staffMemberId: 'ann', start: cph(WED, '16:30') });
      const request = {
        serviceId: 'consult',
        staffMemberId: 'ann',
        date: WED,
        customer: { name: 'Fay', emailAddress: 'fay@example.com', timeZone: 'America/New_York' },
        answers: [{ questionId: 'insurance', answer: 'F-1' }],
        consent: { accepted: true },
      };
      await rejectsInvalid(w.joinWaitlist({ ...request, answers: [] }), 'answers.insurance', 'required answers');
      const fay = await w.joinWaitlist(request);
      equal(fay.entry.wish, 'day');
      equal(fay.entry.date, WED);
      const gus = await w.joinWaitlist({
        ...request,
        customer: { ...request.customer, name: 'Gil', emailAddress: 'gil@example.com' },
      });
      // Staff take Fay off the list; offering Gil now finds nothing free.
      await ctx.admin.removeWaitlistEntry({ entryId: fay.entry.id });
      await rejects(ctx.admin.offerWaitlistPlace({ entryId: gus.entry.id }), 'slot-unavailable', 'nothing free');
      await ctx.adapter.cancel({ appointmentId: last.appointment.id, manageToken: last.manageToken });
      const offered = await w.getWaitlistEntry({ entryId: gus.entry.id, waitlistToken: gus.waitlistToken });
      equal(offered.state, 'offered');
      equal(offered.offer?.start, cph(WED, '16:30'));
      const booked = await w.claimWaitlistOffer({
        entryId: gus.entry.id,
        waitlistToken: gus.waitlistToken,
        idempotencyKey: key(),
      });
      equal(booked.appointment.staffMemberIds.join(), 'ann');
      equal(booked.appointment.customer.timeZone, 'America/New_York');
      const ended = await ctx.admin.listWaitlist({ includeEnded: true });
      equal(
        ended.map((e) => `${e.customerName}:${e.state}:${e.endedBy ?? ''}`).join(','),
        'Fay:left:staff,Gil:claimed:',
      );
    });
  });
}
