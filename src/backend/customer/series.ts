/**
 * Repeat bookings (issue 20), the customer's side: the dates of a planned series checked one by
 * one against every rule (R3–R5, R7, R9, R11) with the nearest free alternatives for the ones that
 * are not free, and the chosen dates booked in one transaction: all or nothing, one manage token
 * for every appointment of the series, idempotent by key like a single booking (R11).
 */
import { computeAvailability, toAvailableSlots } from '../../core/availability.js';
import { canonicalAnswers } from '../../core/localized-business.js';
import { durationMs } from '../../core/duration.js';
import { checkSlotBookable } from '../../core/explain.js';
import { effectivePolicy } from '../../core/policy.js';
import { seriesOccurrences } from '../../core/series.js';
import { epochToWall, formatTimeOfDay } from '../../core/time.js';
import type { Business, EpochMs, Service } from '../../core/types.js';
import type { CallOptions } from '../../contract/adapter.js';
import { BookingError } from '../../contract/errors.js';
import { checkBookingDetails } from '../../schemas/booking-details.js';
import {
  bookSeriesRequestSchema,
  checkSeriesInputSchema,
  type BookSeriesRequest,
  type BookSeriesResult,
  type CheckSeriesInput,
  type CustomerSeries,
  type Repeat,
  type SeriesCheck,
  type SeriesOccurrenceCheck,
} from '../../schemas/series.js';
import { DAY, type Backend } from '../backend.js';
import { retrying } from '../retry.js';
import { invalid, invalidAt, parseInput, throwIfAborted, toIso } from '../boundary.js';
import { newId, newManageToken } from '../crypto.js';
import { customerBookedRecord } from '../booked-record.js';
import { fingerprintOf, idempotencyExpiry, idempotencyRecordId, sealToken, unsealToken } from '../idempotency.js';
import { expireLapsed, lapsedAround } from '../approval.js';
import { meetingLink } from '../connectors/meeting-link.js';
import { linkBooking } from '../customer-records.js';
import { loadMessageText, reminderMessages } from '../outbox.js';
import { place, refusal } from '../placement.js';
import { seriesAppointments, seriesMessages } from '../series-ics.js';
import { lastAssignedOf, recordAssigned } from '../assignments.js';
import { slotQuery } from '../slot-query.js';
import type { StoredAppointment, StoreTx } from '../store.js';
import { putWebhookEvents } from '../webhooks.js';
import { sessionOf, toCustomerAppointment } from '../views.js';
import { type CustomerScope, WRITE_STORES } from './customer-scope.js';

interface Plan {
  starts: EpochMs[];
  maximum: number;
  windowEnd: EpochMs;
}

/** The planned starts of a series of `service` from `start` (issue 20), bounded by its maximum and the booking window (R5). */
function planOf(b: Backend, business: Business, service: Service, startMs: EpochMs, repeat: Repeat): Plan {
  if (!service.isRepeatBookingAllowed) {
    throw new BookingError('policy-violation', `${service.displayName} cannot be booked as a series.`, {
      issues: [{ path: 'repeat', message: 'this service takes single bookings only' }],
    });
  }
  const maximum = service.maximumOccurrences ?? 10;
  if (repeat.count !== undefined && repeat.count > maximum) {
    throw invalidAt('repeat.count', `must be at most ${maximum}: the most occurrences ${service.displayName} allows`);
  }
  const zone = business.businessTimeZone;
  if (repeat.until !== undefined && repeat.until < epochToWall(startMs, zone).date) {
    throw invalidAt('repeat.until', 'must be on or after the first date');
  }
  const windowEnd = b.now() + durationMs(effectivePolicy(business, service).maximumAdvance);
  const starts = seriesOccurrences({
    startMs,
    timeZone: zone,
    frequency: repeat.frequency,
    ...(repeat.count !== undefined ? { count: repeat.count } : {}),
    ...(repeat.until !== undefined ? { until: repeat.until } : {}),
    maximum,
    endMs: windowEnd,
  });
  // A first date beyond the window is still checked, so the answer says why.
  return { starts: starts.length > 0 ? starts : [startMs], maximum, windowEnd };
}

