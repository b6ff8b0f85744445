/**
 * The first administrator: an account (email + password) and, in the business, a staff member
 * with that email and the administrator role (R18 reads roles from the business, so an account
 * alone could do nothing). Run once on a fresh install (`create-admin`); running it again resets
 * the password and restores the role.
 */
import type { StaffMember } from '../core/types.js';
import type { StoredBusiness } from '../backend/store.js';
import { businessSchema } from '../schemas/business.js';
import { validate } from '../schemas/validate.js';
import { Auth, type StaffUser } from './auth.js';
import type { Database } from './database.js';
import { firstBusinessId, PostgresStore } from './pg-store.js';

export interface CreateAdminInput {
  email: string;
  password: string;
  displayName?: string;
  /** Default: the only business, or the first one stored. */
  businessId?: string;
}

export interface CreateAdminResult {
  user: StaffUser;
  businessId: string;
  staffMemberId: string;
  created: boolean;
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'admin'
  );
}

export async function createAdmin(
  db: Database,
  input: CreateAdminInput,
  now: () => number = () => Date.now(),
): Promise<CreateAdminResult> {
  const auth = new Auth(db, { now });
  const store = new PostgresStore(db);
  let businessId = input.businessId;
  businessId ??= await firstBusinessId(db);
  if (businessId === undefined) {
    throw new Error(
      'There is no business yet: start the server once with a seed configuration, then run create-admin.',
    );
  }
  const email = input.email.trim();
  const key = email.toLowerCase();
  const displayName = input.displayName ?? email.split('@')[0] ?? email;
  const id = businessId;
  const outcome = await store.run(
    'readwrite',
    ['businesses'],
    async (tx) => {
      const stored = await tx.get('businesses', id);
      if (!stored) throw new Error(`No business with id ${id}.`);
      const staff = stored.config.staffMembers;
      const existing = staff.find((s) => s.emailAddress?.trim().toLowerCase() === key);
      let staffMembers: StaffMember[];
      let staffMemberId: string;
      if (existing) {
        staffMemberId = existing.id;
        staffMembers = staff.map((s) => (s === existing ? { ...s, role: 'administrator' as const } : s));
      } else {
        let candidate = slug(displayName);
        for (let n = 2; staff.some((s) => s.id === candidate); n++) candidate = `${slug(displayName)}-${n}`;
        staffMemberId = candidate;
        staffMembers = [
          ...staff,
          {
            id: candidate,
            displayName,
            emailAddress: email,
            role: 'administrator',
            useBusinessHours: true,
            availabilityIsAffectedByPersonalCalendar: false,
            isBookable: false,
          },
        ];
      }
      const r = validate(businessSchema, { ...stored.config, staffMembers });
      if (!r.ok)
        throw new Error(
          `The business would not be valid: ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
        );
      const next: StoredBusiness = {
        ...stored,
        config: r.value,
        updatedAt: new Date(now()).toISOString(),
        revision: stored.revision + 1,
      };
      await tx.put('businesses', next);
      return { staffMemberId, created: !existing };
    },
    { businessIds: [id] },
  );
  const user = await auth.setPassword(email, input.password, input.displayName);
  return { user, businessId: id, ...outcome };
}
