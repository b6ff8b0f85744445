/**
 * A service as the services panel's form holds it (a draft: text as typed, lists as chosen),
 * and back: the service it would save, with the errors the numbers and the schema find, field by
 * field. Pure: no element, no adapter; the panel keeps one draft per service being edited.
 */
import type { Business, Reminder, Service } from '../../core/types.js';
import type { AdminMessages } from '../../i18n/en-admin.js';
import { serviceSchema } from '../../schemas/business.js';
import { validate } from '../../schemas/validate.js';
import {
  DAYS,
  durationIn,
  HOURS,
  isoDuration,
  issuesByPath,
  MINUTES,
  readNumber,
  same,
} from '../booking-admin/admin-format.js';
import { meetingDraft, meetingFromDraft } from '../booking-admin/admin-meeting.js';

/** The prefix of the own scheduling policy's fields. */
export const SP = 'schedulingPolicy.';

/** A service as its form holds it: text as typed, lists as chosen. */
export interface Draft {
  fields: Record<string, string | boolean>;
  staffMemberIds: string[];
  questions: { questionId: string; isRequired: boolean }[];
  reminders: { offset: string; recipients: Reminder['recipients']; message: string }[];
}

/** The form's starting point: `s` as saved, or a new service's defaults. */
export function draftOf(s: Service | undefined, business: Business): Draft {
  const policy = s?.schedulingPolicy ?? business.schedulingPolicy;
  return {
    fields: {
      displayName: s?.displayName ?? '',
      description: s?.description ?? '',
      defaultDuration: s ? durationIn(s.defaultDuration, MINUTES) : '30',
      preBuffer: s ? durationIn(s.preBuffer, MINUTES) : '0',
      postBuffer: s ? durationIn(s.postBuffer, MINUTES) : '0',
      defaultPrice: s?.defaultPrice === undefined ? '' : String(s.defaultPrice),
      // A new service's price is shown to customers unless staff choose otherwise.
      defaultPriceType: !s
        ? 'fixedPrice'
        : s.defaultPriceType === 'undefined'
          ? s.defaultPrice === undefined
            ? 'notSet'
            : 'fixedPrice'
          : s.defaultPriceType,
      currency: s?.currency ?? '',
      maximumAttendeesCount: String(s?.maximumAttendeesCount ?? 1),
      isLocationOnline: s?.isLocationOnline ?? false,
      ...meetingDraft(s?.meetingProvider),
      isHiddenFromCustomers: s?.isHiddenFromCustomers ?? false,
      isCustomerAllowedToManageBooking: s?.isCustomerAllowedToManageBooking ?? true,
      isEmailRequired: s?.isEmailRequired ?? true,
      smsNotificationsEnabled: s?.smsNotificationsEnabled ?? false,
      isApprovalRequired: s?.isApprovalRequired ?? false,
      approvalExpiresAfter: durationIn(s?.approvalExpiresAfter ?? 'P1D', HOURS),
      isRepeatBookingAllowed: s?.isRepeatBookingAllowed ?? false,
      maximumOccurrences: String(s?.maximumOccurrences ?? 10),
      isWaitlistEnabled: s?.isWaitlistEnabled ?? false,
      waitlistOfferExpiresAfter: durationIn(s?.waitlistOfferExpiresAfter ?? 'PT2H', MINUTES),
      notes: s?.notes ?? '',
      ownPolicy: !!s?.schedulingPolicy,
      [`${SP}timeSlotInterval`]: durationIn(policy.timeSlotInterval, MINUTES),
      [`${SP}minimumLeadTime`]: durationIn(policy.minimumLeadTime, HOURS),
      [`${SP}maximumAdvance`]: durationIn(policy.maximumAdvance, DAYS),
      [`${SP}allowStaffSelection`]: policy.allowStaffSelection,
    },
    staffMemberIds: [...(s?.staffMemberIds ?? [])],
    questions: (s?.customQuestions ?? []).map((q) => ({ ...q })),
    reminders: (s?.defaultReminders ?? []).map((r) => ({
      offset: durationIn(r.offset, HOURS),
      recipients: r.recipients,
      message: r.message,
    })),
  };
}

