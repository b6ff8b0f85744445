// The data `npm run bench` measures, shared by tools/bench.mjs (the engine) and
// tools/bench-paths.mjs (the same question through the adapters and the server).
//
// S1: 20 staff, Mon–Fri 09:00–17:00 Europe/Copenhagen with a lunch break, 30-min service,
// 15-min grid, 10-min post-buffer, 2 h minimum lead, 60 days, 2,000 seeded-random existing
// appointments, viewer in America/New_York, Anyone.

export const BUSINESS_ZONE = 'Europe/Copenhagen';
export const VIEWER_ZONE = 'America/New_York';
/** A Monday afternoon; the 60 days cross both zones' DST changes. */
export const NOW = Date.parse('2026-03-02T13:00:00Z');
export const TODAY = '2026-03-02';

/** mulberry32: a small seeded PRNG, so every run benches the same data. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The business, the existing appointments (engine form) and the 60-day range of a scenario: S1 is
 * `makeScenario(core, 20, 2000, 1)`, the scaling one `makeScenario(core, 100, 10_000, 2)`.
 */
export function makeScenario(core, staffCount, appointmentCount, seed) {
  const { addDays, dayOfWeek, startOfZonedDay, wallToEpoch } = core;
  const hours = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((day) => ({
    day,
    timeSlots: [
      { startTime: '09:00', endTime: '12:00' },
      { startTime: '12:30', endTime: '17:00' },
    ],
  }));
  const staffMembers = Array.from({ length: staffCount }, (_, i) => ({
    id: `staff-${String(i).padStart(3, '0')}`,
    displayName: `Staff ${i}`,
    role: 'teamMember',
    useBusinessHours: i % 2 === 0,
    // Half use their own (identical) hours, so the engine cannot share one window list for all.
    workingHours: i % 2 === 0 ? undefined : hours,
    availabilityIsAffectedByPersonalCalendar: false,
    timeZone: null,
    isBookable: true,
  }));
  const business = {
    id: 'bench',
    displayName: 'Bench',
    businessTimeZone: BUSINESS_ZONE,
    businessHours: hours,
    schedulingPolicy: {
      timeSlotInterval: 'PT15M',
      minimumLeadTime: 'PT2H',
      maximumAdvance: 'P60D',
      allowStaffSelection: true,
      staffAssignment: 'leastBooked',
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
        id: 'cleaning',
        displayName: 'Cleaning',
        defaultDuration: 'PT30M',
        preBuffer: 'PT0M',
        postBuffer: 'PT10M',
        defaultPriceType: 'fixedPrice',
        isLocationOnline: false,
        maximumAttendeesCount: 1,
        staffMemberIds: staffMembers.map((s) => s.id),
        isHiddenFromCustomers: false,
        isCustomerAllowedToManageBooking: true,
        smsNotificationsEnabled: false,
        isEmailRequired: true,
      },
    ],
    staffMembers,
    timeOff: [],
  };
  // Existing appointments on working days, on the 15-minute grid, never two at one start per person.
  const random = rng(seed);
  const workdays = [];
  for (let d = 0; d < 61; d++) {
    const date = addDays(TODAY, d);
    if (!['saturday', 'sunday'].includes(dayOfWeek(date))) workdays.push(date);
  }
  const taken = new Set();
  const appointments = [];
  while (appointments.length < appointmentCount) {
    const staff = staffMembers[Math.floor(random() * staffCount)];
    const date = workdays[Math.floor(random() * workdays.length)];
    const minute = 9 * 60 + 15 * Math.floor(random() * 31);
    const key = `${staff.id}|${date}|${minute}`;
    if (taken.has(key)) continue;
    taken.add(key);
    const start = wallToEpoch(date, minute, BUSINESS_ZONE);
    appointments.push({
      id: `a${appointments.length}`,
      serviceId: 'cleaning',
      staffMemberId: staff.id,
      start,
      end: start + 30 * 60_000,
      preBuffer: 0,
      postBuffer: 10 * 60_000,
      attendees: 1,
    });
  }
  const range = { start: startOfZonedDay(TODAY, VIEWER_ZONE), end: startOfZonedDay(addDays(TODAY, 60), VIEWER_ZONE) };
  return { business, serviceId: 'cleaning', range, now: NOW, appointments };
}
