import { expect } from '@open-wc/testing';
import type { Business } from '../../src/core/types.js';
import { missingTranslations, rebaseLanguage } from '../../src/core/content-language.js';
import { businessSchema, formatIssues, validate } from '../../src/schemas/index.js';

// wtr's esbuild plugin serves .json files as JS modules (so `fetch` would get JavaScript, and an
// import with `{ type: 'json' }` would fail its MIME check): a plain import gets the parsed file.
import contoso from '../../demo/data/contoso.json';

describe('demo/data/contoso.json', () => {
  let business: Business;

  before(() => {
    const r = validate(businessSchema, contoso as unknown);
    if (!r.ok) throw new Error(formatIssues(r.issues));
    business = r.value;
  });

  it('is accepted by the business schema', () => {
    expect(business.id).to.equal('contoso');
    expect(business.businessTimeZone).to.equal('Europe/Copenhagen');
    // Danish first (issue 17): 24-hour times and Monday-first weeks on its booking page.
    expect(business.languageTag).to.equal('da');
    expect(business.defaultCurrencyIso).to.equal('DKK');
  });

  it('has every text in all six languages: Danish, and translations into the other five', () => {
    expect(Object.keys(business.translations ?? {})).to.have.members(['en', 'de', 'fr', 'nl', 'pl']);
    for (const tag of ['en', 'de', 'fr', 'nl', 'pl']) {
      expect(
        missingTranslations(business, tag).map((t) => t.path.join('.')),
        tag,
      ).to.deep.equal([]);
    }
  });

  it('reads in English as it did before it spoke Danish first', () => {
    const en = rebaseLanguage(business, 'en');
    expect(en.languageTag).to.equal('en');
    expect(en.services.map((s) => s.displayName)).to.deep.equal([
      'Dental cleaning',
      'Video consultation',
      'Back care class',
    ]);
    expect(en.customQuestions.find((q) => q.id === 'first-visit')?.answerOptions).to.deep.equal(['Yes', 'No']);
    expect(en.translations?.da?.customQuestions?.['first-visit']?.answerOptions).to.deep.equal({
      Yes: 'Ja',
      No: 'Nej',
    });
    expect(en.translations?.de?.customQuestions?.['pain-areas']?.answerOptions?.['Lower back']).to.equal(
      'Unterer Rücken',
    );
    expect(validate(businessSchema, en).ok).to.equal(true);
  });

  it('has the three demo services: in person, online and a class', () => {
    const byId = new Map(business.services.map((s) => [s.id, s]));
    expect(byId.get('cleaning')).to.deep.include({
      defaultDuration: 'PT30M',
      postBuffer: 'PT10M',
      isLocationOnline: false,
    });
    expect(byId.get('video-consultation')).to.deep.include({ defaultDuration: 'PT20M', isLocationOnline: true });
    expect(byId.get('back-care-class')).to.deep.include({ defaultDuration: 'PT60M', maximumAttendeesCount: 8 });
  });

  it('has four staff with different roles and hours', () => {
    expect(business.staffMembers.map((s) => s.role)).to.have.members([
      'administrator',
      'scheduler',
      'teamMember',
      'teamMember',
    ]);
    expect(business.staffMembers.some((s) => s.useBusinessHours)).to.equal(true);
    expect(business.staffMembers.some((s) => s.timeZone === 'Europe/Copenhagen' && s.workingHours)).to.equal(true);
    expect(business.timeOff.some((t) => t.rrule?.startsWith('FREQ=WEEKLY'))).to.equal(true);
  });

  it('asks every kind of question, some required, with consent and closures', () => {
    expect(new Set(business.customQuestions.map((q) => q.answerInputType))).to.deep.equal(
      new Set(['text', 'multiline', 'radioButton', 'checkbox']),
    );
    expect(business.services.flatMap((s) => s.customQuestions ?? []).some((a) => a.isRequired)).to.equal(true);
    expect(business.bookingPageSettings.isCustomerConsentEnabled).to.equal(true);
    expect(business.schedulingPolicy.customAvailabilities).to.deep.include({
      startDate: '2026-12-24',
      endDate: '2026-12-26',
      availabilityType: 'notBookable',
    });
    expect(business.schedulingPolicy.closures?.[0]?.rrule).to.equal('FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1');
  });
});
