/**
 * The machinery both sides of the reference adapter share: the store, the injected clock and
 * randomness, engine inputs, the atomic slot re-check (R11), appointment records and their JSON
 * views, and the outbox (R15).
 *
 * The one rule that matters here: inside `store.run` nothing awaits anything but the store.
 * Recurrence rules, personal calendars and meeting links are loaded before the transaction
 * opens (`prepare`), so the re-check and the insert happen in one IndexedDB transaction that
 * other tabs cannot interleave with.
 */
import { assignStaff } from '../core/assignment.js';
import { durationMs, formatDuration } from '../core/duration.js';
import type {
  Hold,
  PersonalCalendarState,
  RecurrenceExpander,
  SlotCheck,
  UnavailableReason,
} from '../core/engine-types.js';
import { checkSlotBookable, type SlotQueryInput } from '../core/explain.js';
import { buildIcs, type IcsPerson } from '../core/ics.js';
import { loadRecurrenceExpander } from '../core/load-recurrence.js';
import { customerChangeDeadline, effectivePolicy } from '../core/policy.js';
import { needsRecurrence } from '../core/schedule.js';
import type { Business, BusyAppointment, EpochMs, Interval, Service, StaffMember } from '../core/types.js';
import type { OutsideRulesEntry, SignedInUser, StaffAppointment, UnavailableReasonJson } from '../schemas/admin.js';
import type { CustomerAppointment } from '../schemas/customer.js';
import { webUrlSchema } from '../schemas/primitives.js';
import { validate } from '../schemas/validate.js';
import { BookingError } from '../contract/errors.js';
import { base64url, newId, randomBytes, sha256, sha256Hex, toHex } from './crypto.js';
import type * as MessageText from './messages/catalogue.js';
import type { MessageAudience, MessageContext } from './messages/catalogue.js';
import type {
  OutboxRecipient,
  Store,
  StoredAppointment,
  StoredBusiness,
  StoredHold,
  StoredOutboxMessage,
  StoreTx,
} from './store.js';
import { invalidAt, toIso } from './util.js';

const DAY = 86_400_000;
const IDEMPOTENCY_TTL = DAY;

/** A busy interval from a personal calendar: ISO strings or epoch milliseconds. */
export interface BusyInterval {
  start: string | number;
  end: string | number;
}

/**
 * Reads a staff member's personal calendar (R4) for `range` (ISO instants). Throwing, or
 * rejecting, means "could not be read": that staff member then offers no times (fail closed).
 */
export type PersonalCalendarProvider = (
  staffMemberId: string,
  range: { start: string; end: string },
) => readonly BusyInterval[] | Promise<readonly BusyInterval[]>;

/** What a meeting-link provider learns about the appointment it makes a join URL for (R16). */
export interface MeetingLinkRequest {
  appointmentId: string;
  businessId: string;
  serviceId: string;
  /** The requested staff member; under "Anyone" the assignment happens later, atomically with the booking. */
  staffMemberId?: string;
  start: string;
  end: string;
  subject: string;
}

export type MeetingLinkProvider = (appointment: MeetingLinkRequest) => string | Promise<string>;

export interface BackendDeps {
  store: Store;
  now: () => number;
  random: () => number;
  personalCalendar?: PersonalCalendarProvider;
  meetingLinks?: MeetingLinkProvider;
  manageLink: (i: { businessId: string; appointmentId: string; manageToken: string }) => string;
  holdMs: number;
  signedInUser?: SignedInUser;
}

/** Thrown inside a transaction when the configuration changed under us and needs an async step first. */
export class RetryWithFreshConfig extends Error {
  override readonly name = 'RetryWithFreshConfig';
}

/** What `prepare` loads before a transaction opens. */
export interface Prepared {
  recurrence: RecurrenceExpander | undefined;
  personalCalendars: Record<string, PersonalCalendarState>;
}

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

const LEAD_CODES = new Set(['minimumLeadTime', 'beyondMaximumAdvance']);
const INELIGIBLE_CODES = new Set(['notAssignedToService', 'notBookable']);

export function findService(business: Business, serviceId: string): Service | undefined {
  return business.services.find((s) => s.id === serviceId);
}

export function findStaffMember(business: Business, staffMemberId: string): StaffMember | undefined {
  return business.staffMembers.find((s) => s.id === staffMemberId);
}

