/**
 * Shared preparation for the engine, the explainer and the booking re-check: the effective
 * policy and durations, working windows as instants, closures and time off. Working hours are
 * converted to instants once per (zone, day) and never per slot (DESIGN.md, quality targets).
 */
import { durationMs } from './duration.js';
import type { AvailabilityInput, RecurrenceExpander } from './engine-types.js';
import { effectivePolicy } from './policy.js';
import {
  DAY_MS,
  MINUTE_MS,
  dateOfDayNumber,
  dayNumber,
  dayNumberOrNaN,
  epochToWall,
  parseTimeOfDay,
  wallToEpochDay,
  wallToEpochDayExisting,
  zonedDayNumber,
} from './time.js';
import type {
  Business,
  Closure,
  CustomAvailability,
  EpochMs,
  SchedulingPolicy,
  Service,
  StaffMember,
  TimeOff,
  WorkHours,
} from './types.js';

/** The parts of an input the preparation needs (the explainer has no range). */
export type PrepareInput = Omit<AvailabilityInput, 'range'>;

export interface ClosedInterval {
  start: EpochMs;
  end: EpochMs;
  source: 'closure' | 'customAvailability';
  /** Whose: the business's (closes every service) or the service's own policy's. */
  scope: 'business' | 'service';
  title?: string;
  /** Business-zone date the closure belongs to. */
  date: string;
  /** `customAvailability`: the first and last date of the closed range it belongs to. */
  startDate?: string;
  endDate?: string;
}

export interface TimeOffInterval {
  start: EpochMs;
  end: EpochMs;
  id: string;
  title?: string;
}

export interface Setup {
  business: Business;
  service: Service;
  policy: SchedulingPolicy;
  zone: string;
  duration: number;
  preBuffer: number;
  postBuffer: number;
  step: number;
  /** R5: `earliest ≤ start < latest`. */
  earliest: EpochMs;
  latest: EpochMs;
  capacity: number;
  /** Business-zone days prepared, inclusive. */
  firstDay: number;
  lastDay: number;
  /** `customWeeklyHours` windows (flat instant pairs) by business-zone day number. */
  customHours: Map<number, number[]>;
  /** Closures and `notBookable` dates for everyone, sorted by start (not merged: they carry titles). */
  closed: ClosedInterval[];
  recurrence: RecurrenceExpander | undefined;
  /** Windows already built in this call, shared by staff on the same hours. */
  windowCache: Map<string, number[]>;
}

// Three days either side covers every staff zone's days around a business day (offsets differ
// by at most 26 h) and a window's buffers, so customised hours never cut a window half-seen.
const MARGIN_DAYS = 3;

export function findService(business: Business, serviceId: string): Service {
  const service = business.services.find((s) => s.id === serviceId);
  if (!service) throw new RangeError(`unknown service ${JSON.stringify(serviceId)}`);
  return service;
}

export function findStaff(business: Business, staffMemberId: string): StaffMember {
  const staff = business.staffMembers.find((s) => s.id === staffMemberId);
  if (!staff) throw new RangeError(`unknown staff member ${JSON.stringify(staffMemberId)}`);
  return staff;
}

