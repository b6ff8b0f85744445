/**
 * The customer's side of waitlists (issue 20): joining (details and consent as for a booking),
 * the private link's view (place, offer) and leave, and claiming an offer, which books the
 * appointment through the booking's own rules (booking.ts) and ends the entry in the same
 * transaction. Loaded on the first waitlist call.
 */
import { canonicalAnswers } from '../../core/localized-business.js';
import { durationMs } from '../../core/duration.js';
import { effectivePolicy } from '../../core/policy.js';
import { zonedDayInterval } from '../../core/time.js';
import type { Business, Service } from '../../core/types.js';
import type { CallOptions } from '../../contract/adapter.js';
import { BookingError } from '../../contract/errors.js';
import { checkBookingDetails } from '../../schemas/booking-details.js';
import type { BookRequest, BookResult } from '../../schemas/booking.js';
import {
  claimWaitlistOfferInputSchema,
  joinWaitlistInputSchema,
  leaveWaitlistInputSchema,
  waitlistRefInputSchema,
  type ClaimWaitlistOfferInput,
  type JoinWaitlistInput,
  type JoinWaitlistResult,
  type LeaveWaitlistInput,
  type WaitlistEntry,
  type WaitlistRefInput,
} from '../../schemas/waitlist.js';
import { DAY } from '../backend.js';
import { needsPrepared, retrying, RetryWithFreshConfig } from '../retry.js';
import { invalid, invalidAt, parseInput, throwIfAborted, toIso } from '../boundary.js';
import { newId, newToken } from '../crypto.js';
import { book } from '../customer/booking.js';
import type { CustomerScope } from '../customer/customer-scope.js';
import { constantTimeEqual } from '../hash.js';
import type { StoredCustomer, StoredWaitlistEntry, StoreTx } from '../store.js';
import { waitlistMessages } from './waitlist-messages.js';
import {
  entriesOf,
  freeStarts,
  isActive,
  positionOf,
  settleAfterChange,
  tokenHashOf,
  WAITLIST_STORES,
  waitlistLink,
} from './waitlist-rules.js';
import { toWaitlistEntry } from './waitlist-views.js';

type Wish = Pick<StoredWaitlistEntry, 'wish' | 'date' | 'fromMs' | 'toMs' | 'listKey'>;

/** The wish a request names: a session's start, or a day in the business's zone; within the booking window (R5). */
function wishOf(business: Business, service: Service, req: JoinWaitlistInput, nowMs: number): Wish {
  const latest = nowMs + durationMs(effectivePolicy(business, service).maximumAdvance);
  if (req.start !== undefined) {
    const startMs = Date.parse(req.start);
    if (startMs <= nowMs) throw invalidAt('start', 'is in the past');
    if (startMs >= latest) {
      throw new BookingError(
        'policy-violation',
        `Waiting lists open at most as far ahead as bookings: before ${toIso(latest)}.`,
        {
          issues: [{ path: 'start', message: `must be before ${toIso(latest)}` }],
        },
      );
    }
    return { wish: 'session', fromMs: startMs, toMs: startMs + 1, listKey: `${service.id}@${toIso(startMs)}` };
  }
  const date = req.date ?? '';
  const day = zonedDayInterval(date, business.businessTimeZone);
  if (day.end <= nowMs) throw invalidAt('date', 'is in the past');
  if (day.start >= latest) {
    throw new BookingError(
      'policy-violation',
      `Waiting lists open at most as far ahead as bookings: before ${toIso(latest)}.`,
      {
        issues: [{ path: 'date', message: `must be before ${toIso(latest)}` }],
      },
    );
  }
  return { wish: 'day', date, fromMs: day.start, toMs: day.end, listKey: `${service.id}/${date}` };
}

function contactKey(c: Pick<StoredCustomer, 'emailAddress' | 'phone'>): string | undefined {
  if (c.emailAddress) return `e:${c.emailAddress.trim().toLowerCase()}`;
  const digits = c.phone?.replace(/\D/g, '');
  return digits ? `p:${digits}` : undefined;
}

function waitlistService(scope: CustomerScope, business: Business, req: JoinWaitlistInput): Service {
  const service = scope.customerService(business, req.serviceId);
  scope.checkChosenStaff(business, service, req.staffMemberId);
  if (!service.isWaitlistEnabled) {
    throw new BookingError('policy-violation', `${service.displayName} has no waiting list.`, {
      issues: [{ path: 'serviceId', message: 'has no waiting list' }],
    });
  }
  return service;
}

function checkDetails(business: Business, service: Service, req: JoinWaitlistInput): void {
  const answers = canonicalAnswers(business, req.customer.languageTag, req.answers ?? []);
  const issues = checkBookingDetails(
    { ...req, answers },
    service,
    business.customQuestions,
    business.bookingPageSettings,
  );
  if (issues.length > 0) throw invalid(issues, 'Some details are missing or not valid.');
}

