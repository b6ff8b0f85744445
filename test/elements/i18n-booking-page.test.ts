import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { BookingManage } from '../../src/elements/booking-manage/booking-manage.js';
import type { BookingPage } from '../../src/elements/booking-page/booking-page.js';
import type { BookingConfirmedEvent } from '../../src/events/booking-confirmed.js';
import { en } from '../../src/i18n/en.js';
import { LANGUAGES, loadMessages, type Messages } from '../../src/i18n/index.js';
import { BookingPagePage, deepQuery, deepQueryAll } from '../helpers/booking-page.page.js';
import { deleteDatabases, loadContoso, makeAdapter, type SampleConfig } from '../helpers/fixtures.js';
import { englishPhrases, stringsOf, untranslated } from '../i18n/english-scan.js';

// Monday 30 November 2026, 08:00 in Copenhagen.
const NOW = Date.parse('2026-11-30T07:00:00Z');
const ZONE = 'Europe/Copenhagen';
const CUSTOMER = { name: 'Mette Hansen', email: 'mette@example.com' };

async function mountPage(config: SampleConfig, lang: string, attrs: { service?: string } = {}) {
  const adapter = makeAdapter(config, NOW);
  const el = await fixture<BookingPage>(
    html`<booking-page
      lang=${lang}
      time-zone=${ZONE}
      service=${attrs.service ?? ''}
      .adapter=${adapter}
      .clock=${() => NOW}
    ></booking-page>`,
  );
  return { page: new BookingPagePage(el), adapter };
}

const headingOf = (root: ShadowRoot) => root.querySelector('h3')?.textContent?.trim() ?? '';

