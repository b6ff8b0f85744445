/**
 * Repeat bookings (issue 20) in the adapter contract: a series' dates checked by the rules with
 * alternatives, the chosen dates booked all or nothing with one manage token, a conflict that
 * appeared meanwhile, moving one date, and "cancel this and all that follow" within each date's
 * notice (R6). Run by `runAdapterContract` with its own `test`; adapters without the optional
 * series methods opt out with `features.series: false`.
 */
import type { BookingAdapter } from '../contract/adapter.js';
import { customerSeriesSchema, seriesCheckSchema, type BookSeriesRequest } from '../schemas/series.js';
import { validate } from '../schemas/validate.js';
import { deepEqual, equal, fail, includes, ok, rejects, rejectsInvalid } from './assert.js';
import { cph } from './fixture.js';
import type { ContractCtx } from './contract.js';

export interface SeriesKit {
  describe: (name: string, fn: () => void) => unknown;
  test: (name: string, body: (ctx: ContractCtx) => Promise<void>) => void;
}

const TUE = '2026-03-03';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function shaped<T>(schema: Parameters<typeof validate<T>>[0], value: unknown, what: string): void {
  const r = validate(schema, value);
  if (!r.ok) fail(`${what} does not match its schema: ${JSON.stringify(r.issues.slice(0, 5))}`);
}

type SeriesAdapter = Required<Pick<BookingAdapter, 'checkSeries' | 'bookSeries' | 'getSeries' | 'cancelFollowing'>>;

function series(ctx: ContractCtx): SeriesAdapter {
  const a = ctx.adapter;
  if (!a.checkSeries || !a.bookSeries || !a.getSeries || !a.cancelFollowing) {
    fail('the adapter has no series methods (pass features.series: false to leave them out)');
  }
  return a as unknown as SeriesAdapter;
}

/** Consultations may be booked as series of up to six dates. */
async function allowSeries(ctx: ContractCtx, maximumOccurrences = 6): Promise<void> {
  await ctx.admin.updateService({ serviceId: 'consult', patch: { isRepeatBookingAllowed: true, maximumOccurrences } });
}

/** Weekly from Tuesday 3 March at 09:00 with Ann: 3, 10, 17, 24 and 31 March (after the clocks change). */
function weekly(count: number): {
  serviceId: string;
  staffMemberId: string;
  start: string;
  repeat: BookSeriesRequest['repeat'];
} {
  return {
    serviceId: 'consult',
    staffMemberId: 'ann',
    start: cph(TUE, '09:00'),
    repeat: { frequency: 'weekly', count },
  };
}

function seriesRequest(
  ctx: ContractCtx,
  count: number,
  occurrences: BookSeriesRequest['occurrences'],
): BookSeriesRequest {
  const { start: _start, holdId: _hold, ...base } = ctx.request();
  return { ...base, ...weekly(count), occurrences };
}

const at = (date: string, time = '09:00'): string => cph(date, time);

