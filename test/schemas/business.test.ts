import { expect } from '@open-wc/testing';
import type { BusinessInput } from '../../src/schemas/index.js';
import { businessSchema, leadTimeProblem, schedulingPolicySchema, validate } from '../../src/schemas/index.js';
import { expectOnlyIssue, expectValid, issuesOf, minimalBusiness, text } from './fixtures.js';

/** A minimal business with `edit` applied to a fresh copy. */
function business(edit: (b: BusinessInput) => void): BusinessInput {
  const b = minimalBusiness();
  edit(b);
  return b;
}

const R5_MESSAGE = (minimumLeadTime: string) =>
  `must be at least 24 hours more than minimumLeadTime (${minimumLeadTime}), e.g. P1D needs a minimumLeadTime of PT0H`;

describe('schemas/business', () => {
  describe('accepts', () => {
    it('a short hand-written configuration and fills in the defaults', () => {
      const r = validate(businessSchema, minimalBusiness());
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      const b = r.value;
      expect(b.timeOff).to.deep.equal([]);
      expect(b.bookingPageSettings).to.deep.equal({
        isPublished: true,
        accessControl: 'unrestricted',
        isCustomerConsentEnabled: false,
        isTimeSlotTimeZoneSetToBusinessTimeZone: false,
      });
      expect(b.schedulingPolicy).to.deep.include({
        allowStaffSelection: true,
        sendConfirmationsToOwner: true,
        staffAssignment: 'random',
        customAvailabilities: [],
        closures: [],
      });
      const [service] = b.services;
      expect(service).to.deep.include({
        preBuffer: 'PT0M',
        postBuffer: 'PT0M',
        defaultPriceType: 'notSet',
        isLocationOnline: false,
        maximumAttendeesCount: 1,
        isHiddenFromCustomers: false,
        isCustomerAllowedToManageBooking: true,
        smsNotificationsEnabled: false,
        isEmailRequired: true,
        defaultReminders: [],
      });
      expect(b.staffMembers[0]).to.deep.equal({
        id: 'anna',
        displayName: 'Anna',
        role: 'teamMember',
        useBusinessHours: true,
        availabilityIsAffectedByPersonalCalendar: false,
        isBookable: true,
      });
      expect(b.customQuestions[0]?.answerInputType).to.equal('text');
    });

    it('a price whose type is not given is shown to customers (fixed price); a chosen type is kept', () => {
      const priced = (extra: Record<string, unknown>) => {
        const b = minimalBusiness();
        const r = validate(businessSchema, { ...b, services: [{ ...b.services![0], ...extra }] });
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        return r.value.services[0].defaultPriceType;
      };
      expect(priced({ defaultPrice: 650 })).to.equal('fixedPrice');
      expect(priced({ defaultPrice: 650, defaultPriceType: 'undefined' })).to.equal('fixedPrice');
      expect(priced({ defaultPrice: 650, defaultPriceType: 'notSet' })).to.equal('notSet');
      expect(priced({ defaultPrice: 650, defaultPriceType: 'startingAt' })).to.equal('startingAt');
      expect(priced({})).to.equal('notSet');
    });

    it('defaults customQuestions, services, staff and time off to empty lists', () => {
      const r = validate(businessSchema, {
        id: 'solo',
        displayName: 'Solo',
        businessTimeZone: 'UTC',
        businessHours: [],
        schedulingPolicy: { timeSlotInterval: 'PT30M', minimumLeadTime: 'PT0M', maximumAdvance: 'P30D' },
      });
      expect(r.ok && [r.value.customQuestions, r.value.services, r.value.staffMembers, r.value.timeOff]).to.deep.equal([
        [],
        [],
        [],
        [],
      ]);
    });

    it("DESIGN.md's example configuration", () => {
      expectValid(businessSchema, {
        id: 'contoso',
        displayName: 'Contoso Dental',
        businessTimeZone: 'Europe/Copenhagen',
        email: 'hello@contoso.example',
        phone: '+45 33 12 34 56',
        webSiteUrl: 'https://contoso.example',
        address: { street: 'Nørregade 12', city: 'København' },
        languageTag: 'da',
        businessHours: [
          {
            day: 'monday',
            timeSlots: [
              { startTime: '09:00', endTime: '12:00' },
              { startTime: '13:00', endTime: '17:00' },
            ],
          },
        ],
        schedulingPolicy: {
          timeSlotInterval: 'PT15M',
          minimumLeadTime: 'PT2H',
          maximumAdvance: 'P60D',
          allowStaffSelection: true,
          sendConfirmationsToOwner: true,
          staffAssignment: 'random',
          customAvailabilities: [{ startDate: '2026-12-24', endDate: '2026-12-26', availabilityType: 'notBookable' }],
          closures: [{ rrule: 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1', title: 'New Year' }],
        },
        bookingPageSettings: {
          isPublished: true,
          accessControl: 'unrestricted',
          isCustomerConsentEnabled: true,
          customerConsentMessage: 'I agree that Contoso stores my details.',
          privacyPolicyWebUrl: 'https://contoso.example/privacy',
          termsAndConditionsWebUrl: 'https://contoso.example/terms',
          isTimeSlotTimeZoneSetToBusinessTimeZone: false,
          bookingPageColorCode: '#0F6CBD',
        },
        customQuestions: [{ id: 'q1', displayName: 'Insurance number?', answerInputType: 'text' }],
        services: [
          {
            id: 'cleaning',
            displayName: 'Cleaning',
            description: 'Scale and polish.',
            defaultDuration: 'PT30M',
            preBuffer: 'PT0M',
            postBuffer: 'PT10M',
            defaultPrice: 60,
            defaultPriceType: 'fixedPrice',
            isLocationOnline: false,
            maximumAttendeesCount: 1,
            staffMemberIds: ['anna', 'ben'],
            customQuestions: [{ questionId: 'q1', isRequired: true }],
            defaultReminders: [{ offset: 'P1D', recipients: 'customer', message: 'See you tomorrow.' }],
            schedulingPolicy: null,
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
            emailAddress: 'anna@contoso.example',
            role: 'administrator',
            useBusinessHours: false,
            workingHours: [{ day: 'tuesday', timeSlots: [{ startTime: '08:00', endTime: '16:00' }] }],
            availabilityIsAffectedByPersonalCalendar: false,
            timeZone: null,
            isBookable: true,
          },
          { id: 'ben', displayName: 'Ben', role: 'teamMember' },
        ],
        timeOff: [
          {
            id: 't1',
            staffMemberId: 'ben',
            start: '2026-12-01T08:00:00Z',
            end: '2026-12-01T12:00:00Z',
            rrule: null,
            title: 'Dentist',
          },
        ],
      });
    });

    it('strips keys it does not model, such as Graph metadata', () => {
      const r = validate(
        businessSchema,
        business((b) => Object.assign(b, { '@odata.etag': 'W/"1"', unknownThing: 1 })),
      );
      expect(r.ok && Object.keys(r.value)).to.not.include.members(['@odata.etag', 'unknownThing']);
    });

    it('windows that touch, and the same hours on different days', () => {
      expectValid(
        businessSchema,
        business((b) => {
          b.businessHours = [
            {
              day: 'monday',
              timeSlots: [
                { startTime: '09:00', endTime: '12:00' },
                { startTime: '12:00', endTime: '24:00' },
              ],
            },
            { day: 'tuesday', timeSlots: [{ startTime: '09:00', endTime: '12:00' }] },
          ];
        }),
      );
    });
  });

  describe('readable messages for wrong types and missing fields', () => {
    it('is required', () => {
      expectOnlyIssue(
        businessSchema,
        business((b) => Reflect.deleteProperty(b.services![0], 'defaultDuration')),
        'services[0].defaultDuration',
        'is required',
      );
    });

    it('expected a string', () => {
      expectOnlyIssue(
        businessSchema,
        business((b) => Object.assign(b, { displayName: 42 })),
        'displayName',
        'expected a string',
      );
    });

    it('expected true or false', () => {
      expectOnlyIssue(
        businessSchema,
        business((b) => Object.assign(b.staffMembers![0], { isBookable: 'yes' })),
        'staffMembers[0].isBookable',
        'expected true or false',
      );
    });

    it('expected a list and expected an object', () => {
      expectOnlyIssue(
        businessSchema,
        business((b) => Object.assign(b, { businessHours: {} })),
        'businessHours',
        'expected a list',
      );
      expectOnlyIssue(
        businessSchema,
        business((b) => Object.assign(b, { schedulingPolicy: 'PT15M' })),
        'schedulingPolicy',
        'expected an object',
      );
      expectOnlyIssue(businessSchema, null, '', 'expected an object');
    });

    it('expected one of: … for enumerations', () => {
      expectOnlyIssue(
        businessSchema,
        business((b) => Object.assign(b.customQuestions![0], { answerInputType: 'dropdown' })),
        'customQuestions[0].answerInputType',
        'expected one of: text, radioButton, checkbox, multiline',
      );
      expectOnlyIssue(
        businessSchema,
        business((b) => Object.assign(b.businessHours[0], { day: 'Monday' })),
        'businessHours[0].day',
        'expected one of: sunday, monday, tuesday, wednesday, thursday, friday, saturday',
      );
    });

    it('durations name the field and the expected form', () => {
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.services![0].postBuffer = '10 minutes')),
        'services[0].postBuffer',
        'expected an ISO-8601 duration such as PT30M',
      );
    });

    it('reports every problem at once', () => {
      const issues = issuesOf(
        businessSchema,
        business((b) => {
          b.displayName = '';
          b.businessTimeZone = 'Copenhagen';
          b.services![0].defaultDuration = 'P1M';
        }),
      );
      expect(issues).to.deep.equal([
        { path: 'displayName', message: 'must not be empty' },
        { path: 'businessTimeZone', message: 'expected an IANA time zone such as Europe/Copenhagen' },
        {
          path: 'services[0].defaultDuration',
          message: 'years and months have no fixed length: use days or weeks, such as P365D or P8W',
        },
      ]);
    });
  });

  describe('references and duplicates', () => {
    it('services naming unknown staff', () => {
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.services![0].staffMemberIds = ['anna', 'carl'])),
        'services[0].staffMemberIds[1]',
        'unknown staff member id: carl',
      );
    });

    it('services naming unknown questions', () => {
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.services![0].customQuestions = [{ questionId: 'q9', isRequired: true }])),
        'services[0].customQuestions[0].questionId',
        'unknown custom question id: q9',
      );
    });

    it('duplicate service, staff, question and time-off ids', () => {
      expectOnlyIssue(
        businessSchema,
        business((b) => b.services!.push({ ...b.services![0] })),
        'services[1].id',
        'duplicate id: cleaning is already used by services[0]',
      );
      expectOnlyIssue(
        businessSchema,
        business((b) => b.staffMembers!.push({ id: 'anna', displayName: 'Anna 2' })),
        'staffMembers[2].id',
        'duplicate id: anna is already used by staffMembers[0]',
      );
      expectOnlyIssue(
        businessSchema,
        business((b) => b.customQuestions!.push({ id: 'q1', displayName: 'Again?' })),
        'customQuestions[2].id',
        'duplicate id: q1 is already used by customQuestions[0]',
      );
      const off = { id: 't1', staffMemberId: 'anna', start: '2026-12-01T08:00:00Z', end: '2026-12-01T12:00:00Z' };
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.timeOff = [off, { ...off }])),
        'timeOff[1].id',
        'duplicate id: t1 is already used by timeOff[0]',
      );
    });

    it('the same staff member or question twice in one service', () => {
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.services![0].staffMemberIds = ['anna', 'anna'])),
        'services[0].staffMemberIds[1]',
        'duplicate staff member id: anna',
      );
      expectOnlyIssue(
        businessSchema,
        business(
          (b) =>
            (b.services![0].customQuestions = [
              { questionId: 'q1', isRequired: true },
              { questionId: 'q1', isRequired: false },
            ]),
        ),
        'services[0].customQuestions[1].questionId',
        'duplicate question id: q1',
      );
    });

    it('time off for an unknown staff member', () => {
      expectOnlyIssue(
        businessSchema,
        business(
          (b) =>
            (b.timeOff = [
              { id: 't1', staffMemberId: 'zoe', start: '2026-12-01T08:00:00Z', end: '2026-12-01T12:00:00Z' },
            ]),
        ),
        'timeOff[0].staffMemberId',
        'unknown staff member id: zoe',
      );
    });
  });

  describe('hours', () => {
    it('endTime must be after startTime', () => {
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.businessHours[0].timeSlots[1] = { startTime: '17:00', endTime: '13:00' })),
        'businessHours[0].timeSlots[1].endTime',
        'must be after startTime',
      );
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.businessHours[0].timeSlots[0] = { startTime: '09:00', endTime: '09:00' })),
        'businessHours[0].timeSlots[0].endTime',
        'must be after startTime',
      );
    });

    it('times of day must be HH:mm', () => {
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.businessHours[0].timeSlots[0].startTime = '9:00')),
        'businessHours[0].timeSlots[0].startTime',
        'expected a time of day such as 09:00 (00:00 to 24:00)',
      );
    });

    it('overlapping windows on the same day, also across entries', () => {
      expect(
        issuesOf(
          businessSchema,
          business((b) => b.businessHours[0].timeSlots.push({ startTime: '11:00', endTime: '12:30' })),
        ),
      ).to.deep.equal([{ path: 'businessHours[0].timeSlots[2]', message: 'overlaps 09:00–12:00 on monday' }]);
      expectOnlyIssue(
        businessSchema,
        business((b) => b.businessHours.push({ day: 'monday', timeSlots: [{ startTime: '16:00', endTime: '18:00' }] })),
        'businessHours[1].timeSlots[0]',
        'overlaps 13:00–17:00 on monday',
      );
    });

    it('each window overlapping an earlier one is reported against the longest reach so far', () => {
      expect(
        issuesOf(
          businessSchema,
          business(
            (b) =>
              (b.businessHours[0].timeSlots = [
                { startTime: '08:00', endTime: '18:00' },
                { startTime: '09:00', endTime: '10:00' },
                { startTime: '11:00', endTime: '12:00' },
              ]),
          ),
        ),
      ).to.deep.equal([
        { path: 'businessHours[0].timeSlots[1]', message: 'overlaps 08:00–18:00 on monday' },
        { path: 'businessHours[0].timeSlots[2]', message: 'overlaps 08:00–18:00 on monday' },
      ]);
    });

    it("staff working hours are checked like the business's", () => {
      expectOnlyIssue(
        businessSchema,
        business(
          (b) =>
            (b.staffMembers![0] = {
              id: 'anna',
              displayName: 'Anna',
              useBusinessHours: false,
              workingHours: [
                {
                  day: 'friday',
                  timeSlots: [
                    { startTime: '08:00', endTime: '12:00' },
                    { startTime: '10:00', endTime: '11:00' },
                  ],
                },
              ],
            }),
        ),
        'staffMembers[0].workingHours[0].timeSlots[1]',
        'overlaps 08:00–12:00 on friday',
      );
    });

    it('a staff member with useBusinessHours: false needs workingHours', () => {
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.staffMembers![1] = { id: 'ben', displayName: 'Ben', useBusinessHours: false })),
        'staffMembers[1].workingHours',
        'is required when useBusinessHours is false',
      );
    });

    it('unknown IANA zones for the business and for staff', () => {
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.businessTimeZone = 'Europe/Atlantis')),
        'businessTimeZone',
        'expected an IANA time zone such as Europe/Copenhagen',
      );
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.staffMembers![1].timeZone = 'CEST+1')),
        'staffMembers[1].timeZone',
        'expected an IANA time zone such as Europe/Copenhagen',
      );
      expectValid(
        businessSchema,
        business((b) => (b.staffMembers![1].timeZone = null)),
      );
    });
  });

  describe('R5 lead times', () => {
    it('refuses a business policy with less than 24 hours between minimum lead and maximum advance', () => {
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.schedulingPolicy.maximumAdvance = 'P1D')),
        'schedulingPolicy.maximumAdvance',
        R5_MESSAGE('PT2H'),
      );
    });

    it("refuses a service's own policy breaking the rule", () => {
      expectOnlyIssue(
        businessSchema,
        business(
          (b) =>
            (b.services![0].schedulingPolicy = {
              timeSlotInterval: 'PT30M',
              minimumLeadTime: 'P2D',
              maximumAdvance: 'P2DT23H',
              allowStaffSelection: false,
            }),
        ),
        'services[0].schedulingPolicy.maximumAdvance',
        R5_MESSAGE('P2D'),
      );
    });

    it('accepts exactly 24 hours', () => {
      for (const [minimumLeadTime, maximumAdvance] of [
        ['PT0H', 'P1D'],
        ['PT2H', 'P1DT2H'],
        ['P1W', 'P8D'],
      ] as const) {
        expectValid(schedulingPolicySchema, { timeSlotInterval: 'PT15M', minimumLeadTime, maximumAdvance });
      }
      expect(leadTimeProblem('PT0H', 'PT23H59M')).to.equal(R5_MESSAGE('PT0H'));
    });

    it('a service policy needs its durations: it replaces the business policy as a whole', () => {
      expectOnlyIssue(
        businessSchema,
        business((b) =>
          Object.assign(b.services![0], { schedulingPolicy: { minimumLeadTime: 'PT0M', maximumAdvance: 'P7D' } }),
        ),
        'services[0].schedulingPolicy.timeSlotInterval',
        'is required',
      );
    });

    it('a zero slot interval is refused', () => {
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.schedulingPolicy.timeSlotInterval = 'PT0M')),
        'schedulingPolicy.timeSlotInterval',
        'must be at least PT1M',
      );
    });
  });

  describe('closures, date ranges and time off (R7)', () => {
    it('malformed closure rules name the bad part', () => {
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.schedulingPolicy.closures = [{ rrule: 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=32' }])),
        'schedulingPolicy.closures[0].rrule',
        'BYMONTHDAY=32: expected days of the month from 1 to 31 or -31 to -1',
      );
    });

    it('closure times come in pairs, end after start', () => {
      const closure = { rrule: 'FREQ=WEEKLY;BYDAY=FR', startTime: '12:00' };
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.schedulingPolicy.closures = [closure])),
        'schedulingPolicy.closures[0].endTime',
        'is required when startTime is given',
      );
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.schedulingPolicy.closures = [{ rrule: 'FREQ=WEEKLY;BYDAY=FR', endTime: '12:00' }])),
        'schedulingPolicy.closures[0].startTime',
        'is required when endTime is given',
      );
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.schedulingPolicy.closures = [{ ...closure, endTime: '11:00' }])),
        'schedulingPolicy.closures[0].endTime',
        'must be after startTime',
      );
      expectValid(
        businessSchema,
        business((b) => (b.schedulingPolicy.closures = [{ ...closure, endTime: '17:00', startDate: '2026-01-02' }])),
      );
    });

    it('custom availabilities end on or after their start', () => {
      const range = { startDate: '2026-12-24', endDate: '2026-12-23', availabilityType: 'notBookable' } as const;
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.schedulingPolicy.customAvailabilities = [range])),
        'schedulingPolicy.customAvailabilities[0].endDate',
        'must be on or after startDate',
      );
      expectValid(
        businessSchema,
        business((b) => (b.schedulingPolicy.customAvailabilities = [{ ...range, endDate: '2026-12-24' }])),
      );
    });

    it('custom availability dates must be real dates', () => {
      expectOnlyIssue(
        businessSchema,
        business(
          (b) =>
            (b.schedulingPolicy.customAvailabilities = [
              { startDate: '2026-02-30', endDate: '2026-03-01', availabilityType: 'notBookable' },
            ]),
        ),
        'schedulingPolicy.customAvailabilities[0].startDate',
        'expected a calendar date such as 2026-12-24',
      );
    });

    it('customWeeklyHours needs businessHours, which are checked too', () => {
      const range = { startDate: '2026-12-01', endDate: '2026-12-23', availabilityType: 'customWeeklyHours' } as const;
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.schedulingPolicy.customAvailabilities = [range])),
        'schedulingPolicy.customAvailabilities[0].businessHours',
        'is required when availabilityType is customWeeklyHours',
      );
      expectOnlyIssue(
        businessSchema,
        business(
          (b) =>
            (b.schedulingPolicy.customAvailabilities = [
              { ...range, businessHours: [{ day: 'monday', timeSlots: [{ startTime: '10:00', endTime: '08:00' }] }] },
            ]),
        ),
        'schedulingPolicy.customAvailabilities[0].businessHours[0].timeSlots[0].endTime',
        'must be after startTime',
      );
    });

    it('time off ends after it starts, with instants and a valid rule', () => {
      const off = { id: 't1', staffMemberId: 'anna', start: '2026-12-01T12:00:00Z', end: '2026-12-01T13:00:00+01:00' };
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.timeOff = [off])),
        'timeOff[0].end',
        'must be after start',
      );
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.timeOff = [{ ...off, end: '2026-12-01T14:00:00Z', rrule: 'FREQ=WEEKLY;BYDAY=TUE' }])),
        'timeOff[0].rrule',
        'BYDAY=TUE: expected days such as MO,WE or, monthly, 1MO,-1FR',
      );
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.timeOff = [{ ...off, start: '2026-12-01T12:00:00' }])),
        'timeOff[0].start',
        'expected an ISO-8601 instant with Z or an offset, such as 2026-03-01T09:00:00Z',
      );
      expectValid(
        businessSchema,
        business((b) => (b.timeOff = [{ ...off, end: '2026-12-01T14:00:00Z', rrule: 'FREQ=WEEKLY;BYDAY=TU' }])),
      );
    });
  });

  describe('services and questions', () => {
    it('maximumAttendeesCount is a whole number from 1 to 1000', () => {
      for (const [value, message] of [
        [0, 'must be at least 1'],
        [1001, 'must be at most 1000'],
        [2.5, 'must be a whole number'],
      ] as const) {
        expectOnlyIssue(
          businessSchema,
          business((b) => (b.services![0].maximumAttendeesCount = value)),
          'services[0].maximumAttendeesCount',
          message,
        );
      }
    });

    it('a radioButton question needs answer options', () => {
      for (const answerOptions of [undefined, []]) {
        expectOnlyIssue(
          businessSchema,
          business(
            (b) =>
              (b.customQuestions![1] = {
                id: 'q2',
                displayName: 'Pick',
                answerInputType: 'radioButton',
                answerOptions,
              }),
          ),
          'customQuestions[1].answerOptions',
          'a radioButton question needs at least one answer option',
        );
      }
    });

    it('answer options are distinct', () => {
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.customQuestions![1].answerOptions = ['Yes', 'No', 'Yes'])),
        'customQuestions[1].answerOptions[2]',
        'duplicate option: Yes',
      );
    });

    it('a service needs a positive duration, and prices are not negative', () => {
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.services![0].defaultDuration = 'PT0M')),
        'services[0].defaultDuration',
        'must be longer than zero, such as PT30M',
      );
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.services![0].defaultPrice = -5)),
        'services[0].defaultPrice',
        'must be at least 0',
      );
    });

    it('names and descriptions are bounded (R21)', () => {
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.services![0].displayName = text(201))),
        'services[0].displayName',
        'must be at most 200 characters',
      );
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.services![0].description = text(2001))),
        'services[0].description',
        'must be at most 2000 characters',
      );
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.services![0].notes = text(4001))),
        'services[0].notes',
        'must be at most 4000 characters',
      );
    });
  });

  describe('links and page settings (R21)', () => {
    const NOT_A_WEB_URL = 'expected an https: or http: web address such as https://example.com';

    it('refuses javascript: and data: links everywhere a link is configured', () => {
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.webSiteUrl = 'javascript:alert(document.cookie)')),
        'webSiteUrl',
        NOT_A_WEB_URL,
      );
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.logoUrl = 'data:image/svg+xml,<svg/>')),
        'logoUrl',
        NOT_A_WEB_URL,
      );
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.bookingPageSettings = { privacyPolicyWebUrl: 'javascript:void(0)' })),
        'bookingPageSettings.privacyPolicyWebUrl',
        NOT_A_WEB_URL,
      );
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.bookingPageSettings = { termsAndConditionsWebUrl: 'vbscript:msgbox' })),
        'bookingPageSettings.termsAndConditionsWebUrl',
        NOT_A_WEB_URL,
      );
    });

    it('checks the page colour and the consent message length', () => {
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.bookingPageSettings = { bookingPageColorCode: 'red' })),
        'bookingPageSettings.bookingPageColorCode',
        'expected a colour such as #0F6CBD',
      );
      expectOnlyIssue(
        businessSchema,
        business((b) => (b.bookingPageSettings = { customerConsentMessage: text(2001) })),
        'bookingPageSettings.customerConsentMessage',
        'must be at most 2000 characters',
      );
    });
  });
});
