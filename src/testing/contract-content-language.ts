/**
 * The business's texts in the customer's language (issue 17), as part of the adapter contract:
 * translations saved through the admin side, the booking page and the private link read in a
 * language (a query parameter over REST), each text falling back to the business's own, answers
 * stored in the business's own options, messages naming the service in the language booked in, and
 * bad translations refused with their path. Run by `runAdapterContract` with its own `test`.
 */
import type { ContentTranslation } from '../core/types.js';
import { deepEqual, equal, ok, rejectsInvalid } from './assert.js';
import type { ContractCtx } from './contract.js';
import { cph } from './fixture.js';

export interface ContentLanguageKit {
  describe: (name: string, fn: () => void) => unknown;
  test: (name: string, body: (ctx: ContractCtx) => Promise<void>) => void;
}

const GERMAN: ContentTranslation = {
  services: { consult: { displayName: 'Beratung', description: 'Eine Beratung von 30 Minuten' } },
  customQuestions: {
    insurance: { displayName: 'Versicherungsnummer' },
    first: { displayName: 'Erster Besuch?', answerOptions: { yes: 'ja', no: 'nein' } },
  },
  bookingPageSettings: {
    customerConsentMessage: 'Ich stimme den <b>Bedingungen</b> zu',
    privacyPolicyWebUrl: 'https://clinic.example/de/datenschutz',
  },
};

