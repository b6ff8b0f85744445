/**
 * The front desk's answers about single appointments: approving or declining a request (R23),
 * and marking whether the customer came (attendance, for the customer's record and the figures).
 * Team members answer for their own appointments only (R18).
 */
import {
  adminAdapterInputSchemas as S,
  type ApproveAppointmentInput,
  type DeclineAppointmentInput,
  type MarkAttendanceInput,
  type StaffAppointment,
} from '../../schemas/admin.js';
import type { CallOptions } from '../../contract/adapter.js';
import { BookingError } from '../../contract/errors.js';
import { isLapsed } from '../approval.js';
import { parseInput, toIso } from '../boundary.js';
import { appointmentMessages, reminderMessages } from '../outbox.js';
import type { StoredAppointment, StoreTx } from '../store.js';
import { sessionOf, toStaffAppointment } from '../views.js';
import { type Actor, type AdminScope } from './admin-scope.js';
import { cancelStored } from '../cancellation.js';

const STORES = ['businesses', 'appointments', 'outbox'] as const;

/** The request `a`, still waiting for an answer; refused otherwise (answered, cancelled, or expired). */
function pendingRequest(a: StoredAppointment, nowMs: number): void {
  if (a.status !== 'booked' || a.approval !== 'pending') {
    throw new BookingError('policy-violation', 'This booking is not waiting for approval.');
  }
  if (isLapsed(a, nowMs)) {
    throw new BookingError(
      'policy-violation',
      `This request expired at ${toIso(a.approvalExpiresAtMs ?? nowMs)} before anyone answered it.`,
    );
  }
}

async function view(tx: StoreTx, actor: Actor, a: StoredAppointment): Promise<StaffAppointment> {
  const size = a.status === 'booked' ? (await sessionOf(tx, a)).length : 0;
  return toStaffAppointment(actor.business, a, size);
}

/** R23: the request stands: the customer and staff are told, and the service's reminders are scheduled. */
export async function approveAppointment(
  scope: AdminScope,
  input: ApproveAppointmentInput,
  options?: CallOptions,
): Promise<StaffAppointment> {
  const req = parseInput(S.approveAppointment, input);
  const b = scope.backend;
  const calendarWriters = await scope.calendarWriters(req.businessId);
  return scope.tx('readwrite', STORES, req.businessId, options, async (tx, actor) => {
    const a = await scope.appointment(tx, actor, req.appointmentId);
    pendingRequest(a, b.now());
    const approved: StoredAppointment = { ...a, approval: 'approved', updatedAt: toIso(b.now()) };
    delete approved.approvalExpiresAtMs;
    await tx.put('appointments', approved);
    for (const m of appointmentMessages(b, actor.business, approved, 'approved', { calendarWriters }))
      await tx.put('outbox', m);
    for (const m of reminderMessages(b, actor.business, approved)) await tx.put('outbox', m);
    return view(tx, actor, approved);
  });
}

/** R23: the request is turned down with an optional message; its time is free again. */
export async function declineAppointment(
  scope: AdminScope,
  input: DeclineAppointmentInput,
  options?: CallOptions,
): Promise<StaffAppointment> {
  const req = parseInput(S.declineAppointment, input);
  const b = scope.backend;
  const calendarWriters = await scope.calendarWriters(req.businessId);
  return scope.tx('readwrite', STORES, req.businessId, options, async (tx, actor) => {
    const a = await scope.appointment(tx, actor, req.appointmentId);
    pendingRequest(a, b.now());
    const now = toIso(b.now());
    const declined = await cancelStored(tx, a, { now, by: 'staff', message: req.message, approval: 'declined' });
    const note = req.message !== undefined ? { note: req.message, calendarWriters } : { calendarWriters };
    for (const m of appointmentMessages(b, actor.business, declined, 'declined', note)) await tx.put('outbox', m);
    return view(tx, actor, declined);
  });
}

/** Whether the customer came, once the appointment has started; `null` clears a mark made by mistake. */
export async function markAttendance(
  scope: AdminScope,
  input: MarkAttendanceInput,
  options?: CallOptions,
): Promise<StaffAppointment> {
  const req = parseInput(S.markAttendance, input);
  const b = scope.backend;
  return scope.tx('readwrite', ['businesses', 'appointments'], req.businessId, options, async (tx, actor) => {
    const a = await scope.appointment(tx, actor, req.appointmentId);
    if (a.status !== 'booked' || a.approval === 'pending') {
      throw new BookingError('policy-violation', 'Only a booked appointment can be marked attended or a no-show.');
    }
    if (a.startMs > b.now()) {
      throw new BookingError(
        'policy-violation',
        `Attendance can be marked once the appointment has started (${toIso(a.startMs)}).`,
      );
    }
    const marked: StoredAppointment = { ...a, updatedAt: toIso(b.now()) };
    if (req.attendance === null) delete marked.attendance;
    else marked.attendance = req.attendance;
    await tx.put('appointments', marked);
    return view(tx, actor, marked);
  });
}
