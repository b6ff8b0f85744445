/** The customer's reads before booking: the booking page (R17, what customers may see) and free times. */
import { computeAvailability, toAvailableSlots } from '../../core/availability.js';
import { effectivePolicy, isStaffSelectionAllowed } from '../../core/policy.js';
import type { Business } from '../../core/types.js';
import { localizedBusiness } from '../../core/localized-business.js';
import type { CallOptions } from '../../contract/adapter.js';
import { BookingError } from '../../contract/errors.js';
import {
  availabilityRequestSchema,
  bookingPageDataSchema,
  getBookingPageInputSchema,
  type AvailabilityRequest,
  type AvailableSlot,
  type BookingPageData,
  type GetBookingPageInput,
} from '../../schemas/customer.js';
import { validate } from '../../schemas/validate.js';
import { DAY, findStaffMember } from '../backend.js';
import { json, parseInput, throwIfAborted } from '../boundary.js';
import { slotQuery } from '../slot-query.js';
import { canHostOnline } from '../connectors/meeting-providers.js';
import type { CustomerScope } from './customer-scope.js';

export async function getBookingPage(
  scope: CustomerScope,
  input: GetBookingPageInput,
  options?: CallOptions,
): Promise<BookingPageData> {
  const req = parseInput(getBookingPageInputSchema, input);
  await scope.begin(options);
  const { config } = await scope.loadBusiness(req.businessId);
  scope.assertOpen(config);
  throwIfAborted(options);
  // The business's texts in the customer's language, each falling back to the business's own.
  const business = localizedBusiness(config, req.languageTag);
  // R16: an online service without a meeting-link provider is not offered (publishing refuses it too).
  const services = business.services.filter(
    (s) => !s.isHiddenFromCustomers && canHostOnline(scope.backend.meetingSettings, business, s),
  );
  const staffIds = new Set(services.flatMap((s) => s.staffMemberIds));
  const questionIds = new Set(services.flatMap((s) => (s.customQuestions ?? []).map((q) => q.questionId)));
  const publicPolicy = (p: Business['schedulingPolicy']) => ({
    timeSlotInterval: p.timeSlotInterval,
    minimumLeadTime: p.minimumLeadTime,
    maximumAdvance: p.maximumAdvance,
    allowStaffSelection: p.allowStaffSelection,
  });
  const data = {
    business: {
      id: business.id,
      displayName: business.displayName,
      businessTimeZone: business.businessTimeZone,
      email: business.email,
      phone: business.phone,
      webSiteUrl: business.webSiteUrl,
      logoUrl: business.logoUrl,
      address: business.address,
      languageTag: business.languageTag,
      defaultCurrencyIso: business.defaultCurrencyIso,
    },
    bookingPageSettings: business.bookingPageSettings,
    schedulingPolicy: publicPolicy(business.schedulingPolicy),
    services: services.map((s) => ({
      id: s.id,
      displayName: s.displayName,
      description: s.description,
      defaultDuration: s.defaultDuration,
      defaultPrice: s.defaultPrice,
      defaultPriceType: s.defaultPriceType,
      currency: s.currency,
      isLocationOnline: s.isLocationOnline,
      maximumAttendeesCount: s.maximumAttendeesCount,
      // Only staff a customer can book: the page must not list a non-bookable member.
      staffMemberIds: s.staffMemberIds.filter((id) => findStaffMember(business, id)?.isBookable),
      customQuestions: s.customQuestions ?? [],
      isEmailRequired: s.isEmailRequired,
      smsNotificationsEnabled: scope.backend.smsOn(s),
      allowStaffSelection: isStaffSelectionAllowed(business, s),
      schedulingPolicy: publicPolicy(effectivePolicy(business, s)),
      ...(s.isRepeatBookingAllowed ? { maximumOccurrences: s.maximumOccurrences ?? 10 } : {}),
      isWaitlistEnabled: s.isWaitlistEnabled || undefined,
    })),
    // id and displayName only: never emails, roles or hours.
    staffMembers: business.staffMembers
      .filter((s) => s.isBookable && staffIds.has(s.id))
      .map((s) => ({ id: s.id, displayName: s.displayName })),
    customQuestions: business.customQuestions.filter((q) => questionIds.has(q.id)),
  };
  // The output schema strips anything not meant for customers and drops undefined members.
  const r = validate(bookingPageDataSchema, json(data));
  if (!r.ok) throw new BookingError('invalid-input', 'The stored configuration cannot be shown.', { issues: r.issues });
  return r.value;
}

export async function getAvailability(
  scope: CustomerScope,
  input: AvailabilityRequest,
  options?: CallOptions,
): Promise<AvailableSlot[]> {
  const req = parseInput(availabilityRequestSchema, input);
  await scope.begin(options);
  const { config: business } = await scope.loadBusiness(req.businessId);
  scope.assertOpen(business);
  const service = scope.customerService(business, req.serviceId);
  scope.checkChosenStaff(business, service, req.staffMemberId);
  const range = { start: Date.parse(req.start), end: Date.parse(req.end) };
  const b = scope.backend;
  const prepared = await b.prepare(business, b.concernedStaff(business, service, req.staffMemberId), {
    start: range.start - DAY,
    end: range.end + DAY,
  });
  throwIfAborted(options);
  const now = b.now();
  const { appointments, holds } = await b.store.run(
    'readonly',
    ['appointments', 'holds'],
    async (tx) => ({
      appointments: await b.busyAround(tx, business, range.start, range.end),
      holds: await b.holdsAround(tx, business, range.start, range.end),
    }),
    // PostgreSQL reads a span's holds with its busy time: one statement, so no transaction (store.ts).
    { singleRead: true },
  );
  throwIfAborted(options);
  const query = slotQuery(
    b,
    { business, service, enforceLeadTime: true, prepared },
    range.start,
    appointments,
    holds.filter((h) => h.expiresAtMs > now),
  );
  const slots = computeAvailability({
    ...query,
    range,
    ...(req.staffMemberId !== undefined ? { staffMemberId: req.staffMemberId } : {}),
  });
  return toAvailableSlots(slots, b.deps.isoText);
}
