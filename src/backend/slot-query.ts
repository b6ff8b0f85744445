/**
 * The engine's question for one start (`SlotQueryInput`) built from stored records: what the
 * booking page's free times (customer/booking-page.ts), the admin rules and `place` (placement.ts)
 * all ask. Apart from placement.ts, so that a page on the reference adapter shows free times
 * without downloading the code that books.
 */
import { durationMs } from '../core/duration.js';
import type { Hold } from '../core/engine-types.js';
import type { SlotQueryInput } from '../core/explain.js';
import { effectivePolicy } from '../core/policy.js';
import type { BusyAppointment, EpochMs } from '../core/types.js';
import type { Backend } from './backend.js';
import type { PlaceRequest } from './placement.js';
import type { BusyRecord, StoredHold } from './store.js';

export function toBusy(a: BusyRecord): BusyAppointment {
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

/** The engine's question for one start, with the injected clock (shifted to satisfy R5 when overriding). */
export function slotQuery(
  b: Backend,
  req: Pick<
    PlaceRequest,
    'business' | 'service' | 'enforceLeadTime' | 'ignoreAppointmentId' | 'prepared' | 'durationMs'
  >,
  startMs: EpochMs,
  appointments: readonly BusyRecord[],
  holds: readonly StoredHold[],
): SlotQueryInput {
  const policy = effectivePolicy(req.business, req.service);
  // Overriding lead times: ask as if it were `start − minimumLeadTime`, the one clock reading at
  // which R5 holds exactly (maximumAdvance − minimumLeadTime ≥ 24 h), and nothing else changes.
  const now = req.enforceLeadTime ? b.now() : startMs - durationMs(policy.minimumLeadTime);
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
  if (req.durationMs !== undefined) query.durationMs = req.durationMs;
  return query;
}
