/**
 * Repeat bookings (issue 20) in the back office: the series an appointment belongs to ("3 of 10",
 * its dates), and cancelling this appointment and every later one of the series. Staff are not
 * bound by the customer's notice (R6); their role is checked per appointment (R18).
 */
import type { CallOptions } from '../../contract/adapter.js';
import {
  adminAdapterInputSchemas as S,
  type CancelAppointmentInput,
  type GetAppointmentSeriesInput,
  type StaffAppointment,
} from '../../schemas/admin.js';
import { parseInput, toIso } from '../boundary.js';
import { seriesAppointments, seriesMessages } from '../series-ics.js';
import type { StoredAppointment } from '../store.js';
import { sessionOf, toStaffAppointment } from '../views.js';
import { putWebhookEvents } from '../webhooks.js';
import type { AdminScope } from './admin-scope.js';
import { cancelStored } from '../cancellation.js';

export async function getAppointmentSeries(
  scope: AdminScope,
  input: GetAppointmentSeriesInput,
  options?: CallOptions,
): Promise<StaffAppointment[]> {
  const req = parseInput(S.getAppointmentSeries, input);
  return scope.tx('readonly', ['businesses', 'appointments'], req.businessId, options, async (tx, actor) => {
    const a = await scope.appointment(tx, actor, req.appointmentId, actor.perms.readAppointments);
    const out: StaffAppointment[] = [];
    for (const r of await seriesAppointments(tx, a)) {
      // A team member sees the dates of the series that are theirs.
      if (actor.perms.readAppointments === 'own' && r.staffMemberId !== actor.me.id) continue;
      out.push(toStaffAppointment(actor.business, r, r.status === 'booked' ? (await sessionOf(tx, r)).length : 0));
    }
    return out;
  });
}

/** `cancelAppointment` with `scope: 'following'`. */
export async function cancelFollowingAppointments(
  scope: AdminScope,
  input: CancelAppointmentInput,
  options?: CallOptions,
): Promise<void> {
  const req = parseInput(S.cancelAppointment, input);
  const b = scope.backend;
  const calendarWriters = await scope.calendarWriters(req.businessId);
  await scope.tx('readwrite', ['businesses', 'appointments', 'outbox'], req.businessId, options, async (tx, actor) => {
    const a = await scope.appointment(tx, actor, req.appointmentId);
    const rows = await seriesAppointments(tx, a);
    const targets = rows.filter((r) => r.status === 'booked' && r.startMs >= a.startMs);
    // R18: every date cancelled must be one this person may change; else nothing is.
    for (const t of targets) scope.checkAccess(actor.perms.writeAppointments, actor, t.staffMemberId);
    const nowMs = b.now();
    const now = toIso(nowMs);
    const cancelled: StoredAppointment[] = [];
    for (const t of targets) {
      const c = await cancelStored(tx, t, { now, by: 'staff', message: req.message });
      await putWebhookEvents(tx, actor.business, c, 'appointment.cancelled', nowMs);
      cancelled.push(c);
    }
    if (cancelled.length === 0) return;
    const all = rows.map((r) => cancelled.find((c) => c.id === r.id) ?? r);
    for (const m of seriesMessages(b, actor.business, cancelled, 'cancellation', {
      calendarWriters,
      all,
      ...(req.message !== undefined ? { note: req.message } : {}),
    })) {
      await tx.put('outbox', m);
    }
  });
}