export function contentLanguageContract({ describe, test }: ContentLanguageKit): void {
  describe('issue 17: the business’s texts in the customer’s language', () => {
    test('translations are saved, exported and read per language, each text falling back to the business’s', async (ctx) => {
      const saved = await ctx.admin.updateBusiness({ patch: { translations: { de: GERMAN } } });
      deepEqual(saved.translations, { de: GERMAN }, 'updateBusiness returns the translations');
      deepEqual((await ctx.admin.getBusiness({})).translations, { de: GERMAN }, 'stored');
      const exported = await ctx.admin.exportConfig({});
      deepEqual(exported.translations, { de: GERMAN }, 'the export carries them');

      const de = await ctx.adapter.getBookingPage({ languageTag: 'de-AT' });
      const consult = de.services.find((s) => s.id === 'consult');
      equal(consult?.displayName, 'Beratung', 'de-AT reads the German service name');
      equal(consult?.description, 'Eine Beratung von 30 Minuten');
      equal(de.services.find((s) => s.id === 'surgery')?.displayName, 'Surgery', 'untranslated: the business’s own');
      const first = de.customQuestions.find((q) => q.id === 'first');
      equal(first?.displayName, 'Erster Besuch?');
      deepEqual(first?.answerOptions, ['ja', 'nein'], 'options in German');
      equal(de.bookingPageSettings.customerConsentMessage, 'Ich stimme den <b>Bedingungen</b> zu');
      equal(de.bookingPageSettings.privacyPolicyWebUrl, 'https://clinic.example/de/datenschutz');
      equal(de.bookingPageSettings.termsAndConditionsWebUrl, 'https://clinic.example/terms', 'link falls back');
      ok(!('translations' in de), 'the page never carries the translations themselves');

      const own = await ctx.adapter.getBookingPage({});
      equal(own.services.find((s) => s.id === 'consult')?.displayName, 'Consultation', 'no language: the business’s');
      const french = await ctx.adapter.getBookingPage({ languageTag: 'fr' });
      equal(french.services.find((s) => s.id === 'consult')?.displayName, 'Consultation', 'no French: the business’s');
    });

    test('a booking in German stores its language and the business’s own option; its messages and link read German', async (ctx) => {
      await ctx.admin.updateBusiness({ patch: { translations: { de: GERMAN } } });
      const { appointment, manageToken } = await ctx.book({
        customer: { name: 'Jana Roth', emailAddress: 'jana@example.com', timeZone: 'Europe/Berlin', languageTag: 'de' },
        answers: [
          { questionId: 'insurance', answer: 'X-1' },
          { questionId: 'first', answer: 'nein' },
        ],
      });
      equal(appointment.serviceName, 'Beratung', 'the booking answers in German');
      const stored = (await ctx.appointments()).find((a) => a.id === appointment.id);
      equal(stored?.customer.languageTag, 'de', 'the language booked in is stored');
      deepEqual(
        stored?.answers.find((a) => a.questionId === 'first'),
        { questionId: 'first', answer: 'no' },
        'the answer is stored as the business’s own option',
      );
      equal(stored?.serviceName, 'Consultation', 'staff read the business’s own name');
      const view = await ctx.adapter.getBooking({ appointmentId: appointment.id, manageToken });
      equal(view.serviceName, 'Beratung', 'the private link reads the language booked in');
      const asked = await ctx.adapter.getBooking({ appointmentId: appointment.id, manageToken, languageTag: 'en' });
      equal(asked.serviceName, 'Consultation', 'or the language asked for');
      const mail = (await ctx.outbox()).find(
        (m) => m.appointmentId === appointment.id && m.recipient.role === 'customer' && m.channel === 'email',
      );
      equal(mail?.languageTag, 'de');
      ok(
        mail?.subject.includes('Beratung'),
        `the customer’s confirmation names the service in German: ${mail?.subject}`,
      );
    });

    test('an option from no language of the business is refused; nothing is written', async (ctx) => {
      await ctx.admin.updateBusiness({ patch: { translations: { de: GERMAN } } });
      const before = await ctx.snapshot();
      await rejectsInvalid(
        ctx.book({
          start: cph('2026-03-03', '10:00'),
          customer: {
            name: 'Jana Roth',
            emailAddress: 'jana@example.com',
            timeZone: 'Europe/Berlin',
            languageTag: 'de',
          },
          answers: [
            { questionId: 'insurance', answer: 'X-1' },
            { questionId: 'first', answer: 'vielleicht' },
          ],
        }),
        'answers.first',
        'unknown option',
      );
      equal(await ctx.snapshot(), before, 'nothing written');
    });

    test('bad translations are refused at their path and change nothing', async (ctx) => {
      const before = JSON.stringify(await ctx.admin.getBusiness({}));
      const bad = (translations: unknown) =>
        ctx.admin.updateBusiness({ patch: { translations: translations as Record<string, ContentTranslation> } });
      await rejectsInvalid(bad({ 'not a tag': {} }), 'patch.translations["not a tag"]', 'malformed tag');
      await rejectsInvalid(bad({ 'de-at': {} }), 'patch.translations.de-at', 'non-canonical tag');
      await rejectsInvalid(
        bad({ de: { services: { consult: { displayName: 'Bera\u0000tung' } } } }),
        'patch.translations.de.services.consult.displayName',
        'control character',
      );
      await rejectsInvalid(
        bad({ de: { services: { consult: { displayName: 'Bera\ntung' } } } }),
        'patch.translations.de.services.consult.displayName',
        'line break in a name',
      );
      await rejectsInvalid(
        bad({ de: { bookingPageSettings: { privacyPolicyWebUrl: 'javascript:alert(1)' } } }),
        'patch.translations.de.bookingPageSettings.privacyPolicyWebUrl',
        'a link that is no web address',
      );
      await rejectsInvalid(
        bad({ de: { services: { nope: { displayName: 'x' } } } }),
        'patch.translations.de.services.nope',
        'unknown service',
      );
      await rejectsInvalid(
        bad({ de: { customQuestions: { first: { answerOptions: { maybe: 'vielleicht' } } } } }),
        'patch.translations.de.customQuestions.first.answerOptions.maybe',
        'unknown option',
      );
      await rejectsInvalid(ctx.adapter.getBookingPage({ languageTag: 'not a tag' }), 'languageTag', 'bad query');
      equal(JSON.stringify(await ctx.admin.getBusiness({})), before, 'nothing changed');
    });

    test('deleting a question drops its translations, so later edits still save', async (ctx) => {
      await ctx.admin.updateBusiness({
        patch: { translations: { de: { customQuestions: { staffnote: { displayName: 'Intern' } } } } },
      });
      await ctx.admin.deleteCustomQuestion({ customQuestionId: 'staffnote' });
      deepEqual((await ctx.admin.getBusiness({})).translations, { de: { customQuestions: {} } });
      const renamed = await ctx.admin.updateBusiness({ patch: { displayName: 'Contract Clinic Nord' } });
      equal(renamed.displayName, 'Contract Clinic Nord');
    });
  });
}
