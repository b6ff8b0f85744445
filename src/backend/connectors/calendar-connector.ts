/**
 * Staff calendars, both ways (R4, R15): what the backend needs of a service that keeps each staff
 * member's connected calendar, and the rules that service follows, written once here so the
 * server (src/server/calendar/) and any other host agree.
 *
 * Inbound: a `CalendarConnector` reads a calendar's iCalendar data (an ICS feed, or CalDAV); a sync
 * worker turns it into busy intervals (ical-busy.ts) and caches them per staff member with the time
 * of the last good sync and the last error. Availability and bookings read that cache only, never
 * the network (`personalCalendarFromCache`).
 *
 * "Cannot be read" (R4: fail closed) is decided from the cache alone:
 * - never synced, or no calendar connected → unavailable;
 * - the last good sync is older than `staleAfterMs` (three sync intervals by default) →
 *   unavailable, "calendar not synced since …": one failed sync keeps the last good busy time (a
 *   flaky provider does not make a person flicker in and out), a lasting failure stops offering
 *   times rather than offer ones that may be taken;
 * - times beyond the synced horizon count as busy (nothing is known about them).
 *
 * Outbound: each booking, move and cancellation of a staff member whose connection can write
 * (CalDAV) becomes an outbox message on the `calendar` channel; the server PUTs the event with a
 * stable UID and increasing SEQUENCE, or DELETEs it, with retries.
 */
import { durationMs } from '../../core/duration.js';
import type { PersonalCalendarState } from '../../core/engine-types.js';
import { effectivePolicy } from '../../core/policy.js';
import type { Business, EpochMs, Interval } from '../../core/types.js';

export type CalendarKind = 'ics' | 'caldav';

/** Where a calendar is read from, with its credentials (kept encrypted at rest by the server). */
export type CalendarSource =
  { kind: 'ics'; url: string } | { kind: 'caldav'; url: string; userName: string; password: string };

/** What a connector remembers between reads: the discovered calendar and the HTTP validators. */
export interface CalendarCursor {
  /** CalDAV: the calendar collection found from the URL the user gave. */
  calendarUrl?: string;
  etag?: string;
  lastModified?: string;
}

export type CalendarRead =
  { status: 'unchanged'; cursor: CalendarCursor } | { status: 'changed'; texts: string[]; cursor: CalendarCursor };

/**
 * One kind of calendar source. Implementations enforce the safety rules of the host (the server's
 * refuse private addresses, limit size and time); every failure throws an Error whose message is
 * fit to show an administrator (no credentials in it).
 */
export interface CalendarConnector {
  readonly kind: CalendarKind;
  /** Whether it can write bookings into the calendar (CalDAV) or only read it (ICS feeds). */
  readonly writes: boolean;
  /** Reaches the calendar once (address, credentials, a calendar found); returns the cursor to keep. */
  test(source: CalendarSource, signal?: AbortSignal): Promise<{ cursor: CalendarCursor; name?: string }>;
  /** The iCalendar data over `range` (ISO instants), or `unchanged` when the source says so. */
  read(
    source: CalendarSource,
    range: { start: string; end: string },
    cursor: CalendarCursor,
    signal?: AbortSignal,
  ): Promise<CalendarRead>;
  /** Writes (creates or replaces) one event, a VCALENDAR without METHOD, under its UID. */
  put?(source: CalendarSource, cursor: CalendarCursor, uid: string, ics: string, signal?: AbortSignal): Promise<void>;
  /** Removes one event by UID; an event already gone is not an error. */
  remove?(source: CalendarSource, cursor: CalendarCursor, uid: string, signal?: AbortSignal): Promise<void>;
}

/** The busy time cached for one staff member by the last good sync. */
export interface CachedBusy {
  busy: readonly Interval[];
  /** The range the last good sync covered: busy time is known inside it only. */
  coverage: Interval | undefined;
  lastSyncedAt: EpochMs | undefined;
  lastError: string | undefined;
}

/** A connected calendar as the back office sees it: never the secret address or the password. */
export interface CalendarConnectionInfo {
  kind: CalendarKind;
  /** The address with its secret parts masked (`https://calendar.google.com/calendar/ical/…/basic.ics`). */
  address: string;
  userName?: string;
  /** CalDAV: the calendar found. */
  calendarUrl?: string;
  calendarName?: string;
  writesBookings: boolean;
  connectedAt: EpochMs;
  lastSyncedAt?: EpochMs;
  lastAttemptAt?: EpochMs;
  lastError?: string;
  nextSyncAt?: EpochMs;
  /** Busy intervals and VEVENTs the last good sync found. */
  busyCount?: number;
  eventCount?: number;
}

export interface CalendarFeedInfo {
  createdAt: EpochMs;
}

export interface CalendarStatusEntry {
  connection?: CalendarConnectionInfo;
  feed?: CalendarFeedInfo;
}

/** Why this host cannot connect calendars at all; shown before anyone types a password. */
export type CalendarConnectBlock = 'notSupported' | 'notConfigured';

/**
 * The staff calendars of one host (the booking server implements it on PostgreSQL). The backend
 * calls it outside its store transactions; every method may throw a `BookingError`.
 */