/** Prepares everything for slot starts in `[lo, hi)`. */
export function prepare(input: PrepareInput, lo: EpochMs, hi: EpochMs): Setup {
  const { business } = input;
  const service = findService(business, input.serviceId);
  const policy = effectivePolicy(business, service);
  const zone = business.businessTimeZone;
  const step = durationMs(policy.timeSlotInterval);
  const duration = input.durationMs ?? durationMs(service.defaultDuration);
  if (step <= 0) throw new RangeError(`timeSlotInterval must be positive: ${policy.timeSlotInterval}`);
  if (duration <= 0) throw new RangeError(`defaultDuration must be positive: ${service.defaultDuration}`);
  const preBuffer = durationMs(service.preBuffer);
  const postBuffer = durationMs(service.postBuffer);
  const setup: Setup = {
    business,
    service,
    policy,
    zone,
    duration,
    preBuffer,
    postBuffer,
    step,
    earliest: input.now + durationMs(policy.minimumLeadTime),
    latest: input.now + durationMs(policy.maximumAdvance),
    capacity: Math.max(1, service.maximumAttendeesCount),
    firstDay: zonedDayNumber(lo - preBuffer, zone) - MARGIN_DAYS,
    lastDay: zonedDayNumber(hi + duration + postBuffer, zone) + MARGIN_DAYS,
    customHours: new Map(),
    closed: [],
    recurrence: input.recurrence,
    windowCache: new Map(),
  };
  // A service's own policy replaces lead time, advance, grid and the rest (R5), and may add its
  // own closures and special hours; it never reopens what the business has closed (R7).
  const own = service.schedulingPolicy ? policy : undefined;
  const businessPolicy = business.schedulingPolicy;
  applyCustomAvailabilities(setup, businessPolicy.customAvailabilities ?? [], own?.customAvailabilities ?? []);
  applyClosures(setup, businessPolicy.closures ?? [], 'business');
  if (own) applyClosures(setup, own.closures ?? [], 'service');
  setup.closed.sort((a, b) => a.start - b.start || (a.scope === 'business' ? -1 : 1));
  return setup;
}

// ---------------------------------------------------------------------------------------------
// Weekly hours

const weeklyCache = new WeakMap<readonly WorkHours[], number[][]>();

/** Per weekday (0 = Sunday), the windows as flat minute pairs, sorted, overlapping ones merged. */
export function weeklyWindows(hours: readonly WorkHours[]): number[][] {
  let weekly = weeklyCache.get(hours);
  if (weekly) return weekly;
  const byDay: [number, number][][] = [[], [], [], [], [], [], []];
  for (const h of hours) {
    const day = WEEKDAY[h.day];
    if (day === undefined) throw new RangeError(`bad day ${JSON.stringify(h.day)}`);
    for (const slot of h.timeSlots) {
      const s = parseTimeOfDay(slot.startTime);
      const e = parseTimeOfDay(slot.endTime);
      if (s === null || e === null) throw new RangeError(`bad time slot ${slot.startTime}–${slot.endTime}`);
      if (e > s) byDay[day].push([s, e]);
    }
  }
  weekly = byDay.map((list) => {
    list.sort((a, b) => a[0] - b[0]);
    const flat: number[] = [];
    for (const [s, e] of list) {
      const n = flat.length;
      // Touching windows (09:00–12:00, 12:00–17:00) are one stretch of work: one grid.
      if (n > 0 && s <= flat[n - 1]) flat[n - 1] = Math.max(flat[n - 1], e);
      else flat.push(s, e);
    }
    return flat;
  });
  weeklyCache.set(hours, weekly);
  return weekly;
}

const WEEKDAY: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * One day's windows as instants, appended to `out`. Windows never cross the day's end. On a
 * spring-forward day a time in the gap moves forward, which can make windows that were apart
 * in wall time overlap or swap (02:30–02:40 becomes 03:30–03:40, after a 03:00 start): they are
 * re-sorted and merged, as touching wall-clock windows are. Windows are cut to the instants of
 * the day itself, so a day a zone skipped (Pacific/Apia, 2011-12-30) has none, instead of the
 * next day's windows a second time (a slot must never appear twice).
 */
function pushDayWindows(out: number[], minutes: readonly number[], zone: string, day: number): void {
  if (minutes.length === 0) return;
  const first = out.length;
  const dayStart = wallToEpochDay(zone, day, 0);
  const dayEnd = wallToEpochDay(zone, day + 1, 0);
  let sorted = true;
  for (let i = 0; i < minutes.length; i += 2) {
    const s = Math.max(dayStart, wallToEpochDay(zone, day, minutes[i]));
    const e = Math.min(dayEnd, wallToEpochDay(zone, day, minutes[i + 1]));
    if (e <= s) continue;
    const n = out.length;
    if (n > first && s < out[n - 2]) sorted = false;
    if (sorted && n > first && s <= out[n - 1]) out[n - 1] = Math.max(out[n - 1], e);
    else out.push(s, e);
  }
  if (!sorted) {
    const merged = mergePairs(out.slice(first));
    out.length = first;
    out.push(...merged);
  }
}

