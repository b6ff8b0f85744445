import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { ReferenceAdapter } from '../../src/adapters/reference/reference-adapter.js';
import type { AdminSectionName, BookingAdmin } from '../../src/elements/booking-admin/booking-admin.js';
import { enAdmin, loadAdminMessages, type AdminMessages } from '../../src/i18n/admin.js';
import { LANGUAGES } from '../../src/i18n/index.js';
import { BookingAdminPage } from '../helpers/booking-admin.page.js';
import { deleteDatabases, loadContoso, makeAdapter, type SampleConfig } from '../helpers/fixtures.js';
import { englishPhrases, stringsOf, untranslated } from '../i18n/english-scan.js';

// Monday 30 November 2026, 08:00 in Copenhagen.
const NOW = Date.parse('2026-11-30T07:00:00Z');
const SECTIONS: AdminSectionName[] = [
  'services',
  'staff',
  'business',
  'translations',
  'customers',
  'waitlist',
  'outbox',
  'templates',
  'webhooks',
  'reports',
  'explain',
];
const CUSTOMERS = ['Ida Holm', 'ida@example.com', 'Mette Hansen', 'mette@example.com'];

/** A class with one attendee and a cleaning on 1 December, so the calendar, customers and outbox have content. */
async function seed(adapter: ReferenceAdapter) {
  const anna = adapter.asStaff('anna');
  await anna.createAppointment({
    serviceId: 'back-care-class',
    staffMemberId: 'carl',
    start: '2026-12-01T06:30:00Z',
    customer: { name: 'Ida Holm', emailAddress: 'ida@example.com', timeZone: 'Europe/Copenhagen' },
    answers: [{ questionId: 'pain-areas', selectedOptions: ['Neck'] }],
  });
  await anna.createAppointment({
    serviceId: 'cleaning',
    staffMemberId: 'dora',
    start: '2026-12-01T08:00:00Z',
    customer: { name: 'Mette Hansen', emailAddress: 'mette@example.com', timeZone: 'Europe/Copenhagen' },
    answers: [{ questionId: 'first-visit', answer: 'No' }],
  });
}

async function mount(config: SampleConfig, lang: string) {
  const adapter = makeAdapter(config, NOW);
  await seed(adapter);
  const el = await fixture<BookingAdmin>(
    html`<booking-admin
      lang=${lang}
      .adapter=${adapter.asStaff('anna')}
      .bookingAdapter=${adapter}
      .clock=${() => NOW}
    ></booking-admin>`,
  );
  const page = new BookingAdminPage(el);
  await page.ready();
  return page;
}

for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
  describe(`<booking-admin> in ${lang}`, () => {
    let m: AdminMessages;
    let config: SampleConfig;
    let phrases: string[];
    let foreign: string[];

    before(async () => {
      m = await loadAdminMessages(lang);
      config = await loadContoso();
      phrases = englishPhrases(enAdmin, m);
      foreign = stringsOf([config, CUSTOMERS]);
    });
    afterEach(deleteDatabases);

    it('shows no English in any section, nor in the service and staff editors', async () => {
      // The outbox shows messages in the business's language (staff) and the customers' (here the
      // same): in this language, so the scan covers them too.
      const local = structuredClone(config);
      local.languageTag = lang;
      const page = await mount(local, lang);
      const leftovers: Record<string, string[]> = {};
      const scan = (state: string) => {
        const found = untranslated(page.el, phrases, foreign);
        if (found.length) leftovers[state] = found;
      };
      const squash = (t: string) => t.replace(/\s+/g, ' ');
      expect(page.navItems()).to.deep.equal([m.sections.calendar, ...SECTIONS.map((s) => m.sections[s])].map(squash));
      const calendar = await page.panel('calendar');
      (calendar.el as unknown as { date: string }).date = '2026-12-01';
      await calendar.settle();
      scan('calendar');
      for (const name of SECTIONS) {
        const panel = await page.open(name);
        await panel.settle();
        scan(name);
        if (name === 'services' || name === 'staff') {
          await panel.select(name === 'services' ? 'Dental cleaning' : 'Anna Larsen');
          await panel.settle();
          scan(`${name} editor`);
        }
      }
      expect(leftovers, 'English strings left untranslated').to.deep.equal({});
    });
  });
}

describe('<booking-admin> language loading', () => {
  afterEach(deleteDatabases);

  it('waits for its own catalogue before switching, so no English shows first', async () => {
    const config = await loadContoso();
    const adapter = makeAdapter(config, NOW);
    const el = document.createElement('booking-admin');
    el.lang = 'nl';
    el.adapter = adapter.asStaff('anna');
    el.bookingAdapter = adapter;
    el.clock = () => NOW;
    const seen = new Set<string>();
    const observer = new MutationObserver(() => {
      for (const b of el.shadowRoot?.querySelectorAll('nav button') ?? []) seen.add(b.textContent?.trim() ?? '');
    });
    document.body.append(el);
    try {
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      const nl = await loadAdminMessages('nl');
      await waitUntil(() => el.shadowRoot!.querySelector('nav'), 'admin loads', { timeout: 10000 });
      observer.disconnect();
      expect([...seen]).not.to.include(enAdmin.sections.calendar);
      expect(el.shadowRoot!.querySelector('nav button')?.textContent?.trim()).to.equal(nl.sections.calendar);
    } finally {
      el.remove();
    }
  });
});
