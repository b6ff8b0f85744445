/**
 * The configuration the contract suite books against. Times are chosen so every rule has room:
 * "now" is Monday 2 March 2026, 09:00 in Copenhagen (08:00Z, UTC+1 until 29 March), the
 * minimum lead time is 2 hours and the booking window 30 days.
 */
import type { BusinessInput } from '../schemas/business.js';

/** Monday 2026-03-02 08:00:00Z = 09:00 in Europe/Copenhagen. */
export const CONTRACT_NOW = Date.UTC(2026, 2, 2, 8, 0, 0);

/** An instant for a Copenhagen wall time in March 2026 (before daylight saving, UTC+1). */
export function cph(date: string, time: string): string {
  return new Date(`${date}T${time}:00+01:00`).toISOString();
}

const weekdays = (startTime: string, endTime: string) =>
  (['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map((day) => ({
    day,
    timeSlots: [{ startTime, endTime }],
  }));

export const CLINIC = 'contract-clinic';
export const ANNEX = 'contract-annex';
export const PRIVATE = 'contract-private';

export function contractConfig(): BusinessInput[] {
  const policy = {
    timeSlotInterval: 'PT30M',
    minimumLeadTime: 'PT2H',
    maximumAdvance: 'P30D',
    allowStaffSelection: true,
    sendConfirmationsToOwner: true,
    staffAssignment: 'leastBooked' as const,
  };
  return [
    {
      id: CLINIC,
      displayName: 'Contract Clinic',
      businessTimeZone: 'Europe/Copenhagen',
      email: 'owner@clinic.example',
      languageTag: 'en',
      address: { street: '1 Main Street', city: 'Copenhagen' },
      // R16: online services meet on a Jitsi server of the clinic's own.
      meetingProvider: { kind: 'jitsi', baseUrl: 'https://meet.clinic.example' },
      businessHours: weekdays('09:00', '17:00'),
      schedulingPolicy: policy,
      bookingPageSettings: {
        isPublished: true,
        accessControl: 'unrestricted',
        isCustomerConsentEnabled: true,
        customerConsentMessage: 'I agree to the <b>terms</b> & conditions',
        privacyPolicyWebUrl: 'https://clinic.example/privacy',
        termsAndConditionsWebUrl: 'https://clinic.example/terms',
        isTimeSlotTimeZoneSetToBusinessTimeZone: false,
      },
      customQuestions: [
        { id: 'insurance', displayName: 'Insurance number', answerInputType: 'text' },
        { id: 'first', displayName: 'First visit?', answerInputType: 'radioButton', answerOptions: ['yes', 'no'] },
        { id: 'staffnote', displayName: 'Internal', answerInputType: 'text' },
      ],
      services: [
        {
          id: 'consult',
          displayName: 'Consultation',
          description: 'A 30-minute consultation',
          defaultDuration: 'PT30M',
          staffMemberIds: ['ann', 'bob'],
          customQuestions: [
            { questionId: 'insurance', isRequired: true },
            { questionId: 'first', isRequired: false },
          ],
          defaultReminders: [{ offset: 'P1D', recipients: 'customer', message: 'See you tomorrow' }],
        },
        {
          id: 'surgery',
          displayName: 'Surgery',
          defaultDuration: 'PT60M',
          preBuffer: 'PT15M',
          postBuffer: 'PT15M',
          staffMemberIds: ['ann'],
        },
        {
          id: 'yoga',
          displayName: 'Yoga class',
          defaultDuration: 'PT60M',
          maximumAttendeesCount: 3,
          staffMemberIds: ['ann'],
        },
        {
          id: 'video',
          displayName: 'Video call',
          defaultDuration: 'PT30M',
          isLocationOnline: true,
          staffMemberIds: ['bob'],
        },
        {
          id: 'quick',
          displayName: 'Quick check',
          defaultDuration: 'PT30M',
          smsNotificationsEnabled: true,
          isEmailRequired: false,
          staffMemberIds: ['ann'],
        },
        {
          id: 'walkin',
          displayName: 'Walk-in',
          defaultDuration: 'PT30M',
          isCustomerAllowedToManageBooking: false,
          staffMemberIds: ['ann', 'bob'],
        },
        {
          id: 'secret',
          displayName: 'Secret service',
          defaultDuration: 'PT30M',
          isHiddenFromCustomers: true,
          staffMemberIds: ['ann'],
        },
        {
          id: 'anyone',
          displayName: 'Anyone only',
          defaultDuration: 'PT30M',
          staffMemberIds: ['ann', 'bob'],
          schedulingPolicy: { ...policy, allowStaffSelection: false },
        },
        { id: 'synced', displayName: 'Synced calendar', defaultDuration: 'PT30M', staffMemberIds: ['cal'] },
      ],
      staffMembers: [
        { id: 'ann', displayName: 'Ann Admin', emailAddress: 'ann@clinic.example', role: 'administrator' },
        { id: 'bob', displayName: 'Bob Member', emailAddress: 'bob@clinic.example', role: 'teamMember' },
        {
          id: 'sue',
          displayName: 'Sue Scheduler',
          emailAddress: 'sue@clinic.example',
          role: 'scheduler',
          isBookable: false,
        },
        { id: 'vic', displayName: 'Vic Viewer', emailAddress: 'vic@clinic.example', role: 'viewer', isBookable: false },
        { id: 'gus', displayName: 'Gus Guest', emailAddress: 'gus@clinic.example', role: 'guest' },
        {
          id: 'cal',
          displayName: 'Cal Synced',
          emailAddress: 'cal@clinic.example',
          role: 'teamMember',
          availabilityIsAffectedByPersonalCalendar: true,
        },
      ],
      timeOff: [
        {
          id: 'bob-dentist',
          staffMemberId: 'bob',
          start: cph('2026-03-04', '09:00'),
          end: cph('2026-03-04', '13:00'),
          title: 'Dentist',
        },
      ],
    },
    {
      id: ANNEX,
      displayName: 'Contract Annex',
      businessTimeZone: 'Europe/Copenhagen',
      businessHours: weekdays('10:00', '14:00'),
      schedulingPolicy: policy,
      services: [
        { id: 'consult', displayName: 'Annex consultation', defaultDuration: 'PT30M', staffMemberIds: ['zoe'] },
      ],
      staffMembers: [
        { id: 'zoe', displayName: 'Zoe Annex', emailAddress: 'zoe@clinic.example', role: 'administrator' },
        // Ann works here too, as a scheduler: the same person by email address (R20).
        {
          id: 'ann-annex',
          displayName: 'Ann Admin',
          emailAddress: 'ANN@clinic.example',
          role: 'scheduler',
          isBookable: false,
        },
      ],
    },
    {
      id: PRIVATE,
      displayName: 'Members Only',
      businessTimeZone: 'Europe/Copenhagen',
      businessHours: weekdays('09:00', '17:00'),
      schedulingPolicy: policy,
      bookingPageSettings: { isPublished: true, accessControl: 'restrictedToOrganization' },
      services: [
        { id: 'consult', displayName: 'Members consultation', defaultDuration: 'PT30M', staffMemberIds: ['max'] },
      ],
      staffMembers: [{ id: 'max', displayName: 'Max', emailAddress: 'max@members.example', role: 'administrator' }],
    },
  ];
}