export async function joinWaitlist(
  scope: CustomerScope,
  input: JoinWaitlistInput,
  options?: CallOptions,
): Promise<JoinWaitlistResult> {
  const req = parseInput(joinWaitlistInputSchema, input);
  await scope.begin(options);
  const b = scope.backend;
  return retrying(async () => {
    const { config: pre } = await scope.loadBusiness(req.businessId);
    scope.assertOpen(pre);
    const preService = waitlistService(scope, pre, req);
    checkDetails(pre, preService, req);
    const preWish = wishOf(pre, preService, req, b.now());
    const prepared = await b.prepare(pre, b.concernedStaff(pre, preService, req.staffMemberId), {
      start: preWish.fromMs - DAY,
      end: preWish.toMs + DAY,
    });
    throwIfAborted(options);
    const token = newToken();
    return b.store.run(
      'readwrite',
      WAITLIST_STORES,
      async (tx): Promise<JoinWaitlistResult> => {
        const stored = await scope.freshBusiness(tx, pre.id);
        const business = stored.config;
        if (needsPrepared(business, prepared)) throw new RetryWithFreshConfig();
        scope.assertOpen(business);
        const service = waitlistService(scope, business, req);
        checkDetails(business, service, req);
        const nowMs = b.now();
        const wish = wishOf(business, service, req, nowMs);
        const all = await entriesOf(tx, business.id);
        const who = contactKey(req.customer);
        const twice = all.find(
          (o) =>
            isActive(o) &&
            o.listKey === wish.listKey &&
            o.staffMemberId === req.staffMemberId &&
            who !== undefined &&
            contactKey(o.customer) === who,
        );
        if (twice) {
          throw new BookingError('policy-violation', 'You are already on this waiting list.', {
            issues: [
              {
                path: req.customer.emailAddress ? 'customer.emailAddress' : 'customer.phone',
                message: 'is already on this waiting list',
              },
            ],
          });
        }
        // Only for what is taken: a free time is booked, not waited for.
        const appointments = await b.busyAround(tx, business, wish.fromMs, wish.toMs);
        const holds = (await b.holdsAround(tx, business, wish.fromMs, wish.toMs)).filter((h) => h.expiresAtMs > nowMs);
        const probe = { ...wish, ...(req.staffMemberId !== undefined ? { staffMemberId: req.staffMemberId } : {}) };
        if (freeStarts(b, business, service, probe, appointments, holds, prepared).length > 0) {
          throw new BookingError(
            'policy-violation',
            wish.wish === 'session'
              ? 'This session still has free places: book one instead.'
              : 'This day still has free times: book one instead.',
          );
        }
        const now = toIso(nowMs);
        const entry: StoredWaitlistEntry = {
          id: newId('wait'),
          businessId: business.id,
          serviceId: service.id,
          ...(req.staffMemberId !== undefined ? { staffMemberId: req.staffMemberId } : {}),
          ...wish,
          customer: { ...req.customer },
          answers: req.answers ?? [],
          consentedAt: business.bookingPageSettings.isCustomerConsentEnabled && req.consent?.accepted ? now : null,
          smsOptIn: b.smsOn(service) && req.smsOptIn === true,
          tokenHash: tokenHashOf(token),
          state: 'waiting',
          offers: 0,
          createdAtMs: nowMs,
          seq: all.reduce((max, o) => Math.max(max, o.seq), 0) + 1,
          createdAt: now,
          updatedAt: now,
        };
        if (entry.date === undefined) delete entry.date;
        await tx.put('waitlist', entry);
        all.push(entry);
        const link = waitlistLink(b, business.id, entry.id, token);
        const position = positionOf(entry, all);
        for (const m of waitlistMessages(b, business, entry, 'waitlistJoined', {
          link,
          ...(position ? { position } : {}),
        })) {
          await tx.put('outbox', m);
        }
        throwIfAborted(options);
        return { entry: toWaitlistEntry(business, entry, all), waitlistToken: token };
      },
      { businessIds: [pre.id] },
    );
  });
}

/** The entry's token or its current offer's: either opens the private link. A wrong one is `not-found`. */
function verify(e: StoredWaitlistEntry | undefined, token: string): e is StoredWaitlistEntry {
  const presented = tokenHashOf(token);
  const own = constantTimeEqual(presented, e?.tokenHash ?? tokenHashOf(''));
  const offer = constantTimeEqual(presented, e?.offer?.tokenHash ?? tokenHashOf(''));
  return e !== undefined && (own || offer);
}

function notFound(): BookingError {
  return new BookingError('not-found', 'No waiting list entry matches this link.');
}

async function entryFor(tx: StoreTx, entryId: string, token: string): Promise<StoredWaitlistEntry> {
  const e = await tx.get('waitlist', entryId);
  if (!verify(e, token)) throw notFound();
  return e;
}

async function businessOfEntry(scope: CustomerScope, entryId: string, token: string): Promise<string> {
  return scope.backend.store.run(
    'readonly',
    ['waitlist'],
    async (tx) => (await entryFor(tx, entryId, token)).businessId,
  );
}

