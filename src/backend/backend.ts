/**
 * The backend's shared context: the store, the injected clock and randomness, the connectors to
 * the outside (personal calendars, meeting links), and what every rule needs before and inside a
 * transaction. The customer side (customer/) and the admin side (admin/) are written over it;
 * the reference adapter runs them on memory or IndexedDB, the booking server on PostgreSQL.
 *
 * The one rule that matters here: inside `store.run` nothing awaits anything but the store.
 * Recurrence rules, personal calendars and meeting links are loaded before the transaction
 * opens (`prepare`), so the re-check and the insert happen in one IndexedDB transaction that
 * other tabs cannot interleave with.
 */
import { durationMs } from '../core/duration.js';
import type { PersonalCalendarState, RecurrenceExpander } from '../core/engine-types.js';
import { loadRecurrenceExpander } from '../core/load-recurrence.js';
import { needsRecurrence } from '../core/schedule.js';
import type { Business, EpochMs, Interval, MeetingProvider, Service, StaffMember } from '../core/types.js';
import type { SignedInUser } from '../schemas/customer.js';
import { readPersonalCalendar, type PersonalCalendarProvider } from './connectors/calendar.js';
import type { CalendarService } from './connectors/calendar-connector.js';
import type { MeetingLinkProvider, MeetingLinkSettings } from './connectors/meeting-providers.js';
import { isLapsed } from './approval-state.js';
import {
  keptBusy,
  type BusyRecord,
  type Store,
  type StoredAppointment,
  type StoredHold,
  type StoreTx,
} from './store.js';

export const DAY = 86_400_000;

const NO_WRITERS: ReadonlySet<string> = new Set();

export interface BackendDeps {
  store: Store;
  now: () => number;
  random: () => number;
  personalCalendar?: PersonalCalendarProvider;
  /**
   * Connected staff calendars (the booking server's): read for busy time when no
   * `personalCalendar` hook is given, written to through the outbox, managed by the admin side.
   */
  calendars?: CalendarService;
  /** R16: the `hook` meeting-link provider (Teams, Zoom, …): what `meetingProvider: { kind: 'hook' }` calls. */
  meetingLinks?: MeetingLinkProvider;
  /** R16: the provider of businesses and services that choose none (the server's `--meeting-provider`). */
  defaultMeetingProvider?: MeetingProvider;
  /**
   * Whether text messages can go out (the server has an SMS provider). Without, services offer no
   * SMS opt-in and no SMS is queued. Default true: the reference adapter keeps SMS in its outbox.
   */
  smsAvailable?: boolean;
  manageLink: (i: { businessId: string; appointmentId: string; manageToken: string }) => string;
  /** The ISO text of an instant, as `toIso` gives it, faster (issue 24: the server keeps recent ones). */
  isoText?: (ms: EpochMs) => string;
  /** Issue 20: a customer's private waitlist link. Default: `#waitlist=…&token=…` (what `<booking-manage>` reads). */
  waitlistLink?: (i: { businessId: string; entryId: string; token: string }) => string;
  holdMs: number;
  /** How many active holds one client may have per business; a new one beyond that releases its oldest. */
  holdsPerClient: number;
  signedInUser?: SignedInUser;
  /** The client a request comes from (hashed), for the hold cap; absent in the browser. */
  clientKey?: string;
  /**
   * The address messages are sent from, named as the organizer of an invitation (`.ics`) when
   * neither the business nor the staff member has one. Default: `bookings@` the business's web
   * site's host, else `bookings@booking-elements.invalid`.
   */
  senderAddress?: string;
}

/** Who a request comes from: the signed-in customer (R17) and the client's key (hold cap). */
export interface RequestContext {
  signedInUser?: SignedInUser;
  clientKey?: string;
}

/** What `prepare` loads before a transaction opens. */
export interface Prepared {
  recurrence: RecurrenceExpander | undefined;
  personalCalendars: Record<string, PersonalCalendarState>;
}

export function findService(business: Business, serviceId: string): Service | undefined {
  return business.services.find((s) => s.id === serviceId);
}

export function findStaffMember(business: Business, staffMemberId: string): StaffMember | undefined {
  return business.staffMembers.find((s) => s.id === staffMemberId);
}

export function durationOr0(text: string | undefined): number {
  return text ? durationMs(text) : 0;
}

