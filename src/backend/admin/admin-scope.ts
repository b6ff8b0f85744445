/**
 * What every admin call shares (R18): who is acting, in which business, with which permissions,
 * read in the same transaction as the change it authorises (so a demotion in another tab takes
 * effect at once); the transaction helper; and the edit of one item of a business's collections.
 *
 * Identity across businesses (R20): the adapter acts for a staff member of a home business. In
 * another business it acts as the staff member there with the same email address
 * (case-insensitive); a staff member without an email belongs to their home business only.
 */
import type { Business, StaffMember } from '../../core/types.js';
import { pruneTranslations } from '../../core/content-language.js';
import { businessSchema } from '../../schemas/business.js';
import { templateIssues } from '../../core/message-templates.js';
import { validate } from '../../schemas/validate.js';
import type { CallOptions } from '../../contract/adapter.js';
import { BookingError, type FieldIssue } from '../../contract/errors.js';
import { type Backend, DAY } from '../backend.js';
import { base64url, randomBytes } from '../crypto.js';
import { missingMeetingProviders } from '../connectors/meeting-links.js';
import { ROLE_PERMISSIONS, type Access, type Permissions } from '../../contract/roles.js';
import type { StoredAppointment, StoredBusiness, StoreName, StoreTx, TxMode } from '../store.js';
import { invalid, invalidAt, json, throwIfAborted, toIso } from '../boundary.js';
import { loadMessageText } from '../outbox.js';
import { settleAfterChange } from '../waitlist/waitlist-rules.js';

export const ALL_STORES: readonly StoreName[] = [
  'businesses',
  'appointments',
  'holds',
  'idempotency',
  'outbox',
  'customers',
  'audit',
];

export interface Actor {
  stored: StoredBusiness;
  business: Business;
  me: StaffMember;
  perms: Permissions;
}

export type Collection = 'services' | 'staffMembers' | 'customQuestions' | 'timeOff';

export function forbidden(message = 'Your role does not allow this.'): BookingError {
  return new BookingError('forbidden', message);
}

export function require(condition: boolean, message?: string): void {
  if (!condition) throw forbidden(message);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Shallow merge; `null` removes a field; `deep` keys merge one level further. */
export function applyPatch(
  base: Record<string, unknown>,
  patch: Record<string, unknown>,
  deep: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else if (deep.has(key) && isObject(value) && isObject(out[key])) {
      out[key] = applyPatch(out[key], value);
    } else out[key] = value;
  }
  return out;
}

export function emailKey(email: string | undefined): string | undefined {
  return email?.trim().toLowerCase() || undefined;
}

export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return s || 'item';
}

export function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (;;) {
    const id = `${base.slice(0, 50)}-${base64url(randomBytes(6)).replace(/[^A-Za-z0-9]/g, 'x')}`;
    if (!taken(id)) return id;
  }
}

export class AdminScope {
  readonly backend: Backend;
  private readonly ready: Promise<void>;
  private readonly staffMemberId: string;
  private readonly homeBusinessId: string | undefined;

  constructor(backend: Backend, ready: Promise<void>, staffMemberId: string, homeBusinessId: string | undefined) {
    this.backend = backend;
    this.ready = ready;
    this.staffMemberId = staffMemberId;
    this.homeBusinessId = homeBusinessId;
  }

  /** Who is acting, in which business, with which permissions; read in the caller's transaction. */
  async actor(tx: StoreTx, businessId: string | undefined): Promise<Actor> {
    if (this.homeBusinessId === undefined) throw forbidden('No business is configured.');
    const home = await tx.get('businesses', this.homeBusinessId);
    const homeMe = home?.config.staffMembers.find((s) => s.id === this.staffMemberId);
    if (!home || !homeMe) throw forbidden('Unknown staff member.');
    const targetId = businessId ?? home.id;
    const target = targetId === home.id ? home : await tx.get('businesses', targetId);
    if (!target) throw forbidden('You are not a staff member of that business.');
    let me: StaffMember | undefined = homeMe;
    if (target.id !== home.id) {
      const key = emailKey(homeMe.emailAddress);
      me = key === undefined ? undefined : target.config.staffMembers.find((s) => emailKey(s.emailAddress) === key);
    }
    if (!me || me.role === 'guest') throw forbidden('You have no access to this business.');
    return { stored: target, business: target.config, me, perms: ROLE_PERMISSIONS[me.role] };
  }