export function seriesContract({ describe, test }: SeriesKit): void {
  describe('repeat bookings (issue 20)', () => {
    test('a series’ dates are checked by the rules, in the business’s wall time; taken ones get alternatives; nothing is written', async (ctx) => {
      await allowSeries(ctx);
      // Someone else has Ann on the third Tuesday at 09:00.
      await ctx.book({
        start: at('2026-03-17'),
        customer: { name: 'Other', emailAddress: 'o@example.com', timeZone: 'UTC' },
      });
      const before = await ctx.snapshot();
      const check = await series(ctx).checkSeries(weekly(6));
      shaped(seriesCheckSchema, check, 'checkSeries');
      equal(check.maximumOccurrences, 6);
      // The booking window (30 days) ends on 1 April: five Tuesdays fit.
      deepEqual(
        check.occurrences.map((o) => o.occurrence),
        [at(TUE), at('2026-03-10'), at('2026-03-17'), at('2026-03-24'), '2026-03-31T07:00:00.000Z'],
        '09:00 in Copenhagen each week, also after daylight saving starts on 29 March',
      );
      deepEqual(
        check.occurrences.map((o) => o.available),
        [true, true, false, true, true],
      );
      const taken = check.occurrences[2];
      equal(taken.reason, 'slot-unavailable');
      ok(taken.alternatives.length > 0 && taken.alternatives.length <= 3, 'up to three alternatives');
      includes(
        taken.alternatives.map((s) => s.start),
        at('2026-03-17', '09:30'),
        'the nearest free start the same day is offered',
      );
      ok(
        taken.alternatives.every((s) => s.staffMemberIds.includes('ann')),
        'alternatives are with the chosen staff member',
      );
      equal(await ctx.snapshot(), before, 'a check writes nothing');
    });

    test('a service without repeat bookings refuses a series; more dates than it allows is invalid input', async (ctx) => {
      await rejects(series(ctx).checkSeries(weekly(3)), 'policy-violation');
      await allowSeries(ctx, 3);
      await rejectsInvalid(series(ctx).checkSeries(weekly(4)), 'repeat.count', 'more than the maximum');
      const before = await ctx.snapshot();
      await rejectsInvalid(
        series(ctx).bookSeries(seriesRequest(ctx, 3, [{ occurrence: at('2026-03-05') }])),
        'occurrences.0.occurrence',
        'a date that is not in the plan',
      );
      equal(await ctx.snapshot(), before, 'nothing written');
    });

    test('the chosen dates are booked in one step, with an alternative, under one manage token; a retry answers the same', async (ctx) => {
      await allowSeries(ctx);
      const request = seriesRequest(ctx, 4, [
        { occurrence: at(TUE) },
        { occurrence: at('2026-03-10') },
        { occurrence: at('2026-03-17'), start: at('2026-03-17', '10:00') },
        { occurrence: at('2026-03-24') },
      ]);
      const result = await series(ctx).bookSeries(request);
      shaped(customerSeriesSchema, result.series, 'bookSeries series');
      const apps = result.series.appointments;
      deepEqual(
        apps.map((a) => a.start),
        [at(TUE), at('2026-03-10'), at('2026-03-17', '10:00'), at('2026-03-24')],
      );
      deepEqual(
        apps.map((a) => a.series?.index),
        [1, 2, 3, 4],
      );
      ok(apps.every((a) => a.series?.count === 4 && a.series.id === result.series.seriesId));
      // One token opens every appointment of the series.
      for (const a of apps) {
        const seen = await ctx.adapter.getBooking({ appointmentId: a.id, manageToken: result.manageToken });
        equal(seen.id, a.id);
      }
      const viewed = await series(ctx).getSeries({ appointmentId: apps[2].id, manageToken: result.manageToken });
      deepEqual(
        viewed.appointments.map((a) => a.id),
        apps.map((a) => a.id),
      );
      await rejects(series(ctx).getSeries({ appointmentId: apps[0].id, manageToken: 'x'.repeat(43) }), 'not-found');
      // Staff see one series: "3 of 4".
      const staff = (await ctx.appointments()).filter((a) => a.series?.id === result.series.seriesId);
      equal(staff.length, 4);
      equal(staff.find((a) => a.id === apps[2].id)?.series?.index, 3);
      // One confirmation e-mail to the customer for the whole series, listing its dates, with the series .ics.
      const mails = (await ctx.outbox()).filter(
        (m) => m.kind === 'confirmation' && m.recipient.role === 'customer' && m.channel === 'email',
      );
      equal(mails.length, 1, 'one confirmation for the series');
      const ics = mails[0].ics ?? '';
      ok(/RRULE:FREQ=WEEKLY;COUNT=4/.test(ics), 'the series rule');
      ok(/RECURRENCE-ID;TZID=Europe\/Copenhagen:20260317T090000/.test(ics), 'the moved date overrides its planned one');
      ok(/BEGIN:VTIMEZONE/.test(ics), 'the zone travels with it');
      equal((mails[0].body.match(/2026|Mar/g) ?? []).length >= 4, true, 'the dates are listed');
      // Idempotency as for a single booking: the same key answers with the same series.
      const before = await ctx.snapshot();
      const again = await series(ctx).bookSeries(request);
      equal(again.series.seriesId, result.series.seriesId);
      equal(again.manageToken, result.manageToken);
      equal(await ctx.snapshot(), before, 'a retry writes nothing');
    });

    test('a date taken after the check is a conflict naming it, and nothing of the series is written', async (ctx) => {
      await allowSeries(ctx);
      const check = await series(ctx).checkSeries(weekly(4));
      ok(check.occurrences.every((o) => o.available));
      // Meanwhile someone books the third date.
      await ctx.book({
        start: at('2026-03-17'),
        customer: { name: 'Quick', emailAddress: 'q@example.com', timeZone: 'UTC' },
      });
      const before = await ctx.snapshot();
      const e = await rejects(
        series(ctx).bookSeries(
          seriesRequest(
            ctx,
            4,
            check.occurrences.map((o) => ({ occurrence: o.occurrence })),
          ),
        ),
        'slot-unavailable',
      );
      ok(String(e.message).includes('2026-03-17'), `the message names the date: ${String(e.message)}`);
      equal(await ctx.snapshot(), before, 'all or nothing');
      // Booking the free ones works.
      const free = await series(ctx).bookSeries(
        seriesRequest(
          ctx,
          4,
          check.occurrences
            .filter((o) => !o.occurrence.startsWith('2026-03-17'))
            .map((o) => ({ occurrence: o.occurrence })),
        ),
      );
      equal(free.series.appointments.length, 3);
      const ics =
        (await ctx.outbox()).find(
          (m) => m.appointmentId === free.series.appointments[0].id && m.recipient.role === 'customer',
        )?.ics ?? '';
      ok(/EXDATE;TZID=Europe\/Copenhagen:20260317T090000/.test(ics), 'the skipped date is an EXDATE');
    });

    test('one date moves with the series’ token; cancelling this and all that follow keeps each date’s notice (R6)', async (ctx) => {
      await allowSeries(ctx);
      const { series: booked, manageToken } = await series(ctx).bookSeries(
        seriesRequest(ctx, 4, [
          { occurrence: at(TUE) },
          { occurrence: at('2026-03-10') },
          { occurrence: at('2026-03-17') },
          { occurrence: at('2026-03-24') },
        ]),
      );
      const [first, second, third, fourth] = booked.appointments;
      const moved = await ctx.adapter.reschedule({
        appointmentId: second.id,
        manageToken,
        start: at('2026-03-11', '11:00'),
      });
      equal(moved.start, at('2026-03-11', '11:00'));
      const rescheduleMail = (await ctx.outbox()).find(
        (m) => m.kind === 'reschedule' && m.recipient.role === 'customer' && m.channel === 'email',
      );
      ok(rescheduleMail?.ics?.includes(`UID:${booked.seriesId}@booking-elements`), 'the series .ics, one UID');
      // One hour before the second date: too late to change it (2 hours' notice), so nothing is cancelled.
      ctx.clock.now = Date.parse(at('2026-03-11', '10:00'));
      const before = await ctx.snapshot();
      await rejects(series(ctx).cancelFollowing({ appointmentId: second.id, manageToken }), 'policy-violation');
      equal(await ctx.snapshot(), before, 'nothing written');
      const after = await series(ctx).cancelFollowing({
        appointmentId: third.id,
        manageToken,
        reason: 'Feeling better',
      });
      shaped(customerSeriesSchema, after, 'cancelFollowing');
      deepEqual(
        after.appointments.map((a) => [a.id, a.status]),
        [
          [first.id, 'booked'],
          [second.id, 'booked'],
          [third.id, 'cancelled'],
          [fourth.id, 'cancelled'],
        ],
      );
      const cancellations = (await ctx.outbox()).filter(
        (m) => m.kind === 'cancellation' && m.recipient.role === 'customer' && m.channel === 'email',
      );
      equal(cancellations.length, 1, 'one message for the dates cancelled together');
      ok(/EXDATE;TZID=Europe\/Copenhagen:20260317T090000,20260324T090000/.test(cancellations[0].ics ?? ''));
      // The slots are free again.
      const slots = await ctx.adapter.getAvailability({
        serviceId: 'consult',
        staffMemberId: 'ann',
        start: at('2026-03-24', '00:00'),
        end: new Date(Date.parse(at('2026-03-24', '00:00')) + DAY).toISOString(),
      });
      includes(
        slots.map((s) => s.start),
        at('2026-03-24'),
      );
    });
    test('staff see one series (“3 of 4”, its dates) and cancel the rest of it', async (ctx) => {
      await allowSeries(ctx);
      const { series: booked } = await series(ctx).bookSeries(
        seriesRequest(ctx, 4, [
          { occurrence: at(TUE) },
          { occurrence: at('2026-03-10') },
          { occurrence: at('2026-03-17') },
          { occurrence: at('2026-03-24') },
        ]),
      );
      const third = booked.appointments[2];
      const dates = await ctx.admin.getAppointmentSeries({ appointmentId: third.id });
      deepEqual(
        dates.map((a) => [a.id, a.series?.index, a.series?.count]),
        booked.appointments.map((a, k) => [a.id, k + 1, 4]),
      );
      // A viewer may look but not cancel.
      await rejects(ctx.as('vic').cancelAppointment({ appointmentId: third.id, scope: 'following' }), 'forbidden');
      await ctx.admin.cancelAppointment({ appointmentId: third.id, scope: 'following', message: 'Course ends early' });
      const after = await ctx.admin.getAppointmentSeries({ appointmentId: third.id });
      deepEqual(
        after.map((a) => a.status),
        ['booked', 'booked', 'cancelled', 'cancelled'],
      );
      ok(after.slice(2).every((a) => a.cancelledBy === 'staff' && a.cancellationMessage === 'Course ends early'));
      const mails = (await ctx.outbox()).filter(
        (m) => m.kind === 'cancellation' && m.recipient.role === 'customer' && m.channel === 'email',
      );
      equal(mails.length, 1, 'the customer hears once about the dates cancelled together');
    });
  });
}
