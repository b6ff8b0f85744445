/**
 * The back office's waitlists (issue 20): every entry in the order people joined, with their state
 * and offer; taking someone off a list; offering the first free place that fits someone now, out of
 * turn. Roles as for appointments (R18): reading needs `readAppointments`, changing needs
 * `writeAppointments`; a team member sees and manages the entries that asked for them.
 */
import type { CallOptions } from '../../contract/adapter.js';
import { BookingError } from '../../contract/errors.js';
import {
  adminWaitlistSchemas as S,
  type ListWaitlistInput,
  type StaffWaitlistEntry,
  type WaitlistEntryRef,
} from '../../schemas/waitlist.js';
import { parseInput, toIso } from '../boundary.js';
import type { Actor, AdminScope } from '../admin/admin-scope.js';
import type { StoredWaitlistEntry, StoreTx } from '../store.js';
import { entriesOf, isActive, settleAfterChange, settleWaitlist, WAITLIST_STORES } from './waitlist-rules.js';
import { toStaffWaitlistEntry } from './waitlist-views.js';

function mine(actor: Actor, e: StoredWaitlistEntry): boolean {
  return e.staffMemberId === actor.me.id || e.offer?.staffMemberId === actor.me.id;
}

export async function listWaitlist(
  scope: AdminScope,
  input: ListWaitlistInput,
  options?: CallOptions,
): Promise<StaffWaitlistEntry[]> {
  const req = parseInput(S.listWaitlist.input, input);
  const actor = await scope.preRead(req.businessId);
  if (actor.perms.readAppointments === 'none') throw new BookingError('forbidden', 'Your role does not allow this.');
  // Offers whose time passed lapse (and pass on) before the list is shown.
  await settleAfterChange(scope.backend, actor.business.id);
  return scope.tx('readonly', ['businesses', 'waitlist'], req.businessId, options, async (tx, a) => {
    const all = await entriesOf(tx, a.business.id);
    return all
      .filter((e) => req.serviceId === undefined || e.serviceId === req.serviceId)
      .filter((e) => req.includeEnded === true || isActive(e))
      .filter((e) => a.perms.readAppointments === 'all' || mine(a, e))
      .map((e) => toStaffWaitlistEntry(a.business, e, all));
  });
}

async function load(scope: AdminScope, tx: StoreTx, actor: Actor, entryId: string): Promise<StoredWaitlistEntry> {
  const e = await tx.get('waitlist', entryId);
  if (!e || e.businessId !== actor.business.id) throw new BookingError('not-found', 'No such waitlist entry.');
  scope.checkAccess(actor.perms.writeAppointments, actor, mine(actor, e) ? actor.me.id : e.staffMemberId);
  return e;
}

/** Takes someone off the list; a place they were offered goes to the next person waiting. */
export async function removeWaitlistEntry(
  scope: AdminScope,
  input: WaitlistEntryRef,
  options?: CallOptions,
): Promise<StaffWaitlistEntry> {
  const req = parseInput(S.removeWaitlistEntry.input, input);
  const b = scope.backend;
  const { entry, businessId, released } = await scope.tx(
    'readwrite',
    WAITLIST_STORES,
    req.businessId,
    options,
    async (tx, actor) => {
      const e = await load(scope, tx, actor, req.entryId);
      if (!isActive(e)) {
        throw new BookingError('policy-violation', 'This person is no longer on the waiting list.');
      }
      const now = toIso(b.now());
      if (e.state === 'offered' && e.offer) await tx.delete('holds', e.offer.holdId);
      const left: StoredWaitlistEntry = { ...e, state: 'left', endedBy: 'staff', endedAt: now, updatedAt: now };
      await tx.put('waitlist', left);
      return { entry: left, businessId: actor.business.id, released: e.state === 'offered' };
    },
  );
  if (released) await settleAfterChange(b, businessId);
  return view(scope, req.businessId, entry.id, options);
}

/** Offers this waiting person the first free place that fits their wish now, ahead of their turn. */
export async function offerWaitlistPlace(
  scope: AdminScope,
  input: WaitlistEntryRef,
  options?: CallOptions,
): Promise<StaffWaitlistEntry> {
  const req = parseInput(S.offerWaitlistPlace.input, input);
  const actor = await scope.preRead(req.businessId);
  await scope.tx('readonly', ['businesses', 'waitlist'], req.businessId, options, async (tx, a) => {
    await load(scope, tx, a, req.entryId);
  });
  await settleWaitlist(scope.backend, actor.business.id, { first: req.entryId });
  return view(scope, req.businessId, req.entryId, options);
}

function view(
  scope: AdminScope,
  businessId: string | undefined,
  entryId: string,
  options?: CallOptions,
): Promise<StaffWaitlistEntry> {
  return scope.tx('readonly', ['businesses', 'waitlist'], businessId, options, async (tx, a) => {
    const e = await tx.get('waitlist', entryId);
    if (!e || e.businessId !== a.business.id) throw new BookingError('not-found', 'No such waitlist entry.');
    return toStaffWaitlistEntry(a.business, e, await entriesOf(tx, a.business.id));
  });
}
