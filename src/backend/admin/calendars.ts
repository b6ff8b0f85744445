/**
 * Staff calendars in the back office (R4, R15, R18): whose calendar is connected and readable,
 * connecting one (an ICS feed's secret address, or CalDAV with an app password), syncing it now,
 * disconnecting it, and each staff member's private feed of their own appointments.
 *
 * Who may do what (R18): everyone who reads settings sees the status; a calendar is part of a
 * person's availability, so connecting, syncing, disconnecting and the feed follow
 * `writeAvailability`: administrators for anyone, team members for themselves, schedulers and
 * viewers not at all. The calendars themselves live with the host (`BackendDeps.calendars`, the
 * booking server's); a backend without one answers `canConnect: 'notSupported'`.
 */
import {
  adminAdapterInputSchemas as S,
  type BusinessScope,
  type CalendarConnection,
  type CalendarFeed,
  type CalendarSyncStatus,
  type ConnectCalendarInput,
  type StaffCalendarInput,
} from '../../schemas/admin.js';
import type { Business, StaffMember } from '../../core/types.js';
import type { CallOptions } from '../../contract/adapter.js';
import { BookingError } from '../../contract/errors.js';
import { DAY, findStaffMember } from '../backend.js';
import { invalidAt, parseInput, throwIfAborted, toIso } from '../boundary.js';
import { queueCalendarBackfill } from '../calendar-events.js';
import type {
  CalendarConnectionInfo,
  CalendarService,
  CalendarSource,
  CalendarStatusEntry,
} from '../connectors/calendar-connector.js';
import { type Actor, type AdminScope, require } from './admin-scope.js';

/** R18: a calendar is part of its owner's availability. */
function mayManage(actor: Actor, staffMemberId: string): boolean {
  const access = actor.perms.writeAvailability;
  return access === 'all' || (access === 'own' && staffMemberId === actor.me.id);
}

function connectionJson(c: CalendarConnectionInfo): CalendarConnection {
  return {
    kind: c.kind,
    address: c.address,
    ...(c.userName !== undefined ? { userName: c.userName } : {}),
    ...(c.calendarUrl !== undefined ? { calendarUrl: c.calendarUrl } : {}),
    ...(c.calendarName !== undefined ? { calendarName: c.calendarName } : {}),
    writesBookings: c.writesBookings,
    connectedAt: toIso(c.connectedAt),
    ...(c.lastSyncedAt !== undefined ? { lastSyncedAt: toIso(c.lastSyncedAt) } : {}),
    ...(c.lastAttemptAt !== undefined ? { lastAttemptAt: toIso(c.lastAttemptAt) } : {}),
    ...(c.lastError !== undefined ? { lastError: c.lastError } : {}),
    ...(c.nextSyncAt !== undefined ? { nextSyncAt: toIso(c.nextSyncAt) } : {}),
    ...(c.busyCount !== undefined ? { busyCount: c.busyCount } : {}),
    ...(c.eventCount !== undefined ? { eventCount: c.eventCount } : {}),
  };
}

async function statusOf(
  scope: AdminScope,
  actor: Actor,
  staff: StaffMember,
  entry: CalendarStatusEntry | undefined,
): Promise<CalendarSyncStatus> {
  const b = scope.backend;
  const calendars = b.deps.calendars;
  const out: CalendarSyncStatus = { staffMemberId: staff.id, displayName: staff.displayName, status: 'notUsed' };
  if (staff.availabilityIsAffectedByPersonalCalendar) {
    const now = b.now();
    const state = await b.readPersonalCalendar(actor.business.id, staff.id, { start: now, end: now + DAY });
    if (state.status === 'ok') out.status = 'ok';
    else {
      out.status = 'unavailable';
      out.reason = `This staff member's calendar can't be synced${state.reason ? `: ${state.reason}` : '.'}`;
      if (state.lastSyncedAt !== undefined) out.lastSyncedAt = toIso(state.lastSyncedAt);
    }
  }
  if (entry?.connection) out.connection = connectionJson(entry.connection);
  if (entry?.feed) out.feedCreatedAt = toIso(entry.feed.createdAt);
  out.canConnect = !calendars
    ? 'notSupported'
    : !mayManage(actor, staff.id)
      ? 'notAllowed'
      : (calendars.connectBlock ?? 'yes');
  return out;
}

export async function listCalendarSyncStatus(
  scope: AdminScope,
  input: BusinessScope,
  options?: CallOptions,
): Promise<CalendarSyncStatus[]> {
  const req = parseInput(S.listCalendarSyncStatus, input);
  const actor = await scope.preRead(req.businessId);
  require(actor.perms.readSettings);
  const staff = actor.business.staffMembers;
  const entries = await scope.backend.deps.calendars?.status(
    actor.business.id,
    staff.map((s) => s.id),
  );
  const out: CalendarSyncStatus[] = [];
  for (const s of staff) out.push(await statusOf(scope, actor, s, entries?.get(s.id)));
  throwIfAborted(options);
  return out;
}

