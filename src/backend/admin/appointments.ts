/**
 * Appointments in the back office: list, book on a customer's behalf (R12, R5 override by role),
 * move and cancel (R8: a class session as a whole).
 */
import { lastAssignedOf } from '../assignments.js';
import { durationMs } from '../../core/duration.js';
import type { Business, Service } from '../../core/types.js';
import {
  adminAdapterInputSchemas as S,
  type CancelAppointmentInput,
  type CreateAppointmentInput,
  type CreateAppointmentResult,
  type ListAppointmentsInput,
  type RescheduleAppointmentInput,
  type StaffAppointment,
} from '../../schemas/admin.js';
import { checkBookingDetails } from '../../schemas/booking-details.js';
import type { CallOptions } from '../../contract/adapter.js';
import { BookingError } from '../../contract/errors.js';
import { DAY, findService, findStaffMember, type Prepared } from '../backend.js';
import { retrying } from '../retry.js';
import { newId, newManageToken } from '../crypto.js';
import { bookedRecord } from '../booked-record.js';
import { sha256Hex } from '../hash.js';
import type { StoredAppointment } from '../store.js';
import { invalid, invalidAt, parseInput, throwIfAborted, toIso } from '../boundary.js';
import { idempotencyExpiry, idempotencyRecordId, sealToken, unsealToken } from '../idempotency.js';
import { expireLapsed, expireLapsedRequests, isLapsed, lapsedAround } from '../approval.js';
import { meetingLink } from '../connectors/meeting-link.js';
import { linkBooking } from '../customer-records.js';
import { appointmentMessages, cancelPendingReminders, reminderMessages } from '../outbox.js';
import { putWebhookEvents } from '../webhooks.js';
import { place } from '../placement.js';
import { withSeriesIcs } from '../series-ics.js';
import { sessionOf, sessionSize, toStaffAppointment } from '../views.js';
import { type Actor, ALL_STORES, type AdminScope, require } from './admin-scope.js';
import { cancelStored } from '../cancellation.js';

export async function listAppointments(
  scope: AdminScope,
  input: ListAppointmentsInput,
  options?: CallOptions,
): Promise<StaffAppointment[]> {
  const req = parseInput(S.listAppointments, input);
  // R23: requests nobody answered in time are expired (and their customers told) before anyone looks.
  const pre = await scope.preRead(req.businessId);
  if (pre.perms.readAppointments !== 'none') await expireLapsedRequests(scope.backend, pre.business.id);
  return scope.tx('readonly', ['businesses', 'appointments'], req.businessId, options, async (tx, actor) => {
    const access = actor.perms.readAppointments;
    require(access !== 'none');
    let staffMemberId = req.staffMemberId;
    if (access === 'own') {
      require(staffMemberId === undefined || staffMemberId === actor.me.id, 'You can only see your own appointments.');
      staffMemberId = actor.me.id;
    }
    const start = Date.parse(req.start);
    const end = Date.parse(req.end);
    const id = actor.business.id;
    const rows =
      staffMemberId === undefined
        ? await tx.range('appointments', 'business_start', [id, start], [id, end - 1])
        : await tx.range('appointments', 'staff_start', [id, staffMemberId, start], [id, staffMemberId, end - 1]);
    return rows
      .filter((a) => req.includeCancelled === true || a.status === 'booked')
      .map((a) => toStaffAppointment(actor.business, a, sessionSize(rows, a)));
  });
}

function bookingService(business: Business, serviceId: string, staffMemberId: string | undefined): Service {
  const service = findService(business, serviceId);
  if (!service) throw invalidAt('serviceId', `unknown service: ${serviceId}`);
  if (staffMemberId !== undefined) {
    const staff = findStaffMember(business, staffMemberId);
    if (!staff || !staff.isBookable || !service.staffMemberIds.includes(staffMemberId)) {
      throw invalidAt('staffMemberId', `unknown staff member for this service: ${staffMemberId}`);
    }
  }
  return service;
}

