// R21: text fields refuse what no person types (NUL, the other C0/C1 controls, DEL, lone
// surrogates); tab and line breaks pass in multi-line fields only. The same schemas run in the
// reference adapter, the HTTP handler and the server, so these checks hold on every backend.
import { expect } from '@open-wc/testing';
import type { CustomQuestion } from '../../src/core/types.js';
import {
  answerTextSchema,
  bookRequestSchema,
  businessSchema,
  cancelAppointmentInputSchema,
  cancelInputSchema,
  checkBookingDetails,
  connectCalendarInputSchema,
  CONTROL_MESSAGE,
  createAppointmentInputSchema,
  descriptionSchema,
  hasControlCharacters,
  listCustomersInputSchema,
  messageSchema,
  nameSchema,
  notesSchema,
  titleSchema,
  trackingSchema,
  webUrlSchema,
  withoutControlCharacters,
  type BookingDetailsService,
} from '../../src/schemas/index.js';
import { expectOnlyIssue, expectValid, issuesOf, minimalBusiness } from './fixtures.js';

/** What no person types, in every field. */
const CONTROLS = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0080', '\u0085', '\u009f', '\ud800', '\udfff'];
/** Allowed only where text may span lines. */
const LINE_BREAKS = ['\n', '\r\n', '\r', '\t'];
/** Text people do type: accents, other scripts, emoji (surrogate pairs), markup-looking text. */
const PEOPLE_TYPE = ['Zoë Ødegård', 'Łukasz', '山田 花子', 'Ana 😀👩‍⚕️', '<b>Bob</b> & "Co"', 'a\u00a0b'];

const SINGLE_LINE = { nameSchema, titleSchema };
const MULTI_LINE = { descriptionSchema, messageSchema, notesSchema, answerTextSchema };