/** Sorts flat `[s, e, …]` pairs by start and merges overlapping or touching ones. */
export function mergePairs(pairs: readonly number[]): number[] {
  const n = pairs.length / 2;
  if (n <= 1) return pairs.slice();
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => pairs[2 * a] - pairs[2 * b]);
  const out: number[] = [];
  for (const i of order) {
    const s = pairs[2 * i];
    const e = pairs[2 * i + 1];
    const m = out.length;
    if (m > 0 && s <= out[m - 1]) {
      if (e > out[m - 1]) out[m - 1] = e;
    } else out.push(s, e);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Custom availabilities and closures (business zone, for everyone: R7)

function dateRange(startDate: string, endDate: string): [number, number] {
  const a = dayNumberOrNaN(startDate);
  const b = dayNumberOrNaN(endDate);
  if (Number.isNaN(a) || Number.isNaN(b)) throw new RangeError(`bad custom availability dates ${startDate}…${endDate}`);
  return [a, b];
}

/**
 * Closed dates and special hours, the business's and (when the service has its own policy) the
 * service's. A closed date of either closes the day. On a date with special hours from both, the
 * day's windows are where both are open: a service's special hours never reopen hours the
 * business has cut.
 */
function applyCustomAvailabilities(
  setup: Setup,
  businessList: readonly CustomAvailability[],
  serviceList: readonly CustomAvailability[],
): void {
  if (businessList.length === 0 && serviceList.length === 0) return;
  const ranges = (list: readonly CustomAvailability[], scope: ClosedInterval['scope']) =>
    list.map((c) => ({ c, scope, range: dateRange(c.startDate, c.endDate) }));
  const all = [...ranges(businessList, 'business'), ...ranges(serviceList, 'service')];
  for (let day = setup.firstDay; day <= setup.lastDay; day++) {
    const covering = all.filter(({ range }) => range[0] <= day && day <= range[1]);
    if (covering.length === 0) continue;
    // notBookable wins over special hours (the business's first, to name it).
    const closed = covering.find(({ c }) => c.availabilityType === 'notBookable');
    if (closed) {
      setup.closed.push({
        start: wallToEpochDay(setup.zone, day, 0),
        end: wallToEpochDay(setup.zone, day + 1, 0),
        source: 'customAvailability',
        scope: closed.scope,
        date: dateOfDayNumber(day),
        startDate: closed.c.startDate,
        endDate: closed.c.endDate,
      });
      continue;
    }
    // Among one policy's special hours the first listed applies.
    let windows: number[] | undefined;
    for (const scope of ['business', 'service'] as const) {
      const custom = covering.find((c) => c.scope === scope)?.c;
      if (!custom) continue;
      const own: number[] = [];
      pushDayWindows(own, weeklyWindows(custom.businessHours ?? [])[weekdayOf(day)], setup.zone, day);
      windows = windows ? intersect(windows, own) : own;
    }
    setup.customHours.set(day, windows ?? []);
  }
}

/** `a ∩ b` for sorted, disjoint flat interval lists. */
function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const s = Math.max(a[i], b[j]);
    const e = Math.min(a[i + 1], b[j + 1]);
    if (s < e) out.push(s, e);
    if (a[i + 1] < b[j + 1]) i += 2;
    else j += 2;
  }
  return out;
}

function applyClosures(setup: Setup, closures: readonly Closure[], scope: ClosedInterval['scope']): void {
  if (closures.length === 0) return;
  const expand = requireExpander(setup.recurrence, 'closures');
  const from = dateOfDayNumber(setup.firstDay - 1);
  const to = dateOfDayNumber(setup.lastDay);
  for (const closure of closures) {
    const st = closure.startTime ? parseTimeOfDay(closure.startTime) : null;
    const et = closure.endTime ? parseTimeOfDay(closure.endTime) : null;
    const timed = st !== null && et !== null;
    const dtstart = closure.startDate ? { date: closure.startDate, minutes: st ?? 0 } : undefined;
    if (dtstart) dayNumber(dtstart.date); // a bad date is a configuration error: say so before rrule does
    let lastDay = NaN;
    for (const occurrence of expand(closure.rrule, dtstart, from, to, setup.zone)) {
      const day = dayNumber(occurrence.date);
      if (day === lastDay) continue; // BYHOUR and friends: one closure per date
      lastDay = day;
      // The part of the wall-time range that exists (a spring-forward gap may cut it).
      const start = wallToEpochDayExisting(setup.zone, day, timed ? st : 0);
      // A time range ending at or before its start runs past midnight.
      const end = timed
        ? wallToEpochDayExisting(setup.zone, et > st ? day : day + 1, et)
        : wallToEpochDayExisting(setup.zone, day + 1, 0);
      if (end > start) {
        const entry: ClosedInterval = { start, end, source: 'closure', scope, date: occurrence.date };
        if (closure.title !== undefined) entry.title = closure.title;
        setup.closed.push(entry);
      }
    }
  }
}

