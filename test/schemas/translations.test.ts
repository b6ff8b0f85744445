// Issue 17: the business's texts in other languages. Every translated text obeys the rules of the
// text it translates (limits, control characters, https links); tags are well-formed and canonical;
// translations name only services, questions and options the business has.
import { expect } from '@open-wc/testing';
import {
  canonicalAnswers,
  localizedBusiness,
  missingTranslations,
  pruneTranslations,
  translatableTexts,
  translationKeyFor,
} from '../../src/core/content-language.js';
import type { Business } from '../../src/core/types.js';
import { businessSchema, CONTROL_MESSAGE, LIMITS, parseBusiness, WEB_URL_MESSAGE } from '../../src/schemas/index.js';
import { expectValid, issuesOf, minimalBusiness, text } from './fixtures.js';

function withTranslations(translations: unknown): unknown {
  return { ...minimalBusiness(), languageTag: 'en', translations };
}

function business(translations: Business['translations']): Business {
  return parseBusiness({
    ...minimalBusiness(),
    languageTag: 'en',
    services: [
      { ...minimalBusiness().services![0], description: 'A thorough clean.' },
      { id: 'check', displayName: 'Check-up', defaultDuration: 'PT15M', staffMemberIds: ['anna'] },
    ],
    bookingPageSettings: {
      isCustomerConsentEnabled: true,
      customerConsentMessage: 'I agree.',
      privacyPolicyWebUrl: 'https://example.com/privacy',
    },
    translations,
  });
}

