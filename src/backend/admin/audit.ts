/** The privacy log (exports, erasures, merges of customer records): who and when, never personal data. */
import { toIso } from '../boundary.js';
import { newId } from '../crypto.js';
import type { StoredAuditEntry, StoreTx } from '../store.js';
import type { Actor, AdminScope } from './admin-scope.js';

/** Writes one entry of the privacy log. */
export async function audit(
  scope: AdminScope,
  tx: StoreTx,
  actor: Actor,
  action: StoredAuditEntry['action'],
  customerId: string,
  mergedIds?: string[],
): Promise<void> {
  const atMs = scope.backend.now();
  await tx.put('audit', {
    id: newId('log'),
    businessId: actor.business.id,
    atMs,
    at: toIso(atMs),
    action,
    staffMemberId: actor.me.id,
    staffMemberName: actor.me.displayName,
    customerId,
    ...(mergedIds ? { mergedIds } : {}),
  });
}
