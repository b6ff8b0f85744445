/**
 * The calendar's data for a day, week or month: the appointments grouped into sessions, and per
 * staff member and day the working windows and time off, plus the closures for everyone, from the
 * engine's preparation (so the calendar shows exactly what the rules use).
 */
import type { RecurrenceExpander } from '../../core/engine-types.js';
import { loadRecurrenceExpander } from '../../core/load-recurrence.js';
import { needsRecurrence, prepare, staffTimeOff, staffWindows } from '../../core/schedule.js';
import { wallToEpoch } from '../../core/time.js';
import type { Business, Service, StaffMember } from '../../core/types.js';
import { addDaysToKey, dayKey } from '../../i18n/index.js';
import type { StaffAppointment } from '../../schemas/admin.js';
import type { AdminSession } from '../booking-admin/admin-context.js';
import type { Session } from './appointment-details.js';
import { rangeDays, type CalendarView } from './agenda.js';

export type View = CalendarView;

export interface Interval {
  start: number;
  end: number;
  title?: string | undefined;
}

export interface StaffDay {
  windows: Interval[];
  timeOff: Interval[];
}

export interface CalendarData {
  /** The view the data was loaded for (the shown view may have changed while it reloads). */
  view: View;
  /** When the range has no appointments: the next day that has some, within 90 days. */
  nextDay?: string | undefined;
  business: Business;
  days: string[];
  start: number;
  end: number;
  sessions: Session[];
  /** Staff id → day → working windows and time off. */
  staffDays: Map<string, Map<string, StaffDay>>;
  /** Day → closures for everyone. */
  closed: Map<string, Interval[]>;
}

/** A stand-in service, so the engine's preparation yields hours, time off and closures for the calendar. */
const CALENDAR_SERVICE: Service = {
  id: '__calendar__',
  displayName: '—',
  defaultDuration: 'PT1M',
  preBuffer: 'PT0M',
  postBuffer: 'PT0M',
  defaultPriceType: 'notSet',
  isLocationOnline: false,
  maximumAttendeesCount: 1,
  staffMemberIds: [],
  schedulingPolicy: null,
  isHiddenFromCustomers: true,
  isCustomerAllowedToManageBooking: false,
  smsNotificationsEnabled: false,
  isEmailRequired: false,
};

function groupSessions(appointments: readonly StaffAppointment[]): Session[] {
  const byKey = new Map<string, Session>();
  for (const a of appointments) {
    const key = `${a.serviceId}|${a.staffMemberId}|${a.start}`;
    let s = byKey.get(key);
    if (!s) {
      s = {
        key,
        start: Date.parse(a.start),
        end: Date.parse(a.end),
        serviceId: a.serviceId,
        serviceName: a.serviceName,
        staffMemberId: a.staffMemberId,
        staffMemberName: a.staffMemberName,
        appointments: [],
        maximumAttendeesCount: a.maximumAttendeesCount,
      };
      byKey.set(key, s);
    }
    s.appointments.push(a);
  }
  return [...byKey.values()].sort((x, y) => x.start - y.start || x.staffMemberName.localeCompare(y.staffMemberName));
}

function pairs(flat: readonly number[]): Interval[] {
  const out: Interval[] = [];
  for (let i = 0; i < flat.length; i += 2) out.push({ start: flat[i], end: flat[i + 1] });
  return out;
}

/** Lays out what the engine prepared for the range: per staff member and day, and the closures. */
function layout(
  view: View,
  business: Business,
  days: string[],
  start: number,
  end: number,
  appointments: StaffAppointment[],
  recurrence: RecurrenceExpander | undefined,
): CalendarData {
  const zone = business.businessTimeZone;
  const withCalendar: Business = { ...business, services: [CALENDAR_SERVICE] };
  const setup = prepare(
    { business: withCalendar, serviceId: CALENDAR_SERVICE.id, now: start, appointments: [], recurrence },
    start,
    end,
  );
  const staffDays = new Map<string, Map<string, StaffDay>>();
  for (const staff of business.staffMembers) {
    const windows = pairs(staffWindows(setup, staff, start, end));
    const timeOff = staffTimeOff(setup, staff, start, end);
    const perDay = new Map<string, StaffDay>();
    for (const day of days) {
      const lo = wallToEpoch(day, 0, zone);
      const hi = wallToEpoch(addDaysToKey(day, 1), 0, zone);
      const clip = (i: Interval) => ({ ...i, start: Math.max(i.start, lo), end: Math.min(i.end, hi) });
      perDay.set(day, {
        windows: windows.filter((w) => w.start < hi && w.end > lo).map(clip),
        timeOff: timeOff.filter((t) => t.start < hi && t.end > lo).map(clip),
      });
    }
    staffDays.set(staff.id, perDay);
  }
  const closed = new Map<string, Interval[]>();
  for (const day of days) {
    const lo = wallToEpoch(day, 0, zone);
    const hi = wallToEpoch(addDaysToKey(day, 1), 0, zone);
    closed.set(
      day,
      setup.closed
        .filter((c) => c.start < hi && c.end > lo)
        .map((c) => ({ start: Math.max(c.start, lo), end: Math.min(c.end, hi), title: c.title })),
    );
  }
  return { view, business, days, start, end, sessions: groupSessions(appointments), staffDays, closed };
}

/** Loads the range around `anchor` for the view (a team member's own appointments only, R18). */
export async function loadCalendar(
  session: AdminSession,
  view: View,
  anchor: string,
  firstDay: number,
  signal: AbortSignal,
): Promise<CalendarData> {
  const zone = session.businessTimeZone;
  const days = rangeDays(view, anchor, firstDay);
  const first = days[0];
  const start = wallToEpoch(first, 0, zone);
  const end = wallToEpoch(addDaysToKey(days[days.length - 1], 1), 0, zone);
  const own = session.role === 'teamMember';
  const [business, appointments] = await Promise.all([
    session.admin.getBusiness({ businessId: session.businessId }, { signal }),
    session.admin.listAppointments(
      {
        businessId: session.businessId,
        start: new Date(start).toISOString(),
        end: new Date(end).toISOString(),
        ...(own ? { staffMemberId: session.staffMemberId } : {}),
      },
      { signal },
    ),
  ]);
  const recurrence = needsRecurrence(business) ? await loadRecurrenceExpander() : undefined;
  const data = layout(view, business, days, start, end, appointments, recurrence);
  if (appointments.length === 0) {
    // An empty day should not look like an empty calendar: point to the next busy day.
    const later = await session.admin.listAppointments(
      {
        businessId: session.businessId,
        start: new Date(end).toISOString(),
        end: new Date(end + 90 * 86_400_000).toISOString(),
        ...(own ? { staffMemberId: session.staffMemberId } : {}),
      },
      { signal },
    );
    if (later[0]) data.nextDay = dayKey(Date.parse(later[0].start), zone);
  }
  return data;
}

/** The staff shown: a team member's own column, the filtered one, or every bookable (or booked) member. */
export function shownStaff(data: CalendarData, session: AdminSession, staffFilter: string): StaffMember[] {
  const booked = new Set(data.sessions.map((s) => s.staffMemberId));
  return data.business.staffMembers.filter((s) => {
    if (session.role === 'teamMember') return s.id === session.staffMemberId;
    if (staffFilter) return s.id === staffFilter;
    return s.isBookable || booked.has(s.id);
  });
}
