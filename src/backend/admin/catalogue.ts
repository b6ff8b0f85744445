/**
 * What a business offers and who offers it: services, staff members and custom questions (R18b:
 * nothing with upcoming appointments is deleted).
 */
import type { CustomQuestion, Service, StaffMember } from '../../core/types.js';
import { pruneTranslations } from '../../core/content-language.js';
import {
  adminAdapterInputSchemas as S,
  type BusinessScope,
  type CreateCustomQuestionInput,
  type CreateServiceInput,
  type CreateStaffMemberInput,
  type DeleteCustomQuestionInput,
  type DeleteServiceInput,
  type DeleteStaffMemberInput,
  type UpdateCustomQuestionInput,
  type UpdateServiceInput,
  type UpdateStaffMemberInput,
} from '../../schemas/admin.js';
import type { CallOptions } from '../../contract/adapter.js';
import { BookingError } from '../../contract/errors.js';
import { findService, findStaffMember } from '../backend.js';
import { json, parseInput } from '../boundary.js';
import { type AdminScope, require } from './admin-scope.js';
import { requireReadableCalendar } from './calendars.js';

/** What a teamMember may change on their own staff record ("own availability"). */
const OWN_STAFF_FIELDS = new Set([
  'workingHours',
  'useBusinessHours',
  'timeZone',
  'availabilityIsAffectedByPersonalCalendar',
]);

export function listServices(scope: AdminScope, input: BusinessScope, options?: CallOptions): Promise<Service[]> {
  return scope.list<Service>('services', parseInput(S.listServices, input).businessId, options);
}

export async function createService(
  scope: AdminScope,
  input: CreateServiceInput,
  options?: CallOptions,
): Promise<Service> {
  const req = parseInput(S.createService, input);
  return scope.tx('readwrite', ['businesses'], req.businessId, options, async (tx, actor) => {
    require(actor.perms.writeSettings);
    const { config, item } = scope.editCollection<Service>(actor, 'services', 'service', undefined, req.service);
    await scope.saveBusiness(tx, actor, config);
    return json(item);
  });
}

export async function updateService(
  scope: AdminScope,
  input: UpdateServiceInput,
  options?: CallOptions,
): Promise<Service> {
  const req = parseInput(S.updateService, input);
  return scope.tx('readwrite', ['businesses'], req.businessId, options, async (tx, actor) => {
    require(actor.perms.writeSettings);
    // Buffers and durations may change: booked appointments keep theirs (R18b), see listAppointmentsOutsideRules.
    const { config, item } = scope.editCollection<Service>(actor, 'services', 'patch', req.serviceId, req.patch);
    await scope.saveBusiness(tx, actor, config);
    return json(item);
  });
}

export async function deleteService(
  scope: AdminScope,
  input: DeleteServiceInput,
  options?: CallOptions,
): Promise<void> {
  const req = parseInput(S.deleteService, input);
  await scope.tx('readwrite', ['businesses', 'appointments'], req.businessId, options, async (tx, actor) => {
    require(actor.perms.writeSettings);
    const service = findService(actor.business, req.serviceId);
    if (!service) throw new BookingError('not-found', `No such service: ${req.serviceId}`);
    const upcoming = await scope.futureAppointments(tx, actor.business.id, (a) => a.serviceId === service.id);
    if (upcoming.length > 0) throw scope.refuseWithAppointments(`The service ${service.displayName}`, upcoming);
    await scope.saveBusiness(
      tx,
      actor,
      pruneTranslations({ ...actor.business, services: actor.business.services.filter((s) => s.id !== service.id) }),
    );
  });
}

export function listStaffMembers(
  scope: AdminScope,
  input: BusinessScope,
  options?: CallOptions,
): Promise<StaffMember[]> {
  return scope.list<StaffMember>('staffMembers', parseInput(S.listStaffMembers, input).businessId, options);
}

export async function createStaffMember(
  scope: AdminScope,
  input: CreateStaffMemberInput,
  options?: CallOptions,
): Promise<StaffMember> {
  const req = parseInput(S.createStaffMember, input);
  if ((req.staffMember as Record<string, unknown>)['availabilityIsAffectedByPersonalCalendar'] === true) {
    // A new staff member has no calendar connected yet (R4): turning it on would hide all their times.
    const pre = await scope.preRead(req.businessId);
    const id = (req.staffMember as Record<string, unknown>)['id'];
    await requireReadableCalendar(
      scope,
      pre.business,
      typeof id === 'string' ? id : '',
      'staffMember.availabilityIsAffectedByPersonalCalendar',
    );
  }
  return scope.tx('readwrite', ['businesses'], req.businessId, options, async (tx, actor) => {
    require(actor.perms.writeSettings);
    const { config, item } = scope.editCollection<StaffMember>(
      actor,
      'staffMembers',
      'staffMember',
      undefined,
      req.staffMember,
    );
    await scope.saveBusiness(tx, actor, config);
    return json(item);
  });
}

