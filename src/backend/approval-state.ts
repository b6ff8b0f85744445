/** R23: when a request for approval expires, and whether it has (see approval.ts). */
import { durationMs } from '../core/duration.js';
import type { EpochMs, Service } from '../core/types.js';
import type { BusyRecord } from './store.js';

/** When a request made at `nowMs` for `startMs` expires unanswered. */
export function approvalExpiry(service: Service, nowMs: EpochMs, startMs: EpochMs): EpochMs {
  return Math.min(nowMs + durationMs(service.approvalExpiresAfter ?? 'P1D'), startMs);
}

/** A request whose time to be answered has passed (it no longer holds its time). */
export function isLapsed(a: Pick<BusyRecord, 'status' | 'approval' | 'approvalExpiresAtMs'>, nowMs: EpochMs): boolean {
  return a.status === 'booked' && a.approval === 'pending' && (a.approvalExpiresAtMs ?? Infinity) <= nowMs;
}
