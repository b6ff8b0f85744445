/**
 * R9's round-robin history, wherever the store keeps it: in rows of its own (`StoreTx.lastAssigned`,
 * PostgreSQL's migration 8), so a booking leaves the business document alone, or in the business
 * document (`StoredBusiness.lastAssigned`, the memory and IndexedDB stores).
 */
import type { EpochMs } from '../core/types.js';
import type { StoredBusiness, StoreTx } from './store.js';

/** When each staff member was last assigned a booking of `serviceId`. */
export async function lastAssignedOf(
  tx: StoreTx,
  stored: StoredBusiness,
  serviceId: string,
): Promise<Record<string, EpochMs> | undefined> {
  return tx.lastAssigned ? tx.lastAssigned(stored.id, serviceId) : stored.lastAssigned?.[serviceId];
}

/**
 * Records the assignments `assigned` (staff member → when) of `serviceId`, in the transaction that
 * books them. A store without rows of its own rewrites the business document `stored`.
 */
export async function recordAssigned(
  tx: StoreTx,
  stored: StoredBusiness,
  serviceId: string,
  assigned: Record<string, EpochMs>,
): Promise<void> {
  if (tx.assigned) {
    for (const [staffMemberId, atMs] of Object.entries(assigned)) {
      await tx.assigned(stored.id, serviceId, staffMemberId, atMs);
    }
    return;
  }
  const all = stored.lastAssigned ?? {};
  await tx.put('businesses', { ...stored, lastAssigned: { ...all, [serviceId]: { ...all[serviceId], ...assigned } } });
}
