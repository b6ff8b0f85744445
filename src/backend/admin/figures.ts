/**
 * The figures on screen beside the report downloads (administrators, like R19's report):
 * bookings, cancellations and no-shows of the appointments starting in a range, per ISO week of
 * the business's zone, per service and per staff member. Declined and expired requests (R23)
 * count as cancellations; a no-show is a booking too.
 */
import { dateOfDayNumber, dayNumber, epochToWall } from '../../core/time.js';
import {
  adminAdapterInputSchemas as S,
  type FigureRow,
  type Figures,
  type GetFiguresInput,
  type WeekFigure,
} from '../../schemas/admin.js';
import type { CallOptions } from '../../contract/adapter.js';
import { isLapsed } from '../approval.js';
import { findService } from '../backend.js';
import { parseInput, toIso } from '../boundary.js';
import type { StoredAppointment } from '../store.js';
import { staffName } from '../views.js';
import { type AdminScope, require } from './admin-scope.js';

interface Counts {
  booked: number;
  cancelled: number;
  noShow: number;
}

const zero = (): Counts => ({ booked: 0, cancelled: 0, noShow: 0 });

/** The Monday of the ISO week holding day number `day`. */
function mondayOf(day: number): number {
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 = Sunday
  return day - ((weekday + 6) % 7);
}

function count(into: Counts, a: StoredAppointment, nowMs: number): void {
  if (a.status !== 'booked' || isLapsed(a, nowMs)) into.cancelled++;
  else {
    into.booked++;
    if (a.attendance === 'noShow') into.noShow++;
  }
}

export async function getFigures(scope: AdminScope, input: GetFiguresInput, options?: CallOptions): Promise<Figures> {
  const req = parseInput(S.getFigures, input);
  return scope.tx('readonly', ['businesses', 'appointments'], req.businessId, options, async (tx, actor) => {
    require(actor.perms.report, 'Only administrators can see the figures.');
    const business = actor.business;
    const zone = business.businessTimeZone;
    const start = Date.parse(req.start);
    const end = Date.parse(req.end);
    const nowMs = scope.backend.now();
    const rows = await tx.range('appointments', 'business_start', [business.id, start], [business.id, end - 1]);
    const dayOf = (ms: number) => dayNumber(epochToWall(ms, zone).date);
    // Every week of the range, even empty ones, so a chart shows the gaps.
    const weeks = new Map<number, Counts>();
    for (let monday = mondayOf(dayOf(start)); monday <= dayOf(end - 1); monday += 7) weeks.set(monday, zero());
    const services = new Map<string, FigureRow>();
    const staff = new Map<string, FigureRow>();
    const total = zero();
    for (const a of rows) {
      count(total, a, nowMs);
      const week = weeks.get(mondayOf(dayOf(a.startMs)));
      if (week) count(week, a, nowMs);
      let service = services.get(a.serviceId);
      if (!service) {
        service = {
          id: a.serviceId,
          name: findService(business, a.serviceId)?.displayName ?? a.serviceName,
          ...zero(),
        };
        services.set(a.serviceId, service);
      }
      count(service, a, nowMs);
      let person = staff.get(a.staffMemberId);
      if (!person) {
        person = { id: a.staffMemberId, name: staffName(business, a.staffMemberId), ...zero() };
        staff.set(a.staffMemberId, person);
      }
      count(person, a, nowMs);
    }
    const byVolume = (x: FigureRow, y: FigureRow) =>
      y.booked + y.cancelled - (x.booked + x.cancelled) || x.name.localeCompare(y.name, 'en');
    const weekList: WeekFigure[] = [...weeks].map(([monday, c]) => ({ weekStart: dateOfDayNumber(monday), ...c }));
    return {
      start: toIso(start),
      end: toIso(end),
      timeZone: zone,
      totals: total,
      weeks: weekList,
      services: [...services.values()].sort(byVolume),
      staff: [...staff.values()].sort(byVolume),
    };
  });
}