export async function getWaitlistEntry(
  scope: CustomerScope,
  input: WaitlistRefInput,
  options?: CallOptions,
): Promise<WaitlistEntry> {
  const req = parseInput(waitlistRefInputSchema, input);
  await scope.begin(options);
  const b = scope.backend;
  // An offer whose time passed lapses before it is shown (where no sweep runs, this is when).
  await settleAfterChange(b, await businessOfEntry(scope, req.entryId, req.waitlistToken));
  throwIfAborted(options);
  return b.store.run('readonly', ['businesses', 'waitlist'], async (tx) => {
    const e = await entryFor(tx, req.entryId, req.waitlistToken);
    const stored = await tx.get('businesses', e.businessId);
    if (!stored) throw notFound();
    return toWaitlistEntry(stored.config, e, await entriesOf(tx, e.businessId), req.languageTag);
  });
}

export async function leaveWaitlist(
  scope: CustomerScope,
  input: LeaveWaitlistInput,
  options?: CallOptions,
): Promise<void> {
  const req = parseInput(leaveWaitlistInputSchema, input);
  await scope.begin(options);
  const b = scope.backend;
  const businessId = await businessOfEntry(scope, req.entryId, req.waitlistToken);
  throwIfAborted(options);
  const released = await b.store.run(
    'readwrite',
    WAITLIST_STORES,
    async (tx) => {
      const e = await entryFor(tx, req.entryId, req.waitlistToken);
      // Leaving twice is not an error and writes nothing the second time.
      if (!isActive(e)) return false;
      const now = toIso(b.now());
      if (e.state === 'offered' && e.offer) await tx.delete('holds', e.offer.holdId);
      await tx.put('waitlist', { ...e, state: 'left', endedBy: 'customer', endedAt: now, updatedAt: now });
      throwIfAborted(options);
      return e.state === 'offered';
    },
    { businessIds: [businessId] },
  );
  // A place they were offered goes to the next person waiting.
  if (released) await settleAfterChange(b, businessId);
}

/** Why an entry has no offer to claim, in words for the customer. */
function noOffer(e: StoredWaitlistEntry): BookingError {
  switch (e.state) {
    case 'claimed':
      return new BookingError('slot-unavailable', 'This place has already been claimed.');
    case 'lapsed':
      return new BookingError(
        'policy-violation',
        e.lapseReason === 'offer'
          ? 'This offer has expired and the place went to the next person waiting.'
          : 'The time you were waiting for has passed.',
      );
    case 'left':
      return new BookingError('policy-violation', 'This entry has left the waiting list.');
    default:
      return new BookingError(
        'policy-violation',
        'No place has been offered yet: you will be told as soon as one is free.',
      );
  }
}

export async function claimWaitlistOffer(
  scope: CustomerScope,
  input: ClaimWaitlistOfferInput,
  options?: CallOptions,
): Promise<BookResult> {
  const req = parseInput(claimWaitlistOfferInputSchema, input);
  await scope.begin(options);
  const b = scope.backend;
  // An offer whose time has passed lapses first: it cannot be claimed late.
  await settleAfterChange(b, await businessOfEntry(scope, req.entryId, req.waitlistToken));
  const e = await b.store.run('readonly', ['waitlist'], (tx) => entryFor(tx, req.entryId, req.waitlistToken));
  const offer = e.offer;
  if (!offer || (e.state !== 'offered' && e.state !== 'claimed')) throw noOffer(e);
  const { erased: _erased, ...customer } = e.customer;
  const request: BookRequest = {
    businessId: e.businessId,
    serviceId: e.serviceId,
    ...(e.staffMemberId !== undefined ? { staffMemberId: e.staffMemberId } : {}),
    start: toIso(offer.startMs),
    customer,
    answers: e.answers,
    ...(e.consentedAt !== null ? { consent: { accepted: true } } : {}),
    smsOptIn: e.smsOptIn,
    holdId: offer.holdId,
    idempotencyKey: req.idempotencyKey,
  };
  let current = e;
  try {
    return await book(scope, request, options, {
      stores: ['waitlist'],
      // Exactly one claim of an offer books: the entry is re-read where the booking is written.
      before: async (tx) => {
        const fresh = await tx.get('waitlist', e.id);
        if (!fresh) throw notFound();
        current = fresh;
        if (fresh.state !== 'offered' || fresh.offer?.holdId !== offer.holdId) throw noOffer(fresh);
      },
      after: async (tx, appointmentId) => {
        const now = toIso(b.now());
        await tx.put('waitlist', { ...current, state: 'claimed', appointmentId, endedAt: now, updatedAt: now });
      },
    });
  } catch (error) {
    // A twin claim that won meanwhile: say so, rather than that the time is taken.
    if (error instanceof BookingError && error.code === 'slot-unavailable') {
      const now = await b.store.run('readonly', ['waitlist'], (tx) => tx.get('waitlist', e.id));
      if (now && now.state !== 'offered') throw noOffer(now);
    }
    throw error;
  }
}