/** The service as it would be saved, and the field errors the numbers and the schema find. */
export function buildService(
  draft: Draft,
  original: Service | undefined,
  business: Business,
  m: AdminMessages,
): { service: Service; errors: Record<string, string> } {
  const f = draft.fields;
  const text = (k: string) => String(f[k] ?? '').trim();
  const errors: Record<string, string> = {};
  const num = (k: string, o: { min?: number; max?: number; whole?: boolean }, fallback: number) => {
    const r = readNumber(String(f[k] ?? ''), m, o);
    if (r.ok) return r.value;
    errors[k] = r.message;
    return fallback;
  };
  const reminderHours = (value: string, i: number) => {
    const r = readNumber(value, m, { min: 0 });
    if (r.ok) return r.value;
    errors[`defaultReminders[${i}].offset`] = r.message;
    return 24;
  };
  const price = text('defaultPrice');
  const ownPolicy = f.ownPolicy === true;
  const basePolicy = original?.schedulingPolicy ?? business.schedulingPolicy;
  const service: Service = {
    ...(original ?? {}),
    id: original?.id ?? 'new-service',
    displayName: text('displayName'),
    defaultDuration: isoDuration(num('defaultDuration', { min: 1, whole: true }, 30), MINUTES),
    preBuffer: isoDuration(num('preBuffer', { min: 0, whole: true }, 0), MINUTES),
    postBuffer: isoDuration(num('postBuffer', { min: 0, whole: true }, 0), MINUTES),
    defaultPriceType: text('defaultPriceType') as Service['defaultPriceType'],
    isLocationOnline: f.isLocationOnline === true,
    // Only an online service's own choice counts; an in-person one keeps what it had.
    meetingProvider: f.isLocationOnline === true ? meetingFromDraft(f, m, errors) : (original?.meetingProvider ?? null),
    maximumAttendeesCount: num('maximumAttendeesCount', { min: 1, max: 1000, whole: true }, 1),
    staffMemberIds: draft.staffMemberIds,
    customQuestions: draft.questions,
    defaultReminders: draft.reminders.map((r, i) => ({
      offset: isoDuration(reminderHours(r.offset, i), HOURS),
      recipients: r.recipients,
      message: r.message.trim(),
    })),
    schedulingPolicy: ownPolicy
      ? {
          ...basePolicy,
          timeSlotInterval: isoDuration(num(`${SP}timeSlotInterval`, { min: 1, whole: true }, 15), MINUTES),
          minimumLeadTime: isoDuration(num(`${SP}minimumLeadTime`, { min: 0 }, 0), HOURS),
          maximumAdvance: isoDuration(num(`${SP}maximumAdvance`, { min: 1, whole: true }, 60), DAYS),
          allowStaffSelection: f[`${SP}allowStaffSelection`] === true,
        }
      : null,
    isHiddenFromCustomers: f.isHiddenFromCustomers === true,
    isCustomerAllowedToManageBooking: f.isCustomerAllowedToManageBooking === true,
    isEmailRequired: f.isEmailRequired === true,
    smsNotificationsEnabled: f.smsNotificationsEnabled === true,
    isApprovalRequired: f.isApprovalRequired === true,
    approvalExpiresAfter:
      f.isApprovalRequired === true
        ? isoDuration(num('approvalExpiresAfter', { min: 1, max: 8760, whole: true }, 24), HOURS)
        : (original?.approvalExpiresAfter ?? 'P1D'),
    isRepeatBookingAllowed: f.isRepeatBookingAllowed === true,
    maximumOccurrences:
      f.isRepeatBookingAllowed === true
        ? num('maximumOccurrences', { min: 2, max: 52, whole: true }, 10)
        : (original?.maximumOccurrences ?? 10),
    // Waitlists (issue 20): how long an offered place is held, 5 minutes to 7 days.
    isWaitlistEnabled: f.isWaitlistEnabled === true,
    waitlistOfferExpiresAfter:
      f.isWaitlistEnabled === true
        ? isoDuration(num('waitlistOfferExpiresAfter', { min: 5, max: 10080, whole: true }, 120), MINUTES)
        : (original?.waitlistOfferExpiresAfter ?? 'PT2H'),
  };
  // Optional fields: absent when empty (the update sends `null` for them).
  delete service.description;
  delete service.defaultPrice;
  delete service.currency;
  delete service.notes;
  if (text('description')) service.description = text('description');
  if (price) service.defaultPrice = num('defaultPrice', { min: 0 }, 0);
  if (text('currency')) service.currency = text('currency').toUpperCase();
  if (text('notes')) service.notes = text('notes');
  draft.reminders.forEach((r, i) => {
    if (!r.message.trim()) errors[`defaultReminders[${i}].message`] ??= m.fieldRequired;
  });
  const r = validate(serviceSchema, service);
  if (!r.ok) {
    for (const [path, message] of Object.entries(issuesByPath(r.issues, m))) errors[path] ??= message;
  }
  return { service, errors };
}

/** The update's patch for `service`: every field but the id, `null` for optional ones left empty. */
export function servicePatch(service: Service): Record<string, unknown> {
  const { id: _id, ...rest } = service;
  const patch: Record<string, unknown> = { ...rest };
  for (const k of ['description', 'defaultPrice', 'currency', 'notes'] as const) {
    if (service[k] === undefined) patch[k] = null;
  }
  return patch;
}

/** Whether a save changed what decides availability (so bookings outside the rules are listed again). */
export function changesAvailability(original: Service, saved: Service): boolean {
  return (
    original.defaultDuration !== saved.defaultDuration ||
    original.preBuffer !== saved.preBuffer ||
    original.postBuffer !== saved.postBuffer ||
    !same(original.schedulingPolicy, saved.schedulingPolicy) ||
    !same(original.staffMemberIds, saved.staffMemberIds)
  );
}