  async tx<T>(
    mode: TxMode,
    stores: readonly StoreName[],
    businessId: string | undefined,
    options: CallOptions | undefined,
    fn: (tx: StoreTx, actor: Actor) => Promise<T>,
    lock: 'actor' | 'everything' = 'actor',
  ): Promise<T> {
    throwIfAborted(options);
    await this.ready;
    throwIfAborted(options);
    // The businesses the actor is read from; a shared store locks them before the first read.
    const businessIds = [this.homeBusinessId, businessId].filter((id): id is string => id !== undefined);
    let acted: string | undefined;
    const result = await this.backend.store.run(
      mode,
      stores,
      async (tx) => {
        const actor = await this.actor(tx, businessId);
        acted = actor.business.id;
        const value = await fn(tx, actor);
        // Inside the transaction: an abort now rolls everything back.
        throwIfAborted(options);
        return value;
      },
      lock === 'everything' ? {} : { businessIds },
    );
    // Issue 20: a cancellation, a move or an edit of services, staff or hours may free a place for
    // someone waiting. (The waitlist's own calls name the `waitlist` store and settle themselves.)
    const mayFree = stores.includes('appointments') || stores.includes('businesses');
    if (mode === 'readwrite' && acted !== undefined && mayFree && !stores.includes('waitlist')) {
      await settleAfterChange(this.backend, acted);
    }
    return result;
  }

  /**
   * Loads the acting business before a write transaction, for the asynchronous preparation (and
   * the message texts the write may need: R15).
   */
  async preRead(businessId: string | undefined): Promise<Actor> {
    await Promise.all([this.ready, loadMessageText()]);
    return this.backend.store.run('readonly', ['businesses'], (tx) => this.actor(tx, businessId));
  }

  /** Validates a whole edited business; issues are reported at the caller's paths (`patch.…`). */
  validateBusiness(next: unknown, mapPath: (path: string) => string): Business {
    const r = validate(businessSchema, next);
    if (!r.ok) throw invalid(r.issues.map((i) => ({ path: mapPath(i.path), message: i.message })));
    // Message templates: an unknown placeholder is refused with its place (R15).
    const templates = templateIssues(r.value.messageTemplates);
    if (templates.length > 0) {
      throw invalid(templates.map((i) => ({ path: mapPath(`messageTemplates.${i.path}`), message: i.message })));
    }
    return r.value;
  }

  async saveBusiness(tx: StoreTx, actor: Actor, config: Business): Promise<void> {
    this.checkMeetingProviders(actor.business, config);
    await tx.put('businesses', {
      ...actor.stored,
      config,
      updatedAt: toIso(this.backend.now()),
      revision: actor.stored.revision + 1,
    });
  }

  /**
   * R16: a published page never offers an online service without a meeting-link provider. Publishing
   * such a business is refused, and so is an edit that leaves an online service without one on a
   * published page; one already so (the server's default removed since) does not block other edits.
   */
  checkMeetingProviders(before: Business, after: Business): void {
    if (!after.bookingPageSettings.isPublished) return;
    const settings = this.backend.meetingSettings;
    const missing = missingMeetingProviders(settings, after);
    if (missing.length === 0) return;
    const wasMissing = before.bookingPageSettings.isPublished
      ? new Set(
          missingMeetingProviders(settings, before).map((i) => before.services[Number(/\d+/.exec(i.path)?.[0])]?.id),
        )
      : new Set<string | undefined>();
    const fresh = missing.filter((i) => !wasMissing.has(after.services[Number(/\d+/.exec(i.path)?.[0])]?.id));
    if (fresh.length === 0) return;
    throw new BookingError(
      'policy-violation',
      `An online service needs a meeting-link provider before customers can book it: ${fresh.map((i) => i.message).join(' ')}`,
      { issues: fresh },
    );
  }

  async allAppointments(tx: StoreTx, businessId: string): Promise<StoredAppointment[]> {
    return tx.range('appointments', 'business_start', [businessId, -Infinity], [businessId, Infinity]);
  }

