/**
 * The rules explained: why a time is not offered, and which appointments today's rules would no
 * longer allow (R18b). Whose calendars cannot be read (R4) is calendars.ts's.
 */
import { durationMs } from '../../core/duration.js';
import { explainAvailability as explainEngine, checkSlotBookable } from '../../core/explain.js';
import {
  adminAdapterInputSchemas as S,
  type AvailabilityExplanationJson,
  type ExplainAvailabilityInput,
  type OutsideRulesEntry,
  type OutsideRulesInput,
} from '../../schemas/admin.js';
import type { CallOptions } from '../../contract/adapter.js';
import type { Business } from '../../core/types.js';
import type { StoredAppointment, StoreTx } from '../store.js';
import { around, type Backend, DAY, findService, findStaffMember } from '../backend.js';
import { needsPrepared, retrying, RetryWithFreshConfig } from '../retry.js';
import { isLapsed } from '../approval-state.js';
import { invalidAt, parseInput, toIso } from '../boundary.js';
import { slotQuery } from '../slot-query.js';
import { outsideRules, reasonToJson, sessionSize, toStaffAppointment } from '../views.js';
import { type AdminScope, require } from './admin-scope.js';

export async function explainAvailability(
  scope: AdminScope,
  input: ExplainAvailabilityInput,
  options?: CallOptions,
): Promise<AvailabilityExplanationJson> {
  const req = parseInput(S.explainAvailability, input);
  const b = scope.backend;
  const startMs = Date.parse(req.start);
  return retrying(async () => {
    const pre = await scope.preRead(req.businessId);
    const service = findService(pre.business, req.serviceId);
    if (!service) throw invalidAt('serviceId', `unknown service: ${req.serviceId}`);
    if (req.staffMemberId !== undefined && !findStaffMember(pre.business, req.staffMemberId)) {
      throw invalidAt('staffMemberId', `unknown staff member: ${req.staffMemberId}`);
    }
    const prepared = await b.prepare(pre.business, b.concernedStaff(pre.business, service, req.staffMemberId), {
      start: startMs - DAY,
      end: startMs + 2 * DAY,
    });
    return scope.tx('readonly', ['businesses', 'appointments', 'holds'], req.businessId, options, async (tx, actor) => {
      require(actor.perms.readSettings);
      if (actor.perms.readAppointments !== 'all') {
        require(req.staffMemberId === actor.me.id, 'You can only ask about your own availability.');
      }
      const business = actor.business;
      const current = findService(business, req.serviceId);
      if (!current) throw invalidAt('serviceId', `unknown service: ${req.serviceId}`);
      if (needsPrepared(business, prepared)) throw new RetryWithFreshConfig();
      // A move of an appointment: it keeps its own length (or the new one) and is not in its own way.
      const moving = req.appointmentId === undefined ? undefined : await tx.get('appointments', req.appointmentId);
      if (req.appointmentId !== undefined && moving?.businessId !== business.id) {
        throw invalidAt('appointmentId', 'unknown appointment');
      }
      const length =
        req.end !== undefined
          ? Date.parse(req.end) - startMs
          : moving
            ? moving.endMs - moving.startMs
            : durationMs(current.defaultDuration);
      const now = b.now();
      const appointments = await bookedAround(b, tx, business, startMs, startMs + length);
      const holds = (await b.holdsAround(tx, business, startMs, startMs + length)).filter((h) => h.expiresAtMs > now);
      const query = slotQuery(
        b,
        {
          business,
          service: current,
          enforceLeadTime: true,
          prepared,
          durationMs: length,
          ...(moving ? { ignoreAppointmentId: moving.id } : {}),
        },
        startMs,
        appointments,
        holds,
      );
      if (req.staffMemberId !== undefined) query.staffMemberId = req.staffMemberId;
      const e = explainEngine(query, startMs);
      return {
        start: toIso(e.start),
        end: toIso(e.end),
        offered: e.offered,
        staff: e.staff.map((s) => ({
          staffMemberId: s.staffMemberId,
          displayName: s.displayName,
          reasons: s.reasons.map(reasonToJson),
          remainingCapacity: s.remainingCapacity,
        })),
      };
    });
  });
}

export async function listAppointmentsOutsideRules(
  scope: AdminScope,
  input: OutsideRulesInput,
  options?: CallOptions,
): Promise<OutsideRulesEntry[]> {
  const req = parseInput(S.listAppointmentsOutsideRules, input);
  const b = scope.backend;
  const start = Date.parse(req.start);
  const end = Date.parse(req.end);
  return retrying(async () => {
    const pre = await scope.preRead(req.businessId);
    const prepared = await b.prepare(pre.business, pre.business.staffMembers, { start: start - DAY, end: end + DAY });
    return scope.tx('readonly', ['businesses', 'appointments', 'holds'], req.businessId, options, async (tx, actor) => {
      const access = actor.perms.readAppointments;
      require(access !== 'none');
      const business = actor.business;
      const rows = (await bookedAround(b, tx, business, start, end)).filter(
        (a) => a.startMs >= start && a.startMs < end,
      );
      const all = await bookedAround(b, tx, business, start, end);
      const out: OutsideRulesEntry[] = [];
      for (const a of rows) {
        if (access === 'own' && a.staffMemberId !== actor.me.id) continue;
        const service = findService(business, a.serviceId);
        if (!service) {
          out.push({
            appointment: toStaffAppointment(business, a, sessionSize(all, a)),
            reasons: [{ code: 'serviceDeleted', serviceId: a.serviceId }],
          });
          continue;
        }
        if (needsPrepared(business, prepared)) throw new RetryWithFreshConfig();
        const query = slotQuery(
          b,
          { business, service, enforceLeadTime: false, ignoreAppointmentId: a.id, prepared },
          a.startMs,
          all,
          [],
        );
        const check = checkSlotBookable(query, a.startMs, a.staffMemberId);
        const entry = outsideRules(business, a, check, sessionSize(all, a));
        if (entry) out.push(entry);
      }
      return out;
    });
  });
}

/**
 * Booked appointments starting in `[from, to]` (widened by the longest span, so buffers reaching
 * in count), whole; requests waiting for approval hold their time until they lapse (R23).
 */
async function bookedAround(
  b: Backend,
  tx: StoreTx,
  business: Business,
  from: number,
  to: number,
): Promise<StoredAppointment[]> {
  const now = b.now();
  return (await around(tx, business, from, to)).filter((a) => a.status === 'booked' && !isLapsed(a, now));
}
