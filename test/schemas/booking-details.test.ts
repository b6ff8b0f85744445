import { expect } from '@open-wc/testing';
import type { CustomQuestion } from '../../src/core/types.js';
import type { BookRequest, BookingDetailsService } from '../../src/schemas/index.js';
import { checkBookingDetails } from '../../src/schemas/index.js';

const QUESTIONS: CustomQuestion[] = [
  { id: 'insurance', displayName: 'Insurance number', answerInputType: 'text' },
  { id: 'notes', displayName: 'Anything else?', answerInputType: 'multiline' },
  { id: 'first-visit', displayName: 'First visit?', answerInputType: 'radioButton', answerOptions: ['Yes', 'No'] },
  { id: 'areas', displayName: 'Where?', answerInputType: 'checkbox', answerOptions: ['Neck', 'Back'] },
  { id: 'newsletter', displayName: 'Send me news', answerInputType: 'checkbox' },
];

type Details = Pick<BookRequest, 'customer' | 'answers' | 'consent' | 'smsOptIn'>;

function request(edit: Partial<Details> = {}): Details {
  return {
    customer: { name: 'Mia', emailAddress: 'mia@example.com', timeZone: 'Europe/Copenhagen' },
    answers: [],
    ...edit,
  };
}

const IN_PERSON: BookingDetailsService = {
  isEmailRequired: true,
  isLocationOnline: false,
  smsNotificationsEnabled: false,
};
const NO_CONSENT = { isCustomerConsentEnabled: false };
const CONSENT = { isCustomerConsentEnabled: true };

/** A service asking `questionId`, required or not. */
function asking(questionId: string, isRequired = true): BookingDetailsService {
  return { ...IN_PERSON, customQuestions: [{ questionId, isRequired }] };
}