for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
  describe(`<booking-page> and <booking-manage> in ${lang}`, () => {
    let m: Messages;
    let phrases: string[];
    let config: SampleConfig;
    let foreign: string[];
    const leftovers: Record<string, string[]> = {};
    const scan = (state: string, root: Node) => {
      const found = untranslated(root, phrases, foreign);
      if (found.length) leftovers[state] = found;
    };

    before(async () => {
      m = await loadMessages(lang);
      phrases = englishPhrases(en, m);
      config = await loadContoso();
      // Names from the configuration and what the customer types are not ours to translate.
      foreign = stringsOf([config, CUSTOMER]);
    });
    afterEach(async () => {
      await deleteDatabases();
      expect(leftovers, 'English strings left untranslated').to.deep.equal({});
    });

    it('shows no English anywhere in the booking flow, from the services to the confirmation, nor in the manage page', async () => {
      const { page, adapter } = await mountPage(structuredClone(config), lang);
      await page.waitForHeading(m.chooseService);
      expect(page.root.querySelector('[part~="container"]')!.getAttribute('lang')).to.equal(lang);
      scan('services', page.el);

      // The clinic's own texts come in the page's language too (issue 17), not in English.
      const own = config.translations[lang as keyof SampleConfig['translations']];
      expect(page.el.shadowRoot!.textContent).not.to.contain('Dental cleaning');
      page.serviceButton(own.services.cleaning.displayName).click();
      await page.waitForHeading(m.chooseTime);
      const times = await page.waitForTimes();
      expect(page.staffLabels()[0]).to.equal(m.anyone);
      scan('time', page.el);

      // The day's last time, so the booking can still be changed (R6) when the manage page opens.
      times[times.length - 1].click();
      await page.waitForHeading(m.yourDetails);
      scan('details', page.el);
      const detailsText = deepQuery(page.root, 'booking-details-form')!.shadowRoot!.textContent ?? '';
      expect(detailsText).to.contain(own.customQuestions['first-visit'].displayName);
      expect(detailsText).to.contain(own.bookingPageSettings.customerConsentMessage);
      expect(detailsText).not.to.contain('Is this your first visit');
      page.bookButton.click();
      await waitUntil(() => page.errorOf('name') !== '', 'errors show');
      expect(page.errorOf('name')).to.equal(m.nameRequired);
      expect(page.errorOf('answer:first-visit')).to.equal(m.choiceRequired);
      expect(page.errorOf('consent')).to.equal(m.consentRequired);
      // R12: "Dental cleaning" makes email optional, so an email or a phone number is asked for.
      expect(page.errorOf('emailAddress')).to.equal(m.contactRequired);
      expect(page.announcement).to.equal(m.errorsInForm(4));
      scan('details with errors', page.el);

      await page.type('name', CUSTOMER.name);
      await page.type('emailAddress', CUSTOMER.email);
      deepQuery<HTMLInputElement>(page.root, 'input[name="answer:first-visit"]')!.click();
      (page.field('consent') as HTMLInputElement).click();
      const confirmed = new Promise<BookingConfirmedEvent>((resolve) =>
        page.el.addEventListener('booking-confirmed', resolve, { once: true }),
      );
      page.bookButton.click();
      await page.waitForHeading(m.confirmedHeading);
      expect(Object.keys(page.confirmation())).to.deep.equal([m.what, m.when, m.withWhom, m.where]);
      scan('confirmation', page.el);
      const { appointment, manageToken } = (await confirmed).detail;
      // The customer's language travels with the booking: their confirmation is in it (R15).
      const outbox = await adapter.asStaff('anna').listOutbox({ appointmentId: appointment.id });
      expect(outbox.find((msg) => msg.recipient.role === 'customer')?.languageTag).to.equal(lang);

      const manage = await fixture<BookingManage>(html`
        <booking-manage
          lang=${lang}
          time-zone=${ZONE}
          appointment-id=${appointment.id}
          token=${manageToken}
          booking-page-url="https://contoso.example/book"
          .adapter=${adapter}
          .clock=${() => NOW}
        ></booking-manage>
      `);
      const root = manage.shadowRoot!;
      const button = (label: string) =>
        [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === label)!;
      await waitUntil(() => headingOf(root) === m.manageHeading, 'manage page loads', { timeout: 10000 });
      scan('manage', manage);
      button(m.reschedule).click();
      await waitUntil(() => deepQueryAll(root, 'button[part~="slot"]').length > 0, 'times to move to', {
        timeout: 10000,
      });
      expect(headingOf(root)).to.equal(m.rescheduleHeading);
      deepQueryAll<HTMLButtonElement>(root, 'button[part~="slot"]')[1].click();
      await waitUntil(() => root.textContent?.includes(m.confirmReschedule('').trim().slice(0, 4)), 'move button');
      scan('reschedule', manage);
      button(m.back).click();
      await waitUntil(() => headingOf(root) === m.manageHeading);
      button(m.cancel).click();
      await waitUntil(() => headingOf(root) === m.cancelHeading);
      scan('cancel', manage);
      button(m.confirmCancel).click();
      await waitUntil(() => headingOf(root) === m.cancelledHeading, 'cancelled', { timeout: 10000 });
      scan('cancelled', manage);
    });

    it('shows no English for a class (seats left) nor on pages not taking bookings', async () => {
      const { page } = await mountPage(structuredClone(config), lang, { service: 'back-care-class' });
      await page.waitForHeading(m.chooseTime);
      await page.waitForTimes();
      expect(page.timeLabels()[0]).to.contain(m.seatsLeft(8));
      scan('class', page.el);

      const closed = structuredClone(config);
      closed.bookingPageSettings.isPublished = false;
      const unpublished = await mountPage(closed, lang);
      await waitUntil(() => unpublished.page.root.textContent.includes(m.unpublishedNoName), 'unpublished', {
        timeout: 10000,
      });
      scan('unpublished', unpublished.page.el);

      const restricted = structuredClone(config);
      restricted.bookingPageSettings.accessControl = 'restrictedToOrganization';
      const signIn = await mountPage(restricted, lang);
      await waitUntil(() => signIn.page.root.textContent.includes(m.signInRequired), 'sign-in', { timeout: 10000 });
      scan('sign-in required', signIn.page.el);
    });

    it('takes the business’s languageTag as the page default, showing no English first', async () => {
      const local = structuredClone(config);
      local.languageTag = lang;
      const adapter = makeAdapter(local, NOW);
      const html_ = document.documentElement;
      const before = html_.lang;
      html_.removeAttribute('lang');
      try {
        const el = await fixture<BookingPage>(
          html`<booking-page time-zone=${ZONE} .adapter=${adapter} .clock=${() => NOW}></booking-page>`,
        );
        const page = new BookingPagePage(el);
        const seen = new Set<string>();
        // Every heading ever rendered: English "Choose a service" must never flash by.
        const observer = new MutationObserver(() => seen.add(page.heading));
        observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
        await page.waitForHeading(m.chooseService);
        observer.disconnect();
        expect([...seen].filter(Boolean)).to.deep.equal([m.chooseService]);
        scan('services, language from the business', el);
      } finally {
        html_.lang = before;
      }
    });
  });
}

describe('the untranslated-English scan', () => {
  afterEach(deleteDatabases);

  it('finds English when there is some (a control: an English page scanned as Danish)', async () => {
    const config = await loadContoso();
    const da = await loadMessages('da');
    const { page } = await mountPage(structuredClone(config), 'en-GB');
    await page.waitForHeading(en.chooseService);
    const found = untranslated(page.el, englishPhrases(en, da), stringsOf(config));
    expect(found).to.include(`"${en.chooseService}" in "${en.chooseService}"`);
    expect(found.some((f) => f.startsWith(`"${en.stepLabel(1, 3).split(' ')[0]}"`))).to.equal(true);
  });
});
