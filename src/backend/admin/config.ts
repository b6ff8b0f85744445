/** A whole configuration out and in (clone a calendar, R20). */
import type { Business } from '../../core/types.js';
import { adminAdapterInputSchemas as S, type BusinessScope, type ImportConfigInput } from '../../schemas/admin.js';
import { businessSchema } from '../../schemas/business.js';
import { validate, type SchemaIssue } from '../../schemas/validate.js';
import type { CallOptions } from '../../contract/adapter.js';
import { invalid, invalidAt, json, parseInput, toIso } from '../boundary.js';
import { type AdminScope, emailKey, require, slug, uniqueId } from './admin-scope.js';

export async function exportConfig(scope: AdminScope, input: BusinessScope, options?: CallOptions): Promise<Business> {
  const req = parseInput(S.exportConfig, input);
  return scope.tx('readonly', ['businesses'], req.businessId, options, (_tx, actor) => {
    require(actor.perms.exportConfig, 'Only administrators can export the configuration.');
    return Promise.resolve(json(actor.business));
  });
}

/**
 * Clones a configuration as a new calendar: a new id (`newId`, or the source id with `-copy`),
 * no appointments, unpublished until an administrator publishes it, and the importer an
 * administrator of it (added as a non-bookable staff member when not already in it).
 */
export async function importConfig(
  scope: AdminScope,
  input: ImportConfigInput,
  options?: CallOptions,
): Promise<Business> {
  const req = parseInput(S.importConfig, input);
  const r = validate(businessSchema, req.config);
  if (!r.ok)
    throw invalid(
      r.issues.map((i: SchemaIssue) => ({ path: i.path ? `config.${i.path}` : 'config', message: i.message })),
    );
  const source = r.value;
  return scope.tx(
    'readwrite',
    ['businesses'],
    undefined,
    options,
    async (tx, actor) => {
      require(actor.perms.exportConfig, 'Only administrators can import a configuration.');
      let id = req.newId;
      if (id !== undefined) {
        if (await tx.get('businesses', id)) throw invalidAt('newId', `a business with id ${id} already exists`);
      } else {
        const base = `${source.id.slice(0, 50)}-copy`;
        id = base;
        for (let n = 2; await tx.get('businesses', id); n++) id = `${base}-${n}`;
      }
      const key = emailKey(actor.me.emailAddress);
      let staffMembers = source.staffMembers;
      const existing = key === undefined ? undefined : staffMembers.find((s) => emailKey(s.emailAddress) === key);
      if (existing) {
        staffMembers = staffMembers.map((s) => (s === existing ? { ...s, role: 'administrator' as const } : s));
      } else {
        const newStaffId = uniqueId(slug(actor.me.displayName), (x) => staffMembers.some((s) => s.id === x));
        staffMembers = [
          ...staffMembers,
          {
            id: newStaffId,
            displayName: actor.me.displayName,
            ...(actor.me.emailAddress !== undefined ? { emailAddress: actor.me.emailAddress } : {}),
            role: 'administrator',
            useBusinessHours: true,
            availabilityIsAffectedByPersonalCalendar: false,
            isBookable: false,
          },
        ];
      }
      const config = scope.validateBusiness(
        {
          ...source,
          id,
          ...(req.displayName !== undefined ? { displayName: req.displayName } : {}),
          staffMembers,
          bookingPageSettings: { ...source.bookingPageSettings, isPublished: false },
        },
        (p) => (p ? `config.${p}` : 'config'),
      );
      const now = toIso(scope.backend.now());
      await tx.put('businesses', { id, config, createdAt: now, updatedAt: now, revision: 1, lastAssigned: {} });
      return json(config);
      // A new business id: nothing narrower than the whole store can be locked in advance.
    },
    'everything',
  );
}