describe('schemas/checkBookingDetails (R12, R13)', () => {
  it('finds nothing wrong with complete details', () => {
    expect(checkBookingDetails(request(), IN_PERSON, QUESTIONS, NO_CONSENT)).to.deep.equal([]);
  });

  describe('email (R12)', () => {
    const noEmail = request({ customer: { name: 'Mia', timeZone: 'UTC' } });

    it('is required by default', () => {
      expect(checkBookingDetails(noEmail, IN_PERSON, QUESTIONS, NO_CONSENT)).to.deep.equal([
        { path: 'customer.emailAddress', message: 'is required' },
      ]);
    });

    it('a blank address counts as none', () => {
      const blank = request({ customer: { name: 'Mia', emailAddress: '  ', timeZone: 'UTC' } });
      expect(checkBookingDetails(blank, IN_PERSON, QUESTIONS, NO_CONSENT)).to.deep.equal([
        { path: 'customer.emailAddress', message: 'is required' },
      ]);
    });

    it('R12: is optional when the service sets isEmailRequired: false and a phone number is given', () => {
      const withPhone = request({ customer: { name: 'Mia', phone: '+45 12 34 56 78', timeZone: 'UTC' } });
      expect(
        checkBookingDetails(withPhone, { ...IN_PERSON, isEmailRequired: false }, QUESTIONS, NO_CONSENT),
      ).to.deep.equal([]);
    });

    it('R12: a booking with only a name ("Dental cleaning", email optional) is refused: an email or a phone is needed', () => {
      const blankPhone = request({ customer: { name: 'Mia', phone: ' ', timeZone: 'UTC' } });
      for (const details of [noEmail, blankPhone]) {
        expect(
          checkBookingDetails(details, { ...IN_PERSON, isEmailRequired: false }, QUESTIONS, NO_CONSENT),
        ).to.deep.equal([
          {
            path: 'customer.emailAddress',
            message: 'an email address or a phone number is required to reach the customer',
          },
        ]);
      }
      // With the SMS opt-in ticked, the phone field says it.
      const sms = { ...IN_PERSON, isEmailRequired: false, smsNotificationsEnabled: true };
      expect(checkBookingDetails({ ...noEmail, smsOptIn: true }, sms, QUESTIONS, NO_CONSENT)).to.deep.equal([
        { path: 'customer.phone', message: 'is required to receive text messages' },
      ]);
    });

    it('is always required for online services: the join link travels by email', () => {
      const online = { ...IN_PERSON, isEmailRequired: false, isLocationOnline: true };
      expect(checkBookingDetails(noEmail, online, QUESTIONS, NO_CONSENT)).to.deep.equal([
        { path: 'customer.emailAddress', message: 'is required for online services: the join link is sent by email' },
      ]);
    });
  });

  describe('SMS (R12)', () => {
    const sms = { ...IN_PERSON, smsNotificationsEnabled: true };

    it('a phone number is required when the customer opts in', () => {
      expect(checkBookingDetails(request({ smsOptIn: true }), sms, QUESTIONS, NO_CONSENT)).to.deep.equal([
        { path: 'customer.phone', message: 'is required to receive text messages' },
      ]);
    });

    it('no phone is needed without the opt-in', () => {
      expect(checkBookingDetails(request({ smsOptIn: false }), sms, QUESTIONS, NO_CONSENT)).to.deep.equal([]);
      expect(checkBookingDetails(request(), sms, QUESTIONS, NO_CONSENT)).to.deep.equal([]);
    });

    it('a phone number satisfies it', () => {
      const withPhone = request({
        smsOptIn: true,
        customer: { name: 'Mia', emailAddress: 'mia@example.com', phone: '+45 12 34 56 78', timeZone: 'UTC' },
      });
      expect(checkBookingDetails(withPhone, sms, QUESTIONS, NO_CONSENT)).to.deep.equal([]);
    });
  });

  describe('custom questions (R12), paths answers.<questionId>', () => {
    it('a required text question needs a non-blank answer', () => {
      const service = asking('insurance');
      expect(checkBookingDetails(request(), service, QUESTIONS, NO_CONSENT)).to.deep.equal([
        { path: 'answers.insurance', message: 'is required' },
      ]);
      expect(
        checkBookingDetails(
          request({ answers: [{ questionId: 'insurance', answer: '  ' }] }),
          service,
          QUESTIONS,
          NO_CONSENT,
        ),
      ).to.deep.equal([{ path: 'answers.insurance', message: 'is required' }]);
      expect(
        checkBookingDetails(
          request({ answers: [{ questionId: 'insurance', answer: '123-456' }] }),
          service,
          QUESTIONS,
          NO_CONSENT,
        ),
      ).to.deep.equal([]);
    });

    it('an optional question may stay unanswered', () => {
      expect(checkBookingDetails(request(), asking('notes', false), QUESTIONS, NO_CONSENT)).to.deep.equal([]);
    });

    it('a radioButton answer must be one of the options', () => {
      const service = asking('first-visit');
      expect(checkBookingDetails(request(), service, QUESTIONS, NO_CONSENT)).to.deep.equal([
        { path: 'answers.first-visit', message: 'is required' },
      ]);
      expect(
        checkBookingDetails(
          request({ answers: [{ questionId: 'first-visit', answer: 'Maybe' }] }),
          service,
          QUESTIONS,
          NO_CONSENT,
        ),
      ).to.deep.equal([{ path: 'answers.first-visit', message: 'expected one of: Yes, No' }]);
      expect(
        checkBookingDetails(
          request({ answers: [{ questionId: 'first-visit', selectedOptions: ['No'] }] }),
          service,
          QUESTIONS,
          NO_CONSENT,
        ),
      ).to.deep.equal([]);
      expect(
        checkBookingDetails(
          request({ answers: [{ questionId: 'first-visit', selectedOptions: ['Yes', 'No'] }] }),
          service,
          QUESTIONS,
          NO_CONSENT,
        ),
      ).to.deep.equal([{ path: 'answers.first-visit', message: 'choose only one option' }]);
    });

    it('a required checkbox question with options needs a known option ticked', () => {
      const service = asking('areas');
      expect(
        checkBookingDetails(
          request({ answers: [{ questionId: 'areas', selectedOptions: [] }] }),
          service,
          QUESTIONS,
          NO_CONSENT,
        ),
      ).to.deep.equal([{ path: 'answers.areas', message: 'is required' }]);
      expect(
        checkBookingDetails(
          request({ answers: [{ questionId: 'areas', selectedOptions: ['Neck', 'Knee'] }] }),
          service,
          QUESTIONS,
          NO_CONSENT,
        ),
      ).to.deep.equal([{ path: 'answers.areas', message: 'expected only options among: Neck, Back' }]);
      expect(
        checkBookingDetails(
          request({ answers: [{ questionId: 'areas', selectedOptions: ['Back', 'Neck'] }] }),
          service,
          QUESTIONS,
          NO_CONSENT,
        ),
      ).to.deep.equal([]);
    });

    it('a required single checkbox must be ticked ("true")', () => {
      const service = asking('newsletter');
      const answer = (value: string) => request({ answers: [{ questionId: 'newsletter', answer: value }] });
      expect(checkBookingDetails(answer('false'), service, QUESTIONS, NO_CONSENT)).to.deep.equal([
        { path: 'answers.newsletter', message: 'is required' },
      ]);
      expect(checkBookingDetails(answer('yes'), service, QUESTIONS, NO_CONSENT)).to.deep.equal([
        { path: 'answers.newsletter', message: 'expected "true" or "false"' },
      ]);
      expect(checkBookingDetails(answer('true'), service, QUESTIONS, NO_CONSENT)).to.deep.equal([]);
    });

    it('answers to questions the service does not ask are refused', () => {
      expect(
        checkBookingDetails(
          request({ answers: [{ questionId: 'insurance', answer: 'x' }] }),
          IN_PERSON,
          QUESTIONS,
          NO_CONSENT,
        ),
      ).to.deep.equal([{ path: 'answers.insurance', message: 'is not a question of this service' }]);
    });
  });

  describe('consent (R13)', () => {
    it('must be accepted when the page asks for it', () => {
      for (const consent of [undefined, { accepted: false }]) {
        expect(checkBookingDetails(request({ consent }), IN_PERSON, QUESTIONS, CONSENT)).to.deep.equal([
          { path: 'consent.accepted', message: 'must be accepted to book' },
        ]);
      }
      expect(
        checkBookingDetails(request({ consent: { accepted: true } }), IN_PERSON, QUESTIONS, CONSENT),
      ).to.deep.equal([]);
    });

    it('is not needed when consent is off', () => {
      expect(checkBookingDetails(request(), IN_PERSON, QUESTIONS, NO_CONSENT)).to.deep.equal([]);
    });
  });

  it('reports every problem in form order', () => {
    const service: BookingDetailsService = {
      isEmailRequired: true,
      isLocationOnline: false,
      smsNotificationsEnabled: true,
      customQuestions: [
        { questionId: 'insurance', isRequired: true },
        { questionId: 'first-visit', isRequired: true },
      ],
    };
    const details = request({ customer: { name: 'Mia', timeZone: 'UTC' }, smsOptIn: true });
    expect(checkBookingDetails(details, service, QUESTIONS, CONSENT)).to.deep.equal([
      { path: 'customer.emailAddress', message: 'is required' },
      { path: 'customer.phone', message: 'is required to receive text messages' },
      { path: 'answers.insurance', message: 'is required' },
      { path: 'answers.first-visit', message: 'is required' },
      { path: 'consent.accepted', message: 'must be accepted to book' },
    ]);
  });
});
