/**
 * The engine's question for one start (`SlotQueryInput`) built from stored records: what the
 * booking page's free times (customer/booking-page.ts), the admin rules and `place` (placement.ts)
 * all ask. Apart from placement.ts, so that a page on the reference adapter shows free times
 * without downloading the code that books.
 */
import { durationMs } from '../core/duration.js';
import type { SlotQueryInput } from '../core/explain.js';
import { effectivePolicy } from '../core/policy.js';
import type { BusyAppointment, EpochMs } from '../core/types.js';
import type { Backend } from './backend.js';
import type { PlaceRequest } from './placement.js';
import { keptBusy, type BusyRecord, type StoredHold } from './store.js';

/** A stored appointment or hold (the same fields) as the engine sees it. */
export function toBusy(
  a: Pick<BusyRecord, 'id' | 'serviceId' | 'staffMemberId' | 'startMs' | 'endMs' | 'preBufferMs' | 'postBufferMs'>,
): BusyAppointment {
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

/** Engine forms of the stores' kept answers (issue 24: store.ts `keptBusy`). */
const engineForms = new WeakMap<readonly BusyRecord[], readonly BusyAppointment[]>();

/** `appointments` in the engine's form; made once for a kept answer, which never changes. */
export function engineForm(appointments: readonly BusyRecord[]): readonly BusyAppointment[] {
  let busy = engineForms.get(appointments);
  if (!busy) {
    busy = appointments.map(toBusy);
    // Shared by every question on the same answer: read-only by type (the engine only reads it).
    if (keptBusy.has(appointments)) engineForms.set(appointments, busy);
  }
  return busy;
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
    appointments: engineForm(appointments),
    holds: holds.map(toBusy),
    personalCalendars: req.prepared.personalCalendars,
  };
  if (req.ignoreAppointmentId !== undefined) query.ignoreAppointmentId = req.ignoreAppointmentId;
  if (req.prepared.recurrence) query.recurrence = req.prepared.recurrence;
  if (req.durationMs !== undefined) query.durationMs = req.durationMs;
  return query;
}