/** A date as messages about a series name it: `2026-03-17 09:00 (Europe/Copenhagen)`. */
function dateLabel(ms: EpochMs, zone: string): string {
  const w = epochToWall(ms, zone);
  return `${w.date} ${formatTimeOfDay(Math.floor(w.minutes))} (${zone})`;
}

export async function checkSeries(
  scope: CustomerScope,
  input: CheckSeriesInput,
  options?: CallOptions,
): Promise<SeriesCheck> {
  const req = parseInput(checkSeriesInputSchema, input);
  await scope.begin(options);
  const { config: business } = await scope.loadBusiness(req.businessId);
  scope.assertOpen(business);
  const service = scope.customerService(business, req.serviceId);
  scope.checkChosenStaff(business, service, req.staffMemberId);
  const b = scope.backend;
  const plan = planOf(b, business, service, scope.startOf(req.start), req.repeat);
  const span = { start: plan.starts[0] - 4 * DAY, end: plan.starts[plan.starts.length - 1] + 5 * DAY };
  const prepared = await b.prepare(business, b.concernedStaff(business, service, req.staffMemberId), span);
  throwIfAborted(options);
  const now = b.now();
  const { appointments, holds } = await b.store.run('readonly', ['appointments', 'holds'], async (tx) => ({
    appointments: await b.busyAround(tx, business, span.start, span.end),
    holds: await b.holdsAround(tx, business, span.start, span.end),
  }));
  throwIfAborted(options);
  const query = slotQuery(
    b,
    { business, service, enforceLeadTime: true, prepared },
    span.start,
    appointments,
    holds.filter((h) => h.expiresAtMs > now),
  );
  const planned = new Set(plan.starts);
  const zone = business.businessTimeZone;
  const occurrences = plan.starts.map((ms): SeriesOccurrenceCheck => {
    const check = checkSlotBookable(query, ms, req.staffMemberId);
    const base = { occurrence: toIso(ms), end: toIso(check.end) };
    if (check.bookable) return { ...base, available: true, staffMemberIds: check.staffMemberIds, alternatives: [] };
    const error = refusal(check, ms);
    // The nearest free starts around the date (three days either side), the same day first.
    const day = epochToWall(ms, zone).date;
    const slots = toAvailableSlots(
      computeAvailability({
        ...query,
        range: { start: ms - 3 * DAY, end: ms + 4 * DAY },
        ...(req.staffMemberId !== undefined ? { staffMemberId: req.staffMemberId } : {}),
      }),
    ).filter((s) => !planned.has(Date.parse(s.start)));
    const distance = (s: { start: string }): number => {
      const at = Date.parse(s.start);
      return (epochToWall(at, zone).date === day ? 0 : 10 * DAY) + Math.abs(at - ms);
    };
    const alternatives = slots
      .sort((x, y) => distance(x) - distance(y))
      .slice(0, 3)
      .sort((x, y) => Date.parse(x.start) - Date.parse(y.start))
      .map((s) => ({ start: s.start, end: s.end, staffMemberIds: s.staffMemberIds }));
    return {
      ...base,
      available: false,
      staffMemberIds: [],
      reason: error.code === 'policy-violation' ? 'policy-violation' : 'slot-unavailable',
      alternatives,
    };
  });
  return { occurrences, maximumOccurrences: plan.maximum, windowEnd: toIso(plan.windowEnd) };
}

/** A series as its customer sees it. */
async function customerSeries(
  b: Backend,
  tx: StoreTx,
  business: Business,
  rows: readonly StoredAppointment[],
  languageTag?: string,
): Promise<CustomerSeries> {
  const appointments = [];
  for (const r of rows) {
    const size = r.status === 'booked' ? (await sessionOf(tx, r)).length : 0;
    appointments.push(toCustomerAppointment(business, r, size, b.now(), languageTag));
  }
  const first = rows[0];
  return { seriesId: first.seriesId ?? first.id, frequency: first.series?.frequency ?? 'weekly', appointments };
}

