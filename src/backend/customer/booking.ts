/** The customer's booking (R11 with R9, R12, R13, R15): a hold on a slot, and the booking itself, idempotent by key. */
import { canonicalAnswers } from '../../core/localized-business.js';
import { durationMs } from '../../core/duration.js';
import type { Business, StaffMember } from '../../core/types.js';
import { dailyLimitOf } from '../../core/daily-limit.js';
import type { CallOptions } from '../../contract/adapter.js';
import { BookingError } from '../../contract/errors.js';
import { checkBookingDetails } from '../../schemas/booking-details.js';
import {
  bookRequestSchema,
  holdSlotInputSchema,
  type Answer,
  type BookRequest,
  type BookResult,
  type HoldSlotInput,
  type HoldSlotResult,
} from '../../schemas/booking.js';
import { DAY } from '../backend.js';
import { retrying } from '../retry.js';
import { invalid, invalidAt, parseInput, throwIfAborted, toIso } from '../boundary.js';
import { newId, newManageToken } from '../crypto.js';
import { customerBookedRecord } from '../booked-record.js';
import { fingerprintOf, idempotencyExpiry, idempotencyRecordId, sealToken, unsealToken } from '../idempotency.js';
import { approvalExpiry, expireLapsed } from '../approval.js';
import { meetingLink } from '../connectors/meeting-link.js';
import { emailKeyOf, linkBooking, phoneKeyOf } from '../customer-records.js';
import { appointmentMessages, loadMessageText, reminderMessages } from '../outbox.js';
import { putWebhookEvents } from '../webhooks.js';
import { lastAssignedOf, recordAssigned } from '../assignments.js';
import { lapsedBefore, place, precheck } from '../placement.js';
import type { StoredAppointment, StoredHold, StoreName, StoreTx } from '../store.js';
import { sessionOf, toCustomerAppointment } from '../views.js';
import { type CustomerScope, WRITE_STORES } from './customer-scope.js';

export async function holdSlot(
  scope: CustomerScope,
  input: HoldSlotInput,
  options?: CallOptions,
): Promise<HoldSlotResult> {
  const req = parseInput(holdSlotInputSchema, input);
  await scope.begin(options);
  const startMs = scope.startOf(req.start);
  const b = scope.backend;
  return retrying(async () => {
    const { config: pre } = await scope.loadBusiness(req.businessId);
    scope.assertOpen(pre);
    const preService = scope.customerService(pre, req.serviceId);
    scope.checkChosenStaff(pre, preService, req.staffMemberId);
    const prepared = await b.prepare(pre, b.concernedStaff(pre, preService, req.staffMemberId), {
      start: startMs - DAY,
      end: startMs + 2 * DAY,
    });
    throwIfAborted(options);
    return b.store.run(
      'readwrite',
      ['businesses', 'appointments', 'holds'],
      async (tx) => {
        const business = await scope.freshBusiness(tx, pre.id);
        const service = scope.customerService(business.config, req.serviceId);
        scope.checkChosenStaff(business.config, service, req.staffMemberId);
        // The caller's previous hold goes first, so it never stands in the way of its replacement.
        if (req.replacesHoldId !== undefined) {
          const previous = await tx.get('holds', req.replacesHoldId);
          if (previous?.businessId === business.id) await tx.delete('holds', previous.id);
        }
        const placement = await place(b, tx, {
          business: business.config,
          service,
          ...(req.staffMemberId !== undefined ? { staffMemberId: req.staffMemberId } : {}),
          startMs,
          enforceLeadTime: true,
          prepared,
          lastAssigned: await lastAssignedOf(tx, business, service.id),
        });
        for (const id of placement.expiredHoldIds) await tx.delete('holds', id);
        const { clientKey } = b.deps;
        if (clientKey !== undefined) await releaseOverCap(tx, business.id, clientKey, b.deps.holdsPerClient, b.now());
        const expiresAtMs = b.now() + b.deps.holdMs;
        const hold: StoredHold = {
          id: newId('hold'),
          businessId: business.id,
          serviceId: service.id,
          staffMemberId: placement.staffMemberId,
          startMs: placement.startMs,
          endMs: placement.endMs,
          preBufferMs: placement.preBufferMs,
          postBufferMs: placement.postBufferMs,
          expiresAtMs,
          ...(clientKey !== undefined ? { clientKey } : {}),
        };
        await tx.put('holds', hold);
        throwIfAborted(options);
        return { holdId: hold.id, expiresAt: toIso(expiresAtMs) };
      },
      {
        businessIds: [pre.id],
        bookingKeys: [
          sessionKey(req.serviceId, startMs),
          ...limitKeys(b.concernedStaff(pre, preService, req.staffMemberId)),
          ...(b.deps.clientKey !== undefined ? [`client:${b.deps.clientKey}`] : []),
        ],
      },
    );
  });
}

