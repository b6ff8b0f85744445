/**
 * Appointments as events in a staff member's own calendar (R15): the `calendar` outbox message a
 * booking, move or cancellation queues for a connected CalDAV calendar, the same events for the
 * staff member's private feed, and the backfill of upcoming appointments when a calendar is
 * connected. One event per appointment (a class attendee is one event each), under the UID its
 * email invitations carry, with the appointment's SEQUENCE; the description is the staff
 * member's own message text, in the business language.
 */
import { buildIcsCalendar, type IcsCalendarEvent } from '../core/ics.js';
import type { Business, StaffMember } from '../core/types.js';
import { type Backend, findService, findStaffMember } from './backend.js';
import { toIso } from './boundary.js';
import { appointmentUid } from './connectors/calendar-connector.js';
import { newId } from './crypto.js';
import { appointmentEmail, loadMessageText, messageText } from './outbox.js';
import type { StoredAppointment, StoredOutboxMessage } from './store.js';

type Kind = 'confirmation' | 'reschedule' | 'cancellation';

function text(
  business: Business,
  a: StoredAppointment,
  staff: StaffMember,
  kind: Kind,
  extra: { previousStartMs?: number; previousEndMs?: number; note?: string },
): { subject: string; body: string; languageTag: string; zone: string } {
  const zone = staff.timeZone ?? business.businessTimeZone;
  const { languageTag } = messageText().catalogueFor(business.languageTag);
  const { subject, body } = appointmentEmail(business, a, kind, 'staff', languageTag, zone, extra, false);
  return { subject, body, languageTag, zone };
}

/** The event of `a` in a staff member's calendar, described by `description`. */
export function appointmentEvent(
  business: Business,
  a: StoredAppointment,
  description: string,
  dtstamp: number,
): IcsCalendarEvent {
  const service = findService(business, a.serviceId);
  const address = business.address;
  const location =
    a.joinWebUrl ??
    (address
      ? [address.street, address.postalCode, address.city, address.state, address.countryOrRegion]
          .filter(Boolean)
          .join(', ')
      : undefined);
  return {
    uid: appointmentUid(a.id),
    dtstamp,
    start: a.startMs,
    end: a.endMs,
    sequence: a.sequence,
    summary: `${service?.displayName ?? a.serviceName} – ${a.customer.name}`,
    description,
    ...(location ? { location } : {}),
    ...(a.joinWebUrl ? { joinUrl: a.joinWebUrl } : {}),
  };
}

/**
 * A `calendar` outbox message: `a`'s event for `staff`'s connected calendar, or its removal (a
 * cancellation, or the staff member it moved away from: no `.ics`). The server delivers by the
 * appointment's state when it sends (src/server/calendar/), so an older message delivered late
 * never overwrites a newer version.
 */
export function calendarMessage(
  b: Backend,
  business: Business,
  a: StoredAppointment,
  staff: StaffMember,
  kind: Kind,
  extra: { previousStartMs?: number; previousEndMs?: number; note?: string },
): StoredOutboxMessage {
  const now = b.now();
  const remove = kind === 'cancellation' || a.status === 'cancelled' || a.staffMemberId !== staff.id;
  const t = text(business, a, staff, remove ? 'cancellation' : kind, extra);
  const ics = remove ? undefined : buildIcsCalendar([appointmentEvent(business, a, t.body, now)]);
  return {
    id: newId('msg'),
    businessId: business.id,
    appointmentId: a.id,
    kind: remove ? 'cancellation' : kind,
    channel: 'calendar',
    recipient: { role: 'staff', name: staff.displayName, staffMemberId: staff.id },
    languageTag: t.languageTag,
    timeZone: t.zone,
    subject: t.subject,
    body: t.body,
    ...(ics ? { ics } : {}),
    createdAt: toIso(now),
    dueAtMs: now,
    dueAt: toIso(now),
    status: 'pending',
  };
}

/** The staff member's private feed: their booked appointments as one calendar (no METHOD). */
export async function staffFeedIcs(
  b: Backend,
  business: Business,
  staffMemberId: string,
  appointments: readonly StoredAppointment[],
): Promise<string> {
  await loadMessageText();
  const staff = findStaffMember(business, staffMemberId);
  const now = b.now();
  const events = staff
    ? appointments
        .filter((a) => a.status === 'booked' && a.staffMemberId === staffMemberId)
        .sort((x, y) => x.startMs - y.startMs)
        .map((a) => appointmentEvent(business, a, text(business, a, staff, 'confirmation', {}).body, now))
    : [];
  return buildIcsCalendar(events, { name: `${business.displayName} – ${staff?.displayName ?? staffMemberId}` });
}

/**
 * Queues the staff member's upcoming appointments for a calendar just connected, so it holds every
 * booking, not only the ones made from now on. Returns how many were queued.
 */
export async function queueCalendarBackfill(b: Backend, businessId: string, staffMemberId: string): Promise<number> {
  await loadMessageText();
  const now = b.now();
  return b.store.run(
    'readwrite',
    ['businesses', 'appointments', 'outbox'],
    async (tx) => {
      const stored = await tx.get('businesses', businessId);
      const staff = stored ? findStaffMember(stored.config, staffMemberId) : undefined;
      if (!stored || !staff) return 0;
      const rows = await tx.range(
        'appointments',
        'staff_start',
        [businessId, staffMemberId, now - 86_400_000],
        [businessId, staffMemberId, Infinity],
      );
      let queued = 0;
      for (const a of rows) {
        if (a.status !== 'booked' || a.endMs <= now) continue;
        await tx.put('outbox', calendarMessage(b, stored.config, a, staff, 'confirmation', {}));
        queued++;
      }
      return queued;
    },
    { businessIds: [businessId] },
  );
}
