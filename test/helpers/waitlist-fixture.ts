// A small studio for the waitlist's UI tests and screenshots (issue 20): one yoga class of two seats
// on weekday mornings, a waiting list on it, "now" Monday 2 March 2026 09:00 in Copenhagen.
import type { BusinessInput } from '../../src/schemas/business.js';

export const WAITLIST_NOW = Date.UTC(2026, 2, 2, 8, 0, 0);
export const FULL_DAY = '2026-03-04';
export const CLASS_START = '2026-03-04T09:00:00.000Z';

export function studioConfig(): BusinessInput {
  const weekdays = (['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map((day) => ({
    day,
    timeSlots: [{ startTime: '10:00', endTime: '11:00' }],
  }));
  return {
    id: 'studio',
    displayName: 'Lotus Yoga Studio',
    businessTimeZone: 'Europe/Copenhagen',
    email: 'hello@lotus.example',
    languageTag: 'en',
    businessHours: weekdays,
    schedulingPolicy: {
      timeSlotInterval: 'PT60M',
      minimumLeadTime: 'PT2H',
      maximumAdvance: 'P30D',
      allowStaffSelection: false,
      sendConfirmationsToOwner: false,
    },
    bookingPageSettings: {
      isPublished: true,
      accessControl: 'unrestricted',
      isCustomerConsentEnabled: true,
      customerConsentMessage: 'I agree that Lotus keeps my details to manage my booking.',
      isTimeSlotTimeZoneSetToBusinessTimeZone: true,
    },
    services: [
      {
        id: 'yoga',
        displayName: 'Morning yoga',
        description: 'Sixty minutes of gentle flow',
        defaultDuration: 'PT60M',
        maximumAttendeesCount: 2,
        staffMemberIds: ['mia'],
        isWaitlistEnabled: true,
        waitlistOfferExpiresAfter: 'PT2H',
      },
    ],
    staffMembers: [{ id: 'mia', displayName: 'Mia Berg', emailAddress: 'mia@lotus.example', role: 'administrator' }],
  };
}