/**
 * Holds are anonymous, so one client could hold a whole day: a client (the server: one address)
 * keeps at most `cap` active holds per business, and a new one beyond that releases its oldest.
 */
async function releaseOverCap(
  tx: StoreTx,
  businessId: string,
  clientKey: string,
  cap: number,
  now: number,
): Promise<void> {
  const mine = (await tx.range('holds', 'business_start', [businessId, -Infinity], [businessId, Infinity]))
    .filter((h) => h.clientKey === clientKey && h.expiresAtMs > now)
    .sort((x, y) => x.expiresAtMs - y.expiresAtMs);
  for (const h of mine.slice(0, Math.max(0, mine.length - cap + 1))) await tx.delete('holds', h.id);
}

/**
 * The first result of a booking made with this idempotency key, or undefined; a reused key with
 * another request is refused.
 */
async function replay(
  scope: CustomerScope,
  tx: StoreTx,
  businessId: string,
  idempotencyId: string,
  fingerprint: string,
  key: string,
): Promise<BookResult | undefined> {
  const b = scope.backend;
  const previous = await tx.get('idempotency', idempotencyId);
  if (!previous || previous.expiresAtMs <= b.now()) return undefined;
  if (previous.fingerprint !== fingerprint) {
    throw invalidAt('idempotencyKey', 'was already used for a different booking; use a new key');
  }
  const existing = await tx.get('appointments', previous.appointmentId);
  const stored = await tx.get('businesses', businessId);
  if (!existing || !stored) return undefined;
  const session = await sessionOf(tx, existing);
  return {
    appointment: toCustomerAppointment(stored.config, existing, session.length, b.now()),
    manageToken: unsealToken(previous.sealedToken, businessId, key),
  };
}

/** A class session's lock key (R8: its service and start); a one-to-one start's too. */
function sessionKey(serviceId: string, startMs: number): string {
  return `session:${serviceId}@${startMs}`;
}

/**
 * R22: the staff members a booking may be placed with who have a daily limit. Bookings (and holds,
 * which count like bookings) that may land with one of them are counted one at a time, whatever
 * their start: two at different times of one day would otherwise both see room under the limit.
 * Staff without a limit add no key, so their bookings still run side by side.
 */
function limitKeys(staff: readonly StaffMember[]): string[] {
  return staff.filter((s) => dailyLimitOf(s) !== undefined).map((s) => `limit:${s.id}`);
}

/**
 * What a booking locks beside its business held shared (store.ts `bookingKeys`): its session,
 * so seats are counted one booking at a time, its customer's keys, so two bookings by one new
 * customer make one customer record, and the daily limits it is counted against (R22). The
 * no-overlap constraint guards the rest.
 */
function bookingKeys(req: BookRequest, startMs: number, staff: readonly StaffMember[]): string[] {
  const email = emailKeyOf(req.customer.emailAddress);
  const phone = phoneKeyOf(req.customer.phone);
  return [
    ...limitKeys(staff),
    sessionKey(req.serviceId, startMs),
    ...(email !== undefined ? [`email:${email}`] : []),
    ...(phone !== undefined ? [`phone:${phone}`] : []),
  ];
}

/** The request's answers with options in the business's own language (core/content-language.ts). */
function answersIn(business: Business, req: BookRequest): Answer[] {
  return canonicalAnswers(business, req.customer.languageTag, req.answers ?? []);
}

