/** Business info, page settings and publishing, and the businesses a staff member belongs to (R17, R20). */
import type { Business } from '../../core/types.js';
import {
  adminAdapterInputSchemas as S,
  BUSINESS_PATCH_FIELDS,
  type BusinessScope,
  type BusinessSummary,
  type UpdateBusinessInput,
} from '../../schemas/admin.js';
import type { CallOptions } from '../../contract/adapter.js';
import { invalid, json, parseInput } from '../boundary.js';
import { type AdminScope, applyPatch, emailKey, require } from './admin-scope.js';

export async function getBusiness(scope: AdminScope, input: BusinessScope, options?: CallOptions): Promise<Business> {
  const req = parseInput(S.getBusiness, input);
  return scope.tx('readonly', ['businesses'], req.businessId, options, (_tx, actor) => {
    require(actor.perms.readSettings);
    return Promise.resolve(json(actor.business));
  });
}

export async function updateBusiness(
  scope: AdminScope,
  input: UpdateBusinessInput,
  options?: CallOptions,
): Promise<Business> {
  const req = parseInput(S.updateBusiness, input);
  const allowed = new Set<string>(BUSINESS_PATCH_FIELDS);
  const bad = Object.keys(req.patch).filter((k) => !allowed.has(k));
  if (bad.length > 0) {
    throw invalid(bad.map((k) => ({ path: `patch.${k}`, message: 'cannot be changed with updateBusiness' })));
  }
  return scope.tx('readwrite', ['businesses'], req.businessId, options, async (tx, actor) => {
    require(actor.perms.writeSettings);
    const patched = Object.keys(req.patch);
    const next = applyPatch(
      actor.business as unknown as Record<string, unknown>,
      req.patch,
      new Set(['schedulingPolicy', 'bookingPageSettings', 'address']),
    );
    const config = scope.validateBusiness(next, (p) =>
      patched.some((k) => p === k || p.startsWith(`${k}.`) || p.startsWith(`${k}[`)) ? `patch.${p}` : p,
    );
    await scope.saveBusiness(tx, actor, config);
    return json(config);
  });
}

export async function publish(scope: AdminScope, input: BusinessScope, options?: CallOptions): Promise<Business> {
  return setPublished(scope, input, true, options);
}

export async function unpublish(scope: AdminScope, input: BusinessScope, options?: CallOptions): Promise<Business> {
  return setPublished(scope, input, false, options);
}

async function setPublished(
  scope: AdminScope,
  input: BusinessScope,
  isPublished: boolean,
  options?: CallOptions,
): Promise<Business> {
  const req = parseInput(S.publish, input);
  return scope.tx('readwrite', ['businesses'], req.businessId, options, async (tx, actor) => {
    require(actor.perms.writeSettings);
    const config = { ...actor.business, bookingPageSettings: { ...actor.business.bookingPageSettings, isPublished } };
    await scope.saveBusiness(tx, actor, config);
    return json(config);
  });
}

export async function listBusinesses(
  scope: AdminScope,
  input: Record<string, never>,
  options?: CallOptions,
): Promise<BusinessSummary[]> {
  parseInput(S.listBusinesses, input);
  return scope.tx('readonly', ['businesses'], undefined, options, async (tx, actor) => {
    const key = emailKey(actor.me.emailAddress);
    const all = await tx.getAll('businesses');
    const out: BusinessSummary[] = [];
    for (const stored of all) {
      const me =
        stored.id === actor.business.id
          ? actor.me
          : key === undefined
            ? undefined
            : stored.config.staffMembers.find((s) => emailKey(s.emailAddress) === key);
      if (!me || me.role === 'guest') continue;
      out.push({
        id: stored.id,
        displayName: stored.config.displayName,
        staffMemberId: me.id,
        role: me.role,
        isPublished: stored.config.bookingPageSettings.isPublished,
      });
    }
    return out;
  });
}