/** The series booked with this key before, or undefined; a key reused for another request is refused. */
async function replay(
  scope: CustomerScope,
  tx: StoreTx,
  businessId: string,
  idempotencyId: string,
  fingerprint: string,
  key: string,
): Promise<BookSeriesResult | undefined> {
  const b = scope.backend;
  const previous = await tx.get('idempotency', idempotencyId);
  if (!previous || previous.expiresAtMs <= b.now()) return undefined;
  if (previous.fingerprint !== fingerprint) {
    throw invalidAt('idempotencyKey', 'was already used for a different booking; use a new key');
  }
  const first = await tx.get('appointments', previous.appointmentId);
  const stored = await tx.get('businesses', businessId);
  if (!first || !stored) return undefined;
  return {
    series: await customerSeries(b, tx, stored.config, await seriesAppointments(tx, first)),
    manageToken: unsealToken(previous.sealedToken, businessId, key),
  };
}

interface Choice {
  /** Index in the request's `occurrences`, for error paths. */
  at: number;
  plannedMs: EpochMs;
  startMs: EpochMs;
}

/** The request's choices against the plan: each a planned date at most once, each start once. */
function choicesOf(scope: CustomerScope, req: BookSeriesRequest, plan: Plan): Choice[] {
  const planned = new Set(plan.starts);
  const seen = new Set<number>();
  const starts = new Set<number>();
  const out = req.occurrences.map((c, at): Choice => {
    const plannedMs = Date.parse(c.occurrence);
    if (!planned.has(plannedMs)) throw invalidAt(`occurrences.${at}.occurrence`, 'is not a date of this series');
    if (seen.has(plannedMs)) throw invalidAt(`occurrences.${at}.occurrence`, 'is chosen twice');
    seen.add(plannedMs);
    const startMs = c.start !== undefined ? scope.startOf(c.start) : plannedMs;
    if (starts.has(startMs)) throw invalidAt(`occurrences.${at}.start`, 'is chosen for two dates');
    starts.add(startMs);
    return { at, plannedMs, startMs };
  });
  return out.sort((x, y) => x.plannedMs - y.plannedMs);
}