export interface CalendarService {
  /** Set when connecting is impossible here, e.g. `notConfigured`: the server has no `CALENDAR_SECRET`. */
  readonly connectBlock: CalendarConnectBlock | undefined;
  status(businessId: string, staffMemberIds: readonly string[]): Promise<Map<string, CalendarStatusEntry>>;
  /** Tests the source, stores it encrypted and syncs it once; refuses (nothing stored) when the test fails. */
  connect(i: { businessId: string; staffMemberId: string; source: CalendarSource }): Promise<CalendarConnectionInfo>;
  /** Removes the connection, its credentials and its cached busy time; false when there was none. */
  disconnect(businessId: string, staffMemberId: string): Promise<boolean>;
  /** Syncs now (whatever the schedule) and answers the connection after it. */
  syncNow(businessId: string, staffMemberId: string): Promise<CalendarConnectionInfo>;
  /** The cached busy time over `range` (R4), never the network. */
  busy(businessId: string, staffMemberId: string, range: Interval): Promise<PersonalCalendarState>;
  /** Staff members whose connected calendar receives their bookings (CalDAV). */
  writers(businessId: string): Promise<ReadonlySet<string>>;
  /** A new private feed URL of the staff member's appointments; any earlier one stops working. */
  createFeed(businessId: string, staffMemberId: string): Promise<{ url: string; createdAt: EpochMs }>;
  revokeFeed(businessId: string, staffMemberId: string): Promise<boolean>;
}

export const DEFAULT_SYNC_INTERVAL_MS = 5 * 60_000;
/** The cache is trusted for this many sync intervals after the last good sync. */
export const STALE_AFTER_INTERVALS = 3;

/**
 * R4 from the cache: the busy time over `range`, or why the calendar counts as unreadable.
 * `staleAfterMs`: how old the last good sync may be.
 */
export function personalCalendarFromCache(
  cache: CachedBusy | undefined,
  range: Interval,
  now: EpochMs,
  staleAfterMs: number,
): PersonalCalendarState {
  if (!cache) return { status: 'unavailable', reason: 'No calendar is connected for this staff member.' };
  const { lastSyncedAt, coverage } = cache;
  if (lastSyncedAt === undefined || !coverage) {
    return {
      status: 'unavailable',
      reason: `The calendar has not been synced yet${cache.lastError ? `: ${cache.lastError}` : '.'}`,
    };
  }
  if (now - lastSyncedAt > staleAfterMs) {
    return {
      status: 'unavailable',
      reason: `Calendar not synced since ${new Date(lastSyncedAt).toISOString()}${cache.lastError ? `: ${cache.lastError}` : '.'}`,
      lastSyncedAt,
    };
  }
  const busy: Interval[] = cache.busy.filter((b) => b.end > range.start && b.start < range.end);
  // Outside what the sync covered nothing is known: busy (fail closed), never free.
  if (range.start < coverage.start) busy.unshift({ start: range.start, end: Math.min(coverage.start, range.end) });
  if (range.end > coverage.end) busy.push({ start: Math.max(coverage.end, range.start), end: range.end });
  return { status: 'ok', busy };
}

/** The longest `maximumAdvance` of the business or any service: how far ahead a calendar must be known. */
export function bookingHorizonMs(business: Business): number {
  let max = durationMs(effectivePolicy(business, undefined).maximumAdvance);
  for (const s of business.services) max = Math.max(max, durationMs(effectivePolicy(business, s).maximumAdvance));
  return max;
}

/** What one sync reads: from a day back (appointments in progress) to the booking horizon and a day. */
export function syncRange(business: Business, now: EpochMs): Interval {
  const DAY = 86_400_000;
  return { start: now - DAY, end: now + Math.min(bookingHorizonMs(business), 400 * DAY) + DAY };
}

/** The zone a staff member's all-day and floating events happen in. */
export function staffZone(business: Business, staffMemberId: string): string {
  return business.staffMembers.find((s) => s.id === staffMemberId)?.timeZone ?? business.businessTimeZone;
}

/** Backoff after `failures` failed syncs in a row: one interval, then doubling, at most an hour (or the interval). */
export function syncBackoffMs(failures: number, intervalMs: number): number {
  if (failures <= 0) return intervalMs;
  return Math.max(intervalMs, Math.min(3_600_000, 60_000 * 2 ** (failures - 1)));
}

/** An address shown in the back office with its secret parts masked: path segments and query hidden. */
export function maskAddress(url: string): string {
  try {
    const u = new URL(url);
    const segments = u.pathname.split('/').filter(Boolean);
    const last = segments.length > 0 ? segments[segments.length - 1] : '';
    const shown =
      segments.length > 1 ? `/…/${last}` : segments.length === 1 ? `/${last.length > 12 ? '…' : last}` : '/';
    return `${u.protocol}//${u.host}${shown}${u.search ? '?…' : ''}`;
  } catch {
    return '…';
  }
}

/** The UID of an appointment's event in a staff member's calendar: the one its email invitations carry too. */
export function appointmentUid(appointmentId: string): string {
  return `${appointmentId}@booking-elements`;
}

/** An event this library wrote (a booking, or its emailed invitation): an appointment already, never extra busy time. */
export function isAppointmentUid(uid: string): boolean {
  return uid.endsWith('@booking-elements');
}
