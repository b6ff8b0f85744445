import { expect } from '@open-wc/testing';
import type { BookRequest, BookingPageData, CustomerAppointment } from '../../src/schemas/index.js';
import {
  availabilityRequestSchema,
  availableSlotSchema,
  availableSlotsSchema,
  bookingPageDataSchema,
  bookRequestSchema,
  bookResultSchema,
  cancelInputSchema,
  customerAdapterSchemas,
  customerAppointmentSchema,
  getBookingInputSchema,
  getBookingPageInputSchema,
  holdSlotInputSchema,
  holdSlotResultSchema,
  rescheduleInputSchema,
  validate,
} from '../../src/schemas/index.js';
import { expectOnlyIssue, expectValid, issuesOf, text } from './fixtures.js';

const TOKEN = 'mQ3k_Zp8-Lr2Xw9vTy4bNc';

function pageData(): BookingPageData {
  const policy = {
    timeSlotInterval: 'PT15M',
    minimumLeadTime: 'PT2H',
    maximumAdvance: 'P60D',
    allowStaffSelection: true,
  };
  return {
    business: {
      id: 'contoso',
      displayName: 'Contoso Clinic',
      businessTimeZone: 'Europe/Copenhagen',
      languageTag: 'en',
    },
    bookingPageSettings: {
      isPublished: true,
      accessControl: 'unrestricted',
      isCustomerConsentEnabled: true,
      customerConsentMessage: 'I agree.',
      privacyPolicyWebUrl: 'https://contoso.example/privacy',
      isTimeSlotTimeZoneSetToBusinessTimeZone: false,
    },
    schedulingPolicy: policy,
    services: [
      {
        id: 'cleaning',
        displayName: 'Dental cleaning',
        defaultDuration: 'PT30M',
        defaultPrice: 650,
        defaultPriceType: 'fixedPrice',
        isLocationOnline: false,
        maximumAttendeesCount: 1,
        staffMemberIds: ['anna'],
        customQuestions: [{ questionId: 'q1', isRequired: true }],
        isEmailRequired: false,
        smsNotificationsEnabled: true,
        allowStaffSelection: true,
        schedulingPolicy: policy,
      },
    ],
    staffMembers: [{ id: 'anna', displayName: 'Anna Larsen' }],
    customQuestions: [
      { id: 'q1', displayName: 'First visit?', answerInputType: 'radioButton', answerOptions: ['Yes', 'No'] },
    ],
  };
}

function bookRequest(): BookRequest {
  return {
    serviceId: 'cleaning',
    staffMemberId: 'anna',
    start: '2026-03-02T09:00:00+01:00',
    customer: {
      name: 'Mia Holm',
      emailAddress: 'mia@example.com',
      phone: '+45 12 34 56 78',
      timeZone: 'Europe/Copenhagen',
    },
    answers: [{ questionId: 'q1', answer: 'Yes' }],
    consent: { accepted: true },
    smsOptIn: false,
    idempotencyKey: 'b6a1f0c2-7d7e-4a59-9a53-5d5c1d2e3f40',
  };
}

function appointment(): CustomerAppointment {
  return {
    id: 'apt-1',
    businessId: 'contoso',
    businessName: 'Contoso Clinic',
    serviceId: 'cleaning',
    serviceName: 'Dental cleaning',
    staffMemberIds: ['anna'],
    staffNames: ['Anna Larsen'],
    start: '2026-03-02T08:00:00Z',
    end: '2026-03-02T08:30:00Z',
    status: 'booked',
    isLocationOnline: false,
    address: { street: 'Nørregade 12', city: 'København K' },
    customer: { name: 'Mia Holm', emailAddress: 'mia@example.com', timeZone: 'Europe/Copenhagen' },
    answers: [{ questionId: 'q1', answer: 'Yes' }],
    consentAcceptedAt: '2026-02-20T10:00:00Z',
    smsOptIn: false,
    canManage: true,
    manageUntil: '2026-03-02T06:00:00Z',
    maximumAttendeesCount: 1,
    createdBy: 'customer',
  };
}

