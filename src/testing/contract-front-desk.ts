/**
 * The front desk's part of the adapter contract: customer records (R18), a customer's data
 * (export, erasure, the privacy log), attendance, the daily booking limit (R22), approval (R23),
 * moving and resizing, and the figures. Run by `runAdapterContract` with its own `test`.
 */
import type { BookingAdminAdapter } from '../contract/adapter.js';
import {
  auditEntrySchema,
  customerDataExportSchema,
  customerDetailSchema,
  customerRecordSchema,
  figuresSchema,
} from '../schemas/admin.js';
import { customerAppointmentSchema } from '../schemas/booking.js';
import { validate } from '../schemas/validate.js';
import { deepEqual, equal, fail, notIncludes, ok, rejects, rejectsInvalid } from './assert.js';
import { cph } from './fixture.js';
import type { ContractCtx } from './contract.js';

export interface FrontDeskKit {
  describe: (name: string, fn: () => void) => unknown;
  test: (name: string, body: (ctx: ContractCtx) => Promise<void>) => void;
}

const MON = '2026-03-02';
const TUE = '2026-03-03';
const WED = '2026-03-04';
const HOUR = 3_600_000;

function shaped<T>(schema: Parameters<typeof validate<T>>[0], value: unknown, what: string): void {
  const r = validate(schema, value);
  if (!r.ok) fail(`${what} does not match its schema: ${JSON.stringify(r.issues.slice(0, 5))}`);
}

/** The one record with `email`, or a failure. */
async function recordByEmail(admin: BookingAdminAdapter, email: string): Promise<string> {
  const found = (await admin.listCustomers({ query: email })).filter((c) => c.emailAddress === email);
  equal(found.length, 1, `one record for ${email}`);
  return found[0].id;
}

