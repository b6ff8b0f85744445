/**
 * R11 and R9 at booking time: whether a start is still bookable against everything stored, asked
 * inside the caller's transaction, and which staff member gets it. Synchronous apart from the
 * store's reads, so no other tab's booking can slip between this check and the caller's insert.
 */
import { assignStaff } from '../core/assignment.js';
import { durationMs } from '../core/duration.js';
import type { SlotCheck } from '../core/engine-types.js';
import { checkSlotBookable } from '../core/explain.js';
import { effectivePolicy } from '../core/policy.js';
import { needsRecurrence } from '../core/schedule.js';
import type { Business, EpochMs, Service } from '../core/types.js';
import { BookingError } from '../contract/errors.js';
import { around, type Backend, DAY, durationOr0, maxSpan, type Prepared } from './backend.js';
import { RetryWithFreshConfig } from './retry.js';
import { isLapsed } from './approval-state.js';
import { invalidAt, toIso } from './boundary.js';
import { engineForm, slotQuery, toBusy } from './slot-query.js';
import type { StoredAppointment, StoredHold, StoreTx } from './store.js';

export interface PlaceRequest {
  business: Business;
  service: Service;
  /** Chosen staff member; absent = assign like "Anyone" (R9). */
  staffMemberId?: string;
  startMs: EpochMs;
  /** False for administrators and schedulers overriding R5 on a customer's behalf. */
  enforceLeadTime: boolean;
  ignoreAppointmentId?: string;
  /** This caller's own hold: not busy for them, and its staff member preferred. */
  holdId?: string;
  /** Rescheduling: keep this staff member when they are free at the new time. */
  preferStaffMemberId?: string;
  prepared: Prepared;
  lastAssigned: Record<string, EpochMs> | undefined;
  /** A length other than the service's (a resized or moved appointment keeps its own). */
  durationMs?: number;
}

export interface Placement {
  staffMemberId: string;
  startMs: EpochMs;
  endMs: EpochMs;
  preBufferMs: number;
  postBufferMs: number;
  /** Booked attendees of the session after this booking (classes; 1 for one-to-one). */
  attendeeCount: number;
  /** Unexpired holds read in the transaction, and the expired ones to delete. */
  expiredHoldIds: string[];
  consumedHold: StoredHold | undefined;
}

const INELIGIBLE_CODES = new Set(['notAssignedToService', 'notBookable']);

/**
 * `place`'s verdict without the assignment, in a read-only transaction before the write one:
 * a request for a slot that is already gone is refused without waiting for the write lock a
 * shared store takes (pg-store.ts), so the losers of a rush don't queue behind the winner.
 * Draws no random number. The write transaction still decides.
 */
export async function precheck(b: Backend, tx: StoreTx, req: Omit<PlaceRequest, 'lastAssigned'>): Promise<void> {
  if (needsRecurrence(req.business) && !req.prepared.recurrence) return;
  const now = b.now();
  const duration = req.durationMs ?? durationMs(req.service.defaultDuration);
  const appointments = await b.busyAround(tx, req.business, req.startMs, req.startMs + duration);
  const holds = (await b.holdsAround(tx, req.business, req.startMs, req.startMs + duration)).filter(
    (h) => h.expiresAtMs > now && h.id !== req.holdId,
  );
  const check = checkSlotBookable(slotQuery(b, req, req.startMs, appointments, holds), req.startMs, req.staffMemberId);
  if (!check.bookable) throw refusal(check, req.startMs);
}

/**
 * R11: re-checks the start against everything stored, in the caller's transaction, and picks
 * the staff member (R9). Throws `slot-unavailable`, `policy-violation` (R5) or `invalid-input`
 * (off the grid).
 */
export async function place(b: Backend, tx: StoreTx, req: PlaceRequest): Promise<Placement> {
  const { business, service } = req;
  if (needsRecurrence(business) && !req.prepared.recurrence) throw new RetryWithFreshConfig();
  const now = b.now();
  const policy = effectivePolicy(business, service);
  const duration = req.durationMs ?? durationMs(service.defaultDuration);
  const strategy = policy.staffAssignment ?? 'random';
  const window = { start: now, end: now + durationMs(policy.maximumAdvance) };
  const span = placeSpan(b, req);
  const appointments = await b.busyAround(tx, business, span.start, span.end);
  const allHolds = await b.holdsAround(tx, business, req.startMs, req.startMs + duration);
  const expiredHoldIds = allHolds.filter((h) => h.expiresAtMs <= now).map((h) => h.id);
  const consumedHold = allHolds.find((h) => h.id === req.holdId && h.expiresAtMs > now);
  const holds = allHolds.filter((h) => h.expiresAtMs > now && h.id !== req.holdId);

  const check = checkSlotBookable(slotQuery(b, req, req.startMs, appointments, holds), req.startMs, req.staffMemberId);
  if (!check.bookable) throw refusal(check, req.startMs);

  let staffMemberId: string;
  const free = check.staffMemberIds;
  if (req.staffMemberId !== undefined) staffMemberId = req.staffMemberId;
  else if (req.preferStaffMemberId !== undefined && free.includes(req.preferStaffMemberId)) {
    staffMemberId = req.preferStaffMemberId;
  } else if (
    consumedHold &&
    consumedHold.serviceId === service.id &&
    consumedHold.startMs === req.startMs &&
    free.includes(consumedHold.staffMemberId)
  ) {
    staffMemberId = consumedHold.staffMemberId;
  } else {
    staffMemberId = assignStaff({
      strategy,
      candidates: free,
      slot: { start: check.start, end: check.end },
      // The engine form the check above used (kept with a kept answer), when nothing is left out.
      appointments:
        req.ignoreAppointmentId === undefined
          ? engineForm(appointments)
          : appointments.filter((a) => a.id !== req.ignoreAppointmentId).map(toBusy),
      timeZone: business.businessTimeZone,
      window,
      serviceId: service.id,
      ...(req.lastAssigned ? { lastAssignedAt: req.lastAssigned } : {}),
      random: b.deps.random,
    });
  }
  const attendeeCount =
    1 +
    appointments.filter(
      (a) =>
        a.id !== req.ignoreAppointmentId &&
        a.serviceId === service.id &&
        a.staffMemberId === staffMemberId &&
        a.startMs === req.startMs,
    ).length;
  return {
    staffMemberId,
    startMs: check.start,
    endMs: check.end,
    preBufferMs: durationOr0(service.preBuffer),
    postBufferMs: durationOr0(service.postBuffer),
    attendeeCount,
    expiredHoldIds,
    consumedHold,
  };
}