  /** R18b: booked appointments that have not ended yet, matching `pick`. */
  async futureAppointments(
    tx: StoreTx,
    businessId: string,
    pick: (a: StoredAppointment) => boolean,
  ): Promise<StoredAppointment[]> {
    const now = this.backend.now();
    const rows = await tx.range('appointments', 'business_start', [businessId, now - 7 * DAY], [businessId, Infinity]);
    return rows.filter((a) => a.status === 'booked' && a.endMs > now && pick(a));
  }

  refuseWithAppointments(what: string, rows: readonly StoredAppointment[]): BookingError {
    const issues: FieldIssue[] = rows.map((a) => ({
      path: `appointments.${a.id}`,
      message: `${a.serviceName} on ${toIso(a.startMs)} with ${a.customer.name}`,
    }));
    return new BookingError(
      'policy-violation',
      `${what} has ${rows.length} upcoming appointment${rows.length === 1 ? '' : 's'}; reassign or cancel ${rows.length === 1 ? 'it' : 'them'} first.`,
      { issues },
    );
  }

  /** An appointment of the actor's business that `access` lets them at (to change, unless said). */
  async appointment(
    tx: StoreTx,
    actor: Actor,
    appointmentId: string,
    access: Access = actor.perms.writeAppointments,
  ): Promise<StoredAppointment> {
    const a = await tx.get('appointments', appointmentId);
    if (!a || a.businessId !== actor.business.id) throw new BookingError('not-found', 'No such appointment.');
    this.checkAccess(access, actor, a.staffMemberId);
    return a;
  }

  /** The staff members of the business whose calendars are written to (none without a calendar connector). */
  async calendarWriters(businessId: string | undefined): Promise<ReadonlySet<string>> {
    const b = this.backend;
    return b.deps.calendars ? b.calendarWriters((await this.preRead(businessId)).business.id) : new Set<string>();
  }

  checkAccess(access: Access, actor: Actor, staffMemberId: string | undefined): void {
    require(access !== 'none');
    if (access === 'own') require(staffMemberId === actor.me.id, 'You can only do this for your own appointments.');
  }

  async list<T>(collection: Collection, businessId: string | undefined, options?: CallOptions): Promise<T[]> {
    return this.tx('readonly', ['businesses'], businessId, options, (_tx, actor) => {
      require(actor.perms.readSettings);
      return Promise.resolve(json(actor.business[collection] as unknown as T[]));
    });
  }

  /** Creates or updates one item of a collection and validates the whole business, reporting at `field.…`. */
  editCollection<T extends { id: string }>(
    actor: Actor,
    collection: Collection,
    field: string,
    existingId: string | undefined,
    value: Record<string, unknown>,
  ): { config: Business; item: T } {
    const items = actor.business[collection] as unknown as Record<string, unknown>[];
    let index: number;
    let next: Record<string, unknown>[];
    if (existingId === undefined) {
      const taken = (id: string): boolean => items.some((i) => i['id'] === id);
      let id = value['id'];
      if (id === undefined) {
        const base =
          typeof value['displayName'] === 'string'
            ? slug(value['displayName'])
            : collection === 'timeOff'
              ? 'time-off'
              : 'item';
        id = uniqueId(base, taken);
      } else if (typeof id === 'string' && taken(id)) {
        throw invalidAt(`${field}.id`, `already exists: ${id}`);
      }
      index = items.length;
      next = [...items, { ...value, id }];
    } else {
      index = items.findIndex((i) => i['id'] === existingId);
      if (index < 0) throw new BookingError('not-found', `No such ${field}: ${existingId}`);
      if ('id' in value && value['id'] !== existingId) throw invalidAt(`${field}.id`, 'cannot be changed');
      next = items.map((item, i) => (i === index ? applyPatch(item, value) : item));
    }
    const prefix = `${collection}[${index}]`;
    // A renamed option takes its translations with it (issue 17), so the edit cannot trip over them.
    const config = this.validateBusiness(pruneTranslations({ ...actor.business, [collection]: next }), (p) =>
      p === prefix ? field : p.startsWith(`${prefix}.`) ? `${field}.${p.slice(prefix.length + 1)}` : p,
    );
    return { config, item: (config[collection] as unknown as T[])[index] };
  }
}
