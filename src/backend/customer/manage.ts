/** The customer's private link (R6, R14): view, reschedule and cancel one booking with its manage token. */
import { lastAssignedOf } from '../assignments.js';
import type { Business, Service } from '../../core/types.js';
import type { CallOptions } from '../../contract/adapter.js';
import { BookingError } from '../../contract/errors.js';
import {
  cancelInputSchema,
  getBookingInputSchema,
  rescheduleInputSchema,
  type CancelInput,
  type CustomerAppointment,
  type GetBookingInput,
  type RescheduleInput,
} from '../../schemas/booking.js';
import { DAY, findService } from '../backend.js';
import { retrying } from '../retry.js';
import { parseInput, throwIfAborted, toIso } from '../boundary.js';
import { durationMs } from '../../core/duration.js';
import { expireLapsed, lapsedAround } from '../approval.js';
import { appointmentMessages, cancelPendingReminders, loadMessageText, reminderMessages } from '../outbox.js';
import { putWebhookEvents } from '../webhooks.js';
import { place } from '../placement.js';
import type { StoredAppointment } from '../store.js';
import { customerMayChange, sessionOf, toCustomerAppointment } from '../views.js';
import { type CustomerScope, WRITE_STORES } from './customer-scope.js';
import { constantTimeEqual, sha256Hex } from '../hash.js';
import { withSeriesIcs } from '../series-ics.js';
import { cancelStored } from '../cancellation.js';
/** Verifies a manage token against the stored hash in constant time; unknown and wrong look the same (R14). */
export function verifyToken(a: StoredAppointment | undefined, manageToken: string): a is StoredAppointment {
  const presented = sha256Hex(`manage:${manageToken}`);
  const expected = a?.manageTokenHash ?? sha256Hex('manage:');
  return constantTimeEqual(presented, expected) && a !== undefined;
}

export async function getBooking(
  scope: CustomerScope,
  input: GetBookingInput,
  options?: CallOptions,
): Promise<CustomerAppointment> {
  const req = parseInput(getBookingInputSchema, input);
  await scope.begin(options);
  const b = scope.backend;
  const result = await b.store.run('readonly', ['businesses', 'appointments'], async (tx) => {
    const a = await tx.get('appointments', req.appointmentId);
    if (!verifyToken(a, req.manageToken)) throw scope.notFound();
    const stored = await tx.get('businesses', a.businessId);
    if (!stored) throw scope.notFound();
    const session = await sessionOf(tx, a);
    return toCustomerAppointment(stored.config, a, session.length, b.now(), req.languageTag);
  });
  throwIfAborted(options);
  return result;
}

