/**
 * R9: which free staff member takes an "Anyone" booking. Deterministic given the same inputs
 * (the random source is an input), and independent of the order the candidates arrive in.
 */
import type { AssignStaffInput } from './engine-types.js';
import { epochToWall, zonedDayInterval } from './time.js';
import type { EpochMs } from './types.js';

/**
 * Picks one of `input.candidates`:
 * - `random`: uniformly, with `input.random` (required; Microsoft Bookings' behaviour);
 * - `roundRobin`: the one whose last assignment is oldest (never assigned first), ties by id;
 * - `leastBooked`: fewest appointments that business-zone day, then fewest in `window`,
 *   then the oldest last assignment, then id.
 * Throws RangeError when there is no candidate.
 */
export function assignStaff(input: AssignStaffInput): string {
  const candidates = [...new Set(input.candidates)].sort(compareIds);
  if (candidates.length === 0) throw new RangeError('no free staff member to assign');
  switch (input.strategy) {
    case 'random': {
      if (!input.random) throw new TypeError("staffAssignment 'random' needs input.random, a source in [0, 1)");
      if (candidates.length === 1) return candidates[0];
      const i = Math.floor(input.random() * candidates.length);
      return candidates[Math.min(candidates.length - 1, Math.max(0, i))];
    }
    case 'roundRobin': {
      const last = lastAssignments(input, candidates);
      return pickMin(candidates, (id) => [last.get(id)!]);
    }
    case 'leastBooked': {
      const last = lastAssignments(input, candidates);
      const tz = input.timeZone;
      const day = zonedDayInterval(epochToWall(input.slot.start, tz).date, tz);
      const window = input.window ?? { start: -Infinity, end: Infinity };
      const perDay = new Map<string, number>();
      const perWindow = new Map<string, number>();
      for (const a of input.appointments) {
        if (a.start >= day.start && a.start < day.end)
          perDay.set(a.staffMemberId, (perDay.get(a.staffMemberId) ?? 0) + 1);
        if (a.start >= window.start && a.start < window.end) {
          perWindow.set(a.staffMemberId, (perWindow.get(a.staffMemberId) ?? 0) + 1);
        }
      }
      return pickMin(candidates, (id) => [perDay.get(id) ?? 0, perWindow.get(id) ?? 0, last.get(id)!]);
    }
  }
}

/** Code-unit order: the same everywhere, unlike `localeCompare`. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Each candidate's last assignment: given, else the latest `createdAt ?? start`, else never. */
function lastAssignments(input: AssignStaffInput, candidates: readonly string[]): Map<string, EpochMs> {
  const last = new Map<string, EpochMs>();
  for (const id of candidates) last.set(id, input.lastAssignedAt?.[id] ?? -Infinity);
  if (input.lastAssignedAt) return last;
  for (const a of input.appointments) {
    if (input.serviceId !== undefined && a.serviceId !== input.serviceId) continue;
    const seen = last.get(a.staffMemberId);
    if (seen === undefined) continue;
    const at = a.createdAt ?? a.start;
    if (at > seen) last.set(a.staffMemberId, at);
  }
  return last;
}

/** The candidate with the lexicographically smallest key; candidates are sorted, so ties go to the smallest id. */
function pickMin(candidates: readonly string[], key: (id: string) => number[]): string {
  let best = candidates[0];
  let bestKey = key(best);
  for (let i = 1; i < candidates.length; i++) {
    const id = candidates[i];
    const k = key(id);
    let cmp = 0;
    // Explicit comparisons: keys may be −Infinity ("never assigned"), and −∞ − −∞ is NaN.
    for (let j = 0; j < k.length && cmp === 0; j++) cmp = k[j] < bestKey[j] ? -1 : k[j] > bestKey[j] ? 1 : 0;
    if (cmp < 0) {
      best = id;
      bestKey = k;
    }
  }
  return best;
}