export async function bookSeries(
  scope: CustomerScope,
  input: BookSeriesRequest,
  options?: CallOptions,
): Promise<BookSeriesResult> {
  const req = parseInput(bookSeriesRequestSchema, input);
  await scope.begin(options);
  await loadMessageText();
  const b = scope.backend;
  const fingerprint = fingerprintOf({ ...req, idempotencyKey: undefined, series: true });
  return retrying(async () => {
    const { config: pre } = await scope.loadBusiness(req.businessId);
    const idempotencyId = idempotencyRecordId(pre.id, req.idempotencyKey);
    const early = await b.store.run('readonly', ['businesses', 'appointments', 'idempotency'], (tx) =>
      replay(scope, tx, pre.id, idempotencyId, fingerprint, req.idempotencyKey),
    );
    if (early) return early;
    scope.assertOpen(pre);
    const preService = scope.customerService(pre, req.serviceId);
    scope.checkChosenStaff(pre, preService, req.staffMemberId);
    const preAnswers = canonicalAnswers(pre, req.customer.languageTag, req.answers ?? []);
    const details = checkBookingDetails(
      { ...req, answers: preAnswers },
      preService,
      pre.customQuestions,
      pre.bookingPageSettings,
    );
    if (details.length > 0) throw invalid(details, 'Some details are missing or not valid.');
    const plan = planOf(b, pre, preService, scope.startOf(req.start), req.repeat);
    const choices = choicesOf(scope, req, plan);
    const first = Math.min(...choices.map((c) => c.startMs));
    const last = Math.max(...choices.map((c) => c.startMs));
    const prepared = await b.prepare(pre, b.concernedStaff(pre, preService, req.staffMemberId), {
      start: first - DAY,
      end: last + 2 * DAY,
    });
    const duration = durationMs(preService.defaultDuration);
    const ids = choices.map(() => newId('apt'));
    const joinWebUrls: (string | undefined)[] = [];
    for (const [k, c] of choices.entries()) {
      joinWebUrls.push(
        preService.isLocationOnline
          ? await meetingLink(b, pre, preService, {
              appointmentId: ids[k],
              businessId: pre.id,
              serviceId: preService.id,
              ...(req.staffMemberId !== undefined ? { staffMemberId: req.staffMemberId } : {}),
              start: toIso(c.startMs),
              end: toIso(c.startMs + duration),
              subject: `${preService.displayName} – ${pre.displayName}`,
            })
          : undefined,
      );
    }
    const calendarWriters = await b.calendarWriters(pre.id);
    const { token, bytes } = newManageToken();
    const seriesId = newId('ser');
    throwIfAborted(options);

    return b.store.run(
      'readwrite',
      WRITE_STORES,
      async (tx): Promise<BookSeriesResult> => {
        const replayed = await replay(scope, tx, pre.id, idempotencyId, fingerprint, req.idempotencyKey);
        if (replayed) return replayed;
        const stored = await scope.freshBusiness(tx, pre.id);
        const business = stored.config;
        scope.assertOpen(business);
        const service = scope.customerService(business, req.serviceId);
        scope.checkChosenStaff(business, service, req.staffMemberId);
        const answers = canonicalAnswers(business, req.customer.languageTag, req.answers ?? []);
        const recheck = checkBookingDetails(
          { ...req, answers },
          service,
          business.customQuestions,
          business.bookingPageSettings,
        );
        if (recheck.length > 0) throw invalid(recheck, 'Some details are missing or not valid.');
        // The plan again against the fresh configuration (its maximum, the window).
        const fresh = planOf(b, business, service, scope.startOf(req.start), req.repeat);
        choicesOf(scope, req, fresh);

        const nowMs = b.now();
        const now = toIso(nowMs);
        const zone = business.businessTimeZone;
        let lastAssigned = { ...(await lastAssignedOf(tx, stored, service.id)) };
        const assigned: Record<string, number> = {};
        const records: StoredAppointment[] = [];
        for (const [k, c] of choices.entries()) {
          await expireLapsed(b, tx, business, await lapsedAround(b, tx, business, c.startMs, c.startMs + duration));
          let placement;
          try {
            // Each placement reads the occurrences written before it: one staff member never gets two at once.
            placement = await place(b, tx, {
              business,
              service,
              ...(req.staffMemberId !== undefined ? { staffMemberId: req.staffMemberId } : {}),
              startMs: c.startMs,
              enforceLeadTime: true,
              prepared,
              lastAssigned,
            });
          } catch (error) {
            if (!(error instanceof BookingError)) throw error;
            // All or nothing: the date is named, and throwing aborts the transaction.
            throw new BookingError(
              error.code,
              `${dateLabel(c.startMs, zone)} is no longer free: ${error.message} Nothing was booked.`,
              { issues: [{ path: `occurrences.${c.at}.start`, message: error.message }] },
            );
          }
          const joinWebUrl = joinWebUrls[k];
          const record: StoredAppointment = {
            ...customerBookedRecord(b, business, req, {
              id: ids[k],
              service,
              placement,
              customer: req.customer,
              answers,
              smsOptIn: req.smsOptIn,
              joinWebUrl,
              token,
              now,
            }),
            seriesId,
            series: {
              frequency: req.repeat.frequency,
              index: k + 1,
              count: choices.length,
              plannedMs: c.plannedMs,
              planned: fresh.starts,
            },
          };
          const customerId = await linkBooking(tx, business.id, record.customer, nowMs);
          if (customerId !== undefined) record.customerId = customerId;
          await tx.put('appointments', record);
          for (const id of placement.expiredHoldIds) await tx.delete('holds', id);
          lastAssigned = { ...lastAssigned, [placement.staffMemberId]: nowMs };
          assigned[placement.staffMemberId] = nowMs;
          records.push(record);
        }
        await tx.put('idempotency', {
          id: idempotencyId,
          businessId: business.id,
          appointmentId: records[0].id,
          sealedToken: sealToken(bytes, business.id, req.idempotencyKey),
          fingerprint,
          expiresAtMs: idempotencyExpiry(nowMs),
        });
        for (const m of seriesMessages(b, business, records, 'confirmation', { manageToken: token, calendarWriters })) {
          await tx.put('outbox', m);
        }
        for (const r of records) {
          for (const m of reminderMessages(b, business, r)) await tx.put('outbox', m);
          await putWebhookEvents(tx, business, r, 'appointment.created', nowMs);
        }
        await recordAssigned(tx, stored, service.id, assigned);
        throwIfAborted(options);
        return { series: await customerSeries(b, tx, business, records), manageToken: token };
      },
      { businessIds: [pre.id] },
    );
  });
}