function requireExpander(recurrence: RecurrenceExpander | undefined, what: string): RecurrenceExpander {
  if (!recurrence) {
    throw new TypeError(
      `the configuration has recurring ${what} (RRULE) but no expander was passed: ` +
        'set input.recurrence = await loadRecurrenceExpander() (see needsRecurrence)',
    );
  }
  return recurrence;
}

/** True when the configuration has an RRULE, so `input.recurrence` must be passed. */
export function needsRecurrence(business: Business): boolean {
  if ((business.schedulingPolicy.closures?.length ?? 0) > 0) return true;
  if (business.services.some((s) => (s.schedulingPolicy?.closures?.length ?? 0) > 0)) return true;
  return business.timeOff.some((t) => !!t.rrule);
}

// ---------------------------------------------------------------------------------------------
// Staff

/**
 * Whose hours a staff member works, in which zone (R1): their own `workingHours` in their own
 * `timeZone` (default: the business zone), or the business hours in the business zone when
 * `useBusinessHours` or when they have no hours of their own.
 */
export function hoursOf(setup: Setup, staff: StaffMember): { own: boolean; zone: string; hours: readonly WorkHours[] } {
  if (!staff.useBusinessHours && staff.workingHours != null) {
    return { own: true, zone: staff.timeZone ?? setup.zone, hours: staff.workingHours };
  }
  return { own: false, zone: setup.zone, hours: setup.business.businessHours };
}

/** The zone a staff member's time-off wall times repeat in: their own zone, else the business zone. */
function timeOffZone(setup: Setup, staff: StaffMember): string {
  return staff.timeZone ?? setup.zone;
}

/**
 * A staff member's working windows as sorted flat instant pairs `[s0, e0, s1, e1, …]`, for the
 * staff-zone days around `[lo, hi)`. Grid origins are the window starts (R3), so windows are
 * never merged across midnight (the grid must not depend on how far back we look).
 *
 * Custom weekly hours (R7) replace the business hours on their dates; staff with their own
 * hours are limited to them (both must hold) on those dates.
 */
export function staffWindows(setup: Setup, staff: StaffMember, lo: EpochMs, hi: EpochMs): number[] {
  const { own: ownHours, zone, hours } = hoursOf(setup, staff);
  const first = zonedDayNumber(lo, zone) - 1;
  const last = zonedDayNumber(hi, zone);
  const key = `${ownHours ? staff.id : ''}|${zone}|${first}|${last}`;
  const cached = setup.windowCache.get(key);
  if (cached) return cached;
  const weekly = weeklyWindows(hours);
  let out: number[] = [];
  if (!ownHours) {
    for (let day = first; day <= last; day++) {
      const custom = setup.customHours.get(day);
      if (custom) out.push(...custom);
      else pushDayWindows(out, weekly[weekdayOf(day)], zone, day);
    }
  } else {
    for (let day = first; day <= last; day++) pushDayWindows(out, weekly[weekdayOf(day)], zone, day);
    if (setup.customHours.size > 0) out = subtract(out, customBlocked(setup));
  }
  setup.windowCache.set(key, out);
  return out;
}

