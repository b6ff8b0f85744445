/**
 * Waitlists (issue 20): the rules over stored entries, shared by the customer side, the admin side
 * and the server's sweep.
 *
 * - An entry waits for a wish: one class session (its start), or any start on one day, for a
 *   service and a staff member or Anyone. Entries are served in the order they joined.
 * - `settle` is the one place offers are made and lapse, in one transaction per business: offers
 *   whose hold time passed lapse (the customer is told) and their hold is released; waiting
 *   entries whose wish can no longer come true lapse; then each waiting entry, in order, whose wish
 *   now fits gets an offer: a hold on the first free start (the holds store, so nobody else can book
 *   it, and the next person waiting does not get it too) until the service's offer time ends. A
 *   freed seat is therefore offered to exactly one person at a time.
 * - It runs after every change that can free time (a cancellation, a move, an admin edit of
 *   services, hours or staff), on the server's minute sweep, and before a list or an entry is read,
 *   so an offer lapses on time even where nothing sweeps (the in-browser adapter).
 */
import { computeAvailability } from '../../core/availability.js';
import { durationMs } from '../../core/duration.js';
import type { Slot } from '../../core/engine-types.js';
import { effectivePolicy } from '../../core/policy.js';
import type { Business, Service, StaffMember } from '../../core/types.js';
import { BookingError } from '../../contract/errors.js';
import { type Backend, DAY, findService, type Prepared } from '../backend.js';
import { needsPrepared, retrying, RetryWithFreshConfig } from '../retry.js';
import { toIso } from '../boundary.js';
import { newId, newToken } from '../crypto.js';
import { sha256Hex } from '../hash.js';
import { slotQuery } from '../slot-query.js';
import type { BusyRecord, StoredHold, StoredWaitlistEntry, StoreName, StoreTx } from '../store.js';
import { waitlistMessages } from './waitlist-messages.js';

export const WAITLIST_STORES: readonly StoreName[] = ['businesses', 'appointments', 'holds', 'outbox', 'waitlist'];

/** An offer must leave the customer at least this long to claim it, or it is not made. */
const MIN_CLAIM_MS = 5 * 60_000;

export function isActive(e: Pick<StoredWaitlistEntry, 'state'>): boolean {
  return e.state === 'waiting' || e.state === 'offered';
}