export function frontDeskContract({ describe, test }: FrontDeskKit): void {
  describe('customer records', () => {
    test('bookings link to one record per customer; its history has every appointment', async (ctx) => {
      const first = await ctx.book();
      // The same person by email (case aside): the same record.
      await ctx.book({
        start: cph(TUE, '10:00'),
        customer: { name: 'Jane D.', emailAddress: 'JANE@example.com', timeZone: 'UTC' },
      });
      await ctx.admin.cancelAppointment({ appointmentId: first.appointment.id });
      const id = await recordByEmail(ctx.admin, 'jane@example.com');
      const detail = await ctx.admin.getCustomer({ customerId: id });
      shaped(customerDetailSchema, detail, 'getCustomer');
      equal(detail.customer.name, 'Jane Doe', 'a booking never renames the record');
      equal(detail.appointments.length, 2, 'cancelled ones are history too');
      equal(detail.customer.appointmentCount, 1);
      equal(detail.customer.cancelledCount, 1);
      ok(
        detail.appointments.every((a) => a.customerId === id),
        'each appointment names its record',
      );
      await rejects(ctx.admin.getCustomer({ customerId: 'cus_nope' }), 'not-found');
    });

    test('staff add and edit records; notes stay internal; a taken email is refused, nothing written', async (ctx) => {
      const made = await ctx.admin.createCustomer({
        customer: {
          name: 'Eva Nielsen',
          emailAddress: 'eva@example.com',
          phone: '+45 11 22 33 44',
          notes: 'Prefers mornings',
        },
      });
      shaped(customerRecordSchema, made, 'createCustomer');
      equal(made.timeZone, 'Europe/Copenhagen', 'the business zone by default');
      equal(made.appointmentCount, 0);
      const before = JSON.stringify(await ctx.admin.listCustomers({}));
      await rejectsInvalid(
        ctx.admin.createCustomer({ customer: { name: 'Other Eva', emailAddress: 'EVA@example.com' } }),
        'customer.emailAddress',
        'one record per email address',
      );
      await rejectsInvalid(
        ctx.admin.createCustomer({ customer: { name: 'Bad\u0007name' } }),
        'customer.name',
        'R21: control characters',
      );
      equal(JSON.stringify(await ctx.admin.listCustomers({})), before, 'nothing written');
      const edited = await ctx.admin.updateCustomer({
        customerId: made.id,
        patch: { name: 'Eva Holm', phone: null, notes: 'Prefers mornings. Allergic to latex.' },
      });
      equal(edited.name, 'Eva Holm');
      equal(edited.phone, undefined, 'null clears a field');
      equal(edited.notes, 'Prefers mornings. Allergic to latex.');
      await rejectsInvalid(ctx.admin.updateCustomer({ customerId: made.id, patch: { id: 'x' } as never }), 'patch.id');
      await rejectsInvalid(
        ctx.admin.updateCustomer({ customerId: made.id, patch: { notes: 'a\u0000b' } }),
        'patch.notes',
      );
      // Booking for the record by its id: the record keeps what staff typed.
      const booked = await ctx.as('sue').createAppointment({
        serviceId: 'consult',
        staffMemberId: 'ann',
        start: cph(TUE, '11:00'),
        customerId: made.id,
        customer: { name: 'Eva Holm', emailAddress: 'eva@example.com', timeZone: 'Europe/Copenhagen' },
        answers: [{ questionId: 'insurance', answer: 'E-1' }],
      });
      equal(booked.appointment.customerId, made.id);
      const page = await ctx.adapter
        .getBooking({
          appointmentId: booked.appointment.id,
          manageToken: booked.manageToken ?? '',
        })
        .catch(() => undefined);
      if (page) notIncludes(JSON.stringify(page), 'latex', 'notes never reach the customer');
      equal((await ctx.admin.getCustomer({ customerId: made.id })).customer.appointmentCount, 1);
    });

    test('the type-ahead finds customers by name, email or phone, best first', async (ctx) => {
      await ctx.admin.createCustomer({ customer: { name: 'Eva Nielsen', emailAddress: 'eva@example.com' } });
      await ctx.admin.createCustomer({ customer: { name: 'Steve Evans', phone: '+45 40 50 60 70' } });
      await ctx.admin.createCustomer({ customer: { name: 'Ole Berg', emailAddress: 'ole@eva.example' } });
      const eva = await ctx.admin.listCustomers({ query: 'eva', limit: 5 });
      deepEqual(
        eva.map((c) => c.name),
        ['Eva Nielsen', 'Steve Evans', 'Ole Berg'],
        'first name, then a later word, then the email',
      );
      deepEqual(
        (await ctx.admin.listCustomers({ query: 'Eva', limit: 1 })).map((c) => c.name),
        ['Eva Nielsen'],
        'limit',
      );
      deepEqual(
        (await ctx.admin.listCustomers({ query: '4050' })).map((c) => c.name),
        ['Steve Evans'],
        'phone digits',
      );
    });

    test('R18: team members read their own customers only; only administrators and schedulers write', async (ctx) => {
      await ctx.book();
      await ctx.book({
        staffMemberId: 'bob',
        customer: { name: 'Bob’s Client', emailAddress: 'client@example.com', timeZone: 'UTC' },
      });
      const bob = ctx.as('bob');
      deepEqual(
        (await bob.listCustomers({})).map((c) => c.name),
        ['Bob’s Client'],
      );
      const jane = await recordByEmail(ctx.admin, 'jane@example.com');
      await rejects(bob.getCustomer({ customerId: jane }), 'not-found', 'someone else’s customer stays unknown');
      await rejects(bob.createCustomer({ customer: { name: 'New' } }), 'forbidden');
      await rejects(bob.updateCustomer({ customerId: jane, patch: { notes: 'x' } }), 'forbidden');
      await rejects(ctx.as('vic').createCustomer({ customer: { name: 'New' } }), 'forbidden', 'viewer');
      await rejects(ctx.as('gus').listCustomers({}), 'forbidden', 'guest');
      ok((await ctx.as('sue').createCustomer({ customer: { name: 'By Sue' } })).id, 'scheduler');
    });

    test('an import adds, fills gaps and skips what is known; one bad row imports nothing', async (ctx) => {
      await ctx.book();
      const bad = ctx.admin.importCustomers({
        customers: [
          { name: 'Good Row', emailAddress: 'good@example.com' },
          { name: 'Bad Row', emailAddress: 'not-an-email' },
        ],
      });
      await rejectsInvalid(bad, 'customers[1].emailAddress');
      equal((await ctx.admin.listCustomers({})).length, 1, 'nothing imported');
      const result = await ctx.admin.importCustomers({
        customers: [
          { name: 'Good Row', emailAddress: 'good@example.com' },
          { name: 'Jane Doe', emailAddress: 'jane@example.com', phone: '+45 12 34 56 78' },
          { name: 'Jane Doe', emailAddress: 'jane@example.com' },
        ],
      });
      deepEqual(result, { created: 1, updated: 1, unchanged: 1 });
      const jane = await ctx.admin.getCustomer({ customerId: await recordByEmail(ctx.admin, 'jane@example.com') });
      equal(jane.customer.phone, '+45 12 34 56 78', 'a gap filled');
      await rejects(ctx.as('bob').importCustomers({ customers: [{ name: 'X' }] }), 'forbidden');
    });

    test('duplicates merge into one record: appointments move, notes join, the merge is logged', async (ctx) => {
      await ctx.book();
      await ctx.book({
        start: cph(TUE, '10:00'),
        customer: { name: 'Jane Doe', emailAddress: 'jane.doe@work.example', timeZone: 'UTC' },
      });
      const keep = await recordByEmail(ctx.admin, 'jane@example.com');
      const dup = await recordByEmail(ctx.admin, 'jane.doe@work.example');
      await ctx.admin.updateCustomer({ customerId: dup, patch: { notes: 'Work address' } });
      await rejectsInvalid(ctx.admin.mergeCustomers({ customerId: keep, duplicateIds: [keep] }), 'duplicateIds');
      await rejectsInvalid(
        ctx.admin.mergeCustomers({ customerId: keep, duplicateIds: ['cus_nope'] }),
        'duplicateIds[0]',
      );
      const merged = await ctx.admin.mergeCustomers({ customerId: keep, duplicateIds: [dup] });
      equal(merged.appointmentCount, 2);
      equal(merged.notes, 'Work address');
      await rejects(ctx.admin.getCustomer({ customerId: dup }), 'not-found', 'the duplicate is gone');
      equal((await ctx.admin.listCustomers({})).length, 1);
      const log = await ctx.admin.listAuditLog({ customerId: keep });
      equal(log[0]?.action, 'customersMerged');
      deepEqual(log[0]?.mergedIds, [dup]);
    });
  });

  describe('a customer’s data: export and erasure, both logged', () => {
    test('an export holds the record, every appointment and the messages to the customer', async (ctx) => {
      const { appointment } = await ctx.book();
      const id = await recordByEmail(ctx.admin, 'jane@example.com');
      const data = await ctx.admin.exportCustomerData({ customerId: id });
      shaped(customerDataExportSchema, data, 'exportCustomerData');
      equal(data.customer.id, id);
      deepEqual(
        data.appointments.map((a) => a.id),
        [appointment.id],
      );
      ok(data.messages.length > 0, 'the confirmation');
      ok(
        data.messages.every((m) => m.recipient.role === 'customer'),
        'only messages to the customer',
      );
      const log = await ctx.admin.listAuditLog({});
      equal(log.length, 1);
      shaped(auditEntrySchema, log[0], 'audit entry');
      equal(log[0]?.action, 'customerExported');
      equal(log[0]?.staffMemberId, 'ann');
      await rejects(ctx.as('sue').exportCustomerData({ customerId: id }), 'forbidden', 'administrators only');
      await rejects(ctx.as('sue').listAuditLog({}), 'forbidden');
    });

    test('an erasure removes personal data, keeps the appointments anonymously, and is refused while bookings are upcoming', async (ctx) => {
      const { appointment } = await ctx.book({ smsOptIn: false });
      const id = await recordByEmail(ctx.admin, 'jane@example.com');
      const before = await ctx.snapshot();
      await rejects(ctx.admin.eraseCustomer({ customerId: id }), 'policy-violation', 'an upcoming booking');
      equal(await ctx.snapshot(), before, 'nothing written');
      await rejects(ctx.as('sue').eraseCustomer({ customerId: id }), 'forbidden');
      // After the appointment: the customer asks to be forgotten.
      ctx.clock.now = Date.parse(cph(WED, '09:00'));
      await ctx.admin.eraseCustomer({ customerId: id });
      await rejects(ctx.admin.getCustomer({ customerId: id }), 'not-found');
      equal((await ctx.admin.listCustomers({})).length, 0);
      const kept = (await ctx.appointments()).find((a) => a.id === appointment.id);
      ok(kept, 'the appointment stays for reports');
      equal(kept.customerErased, true);
      equal(kept.customerId, undefined);
      const everything = JSON.stringify([
        await ctx.appointments(),
        await ctx.outbox(),
        await ctx.admin.listAuditLog({}),
      ]);
      notIncludes(everything, 'jane@example.com', 'no email left anywhere');
      notIncludes(everything, 'Jane Doe', 'no name left anywhere');
      notIncludes(everything, 'X-123', 'no answers left');
      equal((await ctx.admin.exportReport({ format: 'csv' })).rowCount, 1, 'reports still count it');
      const log = await ctx.admin.listAuditLog({ customerId: id });
      deepEqual(
        log.map((e) => e.action),
        ['customerErased'],
      );
    });
  });

  describe('attendance', () => {
    test('attended or no-show once started; no-shows reach the record and the figures', async (ctx) => {
      const { appointment } = await ctx.book();
      await rejects(
        ctx.admin.markAttendance({ appointmentId: appointment.id, attendance: 'noShow' }),
        'policy-violation',
        'not before it starts',
      );
      ctx.clock.now = Date.parse(cph(TUE, '09:10'));
      await rejects(
        ctx.as('bob').markAttendance({ appointmentId: appointment.id, attendance: 'noShow' }),
        'forbidden',
        'a team member marks their own only',
      );
      await rejects(ctx.as('vic').markAttendance({ appointmentId: appointment.id, attendance: 'noShow' }), 'forbidden');
      await rejectsInvalid(
        ctx.admin.markAttendance({ appointmentId: appointment.id, attendance: 'late' as never }),
        'attendance',
      );
      const marked = await ctx.admin.markAttendance({ appointmentId: appointment.id, attendance: 'noShow' });
      equal(marked.attendance, 'noShow');
      const id = await recordByEmail(ctx.admin, 'jane@example.com');
      equal((await ctx.admin.getCustomer({ customerId: id })).customer.noShowCount, 1);
      const figures = await ctx.admin.getFigures({ start: cph(MON, '00:00'), end: cph('2026-03-09', '00:00') });
      equal(figures.totals.noShow, 1);
      const cleared = await ctx.admin.markAttendance({ appointmentId: appointment.id, attendance: null });
      equal(cleared.attendance, undefined, 'null clears a mistake');
      const attended = await ctx.admin.markAttendance({ appointmentId: appointment.id, attendance: 'attended' });
      equal(attended.attendance, 'attended');
      equal((await ctx.admin.getCustomer({ customerId: id })).customer.noShowCount, 0);
    });
  });

  describe('R22 a daily booking limit per staff member', () => {
    test('a full day offers nothing more, the explainer says why, other days are untouched', async (ctx) => {
      const ann = await ctx.admin.updateStaffMember({ staffMemberId: 'ann', patch: { maximumBookingsPerDay: 2 } });
      equal(ann.maximumBookingsPerDay, 2);
      await ctx.book();
      await ctx.book({ serviceId: 'surgery', start: cph(TUE, '13:00'), answers: [] });
      const slots = await ctx.adapter.getAvailability({
        serviceId: 'consult',
        staffMemberId: 'ann',
        start: cph(TUE, '00:00'),
        end: cph(WED, '00:00'),
      });
      equal(slots.length, 0, 'Tuesday is full');
      const wed = await ctx.adapter.getAvailability({
        serviceId: 'consult',
        staffMemberId: 'ann',
        start: cph(WED, '00:00'),
        end: cph('2026-03-05', '00:00'),
      });
      ok(wed.length > 0, 'Wednesday is not');
      const why = await ctx.admin.explainAvailability({
        serviceId: 'consult',
        staffMemberId: 'ann',
        start: cph(TUE, '15:00'),
      });
      equal(why.offered, false);
      const reason = why.staff[0]?.reasons.find((r) => r.code === 'dailyLimit');
      ok(reason, 'the daily limit is the reason');
      equal(reason['maximumBookingsPerDay'], 2);
      equal(reason['bookings'], 2);
      equal(reason['date'], TUE);
      const before = await ctx.snapshot();
      await rejects(ctx.book({ start: cph(TUE, '15:00') }), 'slot-unavailable', 'R11 re-checks the limit');
      equal(await ctx.snapshot(), before, 'nothing written');
      // Anyone (R9) falls to a colleague with room.
      const other = await ctx.book({ staffMemberId: undefined, start: cph(TUE, '15:00') });
      deepEqual(other.appointment.staffMemberIds, ['bob']);
      await rejectsInvalid(
        ctx.admin.updateStaffMember({ staffMemberId: 'ann', patch: { maximumBookingsPerDay: 0 } }),
        'patch.maximumBookingsPerDay',
      );
    });

    test('a class session counts once: more attendees may join it on a full day', async (ctx) => {
      await ctx.admin.updateStaffMember({ staffMemberId: 'ann', patch: { maximumBookingsPerDay: 1 } });
      await ctx.book({ serviceId: 'yoga', start: cph(TUE, '10:00'), answers: [] });
      const joined = await ctx.book({
        serviceId: 'yoga',
        start: cph(TUE, '10:00'),
        answers: [],
        customer: { name: 'Second', emailAddress: 'second@example.com', timeZone: 'UTC' },
      });
      deepEqual(joined.appointment.staffMemberIds, ['ann']);
      await rejects(ctx.book({ serviceId: 'yoga', start: cph(TUE, '14:00'), answers: [] }), 'slot-unavailable');
    });
  });

  describe('R23 approval', () => {
    /** Consultations need approval, and a request waits at most two hours. */
    async function requiring(ctx: ContractCtx): Promise<void> {
      await ctx.admin.updateService({
        serviceId: 'consult',
        patch: { isApprovalRequired: true, approvalExpiresAfter: 'PT2H' },
      });
    }

    test('a request holds its time; the customer hears it is waiting; no reminder yet', async (ctx) => {
      await requiring(ctx);
      const { appointment } = await ctx.book();
      shaped(customerAppointmentSchema, appointment, 'the customer’s view');
      equal(appointment.approval, 'pending');
      const listed = (await ctx.appointments()).find((a) => a.id === appointment.id);
      equal(listed?.approval, 'pending');
      equal(listed?.approvalExpiresAt, new Date(ctx.clock.now + 2 * HOUR).toISOString());
      const slots = await ctx.adapter.getAvailability({
        serviceId: 'consult',
        staffMemberId: 'ann',
        start: cph(TUE, '09:00'),
        end: cph(TUE, '10:00'),
      });
      ok(!slots.some((s) => Date.parse(s.start) === Date.parse(cph(TUE, '09:00'))), 'the time is held');
      const kinds = (await ctx.outbox()).filter((m) => m.appointmentId === appointment.id).map((m) => m.kind);
      ok(kinds.includes('requested'), 'the customer is told it waits');
      ok(!kinds.includes('confirmation') && !kinds.includes('reminder'), 'no confirmation or reminder yet');
      const toCustomer = (await ctx.outbox()).find((m) => m.kind === 'requested' && m.recipient.role === 'customer');
      equal(toCustomer?.ics, undefined, 'no invitation for a request');
    });

    test('approved: the customer is told, reminders follow; a second answer is refused', async (ctx) => {
      await requiring(ctx);
      // Wednesday: the day-before reminder is still ahead.
      const { appointment } = await ctx.book({ start: cph(WED, '09:00') });
      await rejects(ctx.as('vic').approveAppointment({ appointmentId: appointment.id }), 'forbidden');
      const approved = await ctx.admin.approveAppointment({ appointmentId: appointment.id });
      equal(approved.approval, 'approved');
      equal(approved.approvalExpiresAt, undefined);
      const mine = (await ctx.outbox()).filter((m) => m.appointmentId === appointment.id);
      const told = mine.find((m) => m.kind === 'approved' && m.recipient.role === 'customer' && m.channel === 'email');
      ok(told?.ics, 'the approval carries the invitation');
      ok(
        mine.some((m) => m.kind === 'reminder'),
        'reminders scheduled',
      );
      await rejects(ctx.admin.approveAppointment({ appointmentId: appointment.id }), 'policy-violation');
      await rejects(ctx.admin.declineAppointment({ appointmentId: appointment.id }), 'policy-violation');
      // Past the request's expiry, an approved booking stands.
      ctx.clock.now += 3 * HOUR;
      equal((await ctx.appointments()).find((a) => a.id === appointment.id)?.status, 'booked');
    });

    test('declined with a message: the time is free again and the customer reads why', async (ctx) => {
      await requiring(ctx);
      const { appointment } = await ctx.book();
      await rejectsInvalid(
        ctx.admin.declineAppointment({ appointmentId: appointment.id, message: 'bad\u0007' }),
        'message',
      );
      const declined = await ctx.admin.declineAppointment({
        appointmentId: appointment.id,
        message: 'Fully booked that morning',
      });
      equal(declined.status, 'cancelled');
      equal(declined.approval, 'declined');
      const told = (await ctx.outbox()).find(
        (m) => m.appointmentId === appointment.id && m.kind === 'declined' && m.recipient.role === 'customer',
      );
      ok(told?.body.includes('Fully booked that morning'), 'the message reaches the customer');
      const again = await ctx.book({ customer: { name: 'Next', emailAddress: 'next@example.com', timeZone: 'UTC' } });
      equal(Date.parse(again.appointment.start), Date.parse(cph(TUE, '09:00')), 'the time is bookable again');
    });

    test('an unanswered request expires: the time is free, the customer is told, late answers are refused', async (ctx) => {
      await requiring(ctx);
      const { appointment } = await ctx.book();
      ctx.clock.now += 2 * HOUR;
      await rejects(ctx.admin.approveAppointment({ appointmentId: appointment.id }), 'policy-violation', 'too late');
      const slots = await ctx.adapter.getAvailability({
        serviceId: 'consult',
        staffMemberId: 'ann',
        start: cph(TUE, '09:00'),
        end: cph(TUE, '10:00'),
      });
      ok(
        slots.some((s) => Date.parse(s.start) === Date.parse(cph(TUE, '09:00'))),
        'the time is offered again',
      );
      const listed = (await ctx.appointments()).find((a) => a.id === appointment.id);
      equal(listed?.status, 'cancelled');
      equal(listed?.approval, 'expired');
      ok(
        (await ctx.outbox()).some(
          (m) => m.appointmentId === appointment.id && m.kind === 'expired' && m.recipient.role === 'customer',
        ),
        'the customer is told',
      );
      const seen = await ctx.adapter.getBooking({ appointmentId: appointment.id, manageToken: '' }).catch(() => null);
      equal(seen, null, 'a wrong token still reveals nothing');
    });

    test('staff bookings need no approval', async (ctx) => {
      await requiring(ctx);
      const made = await ctx.admin.createAppointment({
        serviceId: 'consult',
        staffMemberId: 'ann',
        start: cph(TUE, '10:00'),
        customer: { name: 'Caller', emailAddress: 'caller@example.com', timeZone: 'UTC' },
        answers: [{ questionId: 'insurance', answer: 'Z' }],
      });
      equal(made.appointment.approval, undefined);
    });
  });

  describe('moving and resizing (checked by the rules)', () => {
    test('a resize keeps the rules: into a colleague’s booking is refused with the reason', async (ctx) => {
      const { appointment } = await ctx.book();
      await ctx.book({
        start: cph(TUE, '10:00'),
        customer: { name: 'Next', emailAddress: 'next@example.com', timeZone: 'UTC' },
      });
      await rejectsInvalid(
        ctx.admin.rescheduleAppointment({
          appointmentId: appointment.id,
          start: cph(TUE, '09:00'),
          end: cph(TUE, '08:00'),
        }),
        'end',
      );
      const why = await ctx.admin.explainAvailability({
        serviceId: 'consult',
        staffMemberId: 'ann',
        start: cph(TUE, '09:00'),
        end: cph(TUE, '10:30'),
        appointmentId: appointment.id,
      });
      equal(why.offered, false);
      ok(
        why.staff[0]?.reasons.some((r) => r.code === 'staffBusy'),
        'the next booking is in the way',
      );
      const before = await ctx.snapshot();
      await rejects(
        ctx.admin.rescheduleAppointment({
          appointmentId: appointment.id,
          staffMemberId: 'ann',
          start: cph(TUE, '09:00'),
          end: cph(TUE, '10:30'),
        }),
        'slot-unavailable',
      );
      equal(await ctx.snapshot(), before, 'nothing written');
      const longer = await ctx.admin.rescheduleAppointment({
        appointmentId: appointment.id,
        staffMemberId: 'ann',
        start: cph(TUE, '09:00'),
        end: cph(TUE, '10:00'),
      });
      equal(Date.parse(longer.end) - Date.parse(longer.start), HOUR, 'resized');
      equal(longer.staffMemberId, 'ann');
      const moved = await ctx.admin.rescheduleAppointment({ appointmentId: appointment.id, start: cph(WED, '14:00') });
      equal(Date.parse(moved.end) - Date.parse(moved.start), HOUR, 'a move keeps the new length');
    });
  });

  describe('figures', () => {
    test('bookings, cancellations and no-shows per week, service and staff member', async (ctx) => {
      await ctx.book();
      const second = await ctx.book({ start: cph(TUE, '10:00') });
      await ctx.book({ staffMemberId: 'bob', start: cph('2026-03-10', '09:00') });
      await ctx.admin.cancelAppointment({ appointmentId: second.appointment.id });
      const figures = await ctx.admin.getFigures({ start: cph(MON, '00:00'), end: cph('2026-03-16', '00:00') });
      shaped(figuresSchema, figures, 'getFigures');
      deepEqual(figures.totals, { booked: 2, cancelled: 1, noShow: 0 });
      deepEqual(
        figures.weeks.map((w) => [w.weekStart, w.booked, w.cancelled]),
        [
          [MON, 1, 1],
          ['2026-03-09', 1, 0],
        ],
      );
      deepEqual(
        figures.staff.map((s) => [s.id, s.booked, s.cancelled]),
        [
          ['ann', 1, 1],
          ['bob', 1, 0],
        ],
      );
      deepEqual(
        figures.services.map((s) => [s.id, s.name, s.booked]),
        [['consult', 'Consultation', 2]],
      );
      await rejects(ctx.as('sue').getFigures({ start: cph(MON, '00:00'), end: cph(WED, '00:00') }), 'forbidden');
      await rejectsInvalid(ctx.admin.getFigures({ start: cph(WED, '00:00'), end: cph(MON, '00:00') }), 'end');
    });
  });
}