/**
 * Run inside a booking's write transaction by a caller booking for someone (a waitlist claim,
 * issue 20): `before` may refuse before anything is placed, `after` writes its own records with
 * the booking. Both only await the store; a throw aborts the whole booking.
 */
export interface BookingHooks {
  stores: readonly StoreName[];
  before(tx: StoreTx): Promise<void>;
  after(tx: StoreTx, appointmentId: string): Promise<void>;
}

export async function book(
  scope: CustomerScope,
  input: BookRequest,
  options?: CallOptions,
  hooks?: BookingHooks,
): Promise<BookResult> {
  const req = parseInput(bookRequestSchema, input);
  await scope.begin(options);
  await loadMessageText();
  const b = scope.backend;
  const fingerprint = fingerprintOf({ ...req, idempotencyKey: undefined, holdId: undefined });
  return retrying(async () => {
    const idempotencyId = idempotencyRecordId(scope.businessIdOf(req.businessId), req.idempotencyKey);
    // A retry after a lost response is answered before anything else: no provider is called
    // again, and a first booking that has since moved into the lead time is still returned.
    // Usually there is none: one statement says so, and only a retry reads the rest. Asked
    // beside the business (on PostgreSQL another connection: one round trip less to wait for);
    // awaited below, so a failed business read must not leave it unhandled.
    const previousRead = b.store.run('readonly', ['idempotency'], (tx) => tx.get('idempotency', idempotencyId), {
      singleRead: true,
    });
    previousRead.catch(() => undefined);
    const { config: pre } = await scope.loadBusiness(req.businessId);
    const previous = await previousRead;
    const early = previous
      ? await b.store.run('readonly', ['businesses', 'appointments', 'idempotency'], (tx) =>
          replay(scope, tx, pre.id, idempotencyId, fingerprint, req.idempotencyKey),
        )
      : undefined;
    if (early) return early;
    scope.assertOpen(pre);
    const preService = scope.customerService(pre, req.serviceId);
    scope.checkChosenStaff(pre, preService, req.staffMemberId);
    // Options chosen in the customer's language are stored in the business's own (issue 17).
    const details = checkBookingDetails(
      { ...req, answers: answersIn(pre, req) },
      preService,
      pre.customQuestions,
      pre.bookingPageSettings,
    );
    if (details.length > 0) throw invalid(details, 'Some details are missing or not valid.');
    const startMs = scope.startOf(req.start);
    // Asked now, answered while the pre-check runs (on PostgreSQL another connection: one round trip
    // less to wait for); awaited below, so a failed pre-check must not leave it unhandled.
    const writers = b.calendarWriters(pre.id);
    writers.catch(() => undefined);
    const prepared = await b.prepare(pre, b.concernedStaff(pre, preService, req.staffMemberId), {
      start: startMs - DAY,
      end: startMs + 2 * DAY,
    });
    try {
      await b.store.run(
        'readonly',
        ['appointments', 'holds'],
        (tx) =>
          precheck(b, tx, {
            business: pre,
            service: preService,
            ...(req.staffMemberId !== undefined ? { staffMemberId: req.staffMemberId } : {}),
            startMs,
            enforceLeadTime: true,
            ...(req.holdId !== undefined ? { holdId: req.holdId } : {}),
            prepared,
          }),
        // PostgreSQL reads the span's holds with its busy time: one statement, no transaction (store.ts).
        { singleRead: true },
      );
    } catch (error) {
      // A twin request with the same key may have just booked this very slot: answer as it.
      if (!(error instanceof BookingError && error.code === 'slot-unavailable')) throw error;
      const twin = await b.store.run('readonly', ['businesses', 'appointments', 'idempotency'], (tx) =>
        replay(scope, tx, pre.id, idempotencyId, fingerprint, req.idempotencyKey),
      );
      if (twin) return twin;
      throw error;
    }
    const appointmentId = newId('apt');
    const { token, bytes } = newManageToken();
    const duration = durationMs(preService.defaultDuration);
    const joinWebUrl = preService.isLocationOnline
      ? await meetingLink(b, pre, preService, {
          appointmentId,
          businessId: pre.id,
          serviceId: preService.id,
          ...(req.staffMemberId !== undefined ? { staffMemberId: req.staffMemberId } : {}),
          start: toIso(startMs),
          end: toIso(startMs + duration),
          subject: `${preService.displayName} – ${pre.displayName}`,
        })
      : undefined;
    const calendarWriters = await writers;
    throwIfAborted(options);

    return b.store.run(
      'readwrite',
      hooks ? [...new Set([...WRITE_STORES, ...hooks.stores])] : WRITE_STORES,
      async (tx): Promise<BookResult> => {
        // R11: a retry with the same key answers with the first booking and writes nothing
        // (checked again here: two tabs may send the same retry at once).
        const replayed = await replay(scope, tx, pre.id, idempotencyId, fingerprint, req.idempotencyKey);
        if (replayed) return replayed;
        await hooks?.before(tx);
        const stored = await scope.freshBusiness(tx, pre.id);
        const business = stored.config;
        scope.assertOpen(business);
        const service = scope.customerService(business, req.serviceId);
        scope.checkChosenStaff(business, service, req.staffMemberId);
        const answers = answersIn(business, req);
        const recheck = checkBookingDetails(
          { ...req, answers },
          service,
          business.customQuestions,
          business.bookingPageSettings,
        );
        if (recheck.length > 0) throw invalid(recheck, 'Some details are missing or not valid.');

        // R23: a request nobody answered in time gives its time back before it is placed over.
        await expireLapsed(b, tx, business, await lapsedBefore(b, tx, { business, service, startMs }));
        const placement = await place(b, tx, {
          business,
          service,
          ...(req.staffMemberId !== undefined ? { staffMemberId: req.staffMemberId } : {}),
          startMs,
          enforceLeadTime: true,
          ...(req.holdId !== undefined ? { holdId: req.holdId } : {}),
          prepared,
          lastAssigned: await lastAssignedOf(tx, stored, service.id),
        });
        const nowMs = b.now();
        const request = service.isApprovalRequired === true;
        const now = toIso(nowMs);
        const record: StoredAppointment = {
          ...customerBookedRecord(b, business, req, {
            id: appointmentId,
            service,
            placement,
            customer: req.customer,
            answers,
            smsOptIn: req.smsOptIn,
            joinWebUrl,
            token,
            now,
          }),
          ...(request
            ? { approval: 'pending', approvalExpiresAtMs: approvalExpiry(service, nowMs, placement.startMs) }
            : {}),
        };
        const customerId = await linkBooking(tx, business.id, record.customer, nowMs);
        if (customerId !== undefined) record.customerId = customerId;
        await tx.put('appointments', record);
        await tx.put('idempotency', {
          id: idempotencyId,
          businessId: business.id,
          appointmentId,
          sealedToken: sealToken(bytes, business.id, req.idempotencyKey),
          fingerprint,
          expiresAtMs: idempotencyExpiry(b.now()),
        });
        if (placement.consumedHold) await tx.delete('holds', placement.consumedHold.id);
        for (const id of placement.expiredHoldIds) await tx.delete('holds', id);
        // R23: a request is acknowledged now; the confirmation and reminders wait for the approval.
        const kind = request ? 'requested' : 'confirmation';
        for (const m of appointmentMessages(b, business, record, kind, {
          manageToken: token,
          calendarWriters,
        })) {
          await tx.put('outbox', m);
        }
        if (!request) for (const m of reminderMessages(b, business, record)) await tx.put('outbox', m);
        await putWebhookEvents(tx, business, record, 'appointment.created', b.now());
        await recordAssigned(tx, stored, service.id, { [placement.staffMemberId]: nowMs });
        await hooks?.after(tx, record.id);
        // Last moment to honour an abort: throwing here aborts the transaction, so nothing is written.
        throwIfAborted(options);
        return {
          appointment: toCustomerAppointment(business, record, placement.attendeeCount, b.now()),
          manageToken: token,
        };
      },
      // A waitlist claim's hooks write beyond the booking: those keep the business to themselves.
      hooks
        ? { businessIds: [pre.id] }
        : {
            businessIds: [pre.id],
            bookingKeys: bookingKeys(req, startMs, b.concernedStaff(pre, preService, req.staffMemberId)),
          },
    );
  });
}
