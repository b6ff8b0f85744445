/**
 * Repeat bookings (issue 20) through the private link: the whole series behind one manage token,
 * and "cancel this and all that follow". Moving or cancelling one occurrence is `reschedule` and
 * `cancel` (manage.ts) with the same token; each occurrence keeps its own notice (R6).
 */
import type { CallOptions } from '../../contract/adapter.js';
import { BookingError } from '../../contract/errors.js';
import {
  cancelFollowingInputSchema,
  getSeriesInputSchema,
  type CancelFollowingInput,
  type CustomerSeries,
  type GetSeriesInput,
} from '../../schemas/series.js';
import { findService } from '../backend.js';
import { parseInput, throwIfAborted, toIso } from '../boundary.js';
import { loadMessageText } from '../outbox.js';
import { seriesAppointments, seriesMessages } from '../series-ics.js';
import type { StoredAppointment } from '../store.js';
import { customerMayChange, sessionOf, toCustomerAppointment } from '../views.js';
import { putWebhookEvents } from '../webhooks.js';
import { type CustomerScope } from './customer-scope.js';
import { businessOfAppointment, verifyToken } from './manage.js';
import { cancelStored } from '../cancellation.js';

async function view(
  scope: CustomerScope,
  rows: readonly StoredAppointment[],
  business: Parameters<typeof toCustomerAppointment>[0],
  tx: Parameters<typeof sessionOf>[0],
  languageTag?: string,
): Promise<CustomerSeries> {
  const appointments = [];
  for (const r of rows) {
    const size = r.status === 'booked' ? (await sessionOf(tx, r)).length : 0;
    appointments.push(toCustomerAppointment(business, r, size, scope.backend.now(), languageTag));
  }
  const first = rows[0];
  return { seriesId: first.seriesId ?? first.id, frequency: first.series?.frequency ?? 'weekly', appointments };
}

function notInSeries(): BookingError {
  return new BookingError('not-found', 'This appointment is not part of a series.');
}

export async function getSeries(
  scope: CustomerScope,
  input: GetSeriesInput,
  options?: CallOptions,
): Promise<CustomerSeries> {
  const req = parseInput(getSeriesInputSchema, input);
  await scope.begin(options);
  const result = await scope.backend.store.run('readonly', ['businesses', 'appointments'], async (tx) => {
    const a = await tx.get('appointments', req.appointmentId);
    if (!verifyToken(a, req.manageToken)) throw scope.notFound();
    if (a.seriesId === undefined) throw notInSeries();
    const stored = await tx.get('businesses', a.businessId);
    if (!stored) throw scope.notFound();
    const rows = (await seriesAppointments(tx, a)).filter((r) => r.manageTokenHash === a.manageTokenHash);
    return view(scope, rows, stored.config, tx, req.languageTag ?? a.customer.languageTag);
  });
  throwIfAborted(options);
  return result;
}

export async function cancelFollowing(
  scope: CustomerScope,
  input: CancelFollowingInput,
  options?: CallOptions,
): Promise<CustomerSeries> {
  const req = parseInput(cancelFollowingInputSchema, input);
  await scope.begin(options);
  await loadMessageText();
  const b = scope.backend;
  const businessId = await businessOfAppointment(scope, req.appointmentId);
  const calendarWriters = await b.calendarWriters(businessId);
  return b.store.run(
    'readwrite',
    ['businesses', 'appointments', 'outbox'],
    async (tx) => {
      const a = await tx.get('appointments', req.appointmentId);
      if (!verifyToken(a, req.manageToken)) throw scope.notFound();
      if (a.seriesId === undefined) throw notInSeries();
      const stored = await scope.freshBusiness(tx, a.businessId);
      const business = stored.config;
      const nowMs = b.now();
      const rows = (await seriesAppointments(tx, a)).filter((r) => r.manageTokenHash === a.manageTokenHash);
      // This one and the later ones still booked; each must still be changeable (R6), this one first.
      const targets = rows.filter((r) => r.status === 'booked' && r.startMs >= a.startMs);
      if (a.status === 'booked') {
        const change = customerMayChange(business, a, nowMs);
        if (!change.allowed) {
          throw new BookingError('policy-violation', change.why ?? 'This booking cannot be cancelled online.');
        }
      }
      const now = toIso(nowMs);
      const cancelled: StoredAppointment[] = [];
      for (const r of targets) {
        if (!customerMayChange(business, r, nowMs).allowed) continue;
        const c = await cancelStored(tx, r, { now, by: 'customer', message: req.reason });
        await putWebhookEvents(tx, business, c, 'appointment.cancelled', nowMs);
        cancelled.push(c);
      }
      const after = rows.map((r) => cancelled.find((c) => c.id === r.id) ?? r);
      if (cancelled.length > 0) {
        const isClass = (findService(business, a.serviceId)?.maximumAttendeesCount ?? 1) > 1;
        for (const m of seriesMessages(b, business, cancelled, 'cancellation', {
          calendarWriters,
          all: after,
          ...(req.reason !== undefined ? { note: req.reason } : {}),
        })) {
          // R8: leaving a class concerns only the attendee and the staff member.
          if (isClass && m.recipient.role === 'owner') continue;
          await tx.put('outbox', m);
        }
      }
      throwIfAborted(options);
      return view(scope, after, business, tx);
    },
    { businessIds: [businessId] },
  );
}