export async function createAppointment(
  scope: AdminScope,
  input: CreateAppointmentInput,
  options?: CallOptions,
): Promise<CreateAppointmentResult> {
  const req = parseInput(S.createAppointment, input);
  throwIfAborted(options);
  const b = scope.backend;
  return retrying(async () => {
    const pre = await scope.preRead(req.businessId);
    const override = req.overrideLeadTime === true;
    const staffMemberId = bookingStaff(pre, req.staffMemberId, override);
    const preService = bookingService(pre.business, req.serviceId, staffMemberId);
    // Staff book on the customer's behalf: R12 applies, the consent box (R13) is the customer's own act.
    const details = checkBookingDetails(req, preService, pre.business.customQuestions, {
      isCustomerConsentEnabled: false,
    });
    if (details.length > 0) throw invalid(details, 'Some details are missing or not valid.');
    const startMs = Date.parse(req.start);
    if (!override && startMs < b.now()) throw invalidAt('start', 'is in the past');
    const prepared = await b.prepare(pre.business, b.concernedStaff(pre.business, preService, staffMemberId), {
      start: startMs - DAY,
      end: startMs + 2 * DAY,
    });
    const appointmentId = newId('apt');
    const { token, bytes } = newManageToken();
    const duration = durationMs(preService.defaultDuration);
    const joinWebUrl = preService.isLocationOnline
      ? await meetingLink(b, pre.business, preService, {
          appointmentId,
          businessId: pre.business.id,
          serviceId: preService.id,
          ...(staffMemberId !== undefined ? { staffMemberId } : {}),
          start: toIso(startMs),
          end: toIso(startMs + duration),
          subject: `${preService.displayName} – ${pre.business.displayName}`,
        })
      : undefined;
    const calendarWriters = await b.calendarWriters(pre.business.id);
    const key = req.idempotencyKey;
    const fingerprint = sha256Hex(JSON.stringify({ ...req, idempotencyKey: undefined }));
    return scope.tx(
      'readwrite',
      ALL_STORES,
      req.businessId,
      options,
      async (tx, actor): Promise<CreateAppointmentResult> => {
        const idemId = key === undefined ? undefined : idempotencyRecordId(actor.business.id, `staff:${key}`);
        if (idemId !== undefined && key !== undefined) {
          const previous = await tx.get('idempotency', idemId);
          if (previous && previous.expiresAtMs > b.now()) {
            if (previous.fingerprint !== fingerprint)
              throw invalidAt('idempotencyKey', 'was already used for a different booking');
            const existing = await tx.get('appointments', previous.appointmentId);
            if (existing) {
              const session = await sessionOf(tx, existing);
              return {
                appointment: toStaffAppointment(actor.business, existing, session.length),
                manageToken: unsealToken(previous.sealedToken, actor.business.id, `staff:${key}`),
              };
            }
          }
        }
        const chosen = bookingStaff(actor, req.staffMemberId, override);
        const service = bookingService(actor.business, req.serviceId, chosen);
        if (req.customerId !== undefined) {
          const record = await tx.get('customers', req.customerId);
          if (record?.businessId !== actor.business.id) throw invalidAt('customerId', 'unknown customer');
        }
        await expireLapsed(
          b,
          tx,
          actor.business,
          await lapsedAround(b, tx, actor.business, startMs, startMs + duration),
        );
        const placement = await place(b, tx, {
          business: actor.business,
          service,
          ...(chosen !== undefined ? { staffMemberId: chosen } : {}),
          startMs,
          enforceLeadTime: !override,
          prepared,
          lastAssigned: await lastAssignedOf(tx, actor.stored, service.id),
        });
        const now = toIso(b.now());
        const record: StoredAppointment = {
          ...bookedRecord(b, {
            id: appointmentId,
            businessId: actor.business.id,
            service,
            placement,
            customer: req.customer,
            answers: req.answers ?? [],
            smsOptIn: req.smsOptIn,
            joinWebUrl,
            token,
            now,
            bookedBy: 'staff',
            consentedAt: null,
          }),
          createdByStaffMemberId: actor.me.id,
        };
        const customerId = await linkBooking(tx, actor.business.id, record.customer, b.now(), req.customerId);
        if (customerId !== undefined) record.customerId = customerId;
        await tx.put('appointments', record);
        if (idemId !== undefined && key !== undefined) {
          await tx.put('idempotency', {
            id: idemId,
            businessId: actor.business.id,
            appointmentId,
            sealedToken: sealToken(bytes, actor.business.id, `staff:${key}`),
            fingerprint,
            expiresAtMs: idempotencyExpiry(b.now()),
          });
        }
        for (const id of placement.expiredHoldIds) await tx.delete('holds', id);
        // The manage link goes to the customer only when they may use it (R6).
        const manageable = service.isCustomerAllowedToManageBooking;
        for (const m of appointmentMessages(
          b,
          actor.business,
          record,
          'confirmation',
          manageable ? { manageToken: token, calendarWriters } : { calendarWriters },
        )) {
          await tx.put('outbox', m);
        }
        for (const m of reminderMessages(b, actor.business, record)) await tx.put('outbox', m);
        await putWebhookEvents(tx, actor.business, record, 'appointment.created', b.now());
        return {
          appointment: toStaffAppointment(actor.business, record, placement.attendeeCount),
          manageToken: token,
        };
      },
    );
  });
}

/** Who a staff booking is for, by role: teamMembers book themselves only, and nobody below scheduler overrides R5. */
function bookingStaff(actor: Actor, staffMemberId: string | undefined, override: boolean): string | undefined {
  const access = actor.perms.writeAppointments;
  require(access !== 'none');
  if (override) require(actor.perms.overrideLeadTime, 'Only administrators and schedulers can override lead times.');
  if (access === 'own') {
    require(staffMemberId === undefined ||
      staffMemberId === actor.me.id, 'You can only book appointments with yourself.');
    return actor.me.id;
  }
  return staffMemberId;
}

