/**
 * Issue 20: the `.ics` of a whole series (core/ics-series.ts) from its stored appointments, and
 * the swap that puts it on a message in place of one appointment's `.ics`, so a calendar that
 * imported the series updates the series (one UID) rather than gaining a stray event.
 */
import { buildSeriesIcs, type IcsSeriesOccurrence } from '../core/ics-series.js';
import type { IcsPerson } from '../core/ics.js';
import type { Business } from '../core/types.js';
import { findService, findStaffMember } from './backend.js';
import type { Backend } from './backend.js';
import { appointmentMessages, defaultSender, type SeriesDate } from './outbox.js';
import type { StoredAppointment, StoredOutboxMessage, StoreTx } from './store.js';

/** Every appointment of `a`'s series, in planned order (cancelled ones too). */
export async function seriesAppointments(tx: StoreTx, a: StoredAppointment): Promise<StoredAppointment[]> {
  if (a.seriesId === undefined) return [a];
  const rows = await tx.range(
    'appointments',
    'business_series',
    [a.businessId, a.seriesId],
    [a.businessId, a.seriesId],
  );
  return rows.sort((x, y) => (x.series?.plannedMs ?? x.startMs) - (y.series?.plannedMs ?? y.startMs));
}

/** The series' `.ics`: REQUEST while any occurrence stands, CANCEL when none does. */
export function seriesIcs(
  business: Business,
  rows: readonly StoredAppointment[],
  now: number,
  senderAddress: string | undefined,
): string | undefined {
  const first = rows[0];
  if (!first?.series || first.seriesId === undefined) return undefined;
  const service = findService(business, first.serviceId);
  const staff = findStaffMember(business, first.staffMemberId);
  const byPlanned = new Map(rows.map((r) => [r.series?.plannedMs, r]));
  const occurrences: IcsSeriesOccurrence[] = first.series.planned.map((plannedMs) => {
    const r = byPlanned.get(plannedMs);
    return r ? { plannedMs, startMs: r.startMs, endMs: r.endMs, cancelled: r.status === 'cancelled' } : { plannedMs };
  });
  const attendees: IcsPerson[] = [];
  if (first.customer.emailAddress) attendees.push({ name: first.customer.name, email: first.customer.emailAddress });
  const address = business.address;
  const location =
    first.joinWebUrl ??
    (address
      ? [address.street, address.postalCode, address.city, address.state, address.countryOrRegion]
          .filter(Boolean)
          .join(', ')
      : undefined);
  const standing = rows.some((r) => r.status === 'booked');
  return buildSeriesIcs({
    uid: `${first.seriesId}@booking-elements`,
    dtstamp: now,
    timeZone: business.businessTimeZone,
    frequency: first.series.frequency,
    occurrences,
    durationMs: first.endMs - first.startMs,
    summary: `${service?.displayName ?? first.serviceName} – ${business.displayName}`,
    ...(service?.description ? { description: service.description } : {}),
    ...(location ? { location } : {}),
    ...(first.joinWebUrl ? { joinUrl: first.joinWebUrl } : {}),
    organizer: {
      name: business.displayName,
      email: business.email ?? staff?.emailAddress ?? senderAddress ?? defaultSender(business),
    },
    attendees,
    sequence: rows.reduce((sum, r) => sum + r.sequence, 0),
    method: standing ? 'REQUEST' : 'CANCEL',
  });
}

/** Puts the series' `.ics` on the e-mails among `messages` that carry one (a change to one occurrence). */
export async function withSeriesIcs(
  tx: StoreTx,
  business: Business,
  a: StoredAppointment,
  messages: StoredOutboxMessage[],
  now: number,
  senderAddress: string | undefined,
): Promise<StoredOutboxMessage[]> {
  if (a.seriesId === undefined) return messages;
  const ics = seriesIcs(business, await seriesAppointments(tx, a), now, senderAddress);
  if (ics === undefined) return messages;
  return messages.map((m) => (m.channel === 'email' && m.ics !== undefined ? { ...m, ics } : m));
}

/**
 * The messages of an event that concerns several appointments of one series at once (booking it,
 * cancelling the rest): the customer, the owner and each staff member get one e-mail listing the
 * dates, with the series' `.ics`; connected calendars get each appointment's event.
 */
export function seriesMessages(
  b: Backend,
  business: Business,
  changed: readonly StoredAppointment[],
  kind: 'confirmation' | 'cancellation',
  extra: {
    manageToken?: string;
    calendarWriters: ReadonlySet<string>;
    note?: string;
    all?: readonly StoredAppointment[];
  },
): StoredOutboxMessage[] {
  const dates: SeriesDate[] = changed.map((r) => ({ startMs: r.startMs, endMs: r.endMs }));
  const ics = seriesIcs(business, extra.all ?? changed, b.now(), b.deps.senderAddress);
  const out: StoredOutboxMessage[] = [];
  const mailedStaff = new Set<string>();
  changed.forEach((r, k) => {
    for (const m of appointmentMessages(b, business, r, kind, {
      ...(extra.manageToken !== undefined ? { manageToken: extra.manageToken } : {}),
      ...(extra.note !== undefined ? { note: extra.note } : {}),
      calendarWriters: extra.calendarWriters,
      seriesDates: dates,
    })) {
      if (m.channel === 'calendar' || m.channel === 'webhook') out.push(m);
      else if (m.recipient.role === 'staff') {
        const who = m.recipient.staffMemberId ?? '';
        if (!mailedStaff.has(`${who}:${m.channel}`)) {
          mailedStaff.add(`${who}:${m.channel}`);
          out.push(m.ics !== undefined && ics !== undefined ? { ...m, ics } : m);
        }
      } else if (k === 0) out.push(m.ics !== undefined && ics !== undefined ? { ...m, ics } : m);
    }
  });
  return out;
}
