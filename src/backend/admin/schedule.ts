/**
 * Staff time off (R7), with its notices to the staff member and the owner (R15). Hours, closures
 * and special dates are edited with the business and the staff member.
 */
import type { Business, TimeOff } from '../../core/types.js';
import {
  adminAdapterInputSchemas as S,
  type CreateTimeOffInput,
  type DeleteTimeOffInput,
  type ListTimeOffInput,
  type UpdateTimeOffInput,
} from '../../schemas/admin.js';
import type { CallOptions } from '../../contract/adapter.js';
import { BookingError } from '../../contract/errors.js';
import { findStaffMember } from '../backend.js';
import type { StoreTx } from '../store.js';
import { json, parseInput } from '../boundary.js';
import { timeOffMessages } from '../outbox.js';
import { type Actor, type AdminScope, require } from './admin-scope.js';

export async function listTimeOff(
  scope: AdminScope,
  input: ListTimeOffInput,
  options?: CallOptions,
): Promise<TimeOff[]> {
  const req = parseInput(S.listTimeOff, input);
  return scope.tx('readonly', ['businesses'], req.businessId, options, (_tx, actor) => {
    require(actor.perms.readSettings);
    return Promise.resolve(
      json(
        actor.business.timeOff.filter((t) => req.staffMemberId === undefined || t.staffMemberId === req.staffMemberId),
      ),
    );
  });
}

function checkTimeOffAccess(actor: Actor, staffMemberId: unknown): void {
  const access = actor.perms.writeAvailability;
  require(access !== 'none');
  if (access === 'own') require(staffMemberId === actor.me.id, 'You can only manage your own time off.');
}

export async function createTimeOff(
  scope: AdminScope,
  input: CreateTimeOffInput,
  options?: CallOptions,
): Promise<TimeOff> {
  const req = parseInput(S.createTimeOff, input);
  return scope.tx('readwrite', ['businesses', 'outbox'], req.businessId, options, async (tx, actor) => {
    checkTimeOffAccess(actor, req.timeOff.staffMemberId);
    const { config, item } = scope.editCollection<TimeOff>(actor, 'timeOff', 'timeOff', undefined, req.timeOff);
    await scope.saveBusiness(tx, actor, config);
    await notifyTimeOff(scope, tx, config, item);
    return json(item);
  });
}

export async function updateTimeOff(
  scope: AdminScope,
  input: UpdateTimeOffInput,
  options?: CallOptions,
): Promise<TimeOff> {
  const req = parseInput(S.updateTimeOff, input);
  return scope.tx('readwrite', ['businesses', 'outbox'], req.businessId, options, async (tx, actor) => {
    const existing = actor.business.timeOff.find((t) => t.id === req.timeOffId);
    if (!existing) throw new BookingError('not-found', `No such time off: ${req.timeOffId}`);
    checkTimeOffAccess(actor, existing.staffMemberId);
    if ('staffMemberId' in req.patch) checkTimeOffAccess(actor, req.patch.staffMemberId);
    const { config, item } = scope.editCollection<TimeOff>(actor, 'timeOff', 'patch', req.timeOffId, req.patch);
    await scope.saveBusiness(tx, actor, config);
    await notifyTimeOff(scope, tx, config, item);
    return json(item);
  });
}

export async function deleteTimeOff(
  scope: AdminScope,
  input: DeleteTimeOffInput,
  options?: CallOptions,
): Promise<void> {
  const req = parseInput(S.deleteTimeOff, input);
  await scope.tx('readwrite', ['businesses'], req.businessId, options, async (tx, actor) => {
    const existing = actor.business.timeOff.find((t) => t.id === req.timeOffId);
    if (!existing) throw new BookingError('not-found', `No such time off: ${req.timeOffId}`);
    checkTimeOffAccess(actor, existing.staffMemberId);
    await scope.saveBusiness(tx, actor, {
      ...actor.business,
      timeOff: actor.business.timeOff.filter((t) => t.id !== req.timeOffId),
    });
  });
}

async function notifyTimeOff(scope: AdminScope, tx: StoreTx, business: Business, timeOff: TimeOff): Promise<void> {
  const staff = findStaffMember(business, timeOff.staffMemberId);
  if (!staff) return;
  const messages = timeOffMessages(
    scope.backend,
    business,
    staff,
    timeOff.id,
    Date.parse(timeOff.start),
    Date.parse(timeOff.end),
    timeOff.title,
  );
  for (const m of messages) await tx.put('outbox', m);
}