describe('schemas: control characters (R21)', () => {
  for (const [name, schema] of Object.entries({ ...SINGLE_LINE, ...MULTI_LINE })) {
    it(`${name} refuses NUL, C0/C1 controls, DEL and lone surrogates, and accepts what people type`, () => {
      for (const c of CONTROLS) expectOnlyIssue(schema, `Jane${c}Doe`, '', CONTROL_MESSAGE);
      for (const ok of PEOPLE_TYPE) expectValid(schema, ok);
    });
  }

  for (const [name, schema] of Object.entries(SINGLE_LINE)) {
    it(`${name} is one line: tab, CR, LF and U+2028/U+2029 are refused`, () => {
      for (const c of [...LINE_BREAKS, '\u2028', '\u2029']) expectOnlyIssue(schema, `Jane${c}Doe`, '', CONTROL_MESSAGE);
    });
  }

  for (const [name, schema] of Object.entries(MULTI_LINE)) {
    it(`${name} may span lines: tab, CR and LF pass`, () => {
      for (const c of LINE_BREAKS) expectValid(schema, `first line${c}second line`);
    });
  }

  it('a web address may not hide a line break or a control the URL parser would drop', () => {
    expectValid(webUrlSchema, 'https://clinic.example/privacy');
    for (const c of ['\n', '\t', '\u0000']) {
      expect(issuesOf(webUrlSchema, `https://clinic.exa${c}mple/privacy`).map((i) => i.message)).to.include(
        CONTROL_MESSAGE,
      );
    }
  });

  it('hasControlCharacters says the same as the schemas', () => {
    for (const c of CONTROLS) {
      expect(hasControlCharacters(`a${c}`), JSON.stringify(c)).to.equal(true);
      expect(hasControlCharacters(`a${c}`, true), JSON.stringify(c)).to.equal(true);
    }
    for (const c of LINE_BREAKS) {
      expect(hasControlCharacters(`a${c}b`)).to.equal(true);
      expect(hasControlCharacters(`a${c}b`, true)).to.equal(false);
    }
    for (const ok of PEOPLE_TYPE) expect(hasControlCharacters(ok)).to.equal(false);
  });

  it('every text field of a booking request is checked, with its path', () => {
    const valid = {
      serviceId: 'cleaning',
      start: '2026-03-03T09:00:00Z',
      customer: { name: 'Jane', emailAddress: 'jane@example.com', notes: 'ok', timeZone: 'UTC' },
      answers: [{ questionId: 'q1', answer: 'ok', selectedOptions: ['ok'] }],
      idempotencyKey: 'control-key-1',
    };
    expectValid(bookRequestSchema, valid);
    const cases: [string, (nul: string) => unknown][] = [
      ['customer.name', (x) => ({ ...valid, customer: { ...valid.customer, name: `Jane${x}` } })],
      ['customer.notes', (x) => ({ ...valid, customer: { ...valid.customer, notes: `ok${x}` } })],
      ['answers[0].answer', (x) => ({ ...valid, answers: [{ questionId: 'q1', answer: `ok${x}` }] })],
      [
        'answers[0].selectedOptions[0]',
        (x) => ({ ...valid, answers: [{ questionId: 'q1', selectedOptions: [`ok${x}`] }] }),
      ],
    ];
    for (const [path, make] of cases) {
      for (const c of ['\u0000', '\ud83d']) expectOnlyIssue(bookRequestSchema, make(c), path, CONTROL_MESSAGE);
    }
    // CR/LF in a name would start a new line in every e-mail naming the customer.
    expectOnlyIssue(
      bookRequestSchema,
      { ...valid, customer: { ...valid.customer, name: 'Jane\r\nBcc: x@example.com' } },
      'customer.name',
      CONTROL_MESSAGE,
    );
    expectValid(bookRequestSchema, { ...valid, customer: { ...valid.customer, notes: 'line one\nline two' } });
    expectOnlyIssue(
      cancelInputSchema,
      { appointmentId: 'apt_1', manageToken: 'x'.repeat(22), reason: '\u0000' },
      'reason',
      CONTROL_MESSAGE,
    );
  });

  it('every text field of a business configuration is checked, with its path', () => {
    const base = minimalBusiness();
    const service = base.services?.[0];
    const [anna, ben] = base.staffMembers ?? [];
    if (!service || !anna || !ben) throw new Error('the minimal business has a service and two staff');
    expectValid(businessSchema, base);
    const edits: [string, (x: string) => unknown][] = [
      ['displayName', (x) => ({ ...base, displayName: `Contoso${x}` })],
      ['address.city', (x) => ({ ...base, address: { city: `Aarhus${x}` } })],
      ['services[0].displayName', (x) => ({ ...base, services: [{ ...service, displayName: `Clean${x}` }] })],
      ['services[0].description', (x) => ({ ...base, services: [{ ...service, description: `d${x}` }] })],
      ['services[0].notes', (x) => ({ ...base, services: [{ ...service, notes: `n${x}` }] })],
      [
        'services[0].defaultReminders[0].message',
        (x) => ({
          ...base,
          services: [{ ...service, defaultReminders: [{ offset: 'P1D', message: `m${x}` }] }],
        }),
      ],
      ['staffMembers[0].displayName', (x) => ({ ...base, staffMembers: [{ ...anna, displayName: `Anna${x}` }, ben] })],
      [
        'customQuestions[0].displayName',
        (x) => ({
          ...base,
          customQuestions: [{ ...base.customQuestions?.[0], displayName: `Q${x}` }, base.customQuestions?.[1]],
        }),
      ],
      [
        'customQuestions[1].answerOptions[0]',
        (x) => ({
          ...base,
          customQuestions: [
            base.customQuestions?.[0],
            { ...base.customQuestions?.[1], answerOptions: [`Yes${x}`, 'No'] },
          ],
        }),
      ],
      [
        'bookingPageSettings.customerConsentMessage',
        (x) => ({ ...base, bookingPageSettings: { customerConsentMessage: `I agree${x}` } }),
      ],
      [
        'schedulingPolicy.closures[0].title',
        (x) => ({
          ...base,
          schedulingPolicy: { ...base.schedulingPolicy, closures: [{ rrule: 'FREQ=YEARLY', title: `New Year${x}` }] },
        }),
      ],
      [
        'timeOff[0].title',
        (x) => ({
          ...base,
          timeOff: [
            {
              id: 't1',
              staffMemberId: 'anna',
              start: '2026-03-03T09:00:00Z',
              end: '2026-03-03T10:00:00Z',
              title: `Off${x}`,
            },
          ],
        }),
      ],
    ];
    for (const [path, make] of edits) {
      expectOnlyIssue(businessSchema, make('\u0000'), path, CONTROL_MESSAGE);
      expectOnlyIssue(businessSchema, make('\udc00'), path, CONTROL_MESSAGE);
    }
    // Names are one line; descriptions and messages may span lines.
    expectOnlyIssue(businessSchema, edits[2]?.[1]('\nX'), 'services[0].displayName', CONTROL_MESSAGE);
    expectValid(businessSchema, edits[3]?.[1]('\nsecond line'));
  });

  it('admin payloads: the message to a customer, a customer search, a booking made by staff', () => {
    expectOnlyIssue(
      cancelAppointmentInputSchema,
      { appointmentId: 'apt_1', message: 'Sorry\u0000' },
      'message',
      CONTROL_MESSAGE,
    );
    expectValid(cancelAppointmentInputSchema, { appointmentId: 'apt_1', message: 'Sorry.\nThe clinic is closed.' });
    expectOnlyIssue(listCustomersInputSchema, { query: 'ja\u0000' }, 'query', CONTROL_MESSAGE);
    expectOnlyIssue(
      createAppointmentInputSchema,
      { serviceId: 'cleaning', start: '2026-03-03T09:00:00Z', customer: { name: 'Jane\u0085', timeZone: 'UTC' } },
      'customer.name',
      CONTROL_MESSAGE,
    );
  });

  it('a staff calendar: its address, user name and app password refuse controls and line breaks', () => {
    const caldav = {
      staffMemberId: 'ann',
      source: { kind: 'caldav', url: 'https://dav.example/ann/', userName: 'ann', password: 'app-pass' },
    } as const;
    expectValid(connectCalendarInputSchema, caldav);
    expectValid(connectCalendarInputSchema, {
      staffMemberId: 'ann',
      source: { kind: 'ics', url: 'webcal://x.example/f.ics' },
    });
    for (const c of [...CONTROLS, '\n', '\t', '\u2028']) {
      for (const key of ['url', 'userName', 'password'] as const) {
        const value = key === 'url' ? `https://dav.example/a${c}nn/` : `ann${c}x`;
        expect(
          issuesOf(connectCalendarInputSchema, { ...caldav, source: { ...caldav.source, [key]: value } }).map(
            (i) => `${i.path}: ${i.message}`,
          ),
          `${key} with ${JSON.stringify(c)}`,
        ).to.deep.equal([`source.${key}: ${CONTROL_MESSAGE}`]);
      }
    }
  });

  it('tracking: UTM parameters, the source and metadata values refuse controls and line breaks', () => {
    expectValid(trackingSchema, { utmSource: 'newsletter', metadata: { portal: 'yes' } });
    for (const c of [...CONTROLS, '\n', '\t']) {
      expectOnlyIssue(trackingSchema, { utmCampaign: `spring${c}` }, 'utmCampaign', CONTROL_MESSAGE);
      expectOnlyIssue(trackingSchema, { metadata: { portal: `y${c}es` } }, 'metadata', `portal: ${CONTROL_MESSAGE}`);
    }
  });

  it('withoutControlCharacters makes text a field would take', () => {
    for (const c of CONTROLS) {
      const clean = withoutControlCharacters(`Jane${c}Doe`);
      expect(hasControlCharacters(clean), JSON.stringify(c)).to.equal(false);
      expectValid(nameSchema, clean);
    }
    expect(withoutControlCharacters('Team\r\ncalendar\u0000')).to.equal('Team calendar');
    expect(withoutControlCharacters('one\r\ntwo\u0007', true)).to.equal('one\r\ntwo');
    expect(withoutControlCharacters('a\ud800b')).to.equal('a\ufffdb');
    for (const ok of PEOPLE_TYPE) expect(withoutControlCharacters(ok)).to.equal(ok);
  });

  describe('answers to one-line questions are one line (checkBookingDetails)', () => {
    const questions: CustomQuestion[] = [
      { id: 'insurance', displayName: 'Insurance number', answerInputType: 'text' },
      { id: 'anything', displayName: 'Anything else?', answerInputType: 'multiline' },
    ];
    const service: BookingDetailsService = {
      isEmailRequired: false,
      isLocationOnline: false,
      smsNotificationsEnabled: false,
      customQuestions: [
        { questionId: 'insurance', isRequired: false },
        { questionId: 'anything', isRequired: false },
      ],
    };
    const details = (answers: { questionId: string; answer: string }[]) => ({
      customer: { name: 'Mia', emailAddress: 'mia@example.com', timeZone: 'UTC' },
      answers,
    });

    it('a line break or tab in a one-line answer is refused at answers.<id>', () => {
      for (const c of ['\n', '\r', '\t', '\u2028']) {
        expect(
          checkBookingDetails(details([{ questionId: 'insurance', answer: `X-1${c}X-2` }]), service, questions, {
            isCustomerConsentEnabled: false,
          }),
        ).to.deep.equal([{ path: 'answers.insurance', message: 'must be one line' }]);
      }
    });

    it('a multi-line answer may span lines', () => {
      expect(
        checkBookingDetails(details([{ questionId: 'anything', answer: 'one\r\ntwo\tthree' }]), service, questions, {
          isCustomerConsentEnabled: false,
        }),
      ).to.deep.equal([]);
    });
  });
});