/** The acting person, the staff member concerned and the host's calendars, or why not (R18). */
async function manage(
  scope: AdminScope,
  businessId: string | undefined,
  staffMemberId: string,
): Promise<{ actor: Actor; staff: StaffMember; calendars: CalendarService }> {
  const actor = await scope.preRead(businessId);
  require(actor.perms.readSettings);
  const staff = findStaffMember(actor.business, staffMemberId);
  if (!staff) throw new BookingError('not-found', `No such staff member: ${staffMemberId}`);
  require(mayManage(actor, staff.id), actor.perms.writeAvailability === 'own'
    ? 'You can only manage your own calendar.'
    : 'Your role does not allow managing calendars.');
  const calendars = scope.backend.deps.calendars;
  if (!calendars) {
    throw new BookingError(
      'policy-violation',
      'This backend cannot connect calendars (the in-browser adapter reads them through its personalCalendar hook). Connect calendars on the booking server.',
    );
  }
  return { actor, staff, calendars };
}

async function answer(scope: AdminScope, actor: Actor, staff: StaffMember): Promise<CalendarSyncStatus> {
  const entries = await scope.backend.deps.calendars?.status(actor.business.id, [staff.id]);
  return statusOf(scope, actor, staff, entries?.get(staff.id));
}

/** `webcal:` is how calendar apps show an https feed; read it over https (`http` stays `http`). */
function readableUrl(url: string): string {
  return url.replace(/^webcals?:/i, 'https:');
}

export async function connectCalendar(
  scope: AdminScope,
  input: ConnectCalendarInput,
  options?: CallOptions,
): Promise<CalendarSyncStatus> {
  const req = parseInput(S.connectCalendar, input);
  throwIfAborted(options);
  const { actor, staff, calendars } = await manage(scope, req.businessId, req.staffMemberId);
  if (calendars.connectBlock === 'notConfigured') {
    throw new BookingError(
      'policy-violation',
      'The server has no CALENDAR_SECRET, so it cannot store calendar addresses and passwords safely. Set CALENDAR_SECRET (see docs/deploy.md) and try again.',
    );
  }
  const source: CalendarSource =
    req.source.kind === 'ics'
      ? { kind: 'ics', url: readableUrl(req.source.url) }
      : {
          kind: 'caldav',
          url: readableUrl(req.source.url),
          userName: req.source.userName ?? '',
          password: req.source.password ?? '',
        };
  const connected = await calendars.connect({ businessId: actor.business.id, staffMemberId: staff.id, source });
  // A calendar that receives bookings gets the upcoming ones too, not only those made from now on.
  if (connected.writesBookings) await queueCalendarBackfill(scope.backend, actor.business.id, staff.id);
  return answer(scope, actor, staff);
}

export async function disconnectCalendar(
  scope: AdminScope,
  input: StaffCalendarInput,
  options?: CallOptions,
): Promise<CalendarSyncStatus> {
  const req = parseInput(S.disconnectCalendar, input);
  throwIfAborted(options);
  const { actor, staff, calendars } = await manage(scope, req.businessId, req.staffMemberId);
  await calendars.disconnect(actor.business.id, staff.id);
  return answer(scope, actor, staff);
}

export async function syncCalendarNow(
  scope: AdminScope,
  input: StaffCalendarInput,
  options?: CallOptions,
): Promise<CalendarSyncStatus> {
  const req = parseInput(S.syncCalendarNow, input);
  throwIfAborted(options);
  const { actor, staff, calendars } = await manage(scope, req.businessId, req.staffMemberId);
  await calendars.syncNow(actor.business.id, staff.id);
  return answer(scope, actor, staff);
}

export async function createCalendarFeed(
  scope: AdminScope,
  input: StaffCalendarInput,
  options?: CallOptions,
): Promise<CalendarFeed> {
  const req = parseInput(S.createCalendarFeed, input);
  throwIfAborted(options);
  const { actor, staff, calendars } = await manage(scope, req.businessId, req.staffMemberId);
  const feed = await calendars.createFeed(actor.business.id, staff.id);
  return { staffMemberId: staff.id, url: feed.url, createdAt: toIso(feed.createdAt) };
}

export async function revokeCalendarFeed(
  scope: AdminScope,
  input: StaffCalendarInput,
  options?: CallOptions,
): Promise<CalendarSyncStatus> {
  const req = parseInput(S.revokeCalendarFeed, input);
  throwIfAborted(options);
  const { actor, staff, calendars } = await manage(scope, req.businessId, req.staffMemberId);
  await calendars.revokeFeed(actor.business.id, staff.id);
  return answer(scope, actor, staff);
}

/**
 * R4: "availability follows their personal calendar" needs a calendar that can be read, on a host
 * that connects calendars (and gives no `personalCalendar` hook of its own). Checked before an
 * edit turns it on, so nobody silently loses every free time.
 */
export async function requireReadableCalendar(
  scope: AdminScope,
  business: Business,
  staffMemberId: string,
  path: string,
): Promise<void> {
  const b = scope.backend;
  if (b.deps.personalCalendar || !b.deps.calendars) return;
  const now = b.now();
  const state = await b.readPersonalCalendar(business.id, staffMemberId, { start: now, end: now + DAY });
  if (state.status !== 'ok') {
    throw invalidAt(
      path,
      `needs a connected calendar that syncs: connect this staff member's calendar first (${state.reason ?? 'it cannot be read'})`,
    );
  }
}