export async function updateStaffMember(
  scope: AdminScope,
  input: UpdateStaffMemberInput,
  options?: CallOptions,
): Promise<StaffMember> {
  const req = parseInput(S.updateStaffMember, input);
  if (req.patch['availabilityIsAffectedByPersonalCalendar'] === true) {
    const pre = await scope.preRead(req.businessId);
    const current = findStaffMember(pre.business, req.staffMemberId);
    if (current && !current.availabilityIsAffectedByPersonalCalendar) {
      await requireReadableCalendar(
        scope,
        pre.business,
        req.staffMemberId,
        'patch.availabilityIsAffectedByPersonalCalendar',
      );
    }
  }
  return scope.tx('readwrite', ['businesses'], req.businessId, options, async (tx, actor) => {
    const own = req.staffMemberId === actor.me.id && actor.perms.writeAvailability === 'own';
    if (!actor.perms.writeSettings) {
      require(own, 'You can only change your own working hours.');
      const bad = Object.keys(req.patch).filter((k) => !OWN_STAFF_FIELDS.has(k));
      require(bad.length === 0, `You can only change your own working hours, not ${bad.join(', ')}.`);
    }
    const { config, item } = scope.editCollection<StaffMember>(
      actor,
      'staffMembers',
      'patch',
      req.staffMemberId,
      req.patch,
    );
    if (!config.staffMembers.some((s) => s.role === 'administrator')) {
      throw new BookingError('policy-violation', 'A business needs at least one administrator.');
    }
    await scope.saveBusiness(tx, actor, config);
    return json(item);
  });
}

export async function deleteStaffMember(
  scope: AdminScope,
  input: DeleteStaffMemberInput,
  options?: CallOptions,
): Promise<void> {
  const req = parseInput(S.deleteStaffMember, input);
  await scope.tx('readwrite', ['businesses', 'appointments'], req.businessId, options, async (tx, actor) => {
    require(actor.perms.writeSettings);
    const staff = findStaffMember(actor.business, req.staffMemberId);
    if (!staff) throw new BookingError('not-found', `No such staff member: ${req.staffMemberId}`);
    const upcoming = await scope.futureAppointments(tx, actor.business.id, (a) => a.staffMemberId === staff.id);
    if (upcoming.length > 0) throw scope.refuseWithAppointments(staff.displayName, upcoming);
    const staffMembers = actor.business.staffMembers.filter((s) => s.id !== staff.id);
    if (!staffMembers.some((s) => s.role === 'administrator')) {
      throw new BookingError('policy-violation', 'A business needs at least one administrator.');
    }
    await scope.saveBusiness(tx, actor, {
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

export function listCustomQuestions(
  scope: AdminScope,
  input: BusinessScope,
  options?: CallOptions,
): Promise<CustomQuestion[]> {
  return scope.list<CustomQuestion>('customQuestions', parseInput(S.listCustomQuestions, input).businessId, options);
}

export async function createCustomQuestion(
  scope: AdminScope,
  input: CreateCustomQuestionInput,
  options?: CallOptions,
): Promise<CustomQuestion> {
  const req = parseInput(S.createCustomQuestion, input);
  return scope.tx('readwrite', ['businesses'], req.businessId, options, async (tx, actor) => {
    require(actor.perms.writeSettings);
    const { config, item } = scope.editCollection<CustomQuestion>(
      actor,
      'customQuestions',
      'customQuestion',
      undefined,
      req.customQuestion,
    );
    await scope.saveBusiness(tx, actor, config);
    return json(item);
  });
}

export async function updateCustomQuestion(
  scope: AdminScope,
  input: UpdateCustomQuestionInput,
  options?: CallOptions,
): Promise<CustomQuestion> {
  const req = parseInput(S.updateCustomQuestion, input);
  return scope.tx('readwrite', ['businesses'], req.businessId, options, async (tx, actor) => {
    require(actor.perms.writeSettings);
    const { config, item } = scope.editCollection<CustomQuestion>(
      actor,
      'customQuestions',
      'patch',
      req.customQuestionId,
      req.patch,
    );
    await scope.saveBusiness(tx, actor, config);
    return json(item);
  });
}

export async function deleteCustomQuestion(
  scope: AdminScope,
  input: DeleteCustomQuestionInput,
  options?: CallOptions,
): Promise<void> {
  const req = parseInput(S.deleteCustomQuestion, input);
  await scope.tx('readwrite', ['businesses'], req.businessId, options, async (tx, actor) => {
    require(actor.perms.writeSettings);
    if (!actor.business.customQuestions.some((q) => q.id === req.customQuestionId)) {
      throw new BookingError('not-found', `No such custom question: ${req.customQuestionId}`);
    }
    await scope.saveBusiness(
      tx,
      actor,
      pruneTranslations({
        ...actor.business,
        customQuestions: actor.business.customQuestions.filter((q) => q.id !== req.customQuestionId),
        services: actor.business.services.map((s) => ({
          ...s,
          customQuestions: (s.customQuestions ?? []).filter((q) => q.questionId !== req.customQuestionId),
        })),
      }),
    );
  });
}
