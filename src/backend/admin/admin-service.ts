/**
 * The reference adapter's admin side (`BookingAdminAdapter`), acting for one staff member and
 * enforcing their role on every call (R18, roles.ts). The role is read inside the same
 * transaction as the change it authorises, so a demotion in another tab takes effect at once.
 *
 * Identity across businesses (R20): the adapter acts for a staff member of a home business. In
 * another business it acts as the staff member there with the same email address
 * (case-insensitive); a staff member without an email belongs to their home business only.
 */
import { durationMs } from '../../core/duration.js';
import { explainAvailability as explainEngine, checkSlotBookable } from '../../core/explain.js';
import { needsRecurrence } from '../../core/schedule.js';
import { epochToWall, formatTimeOfDay } from '../../core/time.js';
import type { Business, CustomQuestion, Service, StaffMember, TimeOff } from '../../core/types.js';
import {
  adminAdapterInputSchemas as S,
  BUSINESS_PATCH_FIELDS,
  REPORT_DAYS,
  type AvailabilityExplanationJson,
  type BusinessScope,
  type BusinessSummary,
  type CalendarSyncStatus,
  type CancelAppointmentInput,
  type CreateAppointmentInput,
  type CreateAppointmentResult,
  type CreateCustomQuestionInput,
  type CreateServiceInput,
  type CreateStaffMemberInput,
  type CreateTimeOffInput,
  type CustomerRecord,
  type DeleteCustomQuestionInput,
  type DeleteServiceInput,
  type DeleteStaffMemberInput,
  type DeleteTimeOffInput,
  type ExplainAvailabilityInput,
  type ExportReportInput,
  type ImportConfigInput,
  type ListAppointmentsInput,
  type ListCustomersInput,
  type ListOutboxInput,
  type ListTimeOffInput,
  type OutboxMessage,
  type OutsideRulesEntry,
  type OutsideRulesInput,
  type Report,
  type RescheduleAppointmentInput,
  type StaffAppointment,
  type UpdateBusinessInput,
  type UpdateCustomQuestionInput,
  type UpdateServiceInput,
  type UpdateStaffMemberInput,
  type UpdateTimeOffInput,
} from '../../schemas/admin.js';
import { businessSchema } from '../../schemas/business.js';
import { checkBookingDetails } from '../../schemas/booking-details.js';
import { validate, type SchemaIssue } from '../../schemas/validate.js';
import type { BookingAdminAdapter, CallOptions } from '../../contract/adapter.js';
import { BookingError, type FieldIssue } from '../../contract/errors.js';
import type { Backend } from '../backend.js';
import { RetryWithFreshConfig, findService, findStaffMember, reasonToJson, type Prepared } from '../backend.js';
import { base64url, newId, randomBytes, sha256Hex } from '../crypto.js';
import { formatTable } from './report-table.js';
import { ROLE_PERMISSIONS, type Access, type Permissions } from '../../contract/roles.js';
import type { StoredAppointment, StoredBusiness, StoredOutboxMessage, StoreName, StoreTx, TxMode } from '../store.js';
import { invalid, invalidAt, json, parseInput, throwIfAborted, toIso } from '../util.js';

const DAY = 86_400_000;
const ALL_STORES: readonly StoreName[] = ['businesses', 'appointments', 'holds', 'idempotency', 'outbox'];
/** What a teamMember may change on their own staff record ("own availability"). */
const OWN_STAFF_FIELDS = new Set([
  'workingHours',
  'useBusinessHours',
  'timeZone',
  'availabilityIsAffectedByPersonalCalendar',
]);

interface Actor {
  stored: StoredBusiness;
  business: Business;
  me: StaffMember;
  perms: Permissions;
}

type Collection = 'services' | 'staffMembers' | 'customQuestions' | 'timeOff';

function forbidden(message = 'Your role does not allow this.'): BookingError {
  return new BookingError('forbidden', message);
}

function require(condition: boolean, message?: string): void {
  if (!condition) throw forbidden(message);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Shallow merge; `null` removes a field; `deep` keys merge one level further. */
function applyPatch(
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

function emailKey(email: string | undefined): string | undefined {
  return email?.trim().toLowerCase() || undefined;
}

function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return s || 'item';
}

function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (;;) {
    const id = `${base.slice(0, 50)}-${base64url(randomBytes(6)).replace(/[^A-Za-z0-9]/g, 'x')}`;
    if (!taken(id)) return id;
  }
}

export class ReferenceAdminAdapter implements BookingAdminAdapter {
  private readonly backend: Backend;
  private readonly ready: Promise<void>;
  private readonly staffMemberId: string;
  private readonly homeBusinessId: string | undefined;

  constructor(backend: Backend, ready: Promise<void>, staffMemberId: string, homeBusinessId: string | undefined) {
    this.backend = backend;
    this.ready = ready;
    this.staffMemberId = staffMemberId;
    this.homeBusinessId = homeBusinessId;
  }

  // ---------------------------------------------------------------- plumbing