function durationOr0(text: string | undefined): number {
  return text ? durationMs(text) : 0;
}

/** The longest appointment-plus-buffers any service can make: how far back busy time can reach. */
function maxSpan(business: Business): number {
  let max = 0;
  for (const s of business.services) {
    max = Math.max(max, durationMs(s.defaultDuration) + durationOr0(s.preBuffer) + durationOr0(s.postBuffer));
  }
  return max;
}

export function toBusy(a: StoredAppointment): BusyAppointment {
  return {
    id: a.id,
    serviceId: a.serviceId,
    staffMemberId: a.staffMemberId,
    start: a.startMs,
    end: a.endMs,
    preBuffer: a.preBufferMs,
    postBuffer: a.postBufferMs,
    attendees: 1,
  };
}

function toEngineHold(h: StoredHold): Hold {
  return {
    id: h.id,
    staffMemberId: h.staffMemberId,
    serviceId: h.serviceId,
    start: h.startMs,
    end: h.endMs,
    preBuffer: h.preBufferMs,
    postBuffer: h.postBufferMs,
    attendees: 1,
  };
}

function parseBusyInstant(v: string | number): number {
  return typeof v === 'number' ? v : Date.parse(v);
}

/** Instants as ISO strings and buffers as ISO durations, for the explainer's JSON. */
export function reasonToJson(reason: UnavailableReason): UnavailableReasonJson {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(reason)) {
    if (
      typeof value === 'number' &&
      ['start', 'end', 'earliestStart', 'latestStart', 'previous', 'next'].includes(key)
    ) {
      out[key] = toIso(value);
    } else if (typeof value === 'number' && /(pre|post)Buffer$/i.test(key)) {
      out[key] = formatDuration(value);
    } else if (key === 'windows' && Array.isArray(value)) {
      out[key] = (value as Interval[]).map((w) => ({ start: toIso(w.start), end: toIso(w.end) }));
    } else {
      out[key] = value;
    }
  }
  return out as UnavailableReasonJson;
}

let loadedText: typeof MessageText | undefined;
let loadingText: Promise<typeof MessageText> | undefined;

/**
 * Loads the outbox message texts (messages.ts: six languages, R15), once. They are only needed
 * when an appointment is booked, moved or cancelled, so a page showing free times does not
 * download them. Call it before the transaction that writes messages: a transaction cannot wait
 * for a download.
 */
export async function loadMessageText(): Promise<void> {
  if (loadedText) return;
  loadingText ??= import('./messages/catalogue.js').catch((error: unknown) => {
    loadingText = undefined;
    const reason = error instanceof Error ? error.message : String(error);
    throw new BookingError('network', `Could not load the message texts of the reference adapter: ${reason}`, {
      cause: error,
    });
  });
  loadedText = await loadingText;
}

function messageText(): typeof MessageText {
  if (!loadedText) throw new Error('Backend: call loadMessageText() before writing outbox messages.');
  return loadedText;
}

export class Backend {
  readonly deps: BackendDeps;
  private recurrence: RecurrenceExpander | undefined;

  constructor(deps: BackendDeps) {
    this.deps = deps;
  }

  get store(): Store {
    return this.deps.store;
  }

  now(): EpochMs {
    return this.deps.now();
  }

  // ---------------------------------------------------------------- before a transaction

  /**
   * Everything asynchronous a re-check may need, loaded before the transaction opens: the RRULE
   * expander (lazily, only when the configuration has a rule) and the personal calendars of the
   * staff members concerned, over `range`.
   */
  async prepare(business: Business, staff: readonly StaffMember[], range: Interval): Promise<Prepared> {
    let recurrence: RecurrenceExpander | undefined;
    if (needsRecurrence(business)) recurrence = this.recurrence ??= await loadRecurrenceExpander();
    const personalCalendars: Record<string, PersonalCalendarState> = {};
    await Promise.all(
      staff
        .filter((s) => s.availabilityIsAffectedByPersonalCalendar)
        .map(async (s) => {
          personalCalendars[s.id] = await this.readPersonalCalendar(s.id, range);
        }),
    );
    return { recurrence, personalCalendars };
  }