describe('schemas/customer', () => {
  describe('getBookingPage', () => {
    it('input takes an optional business id', () => {
      expectValid(getBookingPageInputSchema, {});
      expectValid(getBookingPageInputSchema, { businessId: 'contoso' });
      expectOnlyIssue(
        getBookingPageInputSchema,
        { businessId: '../admin' },
        'businessId',
        'may contain only letters, digits, "_" and "-"',
      );
    });

    it('accepts public page data', () => {
      expectValid(bookingPageDataSchema, pageData());
    });

    it('strips what a customer must not see: staff emails, roles, hours, appointments', () => {
      const leaky = pageData() as unknown as Record<string, unknown> & { staffMembers: Record<string, unknown>[] };
      leaky.staffMembers[0] = {
        id: 'anna',
        displayName: 'Anna Larsen',
        emailAddress: 'anna@contoso.example',
        role: 'administrator',
        workingHours: [],
      };
      leaky['appointments'] = [{ id: 'x' }];
      const r = validate(bookingPageDataSchema, leaky);
      expect(r.ok && r.value.staffMembers).to.deep.equal([{ id: 'anna', displayName: 'Anna Larsen' }]);
      expect(r.ok && 'appointments' in r.value).to.equal(false);
    });

    it("checks the services' public fields", () => {
      const data = pageData();
      Object.assign(data.services[0], { allowStaffSelection: undefined });
      expect(issuesOf(bookingPageDataSchema, data)).to.deep.equal([
        { path: 'services[0].allowStaffSelection', message: 'is required' },
      ]);
    });

    it('refuses unsafe links in page settings (R21)', () => {
      const data = pageData();
      data.bookingPageSettings.privacyPolicyWebUrl = 'javascript:alert(1)';
      expectOnlyIssue(
        bookingPageDataSchema,
        data,
        'bookingPageSettings.privacyPolicyWebUrl',
        'expected an https: or http: web address such as https://example.com',
      );
    });
  });

  describe('getAvailability', () => {
    const request = { serviceId: 'cleaning', start: '2026-03-01T00:00:00Z', end: '2026-04-01T00:00:00Z' };

    it('accepts a range, with or without a staff member (Anyone)', () => {
      expectValid(availabilityRequestSchema, request);
      expectValid(availabilityRequestSchema, { ...request, staffMemberId: 'anna', businessId: 'contoso' });
    });

    it('end must be after start', () => {
      expectOnlyIssue(availabilityRequestSchema, { ...request, end: request.start }, 'end', 'must be after start');
    });

    it('a range of 93 days passes, 94 days is refused (R21)', () => {
      expectValid(availabilityRequestSchema, { ...request, end: '2026-06-02T00:00:00Z' });
      expectOnlyIssue(
        availabilityRequestSchema,
        { ...request, end: '2026-06-03T00:00:00Z' },
        'end',
        'the range may span at most 93 days',
      );
    });

    it('needs a service and instants', () => {
      expect(issuesOf(availabilityRequestSchema, { start: '2026-03-01', end: '2026-03-02T00:00:00Z' })).to.deep.equal([
        { path: 'serviceId', message: 'is required' },
        {
          path: 'start',
          message: 'expected an ISO-8601 instant with Z or an offset, such as 2026-03-01T09:00:00Z',
        },
      ]);
    });

    it('slots carry staff and remaining capacity', () => {
      const slot = {
        start: '2026-03-02T08:00:00Z',
        end: '2026-03-02T09:00:00Z',
        staffMemberIds: ['carl'],
        remainingCapacity: 7,
      };
      expectValid(availableSlotSchema, slot);
      expectValid(availableSlotsSchema, [slot, { ...slot, remainingCapacity: 0 }]);
      expectOnlyIssue(
        availableSlotSchema,
        { ...slot, remainingCapacity: -1 },
        'remainingCapacity',
        'must be at least 0',
      );
      expectOnlyIssue(availableSlotSchema, { ...slot, staffMemberIds: [] }, 'staffMemberIds', 'must not be empty');
      expectOnlyIssue(availableSlotSchema, { ...slot, end: slot.start }, 'end', 'must be after start');
    });
  });

  describe('holdSlot', () => {
    it('input and result', () => {
      expectValid(holdSlotInputSchema, { serviceId: 'cleaning', start: '2026-03-02T08:00:00Z' });
      expectOnlyIssue(holdSlotInputSchema, { serviceId: 'cleaning' }, 'start', 'is required');
      expectValid(holdSlotResultSchema, { holdId: 'hold-1', expiresAt: '2026-03-01T10:05:00Z' });
      expectOnlyIssue(
        holdSlotResultSchema,
        { holdId: 'hold-1', expiresAt: 'in 5 minutes' },
        'expiresAt',
        'expected an ISO-8601 instant with Z or an offset, such as 2026-03-01T09:00:00Z',
      );
    });
  });

  describe('book', () => {
    it('accepts a complete request and trims the name', () => {
      const r = validate(bookRequestSchema, {
        ...bookRequest(),
        customer: { ...bookRequest().customer, name: '  Mia  ' },
      });
      expect(r.ok && r.value.customer.name).to.equal('Mia');
    });

    it('accepts the least a request needs', () => {
      expectValid(bookRequestSchema, {
        serviceId: 'cleaning',
        start: '2026-03-02T08:00:00Z',
        customer: { name: 'Mia', timeZone: 'UTC' },
        idempotencyKey: '12345678',
      });
    });

    it('the customer name is required and not blank', () => {
      const r = bookRequest();
      expectOnlyIssue(
        bookRequestSchema,
        { ...r, customer: { ...r.customer, name: ' \t ' } },
        'customer.name',
        'must not be empty',
      );
      const { name: _name, ...withoutName } = r.customer;
      expectOnlyIssue(bookRequestSchema, { ...r, customer: withoutName }, 'customer.name', 'is required');
    });

    it('checks email, phone, zone and notes when present', () => {
      const r = bookRequest();
      expectOnlyIssue(
        bookRequestSchema,
        { ...r, customer: { ...r.customer, emailAddress: 'mia at example' } },
        'customer.emailAddress',
        'expected an email address such as name@example.com',
      );
      expectOnlyIssue(
        bookRequestSchema,
        { ...r, customer: { ...r.customer, phone: 'ring me' } },
        'customer.phone',
        'expected a phone number such as +45 12 34 56 78',
      );
      expectOnlyIssue(
        bookRequestSchema,
        { ...r, customer: { ...r.customer, timeZone: 'CET+1' } },
        'customer.timeZone',
        'expected an IANA time zone such as Europe/Copenhagen',
      );
      expectOnlyIssue(
        bookRequestSchema,
        { ...r, customer: { ...r.customer, notes: text(4001) } },
        'customer.notes',
        'must be at most 4000 characters',
      );
    });

    it('accepts markup-looking text as plain text (it is rendered as text, R21)', () => {
      const r = bookRequest();
      expectValid(bookRequestSchema, {
        ...r,
        customer: { ...r.customer, name: '<script>alert(1)</script>', notes: '<img src=x onerror=alert(1)>' },
      });
    });

    it('at most 50 answers (R21), each bounded', () => {
      const answers = (n: number) => Array.from({ length: n }, (_, i) => ({ questionId: `q${i}`, answer: 'x' }));
      expectValid(bookRequestSchema, { ...bookRequest(), answers: answers(50) });
      expectOnlyIssue(
        bookRequestSchema,
        { ...bookRequest(), answers: answers(51) },
        'answers',
        'must have at most 50 items',
      );
      expectOnlyIssue(
        bookRequestSchema,
        { ...bookRequest(), answers: [{ questionId: 'q1', answer: text(2001) }] },
        'answers[0].answer',
        'must be at most 2000 characters',
      );
    });

    it('one answer per question', () => {
      expectOnlyIssue(
        bookRequestSchema,
        {
          ...bookRequest(),
          answers: [
            { questionId: 'q1', answer: 'Yes' },
            { questionId: 'q1', answer: 'No' },
          ],
        },
        'answers[1].questionId',
        'duplicate answer for question q1',
      );
    });

    it('consent is { accepted: boolean }', () => {
      expectOnlyIssue(
        bookRequestSchema,
        { ...bookRequest(), consent: { accepted: 'yes' } },
        'consent.accepted',
        'expected true or false',
      );
    });

    it('idempotency keys are 8–128 characters', () => {
      expectOnlyIssue(
        bookRequestSchema,
        { ...bookRequest(), idempotencyKey: 'abc' },
        'idempotencyKey',
        'must be at least 8 characters',
      );
      expectOnlyIssue(
        bookRequestSchema,
        { ...bookRequest(), idempotencyKey: text(129) },
        'idempotencyKey',
        'must be at most 128 characters',
      );
      const { idempotencyKey: _key, ...withoutKey } = bookRequest();
      expectOnlyIssue(bookRequestSchema, withoutKey, 'idempotencyKey', 'is required');
    });

    it('a result carries the appointment and a manage token', () => {
      expectValid(bookResultSchema, { appointment: appointment(), manageToken: TOKEN });
      expectOnlyIssue(
        bookResultSchema,
        { appointment: appointment(), manageToken: 'short' },
        'manageToken',
        'must be at least 16 characters',
      );
    });
  });

  describe('CustomerAppointment', () => {
    it('accepts one-to-one, online and class appointments', () => {
      expectValid(customerAppointmentSchema, appointment());
      expectValid(customerAppointmentSchema, {
        ...appointment(),
        isLocationOnline: true,
        joinWebUrl: 'https://meet.example/abc',
        address: undefined,
      });
      expectValid(customerAppointmentSchema, {
        ...appointment(),
        maximumAttendeesCount: 8,
        attendeeCount: 5,
        status: 'cancelled',
        cancellationReason: 'Ill',
        createdBy: 'staff',
        canManage: false,
      });
    });

    it('refuses an unsafe join link (R21)', () => {
      expectOnlyIssue(
        customerAppointmentSchema,
        { ...appointment(), joinWebUrl: 'javascript:alert(1)' },
        'joinWebUrl',
        'expected an https: or http: web address such as https://example.com',
      );
    });

    it('status and createdBy are closed sets', () => {
      expectOnlyIssue(
        customerAppointmentSchema,
        { ...appointment(), status: 'pending' },
        'status',
        'expected one of: booked, cancelled',
      );
      expectOnlyIssue(
        customerAppointmentSchema,
        { ...appointment(), createdBy: 'robot' },
        'createdBy',
        'expected one of: customer, staff',
      );
    });

    it('needs manage information', () => {
      const { canManage: _c, manageUntil: _m, ...rest } = appointment();
      expect(issuesOf(customerAppointmentSchema, rest)).to.deep.equal([
        { path: 'canManage', message: 'is required' },
        { path: 'manageUntil', message: 'is required' },
      ]);
    });

    it('strips data of other customers or staff that an adapter might leak', () => {
      const r = validate(customerAppointmentSchema, {
        ...appointment(),
        otherAttendees: [{ name: 'Someone else' }],
        staffEmails: ['anna@contoso.example'],
      });
      expect(r.ok && Object.keys(r.value)).to.not.include.members(['otherAttendees', 'staffEmails']);
    });
  });

  describe('manage inputs (R14)', () => {
    it('getBooking needs the appointment id and the token', () => {
      expectValid(getBookingInputSchema, { appointmentId: 'apt-1', manageToken: TOKEN });
      expectOnlyIssue(getBookingInputSchema, { appointmentId: 'apt-1' }, 'manageToken', 'is required');
    });

    it('reschedule takes a new start and optionally a staff member', () => {
      expectValid(rescheduleInputSchema, { appointmentId: 'apt-1', manageToken: TOKEN, start: '2026-03-03T08:00:00Z' });
      expectValid(rescheduleInputSchema, {
        appointmentId: 'apt-1',
        manageToken: TOKEN,
        start: '2026-03-03T08:00:00Z',
        staffMemberId: 'dora',
      });
      expectOnlyIssue(
        rescheduleInputSchema,
        { appointmentId: 'apt-1', manageToken: TOKEN, start: 'tomorrow' },
        'start',
        'expected an ISO-8601 instant with Z or an offset, such as 2026-03-01T09:00:00Z',
      );
    });

    it('cancel takes a bounded reason', () => {
      expectValid(cancelInputSchema, { appointmentId: 'apt-1', manageToken: TOKEN, reason: 'Feeling better' });
      expectOnlyIssue(
        cancelInputSchema,
        { appointmentId: 'apt-1', manageToken: TOKEN, reason: text(2001) },
        'reason',
        'must be at most 2000 characters',
      );
    });
  });

  it('customerAdapterSchemas pairs every method with its input and output schemas', () => {
    expect(Object.keys(customerAdapterSchemas)).to.deep.equal([
      'getBookingPage',
      'getAvailability',
      'holdSlot',
      'book',
      'getBooking',
      'reschedule',
      'cancel',
    ]);
    expectValid(customerAdapterSchemas.book.input, bookRequest());
    expectValid(customerAdapterSchemas.cancel.output, undefined);
  });
});