  /** Who is acting, in which business, with which permissions; read in the caller's transaction. */
  private async actor(tx: StoreTx, businessId: string | undefined): Promise<Actor> {
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

  private async tx<T>(
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
    const result = await this.backend.store.run(
      mode,
      stores,
      async (tx) => {
        const actor = await this.actor(tx, businessId);
        const value = await fn(tx, actor);
        // Inside the transaction: an abort now rolls everything back.
        throwIfAborted(options);
        return value;
      },
      lock === 'everything' ? {} : { businessIds },
    );
    return result;
  }

  private async retrying<T>(attempt: () => Promise<T>): Promise<T> {
    for (let i = 0; ; i++) {
      try {
        return await attempt();
      } catch (error) {
        if (!(error instanceof RetryWithFreshConfig) || i >= 2) throw error;
      }
    }
  }

  /** Validates a whole edited business; issues are reported at the caller's paths (`patch.…`). */
  private validateBusiness(next: unknown, mapPath: (path: string) => string): Business {
    const r = validate(businessSchema, next);
    if (!r.ok) throw invalid(r.issues.map((i) => ({ path: mapPath(i.path), message: i.message })));
    return r.value;
  }

  private async saveBusiness(tx: StoreTx, actor: Actor, config: Business): Promise<void> {
    await tx.put('businesses', {
      ...actor.stored,
      config,
      updatedAt: toIso(this.backend.now()),
      revision: actor.stored.revision + 1,
    });
  }

  private async allAppointments(tx: StoreTx, businessId: string): Promise<StoredAppointment[]> {
    return tx.range('appointments', 'business_start', [businessId, -Infinity], [businessId, Infinity]);
  }

  /** R18b: booked appointments that have not ended yet, matching `pick`. */
  private async futureAppointments(
    tx: StoreTx,
    businessId: string,
    pick: (a: StoredAppointment) => boolean,
  ): Promise<StoredAppointment[]> {
    const now = this.backend.now();
    const rows = await tx.range('appointments', 'business_start', [businessId, now - 7 * DAY], [businessId, Infinity]);
    return rows.filter((a) => a.status === 'booked' && a.endMs > now && pick(a));
  }

  private refuseWithAppointments(what: string, rows: readonly StoredAppointment[]): BookingError {
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

  private checkAccess(access: Access, actor: Actor, staffMemberId: string | undefined): void {
    require(access !== 'none');
    if (access === 'own') require(staffMemberId === actor.me.id, 'You can only do this for your own appointments.');
  }

  // ---------------------------------------------------------------- business

  async getBusiness(input: BusinessScope, options?: CallOptions): Promise<Business> {
    const req = parseInput(S.getBusiness, input);
    return this.tx('readonly', ['businesses'], req.businessId, options, (_tx, actor) => {
      require(actor.perms.readSettings);
      return Promise.resolve(json(actor.business));
    });
  }

  async updateBusiness(input: UpdateBusinessInput, options?: CallOptions): Promise<Business> {
    const req = parseInput(S.updateBusiness, input);
    const allowed = new Set<string>(BUSINESS_PATCH_FIELDS);
    const bad = Object.keys(req.patch).filter((k) => !allowed.has(k));
    if (bad.length > 0) {
      throw invalid(bad.map((k) => ({ path: `patch.${k}`, message: 'cannot be changed with updateBusiness' })));
    }
    return this.tx('readwrite', ['businesses'], req.businessId, options, async (tx, actor) => {
      require(actor.perms.writeSettings);
      const patched = Object.keys(req.patch);
      const next = applyPatch(
        actor.business as unknown as Record<string, unknown>,
        req.patch,
        new Set(['schedulingPolicy', 'bookingPageSettings', 'address']),
      );
      const config = this.validateBusiness(next, (p) =>
        patched.some((k) => p === k || p.startsWith(`${k}.`) || p.startsWith(`${k}[`)) ? `patch.${p}` : p,
      );
      await this.saveBusiness(tx, actor, config);
      return json(config);
    });
  }

  async publish(input: BusinessScope, options?: CallOptions): Promise<Business> {
    return this.setPublished(input, true, options);
  }

  async unpublish(input: BusinessScope, options?: CallOptions): Promise<Business> {
    return this.setPublished(input, false, options);
  }

  private async setPublished(input: BusinessScope, isPublished: boolean, options?: CallOptions): Promise<Business> {
    const req = parseInput(S.publish, input);
    return this.tx('readwrite', ['businesses'], req.businessId, options, async (tx, actor) => {
      require(actor.perms.writeSettings);
      const config = { ...actor.business, bookingPageSettings: { ...actor.business.bookingPageSettings, isPublished } };
      await this.saveBusiness(tx, actor, config);
      return json(config);
    });
  }

  // ---------------------------------------------------------------- collections

  private async list<T>(collection: Collection, businessId: string | undefined, options?: CallOptions): Promise<T[]> {
    return this.tx('readonly', ['businesses'], businessId, options, (_tx, actor) => {
      require(actor.perms.readSettings);
      return Promise.resolve(json(actor.business[collection] as unknown as T[]));
    });
  }

  /** Creates or updates one item of a collection and validates the whole business, reporting at `field.…`. */
  private editCollection<T extends { id: string }>(
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
    const config = this.validateBusiness({ ...actor.business, [collection]: next }, (p) =>
      p === prefix ? field : p.startsWith(`${prefix}.`) ? `${field}.${p.slice(prefix.length + 1)}` : p,
    );
    return { config, item: (config[collection] as unknown as T[])[index] };
  }

  listServices(input: BusinessScope, options?: CallOptions): Promise<Service[]> {
    return this.list<Service>('services', parseInput(S.listServices, input).businessId, options);
  }

  async createService(input: CreateServiceInput, options?: CallOptions): Promise<Service> {
    const req = parseInput(S.createService, input);
    return this.tx('readwrite', ['businesses'], req.businessId, options, async (tx, actor) => {
      require(actor.perms.writeSettings);
      const { config, item } = this.editCollection<Service>(actor, 'services', 'service', undefined, req.service);
      await this.saveBusiness(tx, actor, config);
      return json(item);
    });
  }

  async updateService(input: UpdateServiceInput, options?: CallOptions): Promise<Service> {
    const req = parseInput(S.updateService, input);
    return this.tx('readwrite', ['businesses'], req.businessId, options, async (tx, actor) => {
      require(actor.perms.writeSettings);
      // Buffers and durations may change: booked appointments keep theirs (R18b), see listAppointmentsOutsideRules.
      const { config, item } = this.editCollection<Service>(actor, 'services', 'patch', req.serviceId, req.patch);
      await this.saveBusiness(tx, actor, config);
      return json(item);
    });
  }

  async deleteService(input: DeleteServiceInput, options?: CallOptions): Promise<void> {
    const req = parseInput(S.deleteService, input);
    await this.tx('readwrite', ['businesses', 'appointments'], req.businessId, options, async (tx, actor) => {
      require(actor.perms.writeSettings);
      const service = findService(actor.business, req.serviceId);
      if (!service) throw new BookingError('not-found', `No such service: ${req.serviceId}`);
      const upcoming = await this.futureAppointments(tx, actor.business.id, (a) => a.serviceId === service.id);
      if (upcoming.length > 0) throw this.refuseWithAppointments(`The service ${service.displayName}`, upcoming);
      await this.saveBusiness(tx, actor, {
        ...actor.business,
        services: actor.business.services.filter((s) => s.id !== service.id),
      });
    });
  }

  listStaffMembers(input: BusinessScope, options?: CallOptions): Promise<StaffMember[]> {
    return this.list<StaffMember>('staffMembers', parseInput(S.listStaffMembers, input).businessId, options);
  }

  async createStaffMember(input: CreateStaffMemberInput, options?: CallOptions): Promise<StaffMember> {
    const req = parseInput(S.createStaffMember, input);
    return this.tx('readwrite', ['businesses'], req.businessId, options, async (tx, actor) => {
      require(actor.perms.writeSettings);
      const { config, item } = this.editCollection<StaffMember>(
        actor,
        'staffMembers',
        'staffMember',
        undefined,
        req.staffMember,
      );
      await this.saveBusiness(tx, actor, config);
      return json(item);
    });
  }

  async updateStaffMember(input: UpdateStaffMemberInput, options?: CallOptions): Promise<StaffMember> {
    const req = parseInput(S.updateStaffMember, input);
    return this.tx('readwrite', ['businesses'], req.businessId, options, async (tx, actor) => {
      const own = req.staffMemberId === actor.me.id && actor.perms.writeAvailability === 'own';
      if (!actor.perms.writeSettings) {
        require(own, 'You can only change your own working hours.');
        const bad = Object.keys(req.patch).filter((k) => !OWN_STAFF_FIELDS.has(k));
        require(bad.length === 0, `You can only change your own working hours, not ${bad.join(', ')}.`);
      }
      const { config, item } = this.editCollection<StaffMember>(
        actor,
        'staffMembers',
        'patch',
        req.staffMemberId,
        req.patch,
      );
      if (!config.staffMembers.some((s) => s.role === 'administrator')) {
        throw new BookingError('policy-violation', 'A business needs at least one administrator.');
      }
      await this.saveBusiness(tx, actor, config);
      return json(item);
    });
  }

  async deleteStaffMember(input: DeleteStaffMemberInput, options?: CallOptions): Promise<void> {
    const req = parseInput(S.deleteStaffMember, input);
    await this.tx('readwrite', ['businesses', 'appointments'], req.businessId, options, async (tx, actor) => {
      require(actor.perms.writeSettings);
      const staff = findStaffMember(actor.business, req.staffMemberId);
      if (!staff) throw new BookingError('not-found', `No such staff member: ${req.staffMemberId}`);
      const upcoming = await this.futureAppointments(tx, actor.business.id, (a) => a.staffMemberId === staff.id);
      if (upcoming.length > 0) throw this.refuseWithAppointments(staff.displayName, upcoming);
      const staffMembers = actor.business.staffMembers.filter((s) => s.id !== staff.id);
      if (!staffMembers.some((s) => s.role === 'administrator')) {
        throw new BookingError('policy-violation', 'A business needs at least one administrator.');
      }
      await this.saveBusiness(tx, actor, {
        ...actor.business,
        staffMembers,
        services: actor.business.services.map((s) => ({
          ...s,
          staffMemberIds: s.staffMemberIds.filter((id) => id !== staff.id),
        })),
        timeOff: actor.business.timeOff.filter((t) => t.staffMemberId !== staff.id),
      });
    });
  }

  listCustomQuestions(input: BusinessScope, options?: CallOptions): Promise<CustomQuestion[]> {
    return this.list<CustomQuestion>('customQuestions', parseInput(S.listCustomQuestions, input).businessId, options);
  }

  async createCustomQuestion(input: CreateCustomQuestionInput, options?: CallOptions): Promise<CustomQuestion> {
    const req = parseInput(S.createCustomQuestion, input);
    return this.tx('readwrite', ['businesses'], req.businessId, options, async (tx, actor) => {
      require(actor.perms.writeSettings);
      const { config, item } = this.editCollection<CustomQuestion>(
        actor,
        'customQuestions',
        'customQuestion',
        undefined,
        req.customQuestion,
      );
      await this.saveBusiness(tx, actor, config);
      return json(item);
    });
  }

  async updateCustomQuestion(input: UpdateCustomQuestionInput, options?: CallOptions): Promise<CustomQuestion> {
    const req = parseInput(S.updateCustomQuestion, input);
    return this.tx('readwrite', ['businesses'], req.businessId, options, async (tx, actor) => {
      require(actor.perms.writeSettings);
      const { config, item } = this.editCollection<CustomQuestion>(
        actor,
        'customQuestions',
        'patch',
        req.customQuestionId,
        req.patch,
      );
      await this.saveBusiness(tx, actor, config);
      return json(item);
    });
  }

  async deleteCustomQuestion(input: DeleteCustomQuestionInput, options?: CallOptions): Promise<void> {
    const req = parseInput(S.deleteCustomQuestion, input);
    await this.tx('readwrite', ['businesses'], req.businessId, options, async (tx, actor) => {
      require(actor.perms.writeSettings);
      if (!actor.business.customQuestions.some((q) => q.id === req.customQuestionId)) {
        throw new BookingError('not-found', `No such custom question: ${req.customQuestionId}`);
      }
      await this.saveBusiness(tx, actor, {
        ...actor.business,
        customQuestions: actor.business.customQuestions.filter((q) => q.id !== req.customQuestionId),
        services: actor.business.services.map((s) => ({
          ...s,
          customQuestions: (s.customQuestions ?? []).filter((q) => q.questionId !== req.customQuestionId),
        })),
      });
    });
  }

  // ---------------------------------------------------------------- time off

  async listTimeOff(input: ListTimeOffInput, options?: CallOptions): Promise<TimeOff[]> {
    const req = parseInput(S.listTimeOff, input);
    return this.tx('readonly', ['businesses'], req.businessId, options, (_tx, actor) => {
      require(actor.perms.readSettings);
      return Promise.resolve(
        json(
          actor.business.timeOff.filter(
            (t) => req.staffMemberId === undefined || t.staffMemberId === req.staffMemberId,
          ),
        ),
      );
    });
  }

  private checkTimeOffAccess(actor: Actor, staffMemberId: unknown): void {
    const access = actor.perms.writeAvailability;
    require(access !== 'none');
    if (access === 'own') require(staffMemberId === actor.me.id, 'You can only manage your own time off.');
  }

  async createTimeOff(input: CreateTimeOffInput, options?: CallOptions): Promise<TimeOff> {
    const req = parseInput(S.createTimeOff, input);
    return this.tx('readwrite', ['businesses', 'outbox'], req.businessId, options, async (tx, actor) => {
      this.checkTimeOffAccess(actor, req.timeOff.staffMemberId);
      const { config, item } = this.editCollection<TimeOff>(actor, 'timeOff', 'timeOff', undefined, req.timeOff);
      await this.saveBusiness(tx, actor, config);
      await this.notifyTimeOff(tx, config, item);
      return json(item);
    });
  }

  async updateTimeOff(input: UpdateTimeOffInput, options?: CallOptions): Promise<TimeOff> {
    const req = parseInput(S.updateTimeOff, input);
    return this.tx('readwrite', ['businesses', 'outbox'], req.businessId, options, async (tx, actor) => {
      const existing = actor.business.timeOff.find((t) => t.id === req.timeOffId);
      if (!existing) throw new BookingError('not-found', `No such time off: ${req.timeOffId}`);
      this.checkTimeOffAccess(actor, existing.staffMemberId);
      if ('staffMemberId' in req.patch) this.checkTimeOffAccess(actor, req.patch.staffMemberId);
      const { config, item } = this.editCollection<TimeOff>(actor, 'timeOff', 'patch', req.timeOffId, req.patch);
      await this.saveBusiness(tx, actor, config);
      await this.notifyTimeOff(tx, config, item);
      return json(item);
    });
  }

  async deleteTimeOff(input: DeleteTimeOffInput, options?: CallOptions): Promise<void> {
    const req = parseInput(S.deleteTimeOff, input);
    await this.tx('readwrite', ['businesses'], req.businessId, options, async (tx, actor) => {
      const existing = actor.business.timeOff.find((t) => t.id === req.timeOffId);
      if (!existing) throw new BookingError('not-found', `No such time off: ${req.timeOffId}`);
      this.checkTimeOffAccess(actor, existing.staffMemberId);
      await this.saveBusiness(tx, actor, {
        ...actor.business,
        timeOff: actor.business.timeOff.filter((t) => t.id !== req.timeOffId),
      });
    });
  }

  private async notifyTimeOff(tx: StoreTx, business: Business, timeOff: TimeOff): Promise<void> {
    const staff = findStaffMember(business, timeOff.staffMemberId);
    if (!staff) return;
    const messages = this.backend.timeOffMessages(
      business,
      staff,
      timeOff.id,
      Date.parse(timeOff.start),
      Date.parse(timeOff.end),
      timeOff.title,
    );
    for (const m of messages) await tx.put('outbox', m);
  }

  // ---------------------------------------------------------------- appointments

  async listAppointments(input: ListAppointmentsInput, options?: CallOptions): Promise<StaffAppointment[]> {
    const req = parseInput(S.listAppointments, input);
    return this.tx('readonly', ['businesses', 'appointments'], req.businessId, options, async (tx, actor) => {
      const access = actor.perms.readAppointments;
      require(access !== 'none');
      let staffMemberId = req.staffMemberId;
      if (access === 'own') {
        require(staffMemberId === undefined ||
          staffMemberId === actor.me.id, 'You can only see your own appointments.');
        staffMemberId = actor.me.id;
      }
      const start = Date.parse(req.start);
      const end = Date.parse(req.end);
      const id = actor.business.id;
      const rows =
        staffMemberId === undefined
          ? await tx.range('appointments', 'business_start', [id, start], [id, end - 1])
          : await tx.range('appointments', 'staff_start', [id, staffMemberId, start], [id, staffMemberId, end - 1]);
      return rows
        .filter((a) => req.includeCancelled === true || a.status === 'booked')
        .map((a) => this.backend.toStaffAppointment(actor.business, a, this.backend.sessionSize(rows, a)));
    });
  }

  /** Loads the acting business before a booking transaction, for the asynchronous preparation. */
  private async preRead(businessId: string | undefined): Promise<Actor> {
    await this.ready;
    return this.backend.store.run('readonly', ['businesses'], (tx) => this.actor(tx, businessId));
  }

  private bookingService(business: Business, serviceId: string, staffMemberId: string | undefined): Service {
    const service = findService(business, serviceId);
    if (!service) throw invalidAt('serviceId', `unknown service: ${serviceId}`);
    if (staffMemberId !== undefined) {
      const staff = findStaffMember(business, staffMemberId);
      if (!staff || !staff.isBookable || !service.staffMemberIds.includes(staffMemberId)) {
        throw invalidAt('staffMemberId', `unknown staff member for this service: ${staffMemberId}`);
      }
    }
    return service;
  }

  async createAppointment(input: CreateAppointmentInput, options?: CallOptions): Promise<CreateAppointmentResult> {
    const req = parseInput(S.createAppointment, input);
    throwIfAborted(options);
    const b = this.backend;
    return this.retrying(async () => {
      const pre = await this.preRead(req.businessId);
      const override = req.overrideLeadTime === true;
      const staffMemberId = this.bookingStaff(pre, req.staffMemberId, override);
      const preService = this.bookingService(pre.business, req.serviceId, staffMemberId);
      // Staff book on the customer's behalf: R12 applies, the consent box (R13) is the customer's own act.
      const details = checkBookingDetails(req, preService, pre.business.customQuestions, {
        isCustomerConsentEnabled: false,
      });
      if (details.length > 0) throw invalid(details, 'Some details are missing or not valid.');
      const startMs = Date.parse(req.start);
      if (!override && startMs < b.now()) throw invalidAt('start', 'is in the past');
      const prepared = await b.prepare(pre.business, b.concernedStaff(pre.business, preService, staffMemberId), {
        start: startMs - DAY,
        end: startMs + 2 * DAY,
      });
      const appointmentId = newId('apt');
      const { token, bytes } = b.newToken();
      const duration = durationMs(preService.defaultDuration);
      const joinWebUrl = preService.isLocationOnline
        ? await b.meetingLink({
            appointmentId,
            businessId: pre.business.id,
            serviceId: preService.id,
            ...(staffMemberId !== undefined ? { staffMemberId } : {}),
            start: toIso(startMs),
            end: toIso(startMs + duration),
            subject: `${preService.displayName} – ${pre.business.displayName}`,
          })
        : undefined;
      const key = req.idempotencyKey;
      const fingerprint = sha256Hex(JSON.stringify({ ...req, idempotencyKey: undefined }));
      return this.tx(
        'readwrite',
        ALL_STORES,
        req.businessId,
        options,
        async (tx, actor): Promise<CreateAppointmentResult> => {
          const idemId = key === undefined ? undefined : b.idempotencyId(actor.business.id, `staff:${key}`);
          if (idemId !== undefined && key !== undefined) {
            const previous = await tx.get('idempotency', idemId);
            if (previous && previous.expiresAtMs > b.now()) {
              if (previous.fingerprint !== fingerprint)
                throw invalidAt('idempotencyKey', 'was already used for a different booking');
              const existing = await tx.get('appointments', previous.appointmentId);
              if (existing) {
                const session = await b.sessionOf(tx, existing);
                return {
                  appointment: b.toStaffAppointment(actor.business, existing, session.length),
                  manageToken: b.unsealToken(previous.sealedToken, actor.business.id, `staff:${key}`),
                };
              }
            }
          }
          const chosen = this.bookingStaff(actor, req.staffMemberId, override);
          const service = this.bookingService(actor.business, req.serviceId, chosen);
          const placement = await b.place(tx, {
            business: actor.business,
            service,
            ...(chosen !== undefined ? { staffMemberId: chosen } : {}),
            startMs,
            enforceLeadTime: !override,
            prepared,
            lastAssigned: actor.stored.lastAssigned[service.id],
          });
          const now = toIso(b.now());
          const record: StoredAppointment = {
            id: appointmentId,
            businessId: actor.business.id,
            serviceId: service.id,
            serviceName: service.displayName,
            staffMemberId: placement.staffMemberId,
            startMs: placement.startMs,
            endMs: placement.endMs,
            preBufferMs: placement.preBufferMs,
            postBufferMs: placement.postBufferMs,
            status: 'booked',
            customer: { ...req.customer },
            answers: req.answers ?? [],
            consentedAt: null,
            smsOptIn: service.smsNotificationsEnabled && req.smsOptIn === true,
            ...(joinWebUrl !== undefined ? { joinWebUrl } : {}),
            manageTokenHash: sha256Hex(`manage:${token}`),
            bookedBy: 'staff',
            createdByStaffMemberId: actor.me.id,
            createdAt: now,
            updatedAt: now,
            sequence: 0,
            maximumAttendeesCount: service.maximumAttendeesCount,
          };
          await tx.put('appointments', record);
          if (idemId !== undefined && key !== undefined) {
            await tx.put('idempotency', {
              id: idemId,
              businessId: actor.business.id,
              appointmentId,
              sealedToken: b.sealToken(bytes, actor.business.id, `staff:${key}`),
              fingerprint,
              expiresAtMs: b.idempotencyExpiry(),
            });
          }
          for (const id of placement.expiredHoldIds) await tx.delete('holds', id);
          // The manage link goes to the customer only when they may use it (R6).
          const manageable = service.isCustomerAllowedToManageBooking;
          for (const m of b.appointmentMessages(
            actor.business,
            record,
            'confirmation',
            manageable ? { manageToken: token } : {},
          )) {
            await tx.put('outbox', m);
          }
          for (const m of b.reminderMessages(actor.business, record)) await tx.put('outbox', m);
          return {
            appointment: b.toStaffAppointment(actor.business, record, placement.attendeeCount),
            manageToken: token,
          };
        },
      );
    });
  }

  /** Who a staff booking is for, by role: teamMembers book themselves only, and nobody below scheduler overrides R5. */
  private bookingStaff(actor: Actor, staffMemberId: string | undefined, override: boolean): string | undefined {
    const access = actor.perms.writeAppointments;
    require(access !== 'none');
    if (override) require(actor.perms.overrideLeadTime, 'Only administrators and schedulers can override lead times.');
    if (access === 'own') {
      require(staffMemberId === undefined ||
        staffMemberId === actor.me.id, 'You can only book appointments with yourself.');
      return actor.me.id;
    }
    return staffMemberId;
  }

  async rescheduleAppointment(input: RescheduleAppointmentInput, options?: CallOptions): Promise<StaffAppointment> {
    const req = parseInput(S.rescheduleAppointment, input);
    throwIfAborted(options);
    const b = this.backend;
    const override = req.overrideLeadTime === true;
    return this.retrying(async () => {
      const pre = await this.preRead(req.businessId);
      const existing = await b.store.run('readonly', ['appointments'], (tx) =>
        tx.get('appointments', req.appointmentId),
      );
      if (!existing || existing.businessId !== pre.business.id)
        throw new BookingError('not-found', 'No such appointment.');
      const startMs = Date.parse(req.start);
      if (!override && startMs < b.now()) throw invalidAt('start', 'is in the past');
      const preService = findService(pre.business, existing.serviceId);
      if (!preService) throw new BookingError('policy-violation', 'The service of this appointment no longer exists.');
      const prepared: Prepared = await b.prepare(
        pre.business,
        b.concernedStaff(pre.business, preService, req.staffMemberId),
        {
          start: startMs - DAY,
          end: startMs + 2 * DAY,
        },
      );
      return this.tx('readwrite', ALL_STORES, req.businessId, options, async (tx, actor) => {
        const a = await tx.get('appointments', req.appointmentId);
        if (!a || a.businessId !== actor.business.id) throw new BookingError('not-found', 'No such appointment.');
        this.checkAccess(actor.perms.writeAppointments, actor, a.staffMemberId);
        if (override)
          require(actor.perms.overrideLeadTime, 'Only administrators and schedulers can override lead times.');
        const staffMemberId = actor.perms.writeAppointments === 'own' ? actor.me.id : req.staffMemberId;
        if (a.status !== 'booked')
          throw new BookingError('policy-violation', 'A cancelled appointment cannot be rescheduled.');
        const service = this.bookingService(actor.business, a.serviceId, staffMemberId);
        const placement = await b.place(tx, {
          business: actor.business,
          service,
          ...(staffMemberId !== undefined ? { staffMemberId } : {}),
          preferStaffMemberId: a.staffMemberId,
          startMs,
          enforceLeadTime: !override,
          ignoreAppointmentId: a.id,
          prepared,
          lastAssigned: actor.stored.lastAssigned[service.id],
        });
        const updated: StoredAppointment = {
          ...a,
          staffMemberId: placement.staffMemberId,
          startMs: placement.startMs,
          endMs: placement.endMs,
          preBufferMs: placement.preBufferMs,
          postBufferMs: placement.postBufferMs,
          updatedAt: toIso(b.now()),
          sequence: a.sequence + 1,
        };
        await tx.put('appointments', updated);
        await b.cancelPendingReminders(tx, a.id);
        const messages = b.appointmentMessages(actor.business, updated, 'reschedule', {
          previousStartMs: a.startMs,
          previousEndMs: a.endMs,
        });
        for (const m of [...messages, ...b.reminderMessages(actor.business, updated)]) await tx.put('outbox', m);
        return b.toStaffAppointment(actor.business, updated, placement.attendeeCount);
      });
    });
  }

  async cancelAppointment(input: CancelAppointmentInput, options?: CallOptions): Promise<void> {
    const req = parseInput(S.cancelAppointment, input);
    const b = this.backend;
    await this.tx('readwrite', ['businesses', 'appointments', 'outbox'], req.businessId, options, async (tx, actor) => {
      const a = await tx.get('appointments', req.appointmentId);
      if (!a || a.businessId !== actor.business.id) throw new BookingError('not-found', 'No such appointment.');
      this.checkAccess(actor.perms.writeAppointments, actor, a.staffMemberId);
      if (a.status === 'cancelled') return;
      // R8: staff cancelling a class cancels the session for everyone in it, unless told otherwise.
      const targets = req.scope === 'attendee' ? [a] : await b.sessionOf(tx, a);
      const now = toIso(b.now());
      let first = true;
      for (const t of targets) {
        const cancelled: StoredAppointment = {
          ...t,
          status: 'cancelled',
          cancelledAt: now,
          cancelledBy: 'staff',
          ...(req.message !== undefined ? { cancellationMessage: req.message } : {}),
          updatedAt: now,
          sequence: t.sequence + 1,
        };
        await tx.put('appointments', cancelled);
        await b.cancelPendingReminders(tx, t.id);
        const messages = b.appointmentMessages(actor.business, cancelled, 'cancellation', {
          ...(req.message !== undefined ? { note: req.message } : {}),
        });
        // Every attendee hears about it; the staff member and the owner once per session.
        for (const m of messages) if (first || m.recipient.role === 'customer') await tx.put('outbox', m);
        first = false;
      }
    });
  }

  async listAppointmentsOutsideRules(input: OutsideRulesInput, options?: CallOptions): Promise<OutsideRulesEntry[]> {
    const req = parseInput(S.listAppointmentsOutsideRules, input);
    const b = this.backend;
    const start = Date.parse(req.start);
    const end = Date.parse(req.end);
    return this.retrying(async () => {
      const pre = await this.preRead(req.businessId);
      const prepared = await b.prepare(pre.business, pre.business.staffMembers, { start: start - DAY, end: end + DAY });
      return this.tx(
        'readonly',
        ['businesses', 'appointments', 'holds'],
        req.businessId,
        options,
        async (tx, actor) => {
          const access = actor.perms.readAppointments;
          require(access !== 'none');
          const business = actor.business;
          const rows = (await b.bookedAround(tx, business, start, end)).filter(
            (a) => a.startMs >= start && a.startMs < end,
          );
          const all = await b.bookedAround(tx, business, start, end);
          const out: OutsideRulesEntry[] = [];
          for (const a of rows) {
            if (access === 'own' && a.staffMemberId !== actor.me.id) continue;
            const service = findService(business, a.serviceId);
            if (!service) {
              out.push({
                appointment: b.toStaffAppointment(business, a, b.sessionSize(all, a)),
                reasons: [{ code: 'serviceDeleted', serviceId: a.serviceId }],
              });
              continue;
            }
            if (needsPrepared(business, prepared)) throw new RetryWithFreshConfig();
            const query = b.slotQuery(
              { business, service, enforceLeadTime: false, ignoreAppointmentId: a.id, prepared },
              a.startMs,
              all,
              [],
            );
            const check = checkSlotBookable(query, a.startMs, a.staffMemberId);
            const entry = b.outsideRules(business, a, check, b.sessionSize(all, a));
            if (entry) out.push(entry);
          }
          return out;
        },
      );
    });
  }

  // ---------------------------------------------------------------- customers, outbox, explainer

  async listCustomers(input: ListCustomersInput, options?: CallOptions): Promise<CustomerRecord[]> {
    const req = parseInput(S.listCustomers, input);
    return this.tx('readonly', ['businesses', 'appointments'], req.businessId, options, async (tx, actor) => {
      const access = actor.perms.readCustomers;
      require(access !== 'none');
      const now = this.backend.now();
      const rows = (await this.allAppointments(tx, actor.business.id)).filter(
        (a) => access === 'all' || a.staffMemberId === actor.me.id,
      );
      const byKey = new Map<string, CustomerRecord>();
      for (const a of rows) {
        const c = a.customer;
        const key =
          emailKey(c.emailAddress) ?? (c.phone ? `tel:${c.phone.replace(/\D/g, '')}` : `name:${c.name.toLowerCase()}`);
        let record = byKey.get(key);
        if (!record) {
          record = { name: c.name, timeZone: c.timeZone, appointmentCount: 0 };
          if (c.emailAddress) record.emailAddress = c.emailAddress;
          if (c.phone) record.phone = c.phone;
          byKey.set(key, record);
        }
        if (a.status !== 'booked') continue;
        record.appointmentCount++;
        // Rows come in start order, so the latest details win.
        record.name = c.name;
        record.timeZone = c.timeZone;
        if (c.phone) record.phone = c.phone;
        if (a.startMs < now) record.lastStart = toIso(a.startMs);
        else record.nextStart ??= toIso(a.startMs);
      }
      const q = req.query?.trim().toLowerCase();
      return [...byKey.values()]
        .filter(
          (r) =>
            !q ||
            r.name.toLowerCase().includes(q) ||
            (r.emailAddress ?? '').toLowerCase().includes(q) ||
            (r.phone ?? '').includes(q),
        )
        .sort((x, y) => x.name.localeCompare(y.name, 'en'));
    });
  }

  async listOutbox(input: ListOutboxInput, options?: CallOptions): Promise<OutboxMessage[]> {
    const req = parseInput(S.listOutbox, input);
    return this.tx('readonly', ['businesses', 'appointments', 'outbox'], req.businessId, options, async (tx, actor) => {
      const access = actor.perms.readOutbox;
      require(access !== 'none');
      const id = actor.business.id;
      let rows: StoredOutboxMessage[] =
        req.appointmentId !== undefined
          ? (await tx.range('outbox', 'appointment', [req.appointmentId], [req.appointmentId])).filter(
              (m) => m.businessId === id,
            )
          : await tx.range('outbox', 'business_due', [id, -Infinity], [id, Infinity]);
      if (req.status !== undefined) rows = rows.filter((m) => m.status === req.status);
      if (access === 'own') {
        const mine = new Set(
          (await this.allAppointments(tx, id)).filter((a) => a.staffMemberId === actor.me.id).map((a) => a.id),
        );
        rows = rows.filter(
          (m) =>
            m.recipient.staffMemberId === actor.me.id || (m.appointmentId !== undefined && mine.has(m.appointmentId)),
        );
      }
      return rows
        .sort((x, y) => x.dueAtMs - y.dueAtMs || x.createdAt.localeCompare(y.createdAt))
        .map(({ dueAtMs: _dueAtMs, ...m }) => m);
    });
  }

  async explainAvailability(
    input: ExplainAvailabilityInput,
    options?: CallOptions,
  ): Promise<AvailabilityExplanationJson> {
    const req = parseInput(S.explainAvailability, input);
    const b = this.backend;
    const startMs = Date.parse(req.start);
    return this.retrying(async () => {
      const pre = await this.preRead(req.businessId);
      const service = findService(pre.business, req.serviceId);
      if (!service) throw invalidAt('serviceId', `unknown service: ${req.serviceId}`);
      if (req.staffMemberId !== undefined && !findStaffMember(pre.business, req.staffMemberId)) {
        throw invalidAt('staffMemberId', `unknown staff member: ${req.staffMemberId}`);
      }
      const prepared = await b.prepare(pre.business, b.concernedStaff(pre.business, service, req.staffMemberId), {
        start: startMs - DAY,
        end: startMs + 2 * DAY,
      });
      return this.tx(
        'readonly',
        ['businesses', 'appointments', 'holds'],
        req.businessId,
        options,
        async (tx, actor) => {
          require(actor.perms.readSettings);
          if (actor.perms.readAppointments !== 'all') {
            require(req.staffMemberId === actor.me.id, 'You can only ask about your own availability.');
          }
          const business = actor.business;
          const current = findService(business, req.serviceId);
          if (!current) throw invalidAt('serviceId', `unknown service: ${req.serviceId}`);
          if (needsPrepared(business, prepared)) throw new RetryWithFreshConfig();
          const duration = durationMs(current.defaultDuration);
          const now = b.now();
          const appointments = await b.bookedAround(tx, business, startMs, startMs + duration);
          const holds = (await b.holdsAround(tx, business, startMs, startMs + duration)).filter(
            (h) => h.expiresAtMs > now,
          );
          const query = b.slotQuery(
            { business, service: current, enforceLeadTime: true, prepared },
            startMs,
            appointments,
            holds,
          );
          if (req.staffMemberId !== undefined) query.staffMemberId = req.staffMemberId;
          const e = explainEngine(query, startMs);
          return {
            start: toIso(e.start),
            end: toIso(e.end),
            offered: e.offered,
            staff: e.staff.map((s) => ({
              staffMemberId: s.staffMemberId,
              displayName: s.displayName,
              reasons: s.reasons.map(reasonToJson),
              remainingCapacity: s.remainingCapacity,
            })),
          };
        },
      );
    });
  }

  async listCalendarSyncStatus(input: BusinessScope, options?: CallOptions): Promise<CalendarSyncStatus[]> {
    const req = parseInput(S.listCalendarSyncStatus, input);
    const actor = await this.preRead(req.businessId);
    require(actor.perms.readSettings);
    const now = this.backend.now();
    const out: CalendarSyncStatus[] = [];
    for (const s of actor.business.staffMembers) {
      if (!s.availabilityIsAffectedByPersonalCalendar) {
        out.push({ staffMemberId: s.id, displayName: s.displayName, status: 'notUsed' });
        continue;
      }
      const state = await this.backend.readPersonalCalendar(s.id, { start: now, end: now + DAY });
      out.push(
        state.status === 'ok'
          ? { staffMemberId: s.id, displayName: s.displayName, status: 'ok' }
          : {
              staffMemberId: s.id,
              displayName: s.displayName,
              status: 'unavailable',
              reason: `This staff member's calendar can't be synced${state.reason ? `: ${state.reason}` : '.'}`,
            },
      );
    }
    throwIfAborted(options);
    return out;
  }

  // ---------------------------------------------------------------- report (R19)

  /**
   * Every appointment that starts, or was booked, in the last 120 days (upcoming ones included),
   * cancelled ones too, one row each, oldest start first.
   */
  async exportReport(input: ExportReportInput, options?: CallOptions): Promise<Report> {
    const req = parseInput(S.exportReport, input);
    return this.tx('readonly', ['businesses', 'appointments'], req.businessId, options, async (tx, actor) => {
      require(actor.perms.report, 'Only administrators can export reports.');
      const business = actor.business;
      const now = this.backend.now();
      const from = now - REPORT_DAYS * DAY;
      const rows = (await this.allAppointments(tx, business.id)).filter(
        (a) => a.startMs >= from || Date.parse(a.createdAt) >= from,
      );
      const zone = business.businessTimeZone;
      const questions = new Map(business.customQuestions.map((q) => [q.id, q.displayName]));
      const local = (ms: number): string => {
        const w = epochToWall(ms, zone);
        return `${w.date} ${formatTimeOfDay(Math.floor(w.minutes))}`;
      };
      const header = [
        'Appointment ID',
        'Status',
        'Service',
        'Staff',
        'Start (UTC)',
        'End (UTC)',
        `Start (${zone})`,
        `End (${zone})`,
        'Customer',
        'Email',
        'Phone',
        'Customer time zone',
        'Notes',
        'Answers',
        'SMS opt-in',
        'Consent given at',
        'Booked by',
        'Created (UTC)',
        'Cancelled (UTC)',
        'Cancellation message',
        'Join URL',
      ];
      const table = rows.map((a) => [
        a.id,
        a.status,
        findService(business, a.serviceId)?.displayName ?? a.serviceName,
        this.backend.staffName(business, a.staffMemberId),
        toIso(a.startMs),
        toIso(a.endMs),
        local(a.startMs),
        local(a.endMs),
        a.customer.name,
        a.customer.emailAddress ?? '',
        a.customer.phone ?? '',
        a.customer.timeZone,
        a.customer.notes ?? '',
        a.answers
          .map(
            (x) =>
              `${questions.get(x.questionId) ?? x.questionId}: ${x.answer ?? (x.selectedOptions ?? []).join(', ')}`,
          )
          .join('; '),
        a.smsOptIn ? 'yes' : 'no',
        a.consentedAt ?? '',
        a.bookedBy,
        a.createdAt,
        a.cancelledAt ?? '',
        a.cancellationMessage ?? '',
        a.joinWebUrl ?? '',
      ]);
      const date = toIso(now).slice(0, 10);
      return {
        format: req.format,
        filename: `${business.id}-bookings-${date}.${req.format}`,
        mediaType: req.format === 'csv' ? 'text/csv; charset=utf-8' : 'text/tab-separated-values; charset=utf-8',
        start: toIso(from),
        end: toIso(now),
        rowCount: table.length,
        content: formatTable(req.format, header, table),
      };
    });
  }

  // ---------------------------------------------------------------- many calendars (R20)

  async listBusinesses(input: Record<string, never>, options?: CallOptions): Promise<BusinessSummary[]> {
    parseInput(S.listBusinesses, input);
    return this.tx('readonly', ['businesses'], undefined, options, async (tx, actor) => {
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

  async exportConfig(input: BusinessScope, options?: CallOptions): Promise<Business> {
    const req = parseInput(S.exportConfig, input);
    return this.tx('readonly', ['businesses'], req.businessId, options, (_tx, actor) => {
      require(actor.perms.exportConfig, 'Only administrators can export the configuration.');
      return Promise.resolve(json(actor.business));
    });
  }

  /**
   * Clones a configuration as a new calendar: a new id (`newId`, or the source id with `-copy`),
   * no appointments, unpublished until an administrator publishes it, and the importer an
   * administrator of it (added as a non-bookable staff member when not already in it).
   */
  async importConfig(input: ImportConfigInput, options?: CallOptions): Promise<Business> {
    const req = parseInput(S.importConfig, input);
    const r = validate(businessSchema, req.config);
    if (!r.ok)
      throw invalid(
        r.issues.map((i: SchemaIssue) => ({ path: i.path ? `config.${i.path}` : 'config', message: i.message })),
      );
    const source = r.value;
    return this.tx(
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
        const config = this.validateBusiness(
          {
            ...source,
            id,
            ...(req.displayName !== undefined ? { displayName: req.displayName } : {}),
            staffMembers,
            bookingPageSettings: { ...source.bookingPageSettings, isPublished: false },
          },
          (p) => (p ? `config.${p}` : 'config'),
        );
        const now = toIso(this.backend.now());
        await tx.put('businesses', { id, config, createdAt: now, updatedAt: now, revision: 1, lastAssigned: {} });
        return json(config);
        // A new business id: nothing narrower than the whole store can be locked in advance.
      },
      'everything',
    );
  }
}

function needsPrepared(business: Business, prepared: Prepared): boolean {
  return needsRecurrence(business) && !prepared.recurrence;
}