/** The parts of customised business days outside their custom hours, as sorted flat pairs. */
function customBlocked(setup: Setup): number[] {
  const cached = setup.windowCache.get('blocked');
  if (cached) return cached;
  const blocked: number[] = [];
  const days = [...setup.customHours.keys()].sort((a, b) => a - b);
  for (const day of days) {
    let cursor = wallToEpochDay(setup.zone, day, 0);
    const dayEnd = wallToEpochDay(setup.zone, day + 1, 0);
    const windows = setup.customHours.get(day)!;
    for (let i = 0; i < windows.length; i += 2) {
      if (windows[i] > cursor) blocked.push(cursor, windows[i]);
      cursor = Math.max(cursor, windows[i + 1]);
    }
    if (dayEnd > cursor) blocked.push(cursor, dayEnd);
  }
  setup.windowCache.set('blocked', blocked);
  return blocked;
}

/** `a − b` for sorted flat interval lists (b may have touching pieces). */
function subtract(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < a.length; i += 2) {
    let s = a[i];
    const e = a[i + 1];
    while (j < b.length && b[j + 1] <= s) j += 2;
    let k = j;
    while (k < b.length && b[k] < e && s < e) {
      if (b[k] > s) out.push(s, b[k]);
      s = Math.max(s, b[k + 1]);
      k += 2;
    }
    if (s < e) out.push(s, e);
  }
  return out;
}

/**
 * Time off overlapping `[lo, hi)`: one-off intervals, and RRULE repeats of the first
 * occurrence's wall-clock start and length in the staff member's zone (R7).
 */
export function staffTimeOff(setup: Setup, staff: StaffMember, lo: EpochMs, hi: EpochMs): TimeOffInterval[] {
  const out: TimeOffInterval[] = [];
  for (const t of setup.business.timeOff) {
    if (t.staffMemberId !== staff.id) continue;
    const start = Date.parse(t.start);
    const end = Date.parse(t.end);
    if (!(end > start)) continue;
    if (!t.rrule) {
      if (start < hi && end > lo) out.push(entry(t, start, end));
      continue;
    }
    const expand = requireExpander(setup.recurrence, 'time off');
    const zone = timeOffZone(setup, staff);
    const first = epochToWall(start, zone);
    const last = epochToWall(end, zone);
    // The wall-clock length, so a 13:00–17:00 stays 13:00–17:00 across daylight-saving changes.
    const wallLength =
      (dayNumber(last.date) - dayNumber(first.date)) * DAY_MS + (last.minutes - first.minutes) * MINUTE_MS;
    const spanDays = Math.ceil(wallLength / DAY_MS);
    const from = dateOfDayNumber(zonedDayNumber(lo, zone) - spanDays - 1);
    const to = dateOfDayNumber(zonedDayNumber(hi, zone) + 1);
    for (const o of expand(t.rrule, { date: first.date, minutes: first.minutes }, from, to, zone)) {
      const day = dayNumber(o.date);
      // The part of the wall-time range that exists (a spring-forward gap may cut it).
      const s = wallToEpochDayExisting(zone, day, o.minutes);
      const endWall = o.minutes * MINUTE_MS + wallLength;
      const endDay = day + Math.floor(endWall / DAY_MS);
      const e = wallToEpochDayExisting(zone, endDay, (endWall - (endDay - day) * DAY_MS) / MINUTE_MS);
      if (s < hi && e > lo && e > s) out.push(entry(t, s, e));
    }
  }
  return out;
}

function entry(t: TimeOff, start: EpochMs, end: EpochMs): TimeOffInterval {
  const e: TimeOffInterval = { start, end, id: t.id };
  if (t.title !== undefined) e.title = t.title;
  return e;
}

/** R4: bookable and assigned to the service. */
export function isEligible(staff: StaffMember, service: Service): boolean {
  return staff.isBookable && service.staffMemberIds.includes(staff.id);
}

/** R4: the personal calendar blocks everything when it is required and cannot be read. */
export function personalCalendarProblem(
  input: PrepareInput,
  staff: StaffMember,
): { reason?: string; lastSyncedAt?: EpochMs } | null {
  if (!staff.availabilityIsAffectedByPersonalCalendar) return null;
  const state = input.personalCalendars?.[staff.id];
  if (!state) return { reason: 'no personal calendar was provided' };
  if (state.status === 'unavailable') {
    return {
      ...(state.reason !== undefined ? { reason: state.reason } : {}),
      ...(state.lastSyncedAt !== undefined ? { lastSyncedAt: state.lastSyncedAt } : {}),
    };
  }
  return null;
}