  async readPersonalCalendar(staffMemberId: string, range: Interval): Promise<PersonalCalendarState> {
    const provider = this.deps.personalCalendar;
    if (!provider) return { status: 'unavailable', reason: 'No personal calendar is connected to this adapter.' };
    try {
      const busy = await provider(staffMemberId, { start: toIso(range.start), end: toIso(range.end) });
      const intervals: Interval[] = [];
      for (const b of busy) {
        const start = parseBusyInstant(b.start);
        const end = parseBusyInstant(b.end);
        if (!Number.isFinite(start) || !Number.isFinite(end)) {
          return { status: 'unavailable', reason: 'The calendar returned a busy time that is not a valid instant.' };
        }
        intervals.push({ start, end });
      }
      return { status: 'ok', busy: intervals };
    } catch (error) {
      return { status: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Staff whose calendars a check of `service` may consult: the chosen one, or everyone eligible. */
  concernedStaff(business: Business, service: Service, staffMemberId?: string): StaffMember[] {
    return business.staffMembers.filter((s) =>
      staffMemberId === undefined ? service.staffMemberIds.includes(s.id) : s.id === staffMemberId,
    );
  }

  /** R16: a join URL for an online appointment, made before the transaction (providers may be async). */
  async meetingLink(request: MeetingLinkRequest): Promise<string> {
    const provider = this.deps.meetingLinks;
    if (!provider) {
      // Deterministic per appointment and clearly fake: `.invalid` can never resolve (RFC 2606).
      return `https://meet.example.invalid/${base64url(sha256(`meet:${request.appointmentId}`)).slice(0, 22)}`;
    }
    const url = await provider(request);
    if (!validate(webUrlSchema, url).ok) {
      throw new BookingError('network', 'The meeting-link provider returned something that is not an https: link.');
    }
    return url;
  }

  /** A manage token (R14): 256 bits from `crypto.getRandomValues`, base64url. */
  newToken(): { token: string; bytes: Uint8Array } {
    const bytes = randomBytes(32);
    return { token: base64url(bytes), bytes };
  }

  // ---------------------------------------------------------------- inside a transaction

  async readBusiness(tx: StoreTx, businessId: string): Promise<StoredBusiness | undefined> {
    return tx.get('businesses', businessId);
  }

  /** Booked appointments starting in `[from, to]` (widened by the longest span, so buffers reaching in count). */
  async bookedAround(tx: StoreTx, business: Business, from: EpochMs, to: EpochMs): Promise<StoredAppointment[]> {
    const reach = maxSpan(business) + DAY;
    const rows = await tx.range('appointments', 'business_start', [business.id, from - reach], [business.id, to + DAY]);
    return rows.filter((a) => a.status === 'booked');
  }

  async holdsAround(tx: StoreTx, business: Business, from: EpochMs, to: EpochMs): Promise<StoredHold[]> {
    const reach = maxSpan(business) + DAY;
    return tx.range('holds', 'business_start', [business.id, from - reach], [business.id, to + DAY]);
  }

  /** The engine's question for one start, with the injected clock (shifted to satisfy R5 when overriding). */
  slotQuery(
    req: Pick<PlaceRequest, 'business' | 'service' | 'enforceLeadTime' | 'ignoreAppointmentId' | 'prepared'>,
    startMs: EpochMs,
    appointments: readonly StoredAppointment[],
    holds: readonly StoredHold[],
  ): SlotQueryInput {
    const policy = effectivePolicy(req.business, req.service);
    // Overriding lead times: ask as if it were `start − minimumLeadTime`, the one clock reading at
    // which R5 holds exactly (maximumAdvance − minimumLeadTime ≥ 24 h), and nothing else changes.
    const now = req.enforceLeadTime ? this.now() : startMs - durationMs(policy.minimumLeadTime);
    const query: SlotQueryInput = {
      business: req.business,
      serviceId: req.service.id,
      now,
      appointments: appointments.map(toBusy),
      holds: holds.map(toEngineHold),
      personalCalendars: req.prepared.personalCalendars,
    };
    if (req.ignoreAppointmentId !== undefined) query.ignoreAppointmentId = req.ignoreAppointmentId;
    if (req.prepared.recurrence) query.recurrence = req.prepared.recurrence;
    return query;
  }

  /**
   * R11: re-checks the start against everything stored, in the caller's transaction, and picks
   * the staff member (R9). Synchronous apart from the store reads, so no other tab's booking can
   * slip between this check and the caller's insert. Throws `slot-unavailable`,
   * `policy-violation` (R5) or `invalid-input` (off the grid).
   */
  /**
   * `place`'s verdict without the assignment, in a read-only transaction before the write one:
   * a request for a slot that is already gone is refused without waiting for the write lock a
   * shared store takes (pg-store.ts), so the losers of a rush don't queue behind the winner.
   * Draws no random number. The write transaction still decides.
   */
  async precheck(tx: StoreTx, req: Omit<PlaceRequest, 'lastAssigned'>): Promise<void> {
    if (needsRecurrence(req.business) && !req.prepared.recurrence) return;
    const now = this.now();
    const duration = durationMs(req.service.defaultDuration);
    const appointments = await this.bookedAround(tx, req.business, req.startMs, req.startMs + duration);
    const holds = (await this.holdsAround(tx, req.business, req.startMs, req.startMs + duration)).filter(
      (h) => h.expiresAtMs > now && h.id !== req.holdId,
    );
    const check = checkSlotBookable(
      this.slotQuery(req, req.startMs, appointments, holds),
      req.startMs,
      req.staffMemberId,
    );
    if (!check.bookable) throw this.refusal(check, req.startMs);
  }

  async place(tx: StoreTx, req: PlaceRequest): Promise<Placement> {
    const { business, service } = req;
    if (needsRecurrence(business) && !req.prepared.recurrence) throw new RetryWithFreshConfig();
    const now = this.now();
    const policy = effectivePolicy(business, service);
    const duration = durationMs(service.defaultDuration);
    const strategy = policy.staffAssignment ?? 'random';
    const window = { start: now, end: now + durationMs(policy.maximumAdvance) };
    // leastBooked compares bookings across the whole booking window, so read all of it.
    const from = strategy === 'leastBooked' ? Math.min(req.startMs, window.start) : req.startMs;
    const to = strategy === 'leastBooked' ? Math.max(req.startMs + duration, window.end) : req.startMs + duration;
    const appointments = await this.bookedAround(tx, business, from, to);
    const allHolds = await this.holdsAround(tx, business, req.startMs, req.startMs + duration);
    const expiredHoldIds = allHolds.filter((h) => h.expiresAtMs <= now).map((h) => h.id);
    const consumedHold = allHolds.find((h) => h.id === req.holdId && h.expiresAtMs > now);
    const holds = allHolds.filter((h) => h.expiresAtMs > now && h.id !== req.holdId);

    const query = this.slotQuery(req, req.startMs, appointments, holds);
    const check = checkSlotBookable(query, req.startMs, req.staffMemberId);
    if (!check.bookable) throw this.refusal(check, req.startMs);

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
        appointments: appointments.filter((a) => a.id !== req.ignoreAppointmentId).map(toBusy),
        timeZone: business.businessTimeZone,
        window,
        serviceId: service.id,
        ...(req.lastAssigned ? { lastAssignedAt: req.lastAssigned } : {}),
        random: this.deps.random,
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

  /** The error for a start the engine refuses, by what the refusal is about. */
  refusal(check: SlotCheck, startMs: EpochMs): BookingError {
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
    const offGrid = relevant.map((s) => s.reasons.find((r) => r.code === 'offGrid'));
    if (relevant.length > 0 && offGrid.every((r) => r !== undefined)) {
      const r = offGrid[0];
      const hint = r?.code === 'offGrid' ? `; the nearest starts are ${toIso(r.previous)} and ${toIso(r.next)}` : '';
      return invalidAt('start', `is not on the booking grid${hint}`);
    }
    return new BookingError(
      'slot-unavailable',
      `The time ${toIso(startMs)} is no longer available. Please choose another time.`,
    );
  }

  // ---------------------------------------------------------------- views

  staffName(business: Business, staffMemberId: string): string {
    return findStaffMember(business, staffMemberId)?.displayName ?? 'Staff';
  }

  manageDeadline(business: Business, a: StoredAppointment): EpochMs {
    const service = findService(business, a.serviceId);
    return customerChangeDeadline(a.startMs, effectivePolicy(business, service));
  }

  /** R6: may the customer change this appointment now, and until when. */
  customerMayChange(business: Business, a: StoredAppointment): { allowed: boolean; deadline: EpochMs; why?: string } {
    const deadline = this.manageDeadline(business, a);
    const service = findService(business, a.serviceId);
    if (a.status !== 'booked') return { allowed: false, deadline, why: 'This booking is cancelled.' };
    if (a.bookedBy === 'staff' && !(service?.isCustomerAllowedToManageBooking ?? false)) {
      return {
        allowed: false,
        deadline,
        why: `This booking was made by ${business.displayName}; contact them to change it.`,
      };
    }
    if (this.now() > deadline) {
      return {
        allowed: false,
        deadline,
        why: `Changes were possible until ${toIso(deadline)}; contact ${business.displayName} to change it now.`,
      };
    }
    return { allowed: true, deadline };
  }

  toCustomerAppointment(business: Business, a: StoredAppointment, attendeeCount: number): CustomerAppointment {
    const service = findService(business, a.serviceId);
    const change = this.customerMayChange(business, a);
    const out: CustomerAppointment = {
      id: a.id,
      businessId: business.id,
      businessName: business.displayName,
      serviceId: a.serviceId,
      serviceName: service?.displayName ?? a.serviceName,
      staffMemberIds: [a.staffMemberId],
      staffNames: [this.staffName(business, a.staffMemberId)],
      start: toIso(a.startMs),
      end: toIso(a.endMs),
      status: a.status,
      isLocationOnline: service?.isLocationOnline ?? a.joinWebUrl !== undefined,
      customer: customerDetails(a),
      answers: a.answers.map((x) => ({ ...x })),
      smsOptIn: a.smsOptIn,
      canManage: change.allowed,
      manageUntil: toIso(change.deadline),
      maximumAttendeesCount: service?.maximumAttendeesCount ?? 1,
      createdBy: a.bookedBy,
    };
    if (a.joinWebUrl !== undefined) out.joinWebUrl = a.joinWebUrl;
    if (!out.isLocationOnline && business.address) out.address = { ...business.address };
    if (a.consentedAt) out.consentAcceptedAt = a.consentedAt;
    if ((service?.maximumAttendeesCount ?? 1) > 1) out.attendeeCount = attendeeCount;
    if (a.cancellationMessage !== undefined) out.cancellationReason = a.cancellationMessage;
    return out;
  }

  toStaffAppointment(business: Business, a: StoredAppointment, attendeeCount: number): StaffAppointment {
    const service = findService(business, a.serviceId);
    const out: StaffAppointment = {
      id: a.id,
      businessId: business.id,
      serviceId: a.serviceId,
      serviceName: service?.displayName ?? a.serviceName,
      staffMemberId: a.staffMemberId,
      staffMemberName: this.staffName(business, a.staffMemberId),
      start: toIso(a.startMs),
      end: toIso(a.endMs),
      status: a.status,
      customer: customerDetails(a),
      answers: a.answers.map((x) => ({ ...x })),
      smsOptIn: a.smsOptIn,
      createdBy: a.bookedBy,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      attendeeCount,
      maximumAttendeesCount: service?.maximumAttendeesCount ?? 1,
    };
    if (a.consentedAt) out.consentAcceptedAt = a.consentedAt;
    if (a.joinWebUrl !== undefined) out.joinWebUrl = a.joinWebUrl;
    if (a.createdByStaffMemberId !== undefined) out.createdByStaffMemberId = a.createdByStaffMemberId;
    if (a.cancelledAt !== undefined) out.cancelledAt = a.cancelledAt;
    if (a.cancelledBy !== undefined) out.cancelledBy = a.cancelledBy;
    if (a.cancellationMessage !== undefined) out.cancellationMessage = a.cancellationMessage;
    return out;
  }

  /** Booked attendees of the session `a` belongs to (R8), from rows already read. */
  sessionSize(rows: readonly StoredAppointment[], a: StoredAppointment): number {
    if (a.status !== 'booked') return 0;
    return rows.filter(
      (b) =>
        b.status === 'booked' &&
        b.serviceId === a.serviceId &&
        b.staffMemberId === a.staffMemberId &&
        b.startMs === a.startMs,
    ).length;
  }

  async sessionOf(tx: StoreTx, a: StoredAppointment): Promise<StoredAppointment[]> {
    const rows = await tx.range(
      'appointments',
      'staff_start',
      [a.businessId, a.staffMemberId, a.startMs],
      [a.businessId, a.staffMemberId, a.startMs],
    );
    return rows.filter((b) => b.status === 'booked' && b.serviceId === a.serviceId);
  }

  outsideRules(
    entryBusiness: Business,
    a: StoredAppointment,
    check: SlotCheck,
    size: number,
  ): OutsideRulesEntry | null {
    const staff = check.explanation.find((s) => s.staffMemberId === a.staffMemberId);
    const reasons = (staff?.reasons ?? []).filter((r) => !LEAD_CODES.has(r.code));
    if (reasons.length === 0) return null;
    return { appointment: this.toStaffAppointment(entryBusiness, a, size), reasons: reasons.map(reasonToJson) };
  }

  // ---------------------------------------------------------------- idempotency

  idempotencyId(businessId: string, key: string): string {
    return `${businessId}:${sha256Hex(`idempotency:${key}`)}`;
  }

  /** The token XOR a pad only the key's holder can derive: retries get the token back, a reader of the store does not. */
  sealToken(bytes: Uint8Array, businessId: string, key: string): string {
    const pad = sha256(`seal:${businessId}:${key}`);
    return toHex(bytes.map((b, i) => b ^ (pad[i] ?? 0)));
  }

  unsealToken(sealed: string, businessId: string, key: string): string {
    const pad = sha256(`seal:${businessId}:${key}`);
    const bytes = new Uint8Array(sealed.length / 2);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(sealed.slice(i * 2, i * 2 + 2), 16) ^ (pad[i] ?? 0);
    return base64url(bytes);
  }

  idempotencyExpiry(): EpochMs {
    return this.now() + IDEMPOTENCY_TTL;
  }

  // ---------------------------------------------------------------- outbox (R15)

  /**
   * The messages for one appointment event: to the customer (email, and SMS when they opted in),
   * the staff member, and the owner when `sendConfirmationsToOwner` (never for one attendee
   * leaving a class, R8). Each in the recipient's language and zone, with the `.ics`.
   */
  appointmentMessages(
    business: Business,
    a: StoredAppointment,
    kind: 'confirmation' | 'reschedule' | 'cancellation',
    extra: {
      manageToken?: string;
      previousStartMs?: number;
      previousEndMs?: number;
      note?: string;
      notifyOwner?: boolean;
    },
  ): StoredOutboxMessage[] {
    const now = this.now();
    const service = findService(business, a.serviceId);
    const staff = findStaffMember(business, a.staffMemberId);
    const policy = effectivePolicy(business, service);
    const out: StoredOutboxMessage[] = [];
    const ics = this.icsFor(business, a, staff, kind === 'cancellation' ? 'CANCEL' : 'REQUEST', now);
    const add = (
      audience: MessageAudience,
      recipient: OutboxRecipient,
      channel: 'email' | 'sms',
      languageTag: string | undefined,
      timeZone: string,
    ): void => {
      const { catalogue, languageTag: lang } = messageText().catalogueFor(languageTag);
      const ctx = this.messageContext(business, a, lang, timeZone, extra);
      if (audience === 'customer' && extra.manageToken) {
        ctx.manageUrl = this.deps.manageLink({
          businessId: business.id,
          appointmentId: a.id,
          manageToken: extra.manageToken,
        });
      }
      const text = catalogue[kind](audience, ctx);
      out.push({
        id: newId('msg'),
        businessId: business.id,
        appointmentId: a.id,
        kind,
        channel,
        recipient,
        languageTag: lang,
        timeZone,
        subject: channel === 'sms' ? '' : text.subject,
        body: channel === 'sms' ? catalogue.sms(kind, ctx) : text.body,
        ...(channel === 'email' ? { ics } : {}),
        createdAt: toIso(now),
        dueAtMs: now,
        dueAt: toIso(now),
        status: 'pending',
      });
    };
    const customer = a.customer;
    const customerRecipient: OutboxRecipient = { role: 'customer', name: customer.name };
    if (customer.emailAddress) {
      add(
        'customer',
        { ...customerRecipient, emailAddress: customer.emailAddress },
        'email',
        customerLanguage(business, a),
        customer.timeZone,
      );
    }
    if (a.smsOptIn && service?.smsNotificationsEnabled && customer.phone) {
      add(
        'customer',
        { ...customerRecipient, phone: customer.phone },
        'sms',
        customerLanguage(business, a),
        customer.timeZone,
      );
    }
    const staffEmail = staff?.emailAddress;
    if (staff && staffEmail) {
      add(
        'staff',
        { role: 'staff', name: staff.displayName, emailAddress: staffEmail, staffMemberId: staff.id },
        'email',
        business.languageTag,
        staff.timeZone ?? business.businessTimeZone,
      );
    }
    const ownerWanted = (extra.notifyOwner ?? true) && (policy.sendConfirmationsToOwner ?? true);
    if (ownerWanted && business.email && business.email.toLowerCase() !== staffEmail?.toLowerCase()) {
      add(
        'owner',
        { role: 'owner', name: business.displayName, emailAddress: business.email },
        'email',
        business.languageTag,
        business.businessTimeZone,
      );
    }
    return out;
  }

  /** Reminders from the service's `defaultReminders`, due at `start − offset`; ones already past are skipped. */
  reminderMessages(business: Business, a: StoredAppointment): StoredOutboxMessage[] {
    const now = this.now();
    const service = findService(business, a.serviceId);
    const staff = findStaffMember(business, a.staffMemberId);
    const out: StoredOutboxMessage[] = [];
    for (const reminder of service?.defaultReminders ?? []) {
      const dueAtMs = a.startMs - durationMs(reminder.offset);
      if (dueAtMs <= now) continue;
      const targets: {
        audience: MessageAudience;
        recipient: OutboxRecipient;
        channel: 'email' | 'sms';
        lang?: string;
        zone: string;
      }[] = [];
      if (reminder.recipients !== 'staff') {
        const c = a.customer;
        if (c.emailAddress) {
          targets.push({
            audience: 'customer',
            recipient: { role: 'customer', name: c.name, emailAddress: c.emailAddress },
            channel: 'email',
            ...langOf(customerLanguage(business, a)),
            zone: c.timeZone,
          });
        }
        if (a.smsOptIn && service?.smsNotificationsEnabled && c.phone) {
          targets.push({
            audience: 'customer',
            recipient: { role: 'customer', name: c.name, phone: c.phone },
            channel: 'sms',
            ...langOf(customerLanguage(business, a)),
            zone: c.timeZone,
          });
        }
      }
      if (reminder.recipients !== 'customer' && staff?.emailAddress) {
        targets.push({
          audience: 'staff',
          recipient: {
            role: 'staff',
            name: staff.displayName,
            emailAddress: staff.emailAddress,
            staffMemberId: staff.id,
          },
          channel: 'email',
          ...langOf(business.languageTag),
          zone: staff.timeZone ?? business.businessTimeZone,
        });
      }
      for (const t of targets) {
        const { catalogue, languageTag } = messageText().catalogueFor(t.lang);
        const ctx = this.messageContext(business, a, languageTag, t.zone, { note: reminder.message });
        const text = catalogue.reminder(t.audience, ctx);
        out.push({
          id: newId('msg'),
          businessId: business.id,
          appointmentId: a.id,
          kind: 'reminder',
          channel: t.channel,
          recipient: t.recipient,
          languageTag,
          timeZone: t.zone,
          subject: t.channel === 'sms' ? '' : text.subject,
          body: t.channel === 'sms' ? catalogue.sms('reminder', ctx) : text.body,
          createdAt: toIso(now),
          dueAtMs,
          dueAt: toIso(dueAtMs),
          status: 'pending',
        });
      }
    }
    return out;
  }

  /** Pending reminders of a cancelled or moved appointment stop here, in the same transaction. */
  async cancelPendingReminders(tx: StoreTx, appointmentId: string): Promise<void> {
    const rows = await tx.range('outbox', 'appointment', [appointmentId], [appointmentId]);
    for (const m of rows) {
      if (m.kind === 'reminder' && m.status === 'pending') await tx.put('outbox', { ...m, status: 'cancelled' });
    }
  }

  timeOffMessages(
    business: Business,
    staff: StaffMember,
    timeOffId: string,
    start: EpochMs,
    end: EpochMs,
    title?: string,
  ): StoredOutboxMessage[] {
    const now = this.now();
    const out: StoredOutboxMessage[] = [];
    const add = (audience: MessageAudience, recipient: OutboxRecipient, zone: string): void => {
      const { catalogue, languageTag } = messageText().catalogueFor(business.languageTag);
      const text = catalogue.timeOff(audience, {
        businessName: business.displayName,
        staffName: staff.displayName,
        when: messageText().formatWhen(start, end, languageTag, zone),
        ...(title ? { title } : {}),
      });
      out.push({
        id: newId('msg'),
        businessId: business.id,
        timeOffId,
        kind: 'timeOff',
        channel: 'email',
        recipient,
        languageTag,
        timeZone: zone,
        subject: text.subject,
        body: text.body,
        createdAt: toIso(now),
        dueAtMs: now,
        dueAt: toIso(now),
        status: 'pending',
      });
    };
    if (staff.emailAddress) {
      add(
        'staff',
        { role: 'staff', name: staff.displayName, emailAddress: staff.emailAddress, staffMemberId: staff.id },
        staff.timeZone ?? business.businessTimeZone,
      );
    }
    if (
      (business.schedulingPolicy.sendConfirmationsToOwner ?? true) &&
      business.email &&
      business.email !== staff.emailAddress
    ) {
      add(
        'owner',
        { role: 'owner', name: business.displayName, emailAddress: business.email },
        business.businessTimeZone,
      );
    }
    return out;
  }

  private messageContext(
    business: Business,
    a: StoredAppointment,
    languageTag: string,
    timeZone: string,
    extra: { previousStartMs?: number; previousEndMs?: number; note?: string },
  ): MessageContext {
    const ctx: MessageContext = {
      businessName: business.displayName,
      serviceName: findService(business, a.serviceId)?.displayName ?? a.serviceName,
      staffName: this.staffName(business, a.staffMemberId),
      customerName: a.customer.name,
      when: messageText().formatWhen(a.startMs, a.endMs, languageTag, timeZone),
    };
    if (a.status === 'cancelled' && a.cancelledBy) ctx.cancelledBy = a.cancelledBy;
    if (extra.previousStartMs !== undefined && extra.previousEndMs !== undefined) {
      ctx.previousWhen = messageText().formatWhen(extra.previousStartMs, extra.previousEndMs, languageTag, timeZone);
    }
    if (a.joinWebUrl) ctx.joinWebUrl = a.joinWebUrl;
    if (extra.note) ctx.note = extra.note;
    return ctx;
  }

  private icsFor(
    business: Business,
    a: StoredAppointment,
    staff: StaffMember | undefined,
    method: 'REQUEST' | 'CANCEL',
    now: EpochMs,
  ): string {
    const service = findService(business, a.serviceId);
    const attendees: IcsPerson[] = [];
    if (a.customer.emailAddress) attendees.push({ name: a.customer.name, email: a.customer.emailAddress });
    if (staff?.emailAddress) attendees.push({ name: staff.displayName, email: staff.emailAddress });
    const organizerEmail = business.email ?? staff?.emailAddress;
    const address = business.address;
    const location =
      a.joinWebUrl ??
      (address
        ? [address.street, address.postalCode, address.city, address.state, address.countryOrRegion]
            .filter(Boolean)
            .join(', ')
        : undefined);
    return buildIcs({
      uid: `${a.id}@booking-elements`,
      dtstamp: now,
      start: a.startMs,
      end: a.endMs,
      summary: `${service?.displayName ?? a.serviceName} – ${business.displayName}`,
      ...(service?.description ? { description: service.description } : {}),
      ...(location ? { location } : {}),
      ...(a.joinWebUrl ? { joinUrl: a.joinWebUrl } : {}),
      ...(organizerEmail ? { organizer: { name: business.displayName, email: organizerEmail } } : {}),
      attendees,
      method,
      sequence: a.sequence,
    });
  }
}

function langOf(tag: string | undefined): { lang?: string } {
  return tag ? { lang: tag } : {};
}

function customerLanguage(business: Business, a: StoredAppointment): string | undefined {
  return a.customer.languageTag ?? business.languageTag;
}

function customerDetails(a: StoredAppointment): CustomerAppointment['customer'] {
  const c = a.customer;
  return {
    name: c.name,
    timeZone: c.timeZone,
    ...(c.emailAddress !== undefined ? { emailAddress: c.emailAddress } : {}),
    ...(c.phone !== undefined ? { phone: c.phone } : {}),
    ...(c.notes !== undefined ? { notes: c.notes } : {}),
  };
}