/**
 * Appointments starting in `[from, to]`, widened by the longest span (so buffers reaching in
 * count), any status: what `busyAround` and the writers' R23 checks (approval.ts) start from.
 */
export function around(tx: StoreTx, business: Business, from: EpochMs, to: EpochMs): Promise<StoredAppointment[]> {
  const reach = maxSpan(business) + DAY;
  return tx.range('appointments', 'business_start', [business.id, from - reach], [business.id, to + DAY]);
}

/** The longest appointment-plus-buffers any service can make: how far back busy time can reach. */
export function maxSpan(business: Business): number {
  let max = 0;
  for (const s of business.services) {
    max = Math.max(max, durationMs(s.defaultDuration) + durationOr0(s.preBuffer) + durationOr0(s.postBuffer));
  }
  return max;
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

  /** The same backend answering one request: for its signed-in customer (R17) and client, or for none. */
  forRequest(request: RequestContext): Backend {
    const { signedInUser: _user, clientKey: _client, ...deps } = this.deps;
    const view = new Backend({
      ...deps,
      ...(request.signedInUser ? { signedInUser: request.signedInUser } : {}),
      ...(request.clientKey !== undefined ? { clientKey: request.clientKey } : {}),
    });
    view.recurrence = this.recurrence;
    return view;
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
          personalCalendars[s.id] = await this.readPersonalCalendar(business.id, s.id, range);
        }),
    );
    return { recurrence, personalCalendars };
  }

  /** R4: the hook when one is given, else the connected calendar's cached busy time. */
  async readPersonalCalendar(
    businessId: string,
    staffMemberId: string,
    range: Interval,
  ): Promise<PersonalCalendarState> {
    const { personalCalendar, calendars } = this.deps;
    if (!personalCalendar && calendars) {
      try {
        return await calendars.busy(businessId, staffMemberId, range);
      } catch (error) {
        return { status: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
      }
    }
    return readPersonalCalendar(personalCalendar, businessId, staffMemberId, range);
  }

  /**
   * Staff members of `businessId` whose connected calendar receives their bookings: read before a
   * transaction that books, moves or cancels, so it can queue the calendar writes with the change.
   */
  async calendarWriters(businessId: string): Promise<ReadonlySet<string>> {
    return this.deps.calendars ? this.deps.calendars.writers(businessId) : NO_WRITERS;
  }

  /** Staff whose calendars a check of `service` may consult: the chosen one, or everyone eligible. */
  concernedStaff(business: Business, service: Service, staffMemberId?: string): StaffMember[] {
    return business.staffMembers.filter((s) =>
      staffMemberId === undefined ? service.staffMemberIds.includes(s.id) : s.id === staffMemberId,
    );
  }

  /** Whether `service` offers the SMS opt-in here: it has SMS on, and SMS can go out (R12). */
  smsOn(service: Pick<Service, 'smsNotificationsEnabled'>): boolean {
    return service.smsNotificationsEnabled && this.deps.smsAvailable !== false;
  }

  /** R16: the meeting-link hook and default provider this backend was given. */
  get meetingSettings(): MeetingLinkSettings {
    return {
      ...(this.deps.meetingLinks ? { hook: this.deps.meetingLinks } : {}),
      ...(this.deps.defaultMeetingProvider ? { defaultProvider: this.deps.defaultMeetingProvider } : {}),
    };
  }

  // ---------------------------------------------------------------- inside a transaction

  /**
   * What `around` reads, booked and not lapsed (R23), as much as availability needs of it (issue 24): from the store's
   * busy-time projection where it has one (no documents read), else from the records.
   */
  async busyAround(tx: StoreTx, business: Business, from: EpochMs, to: EpochMs): Promise<readonly BusyRecord[]> {
    const now = this.now();
    const reach = maxSpan(business) + DAY;
    const rows = tx.busy ? await tx.busy(business.id, from - reach, to + DAY) : await around(tx, business, from, to);
    // A kept answer has nothing to leave out (store.ts): handed on as it is, so slotQuery keeps
    // its engine form until the store answers with a new array.
    return keptBusy.has(rows) ? rows : rows.filter((a) => a.status === 'booked' && !isLapsed(a, now));
  }

  async holdsAround(tx: StoreTx, business: Business, from: EpochMs, to: EpochMs): Promise<StoredHold[]> {
    const reach = maxSpan(business) + DAY;
    return tx.range('holds', 'business_start', [business.id, from - reach], [business.id, to + DAY]);
  }
}