export async function rescheduleAppointment(
  scope: AdminScope,
  input: RescheduleAppointmentInput,
  options?: CallOptions,
): Promise<StaffAppointment> {
  const req = parseInput(S.rescheduleAppointment, input);
  throwIfAborted(options);
  const b = scope.backend;
  const override = req.overrideLeadTime === true;
  return retrying(async () => {
    const pre = await scope.preRead(req.businessId);
    const existing = await b.store.run('readonly', ['appointments'], (tx) => tx.get('appointments', req.appointmentId));
    if (!existing || existing.businessId !== pre.business.id)
      throw new BookingError('not-found', 'No such appointment.');
    const startMs = Date.parse(req.start);
    if (!override && startMs < b.now()) throw invalidAt('start', 'is in the past');
    // A moved appointment keeps its length (a resized one too); a new end resizes it.
    const length = req.end !== undefined ? Date.parse(req.end) - startMs : existing.endMs - existing.startMs;
    const preService = findService(pre.business, existing.serviceId);
    if (!preService) throw new BookingError('policy-violation', 'The service of this appointment no longer exists.');
    const prepared: Prepared = await b.prepare(
      pre.business,
      b.concernedStaff(pre.business, preService, req.staffMemberId),
      {
        start: startMs - DAY,
        end: startMs + length + 2 * DAY,
      },
    );
    const calendarWriters = await b.calendarWriters(pre.business.id);
    return scope.tx('readwrite', ALL_STORES, req.businessId, options, async (tx, actor) => {
      const a = await scope.appointment(tx, actor, req.appointmentId);
      if (override)
        require(actor.perms.overrideLeadTime, 'Only administrators and schedulers can override lead times.');
      const staffMemberId = actor.perms.writeAppointments === 'own' ? actor.me.id : req.staffMemberId;
      if (a.status !== 'booked' || isLapsed(a, b.now()))
        throw new BookingError('policy-violation', 'A cancelled appointment cannot be rescheduled.');
      const service = bookingService(actor.business, a.serviceId, staffMemberId);
      await expireLapsed(b, tx, actor.business, await lapsedAround(b, tx, actor.business, startMs, startMs + length));
      const placement = await place(b, tx, {
        business: actor.business,
        service,
        ...(staffMemberId !== undefined ? { staffMemberId } : {}),
        preferStaffMemberId: a.staffMemberId,
        startMs,
        enforceLeadTime: !override,
        ignoreAppointmentId: a.id,
        prepared,
        lastAssigned: await lastAssignedOf(tx, actor.stored, service.id),
        durationMs: length,
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
      await cancelPendingReminders(tx, a.id);
      // One of a series (issue 20): the e-mails carry the series' .ics, so calendars move that one date.
      const messages = await withSeriesIcs(
        tx,
        actor.business,
        updated,
        appointmentMessages(b, actor.business, updated, 'reschedule', {
          previousStartMs: a.startMs,
          previousEndMs: a.endMs,
          calendarWriters,
          previousStaffMemberId: a.staffMemberId,
        }),
        b.now(),
        b.deps.senderAddress,
      );
      // A request waiting for approval (R23) gets its reminders once approved.
      const reminders = updated.approval === 'pending' ? [] : reminderMessages(b, actor.business, updated);
      for (const m of [...messages, ...reminders]) await tx.put('outbox', m);
      await putWebhookEvents(tx, actor.business, updated, 'appointment.rescheduled', b.now(), {
        previousStartMs: a.startMs,
        previousEndMs: a.endMs,
      });
      return toStaffAppointment(actor.business, updated, placement.attendeeCount);
    });
  });
}

export async function cancelAppointment(
  scope: AdminScope,
  input: CancelAppointmentInput,
  options?: CallOptions,
): Promise<void> {
  const req = parseInput(S.cancelAppointment, input);
  const b = scope.backend;
  const calendarWriters = await scope.calendarWriters(req.businessId);
  await scope.tx('readwrite', ['businesses', 'appointments', 'outbox'], req.businessId, options, async (tx, actor) => {
    const a = await scope.appointment(tx, actor, req.appointmentId);
    if (a.status === 'cancelled') return;
    // R8: staff cancelling a class cancels the session for everyone in it, unless told otherwise.
    const targets = req.scope === 'attendee' ? [a] : await sessionOf(tx, a);
    const now = toIso(b.now());
    let first = true;
    for (const t of targets) {
      const cancelled = await cancelStored(tx, t, { now, by: 'staff', message: req.message });
      const messages = await withSeriesIcs(
        tx,
        actor.business,
        cancelled,
        appointmentMessages(b, actor.business, cancelled, 'cancellation', {
          ...(req.message !== undefined ? { note: req.message } : {}),
          calendarWriters,
        }),
        b.now(),
        b.deps.senderAddress,
      );
      // Every attendee hears about it; the staff member and the owner once per session (each
      // attendee's event leaves the staff member's calendar, though).
      for (const m of messages) {
        if (first || m.recipient.role === 'customer' || m.channel === 'calendar') await tx.put('outbox', m);
      }
      await putWebhookEvents(tx, actor.business, cancelled, 'appointment.cancelled', b.now());
      first = false;
    }
  });
}
