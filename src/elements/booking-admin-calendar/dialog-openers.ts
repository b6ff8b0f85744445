/**
 * Opening the calendar's dialogs: a new booking (from the toolbar, an empty hour of the week grid
 * or a click in the day grid), and the actions on the selected appointment or class session.
 */
import type { Session } from './appointment-details.js';
import type { CalendarDialogs } from './dialogs.js';

/**
 * A booking on a customer's behalf. Without a staff member: the first service the role may book
 * (a team member's own); with one, the first service they give. With a start, the time is typed in.
 */
export function openBooking(c: CalendarDialogs, opener: EventTarget | null, start?: number, staffId?: string): void {
  const business = c.o.business();
  const session = c.o.session();
  if (!business || !session) return;
  const own = c.o.perms().writeAppointments === 'own';
  const service = staffId
    ? business.services.find((s) => s.staffMemberIds.includes(staffId))
    : (business.services.find((s) => !own || s.staffMemberIds.includes(session.staffMemberId)) ?? business.services[0]);
  if (staffId && !service) return;
  c.open(
    {
      kind: 'create',
      serviceId: service?.id ?? '',
      staffId: staffId ?? (own ? session.staffMemberId : ''),
      start: start === undefined ? '' : new Date(start).toISOString(),
    },
    opener,
  );
  if (start !== undefined) c.s.manualTime = true;
}

export type SessionAction = 'addAttendee' | 'reschedule' | 'move' | 'cancel' | 'cancelRest' | 'decline';

/** An action on the selected session; `cancel` from an attendee's button cancels that attendee only. */
export function openForSession(
  c: CalendarDialogs,
  action: SessionAction,
  session: Session | undefined,
  e: Event,
): void {
  const appointment = session?.appointments[0];
  if (!session || !appointment) return;
  const opener = e.currentTarget;
  switch (action) {
    case 'addAttendee':
      c.open(
        {
          kind: 'create',
          serviceId: session.serviceId,
          staffId: session.staffMemberId,
          start: new Date(session.start).toISOString(),
        },
        opener,
      );
      c.s.manualTime = true;
      return;
    case 'reschedule':
      c.open({ kind: 'reschedule', appointment, staffId: appointment.staffMemberId, start: '' }, opener);
      return;
    case 'move':
      c.openMove(appointment, opener);
      return;
    case 'cancel': {
      const id = (opener as HTMLElement).dataset.appointment;
      const one = session.appointments.find((a) => a.id === id) ?? appointment;
      c.open({ kind: 'cancel', session, appointment: one, scope: id ? 'attendee' : 'session' }, opener);
      return;
    }
    case 'cancelRest':
      c.open({ kind: 'cancel', session, appointment, scope: 'following' }, opener);
      return;
    case 'decline':
      c.open({ kind: 'cancel', session, appointment, scope: 'session', decline: true }, opener);
  }
}
