/**
 * What the calendar's dialogs do when submitted (moving, rescheduling, cancelling, declining) and
 * how a refusal is shown: the reason in words and, for a time the rules refuse, the explainer's
 * reasons, with the dialog kept open and what was typed kept.
 */
import { BookingError } from '../../contract/errors.js';
import type { BookingDetailsForm, DetailsErrors } from '../booking-details-form/booking-details-form.js';
import { fieldKeyOfPath } from '../booking-details-form/booking-details-form.js';
import type { BookingTimePicker } from '../booking-time-picker/booking-time-picker.js';
import { whenIn } from '../booking-admin/admin-format.js';
import type { CalendarDialogs } from './dialogs.js';

/** Reschedule and Move…: `rescheduleAppointment`, so the rules check it as they check a drop. */
export async function submitMove(c: CalendarDialogs): Promise<void> {
  const session = c.o.session();
  const dialog = c.s.dialog;
  if (!session || (dialog?.kind !== 'reschedule' && dialog?.kind !== 'move') || c.s.working) return;
  const m = c.o.messages();
  const start = c.chosenStart();
  if (!start) {
    c.s.error = dialog.kind === 'move' ? m.move.dateTimeNeeded : m.chooseTimeFirst;
    c.o.announce(c.s.error as string);
    await c.host.updateComplete;
    c.host.renderRoot.querySelector<HTMLElement>('dialog .notice')?.focus();
    return;
  }
  c.s.working = true;
  c.s.error = undefined;
  c.s.explanation = undefined;
  try {
    const a = await session.admin.rescheduleAppointment({
      businessId: session.businessId,
      appointmentId: dialog.appointment.id,
      start,
      ...(dialog.staffId ? { staffMemberId: dialog.staffId } : {}),
      ...(c.s.override && c.o.perms().overrideLeadTime ? { overrideLeadTime: true } : {}),
    });
    c.o.announce(m.rescheduledAnnouncement(whenIn(Date.parse(a.start), c.o.language(), session.businessTimeZone)));
    c.o.changed({ entity: 'appointment', action: 'rescheduled', id: a.id });
    if (dialog.kind === 'move') {
      c.closeQuietly();
      await c.o.showMoved(a);
    } else {
      c.close();
      await c.o.showAppointment(a);
    }
  } catch (error) {
    await failed(c, error, dialog.appointment.serviceId, dialog.staffId, start);
  } finally {
    c.s.working = false;
  }
}

/** Cancel (a session, an attendee, the rest of a series) or decline a request, with a message. */
export async function submitCancel(c: CalendarDialogs): Promise<void> {
  const session = c.o.session();
  const dialog = c.s.dialog;
  if (!session || dialog?.kind !== 'cancel' || c.s.working) return;
  const m = c.o.messages();
  const message = c.s.cancelMessage.trim();
  c.s.working = true;
  c.s.error = undefined;
  try {
    const target = {
      businessId: session.businessId,
      appointmentId: dialog.appointment.id,
      ...(message ? { message } : {}),
    };
    if (dialog.decline) await session.admin.declineAppointment(target);
    else await session.admin.cancelAppointment({ ...target, scope: dialog.scope });
    c.o.announce(dialog.decline ? m.declinedAnnouncement : m.cancelledAnnouncement);
    c.o.changed({ entity: 'appointment', action: 'cancelled', id: dialog.appointment.id });
    const wholeSession =
      dialog.scope === 'session' || dialog.scope === 'following' || dialog.session.appointments.length === 1;
    c.close();
    await c.o.afterCancel(wholeSession);
  } catch (error) {
    c.s.error = error;
    c.o.announce(c.o.errorText(error));
  } finally {
    c.s.working = false;
  }
}

/** After a failed booking or move: the reason in words, and for a refused time the explainer's reasons. */
export async function failed(
  c: CalendarDialogs,
  error: unknown,
  serviceId: string,
  staffId: string,
  start: string,
): Promise<void> {
  const session = c.o.session()!;
  const m = c.o.messages();
  const root = c.host.renderRoot;
  if (error instanceof BookingError && error.code === 'invalid-input') {
    const errors: DetailsErrors = {};
    for (const issue of error.issues) {
      const key = fieldKeyOfPath(issue.path);
      if (key) errors[key] = issue.message;
    }
    if (Object.keys(errors).length) {
      c.s.detailsErrors = errors;
      c.o.announce(m.errorsInForm(Object.keys(errors).length));
      await c.host.updateComplete;
      root.querySelector<BookingDetailsForm>('dialog booking-details-form')?.focusFirstError();
      return;
    }
  }
  if (error instanceof BookingError && (error.code === 'slot-unavailable' || error.code === 'policy-violation')) {
    c.idempotencyKey = '';
    c.s.error = c.s.dialog?.kind === 'move' ? m.grid.refused : m.slotUnavailable;
    try {
      c.s.explanation = await session.admin.explainAvailability({
        businessId: session.businessId,
        serviceId,
        ...(staffId ? { staffMemberId: staffId } : {}),
        start,
      });
    } catch {
      c.s.explanation = undefined;
    }
    root.querySelector<BookingTimePicker>('dialog booking-time-picker')?.refresh();
  } else {
    c.s.error = error;
  }
  c.o.announce(typeof c.s.error === 'string' ? c.s.error : c.o.errorText(error));
  await c.host.updateComplete;
  root.querySelector<HTMLElement>('dialog .notice')?.focus();
}