export async function reschedule(
  scope: CustomerScope,
  input: RescheduleInput,
  options?: CallOptions,
): Promise<CustomerAppointment> {
  const req = parseInput(rescheduleInputSchema, input);
  await scope.begin(options);
  await loadMessageText();
  const b = scope.backend;
  return retrying(async () => {
    const pre = await b.store.run('readonly', ['businesses', 'appointments'], async (tx) => {
      const a = await tx.get('appointments', req.appointmentId);
      if (!verifyToken(a, req.manageToken)) throw scope.notFound();
      const stored = await tx.get('businesses', a.businessId);
      if (!stored) throw scope.notFound();
      return { a, business: stored.config };
    });
    const preService = rescheduleService(scope, pre.business, pre.a, req.staffMemberId);
    const startMs = scope.startOf(req.start);
    const prepared = await b.prepare(pre.business, b.concernedStaff(pre.business, preService, req.staffMemberId), {
      start: startMs - DAY,
      end: startMs + 2 * DAY,
    });
    const calendarWriters = await b.calendarWriters(pre.business.id);
    throwIfAborted(options);
    return b.store.run(
      'readwrite',
      WRITE_STORES,
      async (tx) => {
        const a = await tx.get('appointments', req.appointmentId);
        if (!verifyToken(a, req.manageToken)) throw scope.notFound();
        const stored = await scope.freshBusiness(tx, a.businessId);
        const business = stored.config;
        const service = rescheduleService(scope, business, a, req.staffMemberId);
        const length = durationMs(service.defaultDuration);
        await expireLapsed(b, tx, business, await lapsedAround(b, tx, business, startMs, startMs + length));
        const placement = await place(b, tx, {
          business,
          service,
          ...(req.staffMemberId !== undefined ? { staffMemberId: req.staffMemberId } : {}),
          preferStaffMemberId: a.staffMemberId,
          startMs,
          enforceLeadTime: true,
          ignoreAppointmentId: a.id,
          prepared,
          lastAssigned: await lastAssignedOf(tx, stored, service.id),
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
        await cancelPendingReminders(tx, a.id);
        // One of a series (issue 20): the e-mails carry the series' .ics, so calendars move that one date.
        const messages = await withSeriesIcs(
          tx,
          business,
          updated,
          appointmentMessages(b, business, updated, 'reschedule', {
            previousStartMs: a.startMs,
            previousEndMs: a.endMs,
            notifyOwner: service.maximumAttendeesCount <= 1,
            calendarWriters,
            previousStaffMemberId: a.staffMemberId,
          }),
          b.now(),
          b.deps.senderAddress,
        );
        // A request waiting for approval (R23) gets its reminders once approved.
        const reminders = updated.approval === 'pending' ? [] : reminderMessages(b, business, updated);
        for (const m of [...messages, ...reminders]) await tx.put('outbox', m);
        await putWebhookEvents(tx, business, updated, 'appointment.rescheduled', b.now(), {
          previousStartMs: a.startMs,
          previousEndMs: a.endMs,
        });
        throwIfAborted(options);
        return toCustomerAppointment(business, updated, placement.attendeeCount, b.now());
      },
      { businessIds: [pre.a.businessId] },
    );
  });
}

/** R6 and R10 for a customer's reschedule: the same service, still changeable, staff choice only when offered. */
function rescheduleService(
  scope: CustomerScope,
  business: Business,
  a: StoredAppointment,
  staffMemberId: string | undefined,
): Service {
  const change = customerMayChange(business, a, scope.backend.now());
  if (!change.allowed)
    throw new BookingError('policy-violation', change.why ?? 'This booking cannot be changed online.');
  const service = findService(business, a.serviceId);
  if (!service) throw new BookingError('policy-violation', 'This service is no longer offered; contact the business.');
  scope.checkChosenStaff(business, service, staffMemberId);
  return service;
}

/**
 * The business of an appointment, read before the transaction that changes it (so it can be
 * locked); the manage token is checked inside that transaction.
 */
export async function businessOfAppointment(scope: CustomerScope, appointmentId: string): Promise<string> {
  const businessId = await scope.backend.store.run(
    'readonly',
    ['appointments'],
    async (tx) => (await tx.get('appointments', appointmentId))?.businessId,
  );
  if (businessId === undefined) throw scope.notFound();
  return businessId;
}

export async function cancel(scope: CustomerScope, input: CancelInput, options?: CallOptions): Promise<void> {
  const req = parseInput(cancelInputSchema, input);
  await scope.begin(options);
  await loadMessageText();
  const b = scope.backend;
  const businessId = await businessOfAppointment(scope, req.appointmentId);
  const calendarWriters = await b.calendarWriters(businessId);
  await b.store.run(
    'readwrite',
    ['businesses', 'appointments', 'outbox'],
    async (tx) => {
      const a = await tx.get('appointments', req.appointmentId);
      if (!verifyToken(a, req.manageToken)) throw scope.notFound();
      // Cancelling twice is not an error and writes nothing the second time.
      if (a.status === 'cancelled') return;
      const stored = await scope.freshBusiness(tx, a.businessId);
      const business = stored.config;
      const change = customerMayChange(business, a, b.now());
      if (!change.allowed)
        throw new BookingError('policy-violation', change.why ?? 'This booking cannot be cancelled online.');
      const now = toIso(b.now());
      const cancelled = await cancelStored(tx, a, { now, by: 'customer', message: req.reason });
      const isClass = (findService(business, a.serviceId)?.maximumAttendeesCount ?? 1) > 1;
      // R8: one attendee leaving a class concerns only them and the staff member.
      const messages = appointmentMessages(b, business, cancelled, 'cancellation', {
        ...(req.reason !== undefined ? { note: req.reason } : {}),
        notifyOwner: !isClass,
        calendarWriters,
      });
      for (const m of await withSeriesIcs(tx, business, cancelled, messages, b.now(), b.deps.senderAddress)) {
        await tx.put('outbox', m);
      }
      await putWebhookEvents(tx, business, cancelled, 'appointment.cancelled', b.now());
      throwIfAborted(options);
    },
    { businessIds: [businessId] },
  );
}