/**
 * The span of starts `place` reads busy time around: the slot's, or for leastBooked, which compares
 * bookings across the whole booking window, all of that window too.
 */
export function placeSpan(
  b: Backend,
  req: Pick<PlaceRequest, 'business' | 'service' | 'startMs' | 'durationMs'>,
): { start: EpochMs; end: EpochMs } {
  const policy = effectivePolicy(req.business, req.service);
  const duration = req.durationMs ?? durationMs(req.service.defaultDuration);
  if ((policy.staffAssignment ?? 'random') !== 'leastBooked')
    return { start: req.startMs, end: req.startMs + duration };
  const now = b.now();
  return {
    start: Math.min(req.startMs, now),
    end: Math.max(req.startMs + duration, now + durationMs(policy.maximumAdvance)),
  };
}

/**
 * R23 before `place`: `b.lapsedAround` of the slot (requests nobody answered in time, as records),
 * read from the store's busy-time projection where it has one (issue 24): that says which (usually
 * none), and only their documents are read. The projection is read over `place`'s span, which
 * holds the slot's, so the store answers `place`'s read from the same one.
 */
export async function lapsedBefore(
  b: Backend,
  tx: StoreTx,
  req: Pick<PlaceRequest, 'business' | 'service' | 'startMs' | 'durationMs'>,
): Promise<StoredAppointment[]> {
  const { business } = req;
  const end = req.startMs + (req.durationMs ?? durationMs(req.service.defaultDuration));
  const now = b.now();
  if (!tx.busy) return (await around(tx, business, req.startMs, end)).filter((a) => isLapsed(a, now));
  const reach = maxSpan(business) + DAY;
  const span = placeSpan(b, req);
  const lo = req.startMs - reach;
  const hi = end + DAY;
  const busy = await tx.busy(business.id, Math.min(lo, span.start - reach), Math.max(hi, span.end + DAY));
  const rows: StoredAppointment[] = [];
  for (const a of busy) {
    if (a.startMs < lo || a.startMs > hi || !isLapsed(a, now)) continue;
    const row = await tx.get('appointments', a.id);
    if (row && isLapsed(row, now)) rows.push(row);
  }
  return rows;
}

/** The error for a start the engine refuses, by what the refusal is about. */
export function refusal(check: SlotCheck, startMs: EpochMs): BookingError {
  const relevant = check.explanation.filter((s) => !s.reasons.some((r) => INELIGIBLE_CODES.has(r.code)));
  const reasons = relevant.flatMap((s) => s.reasons);
  for (const r of reasons) {
    if (r.code === 'minimumLeadTime') {
      return new BookingError(
        'policy-violation',
        `Bookings must be made at least ${r.minimumLeadTime} ahead: the earliest start is ${toIso(r.earliestStart)}.`,
        { issues: [{ path: 'start', message: `must be at or after ${toIso(r.earliestStart)}` }] },
      );
    }
    if (r.code === 'beyondMaximumAdvance') {
      return new BookingError(
        'policy-violation',
        `Bookings can be made at most ${r.maximumAdvance} ahead: starts must be before ${toIso(r.latestStart)}.`,
        { issues: [{ path: 'start', message: `must be before ${toIso(r.latestStart)}` }] },
      );
    }
  }
  // R3: a start no eligible staff member's grid holds is a bad request (422), whoever is asked and
  // whether it is a booking or a move; a start on someone's grid that is taken is a conflict (409).
  const offGrid = reasons.find((r) => r.code === 'offGrid');
  const onSomeGrid = relevant.some(
    (s) => !s.reasons.some((r) => r.code === 'offGrid' || r.code === 'outsideWorkingHours'),
  );
  if (offGrid?.code === 'offGrid' && !onSomeGrid) {
    return invalidAt(
      'start',
      `is not on the booking grid; the nearest starts are ${toIso(offGrid.previous)} and ${toIso(offGrid.next)}`,
    );
  }
  return new BookingError(
    'slot-unavailable',
    `The time ${toIso(startMs)} is no longer available. Please choose another time.`,
  );
}