describe('schemas: translations (issue 17)', () => {
  it('accepts texts per language for services, questions, options and the page', () => {
    expectValid(
      businessSchema,
      withTranslations({
        da: {
          services: { cleaning: { displayName: 'Rensning', description: 'Grundig.\nTo linjer.' } },
          customQuestions: { q2: { displayName: 'Første besøg?', answerOptions: { Yes: 'Ja', No: 'Nej' } } },
          bookingPageSettings: {
            customerConsentMessage: 'Jeg accepterer.',
            privacyPolicyWebUrl: 'https://example.com/da/privatliv',
          },
        },
        'de-AT': { services: { cleaning: { displayName: 'Reinigung' } } },
      }),
    );
  });

  it('refuses a malformed or non-canonical language tag at its path', () => {
    expect(issuesOf(businessSchema, withTranslations({ 'not a tag!': {} }))).to.deep.equal([
      { path: 'translations["not a tag!"]', message: 'expected a language tag such as de or fr-CA' },
    ]);
    expect(issuesOf(businessSchema, withTranslations({ 'de-at': {} }))).to.deep.equal([
      { path: 'translations.de-at', message: 'write the language tag as de-AT' },
    ]);
  });

  it('refuses control characters and line breaks as the original text does', () => {
    const one = (t: unknown) => issuesOf(businessSchema, withTranslations({ da: t }));
    expect(one({ services: { cleaning: { displayName: 'Rens\u0000ning' } } })).to.deep.equal([
      { path: 'translations.da.services.cleaning.displayName', message: CONTROL_MESSAGE },
    ]);
    expect(one({ services: { cleaning: { displayName: 'Rens\nning' } } })).to.deep.equal([
      { path: 'translations.da.services.cleaning.displayName', message: CONTROL_MESSAGE },
    ]);
    expect(one({ customQuestions: { q2: { answerOptions: { Yes: 'J\u0007a' } } } })).to.deep.equal([
      { path: 'translations.da.customQuestions.q2.answerOptions.Yes', message: CONTROL_MESSAGE },
    ]);
    expect(one({ bookingPageSettings: { customerConsentMessage: 'ok\u001b' } })).to.deep.equal([
      { path: 'translations.da.bookingPageSettings.customerConsentMessage', message: CONTROL_MESSAGE },
    ]);
    // Multi-line texts stay multi-line.
    expect(one({ bookingPageSettings: { customerConsentMessage: 'Linje 1\nLinje 2' } })).to.deep.equal([]);
  });

  it('bounds every text like the original and keeps links to https/http', () => {
    const one = (t: unknown) => issuesOf(businessSchema, withTranslations({ da: t }));
    expect(one({ services: { cleaning: { displayName: text(LIMITS.name + 1) } } })).to.deep.equal([
      { path: 'translations.da.services.cleaning.displayName', message: `must be at most ${LIMITS.name} characters` },
    ]);
    expect(one({ services: { cleaning: { description: text(LIMITS.description + 1) } } })).to.deep.equal([
      {
        path: 'translations.da.services.cleaning.description',
        message: `must be at most ${LIMITS.description} characters`,
      },
    ]);
    expect(one({ bookingPageSettings: { privacyPolicyWebUrl: 'javascript:alert(1)' } })).to.deep.equal([
      { path: 'translations.da.bookingPageSettings.privacyPolicyWebUrl', message: WEB_URL_MESSAGE },
    ]);
  });

  it('refuses translations of services, questions and options the business does not have', () => {
    expect(
      issuesOf(
        businessSchema,
        withTranslations({
          da: {
            services: { nope: { displayName: 'x' } },
            customQuestions: { q9: { displayName: 'x' }, q2: { answerOptions: { Maybe: 'Måske' } } },
          },
        }),
      ),
    ).to.deep.equal([
      { path: 'translations.da.services.nope', message: 'unknown service id: nope' },
      { path: 'translations.da.customQuestions.q9', message: 'unknown custom question id: q9' },
      { path: 'translations.da.customQuestions.q2.answerOptions.Maybe', message: 'not an option of q2: Maybe' },
    ]);
  });

  it('resolves a language per text, falling back to the business language', () => {
    const b = business({
      da: {
        services: { cleaning: { displayName: 'Rensning' } },
        customQuestions: { q2: { displayName: 'Første besøg?', answerOptions: { Yes: 'Ja' } } },
        bookingPageSettings: { customerConsentMessage: 'Jeg accepterer.' },
      },
    });
    const da = localizedBusiness(b, 'da-DK');
    expect(da.translations).to.equal(undefined);
    expect(da.services.map((s) => s.displayName)).to.deep.equal(['Rensning', 'Check-up']);
    // Untranslated: the description and the second option fall back to the business's own.
    expect(da.services[0].description).to.equal('A thorough clean.');
    expect(da.customQuestions[1]).to.deep.include({ displayName: 'Første besøg?', answerOptions: ['Ja', 'No'] });
    expect(da.bookingPageSettings.customerConsentMessage).to.equal('Jeg accepterer.');
    expect(da.bookingPageSettings.privacyPolicyWebUrl).to.equal('https://example.com/privacy');
    expect(localizedBusiness(b, 'fr').services[0].displayName).to.equal('Cleaning');
    expect(localizedBusiness(b, undefined).services[0].displayName).to.equal('Cleaning');
  });

  it('matches a tag to its own entry, then its language, and never overrides the business language', () => {
    const b = business({ de: {}, 'de-AT': {}, 'pt-BR': {} });
    expect(translationKeyFor(b, 'de-AT')).to.equal('de-AT');
    expect(translationKeyFor(b, 'de-CH')).to.equal('de');
    expect(translationKeyFor(b, 'pt')).to.equal('pt-BR');
    expect(translationKeyFor(b, 'en-GB')).to.equal(undefined);
    expect(translationKeyFor(b, 'sv')).to.equal(undefined);
  });

  it('lists every text and the ones missing in a language', () => {
    const b = business({ da: { services: { cleaning: { displayName: 'Rensning' } } } });
    expect(translatableTexts(b).map((t) => t.path.join('/'))).to.deep.equal([
      'services/cleaning/displayName',
      'services/cleaning/description',
      'services/check/displayName',
      'customQuestions/q1/displayName',
      'customQuestions/q2/displayName',
      'customQuestions/q2/answerOptions/Yes',
      'customQuestions/q2/answerOptions/No',
      'bookingPageSettings/customerConsentMessage',
      'bookingPageSettings/privacyPolicyWebUrl',
    ]);
    expect(missingTranslations(b, 'da')).to.have.length(8);
    expect(missingTranslations(b, 'de')).to.have.length(9);
  });

  it('maps options chosen in a translation back to the business language', () => {
    const b = business({ da: { customQuestions: { q2: { answerOptions: { Yes: 'Ja', No: 'Nej' } } } } });
    expect(
      canonicalAnswers(b, 'da', [
        { questionId: 'q2', answer: 'Nej' },
        { questionId: 'q1', answer: 'Ja' },
      ]),
    ).to.deep.equal([
      { questionId: 'q2', answer: 'No' },
      { questionId: 'q1', answer: 'Ja' },
    ]);
    expect(canonicalAnswers(b, 'da', [{ questionId: 'q2', selectedOptions: ['Yes'] }])).to.deep.equal([
      { questionId: 'q2', selectedOptions: ['Yes'] },
    ]);
  });

  it('drops translations of what is gone', () => {
    const b = business({
      da: {
        services: { check: { displayName: 'Tjek' } },
        customQuestions: { q2: { answerOptions: { Yes: 'Ja', No: 'Nej' } } },
      },
    });
    const next = pruneTranslations({
      ...b,
      services: b.services.filter((s) => s.id !== 'check'),
      customQuestions: b.customQuestions.map((q) => (q.id === 'q2' ? { ...q, answerOptions: ['Yes', 'Maybe'] } : q)),
    });
    expect(next.translations).to.deep.equal({
      da: { services: {}, customQuestions: { q2: { answerOptions: { Yes: 'Ja' } } } },
    });
    expectValid(businessSchema, next);
  });
});