/** The order people are served in: who joined first. */
export function joinOrder(a: StoredWaitlistEntry, b: StoredWaitlistEntry): number {
  return a.createdAtMs - b.createdAtMs || a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function tokenHashOf(token: string): string {
  return sha256Hex(`waitlist:${token}`);
}

/** The private link carrying `token` (the entry's, or an offer's). */
export function waitlistLink(b: Backend, businessId: string, entryId: string, token: string): string {
  return b.deps.waitlistLink
    ? b.deps.waitlistLink({ businessId, entryId, token })
    : `#waitlist=${encodeURIComponent(entryId)}&token=${encodeURIComponent(token)}`;
}

/** Every entry of a business, in join order. */
export async function entriesOf(tx: StoreTx, businessId: string): Promise<StoredWaitlistEntry[]> {
  const rows = await tx.range('waitlist', 'business_created', [businessId, -Infinity], [businessId, Infinity]);
  return rows.sort(joinOrder);
}

/** 1-based place of `e` among the active entries of its list; undefined once it ended. */
export function positionOf(e: StoredWaitlistEntry, all: readonly StoredWaitlistEntry[]): number | undefined {
  if (!isActive(e)) return undefined;
  return 1 + all.filter((o) => o.listKey === e.listKey && isActive(o) && joinOrder(o, e) < 0).length;
}

export function waitingCount(listKey: string, all: readonly StoredWaitlistEntry[]): number {
  return all.filter((o) => o.listKey === listKey && isActive(o)).length;
}

/** How long `service`'s offers hold their place. */
export function offerHoldMs(service: Service): number {
  return durationMs(service.waitlistOfferExpiresAfter ?? 'PT2H');
}

/** Staff whose calendars a check of these entries may read (for `prepare`). */
export function staffOfEntries(b: Backend, business: Business, entries: readonly StoredWaitlistEntry[]): StaffMember[] {
  const ids = new Set<string>();
  for (const e of entries) {
    const service = findService(business, e.serviceId);
    if (service) for (const s of b.concernedStaff(business, service, e.staffMemberId)) ids.add(s.id);
  }
  return business.staffMembers.filter((s) => ids.has(s.id));
}

/** The free starts of `e`'s wish now, for its service and staff member (or Anyone), first first. */
export function freeStarts(
  b: Backend,
  business: Business,
  service: Service,
  e: Pick<StoredWaitlistEntry, 'fromMs' | 'toMs' | 'staffMemberId'>,
  appointments: readonly BusyRecord[],
  holds: readonly StoredHold[],
  prepared: Prepared,
): Slot[] {
  const query = slotQuery(b, { business, service, enforceLeadTime: true, prepared }, e.fromMs, appointments, holds);
  return computeAvailability({
    ...query,
    range: { start: e.fromMs, end: e.toMs },
    ...(e.staffMemberId !== undefined ? { staffMemberId: e.staffMemberId } : {}),
  }).filter((s) => s.remainingCapacity > 0);
}

/** When the offer of `startMs` made now would lapse: the service's hold time, never past the last moment to book it (R5). */
function offerExpiry(b: Backend, business: Business, service: Service, startMs: number): number {
  const lastBooking = startMs - durationMs(effectivePolicy(business, service).minimumLeadTime);
  return Math.min(b.now() + offerHoldMs(service), lastBooking);
}

export interface SettleOptions {
  /** Staff "offer now": this entry is served first, out of turn; refused when nothing fits. */
  first?: string;
}

/**
 * Lapses and offers for one business in the caller's transaction (see the module comment).
 * Returns the entries changed.
 */
export async function settleIn(
  b: Backend,
  tx: StoreTx,
  business: Business,
  prepared: Prepared,
  options: SettleOptions = {},
): Promise<StoredWaitlistEntry[]> {
  const now = b.now();
  const all = await entriesOf(tx, business.id);
  const active = all.filter(isActive);
  if (active.length === 0) return [];
  const lo = Math.min(...active.map((e) => e.fromMs));
  const hi = Math.max(...active.map((e) => e.toMs));
  const appointments = await b.busyAround(tx, business, lo, hi);
  let holds = (await b.holdsAround(tx, business, lo, hi)).filter((h) => h.expiresAtMs > now);
  const changed: StoredWaitlistEntry[] = [];
  const save = async (e: StoredWaitlistEntry): Promise<void> => {
    await tx.put('waitlist', e);
    const k = all.findIndex((o) => o.id === e.id);
    if (k >= 0) all[k] = e;
    changed.push(e);
  };
  const iso = toIso(now);

  // Offers not claimed in time lapse; their place goes back (to the next person, below).
  for (const e of active) {
    if (e.state !== 'offered' || !e.offer || e.offer.expiresAtMs > now) continue;
    await tx.delete('holds', e.offer.holdId);
    holds = holds.filter((h) => h.id !== e.offer?.holdId);
    const lapsed: StoredWaitlistEntry = {
      ...e,
      state: 'lapsed',
      lapseReason: 'offer',
      endedAt: iso,
      updatedAt: iso,
    };
    await save(lapsed);
    for (const m of waitlistMessages(b, business, lapsed, 'waitlistLapsed', {})) await tx.put('outbox', m);
  }
  // A wish whose last start has passed can no longer come true.
  for (const e of active) {
    if (e.state !== 'waiting' || e.toMs > now) continue;
    await save({ ...e, state: 'lapsed', lapseReason: 'passed', endedAt: iso, updatedAt: iso });
  }

  const waiting = all.filter((e) => e.state === 'waiting');
  if (options.first !== undefined) {
    const k = waiting.findIndex((e) => e.id === options.first);
    if (k < 0)
      throw new BookingError('policy-violation', 'This person is not waiting: only a waiting entry can get an offer.');
    waiting.unshift(...waiting.splice(k, 1));
  }
  for (const e of waiting) {
    const service = findService(business, e.serviceId);
    if (!service || service.isHiddenFromCustomers) continue;
    const slot = freeStarts(b, business, service, e, appointments, holds, prepared).find(
      (s) => offerExpiry(b, business, service, s.start) - now >= MIN_CLAIM_MS,
    );
    if (!slot) {
      if (e.id === options.first) {
        throw new BookingError('slot-unavailable', 'No free place fits this wish right now, so no offer was made.');
      }
      continue;
    }
    const staffMemberId = e.staffMemberId ?? slot.staffMemberIds[0];
    if (staffMemberId === undefined) continue;
    const expiresAtMs = offerExpiry(b, business, service, slot.start);
    const hold: StoredHold = {
      id: newId('hold'),
      businessId: business.id,
      serviceId: service.id,
      staffMemberId,
      startMs: slot.start,
      endMs: slot.end,
      preBufferMs: service.preBuffer ? durationMs(service.preBuffer) : 0,
      postBufferMs: service.postBuffer ? durationMs(service.postBuffer) : 0,
      expiresAtMs,
    };
    await tx.put('holds', hold);
    holds = [...holds, hold];
    // The offer's own link: whoever has it can claim (the entry's token cannot be recovered from its hash).
    const token = newToken();
    const offered: StoredWaitlistEntry = {
      ...e,
      state: 'offered',
      offer: {
        startMs: slot.start,
        endMs: slot.end,
        staffMemberId,
        holdId: hold.id,
        offeredAtMs: now,
        expiresAtMs,
        tokenHash: tokenHashOf(token),
      },
      offers: e.offers + 1,
      updatedAt: iso,
    };
    await save(offered);
    const link = waitlistLink(b, business.id, e.id, token);
    for (const m of waitlistMessages(b, business, offered, 'waitlistOffer', { link })) await tx.put('outbox', m);
  }
  return changed;
}

/**
 * `settleIn` for one business in a transaction of its own, after everything asynchronous it may
 * need is loaded. Cheap when nobody waits: one read. Returns how many entries changed.
 */
export async function settleWaitlist(b: Backend, businessId: string, options: SettleOptions = {}): Promise<number> {
  return retrying(async () => {
    const pre = await b.store.run('readonly', ['businesses', 'waitlist'], async (tx) => ({
      stored: await tx.get('businesses', businessId),
      active: (await entriesOf(tx, businessId)).filter(isActive),
    }));
    if (!pre.stored || pre.active.length === 0) {
      if (options.first !== undefined) throw new BookingError('not-found', 'No such waitlist entry.');
      return 0;
    }
    const business = pre.stored.config;
    const prepared = await b.prepare(business, staffOfEntries(b, business, pre.active), {
      start: Math.min(...pre.active.map((e) => e.fromMs)) - DAY,
      end: Math.max(...pre.active.map((e) => e.toMs)) + DAY,
    });
    return b.store.run(
      'readwrite',
      WAITLIST_STORES,
      async (tx) => {
        const stored = await tx.get('businesses', businessId);
        if (!stored) return 0;
        if (needsPrepared(stored.config, prepared)) throw new RetryWithFreshConfig();
        return (await settleIn(b, tx, stored.config, prepared, options)).length;
      },
      { businessIds: [businessId] },
    );
  });
}

/**
 * `settleWaitlist` after a change that may have freed time, where the change itself has already
 * been written: a failure here must not turn a done cancellation into an error, and the next
 * settle (the sweep, the next change, the next read of a list) makes the offer instead.
 */
export async function settleAfterChange(b: Backend, businessId: string): Promise<void> {
  try {
    await settleWaitlist(b, businessId);
  } catch {
    // Retried by the next settle; the change the caller made stands.
  }
}
