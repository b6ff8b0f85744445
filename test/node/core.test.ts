// The engine in plain Node (no DOM): zone conversion, availability, the lazy rrule expander.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkSlotBookable,
  computeAvailability,
  epochToWall,
  loadRecurrenceExpander,
  needsRecurrence,
  toAvailableSlots,
  wallToEpoch,
  type AvailabilityInput,
  type Business,
} from '../../src/core/index.js';

const business: Business = {
  id: 'contoso',
  displayName: 'Contoso',
  businessTimeZone: 'Europe/Copenhagen',
  businessHours: ['sunday', 'monday'].map((day) => ({
    day: day as 'sunday' | 'monday',
    timeSlots: [{ startTime: '01:00', endTime: '04:00' }],
  })),
  schedulingPolicy: {
    timeSlotInterval: 'PT1H',
    minimumLeadTime: 'PT0M',
    maximumAdvance: 'P30D',
    allowStaffSelection: true,
    closures: [{ rrule: 'FREQ=WEEKLY;BYDAY=MO', title: 'Closed on Mondays' }],
  },
  bookingPageSettings: {
    isPublished: true,
    accessControl: 'unrestricted',
    isCustomerConsentEnabled: false,
    isTimeSlotTimeZoneSetToBusinessTimeZone: false,
  },
  customQuestions: [],
  services: [
    {
      id: 'svc',
      displayName: 'Service',
      defaultDuration: 'PT1H',
      preBuffer: 'PT0M',
      postBuffer: 'PT0M',
      defaultPriceType: 'free',
      isLocationOnline: false,
      maximumAttendeesCount: 1,
      staffMemberIds: ['anna'],
      isHiddenFromCustomers: false,
      isCustomerAllowedToManageBooking: true,
      smsNotificationsEnabled: false,
      isEmailRequired: true,
    },
  ],
  staffMembers: [
    {
      id: 'anna',
      displayName: 'Anna',
      role: 'administrator',
      useBusinessHours: true,
      availabilityIsAffectedByPersonalCalendar: false,
      isBookable: true,
    },
  ],
  timeOff: [],
};

test('wall-clock conversion is exact in Node on a spring-forward day', () => {
  assert.equal(new Date(wallToEpoch('2026-03-29', 150, 'Europe/Copenhagen')).toISOString(), '2026-03-29T01:30:00.000Z');
  assert.deepEqual(epochToWall(Date.parse('2026-03-29T01:30:00Z'), 'Europe/Copenhagen'), {
    date: '2026-03-29',
    minutes: 210,
    dayOfWeek: 'sunday',
  });
});

test('availability with a lazily loaded RRULE expander (rrule as CommonJS in Node)', async () => {
  assert.equal(needsRecurrence(business), true);
  const input: AvailabilityInput = {
    business,
    serviceId: 'svc',
    range: { start: Date.parse('2026-03-28T00:00:00Z'), end: Date.parse('2026-03-31T00:00:00Z') },
    now: Date.parse('2026-03-01T00:00:00Z'),
    appointments: [],
  };
  assert.throws(() => computeAvailability(input), TypeError);
  const recurrence = await loadRecurrenceExpander();
  const slots = toAvailableSlots(computeAvailability({ ...input, recurrence }));
  // Sunday 01:00–04:00 on the spring-forward day is two hours long: 01:00 CET and 03:00 CEST.
  // Monday is closed by the weekly closure.
  assert.deepEqual(
    slots.map((s) => s.start),
    ['2026-03-29T00:00:00.000Z', '2026-03-29T01:00:00.000Z'],
  );
  assert.equal(checkSlotBookable({ ...input, recurrence }, Date.parse('2026-03-30T00:00:00Z'), 'anna').bookable, false);
});
