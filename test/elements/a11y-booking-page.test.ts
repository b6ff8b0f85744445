import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '../helpers/emulate-media.js';
import '../../src/define.js';
import type { BookingAdapter } from '../../src/contract/adapter.js';
import { BookingError } from '../../src/contract/errors.js';
import type { BookingManage } from '../../src/elements/booking-manage/booking-manage.js';
import type { BookingPage } from '../../src/elements/booking-page/booking-page.js';
import type { BookingConfirmedEvent } from '../../src/events/booking-confirmed.js';
import { en } from '../../src/i18n/en.js';
import { LANGUAGES, loadMessages, type Messages } from '../../src/i18n/index.js';
import { BookingPagePage, deepActiveElement, deepQuery, deepQueryAll } from '../helpers/booking-page.page.js';
import { deleteDatabases, loadContoso, makeAdapter, type SampleConfig } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen.
const NOW = Date.parse('2026-11-30T07:00:00Z');
const ZONE = 'Europe/Copenhagen';
const m = en;

/** The real adapter, except that `book` first throws the given errors, one per call. */
function failingBook(adapter: BookingAdapter, errors: BookingError[]): BookingAdapter {
  return {
    getBookingPage: (i, o) => adapter.getBookingPage(i, o),
    getAvailability: (i, o) => adapter.getAvailability(i, o),
    book: async (i, o) => {
      const error = errors.shift();
      if (error) throw error;
      return adapter.book(i, o);
    },
    getBooking: (i, o) => adapter.getBooking(i, o),
    reschedule: (i, o) => adapter.reschedule(i, o),
    cancel: (i, o) => adapter.cancel(i, o),
  };
}

async function mount(
  config: SampleConfig,
  lang = 'en-GB',
  adapter: BookingAdapter = makeAdapter(config, NOW),
  width = '',
) {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${width ? `width: ${width}` : ''}>
      <booking-page lang=${lang} time-zone=${ZONE} .adapter=${adapter} .clock=${() => NOW}></booking-page>
    </div>`,
  );
  return new BookingPagePage(wrapper.querySelector<BookingPage>('booking-page')!);
}

/** Whether `el` is inside `host`, across shadow roots. */
function inside(el: Node, host: Element): boolean {
  for (let n: Node | null = el; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null))
    if (n === host) return true;
  return false;
}

const focusedHeading = () => {
  const el = deepActiveElement();
  return el?.matches('h3.step') ? (el.textContent ?? '').trim() : `not a step heading: ${el?.outerHTML.slice(0, 80)}`;
};

/** Walks the flow to the details step with the Dental cleaning's last time of the first free day. */
async function toDetails(page: BookingPagePage, m: Messages) {
  await page.waitForHeading(m.chooseService);
  page.serviceButton('Dental cleaning').click();
  await page.waitForHeading(m.chooseTime);
  const times = await page.waitForTimes();
  times[times.length - 1].click();
  await page.waitForHeading(m.yourDetails);
}

async function fillDetails(page: BookingPagePage) {
  await page.type('name', 'Mette Hansen');
  await page.type('emailAddress', 'mette@example.com');
  deepQuery<HTMLInputElement>(page.root, 'input[name="answer:first-visit"]')!.click();
  (page.field('consent') as HTMLInputElement).click();
}

const MODES = [
  { name: 'light', media: { colorScheme: 'light', forcedColors: 'none' } },
  { name: 'dark', media: { colorScheme: 'dark', forcedColors: 'none' } },
  { name: 'forced colors', media: { colorScheme: 'light', forcedColors: 'active' } },
] as const;

describe('accessibility of <booking-page> and <booking-manage>', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none', reducedMotion: 'no-preference' });
    document.documentElement.style.fontSize = '';
    await deleteDatabases();
  });

  for (const lang of LANGUAGES) {
    for (const mode of MODES) {
      it(`axe finds nothing in ${lang}, ${mode.name}: services, times, errors, confirmation, manage`, async function () {
        await emulateMedia(mode.media);
        // Forced colours are emulated under both launchers (test/helpers/emulate-media.ts).
        expect(matchMedia(`(forced-colors: ${mode.media.forcedColors})`).matches).to.equal(true);
        expect(matchMedia(`(prefers-color-scheme: ${mode.media.colorScheme})`).matches).to.equal(true);
        const m = await loadMessages(lang);
        const config = await loadContoso();
        const adapter = makeAdapter(config, NOW);
        const page = await mount(config, lang, adapter);
        await page.waitForHeading(m.chooseService);
        await expect(page.el, 'services').to.be.accessible();
        page.serviceButton('Dental cleaning').click();
        await page.waitForHeading(m.chooseTime);
        const times = await page.waitForTimes();
        await expect(page.el, 'times').to.be.accessible();
        times[times.length - 1].click();
        await page.waitForHeading(m.yourDetails);
        page.bookButton.click();
        await waitUntil(() => page.errorOf('name') !== '');
        await expect(page.el, 'details with errors').to.be.accessible();
        await fillDetails(page);
        const confirmed = new Promise<BookingConfirmedEvent>((resolve) =>
          page.el.addEventListener('booking-confirmed', resolve, { once: true }),
        );
        page.bookButton.click();
        await page.waitForHeading(m.confirmedHeading);
        await expect(page.el, 'confirmation').to.be.accessible();
        const { appointment, manageToken } = (await confirmed).detail;
        const manage = await fixture<BookingManage>(html`
          <booking-manage
            lang=${lang}
            time-zone=${ZONE}
            appointment-id=${appointment.id}
            token=${manageToken}
            .adapter=${adapter}
            .clock=${() => NOW}
          ></booking-manage>
        `);
        await waitUntil(() => manage.shadowRoot!.querySelector('h3')?.textContent === m.manageHeading, 'manage', {
          timeout: 10000,
        });
        await expect(manage, 'manage').to.be.accessible();
      });
    }
  }

  for (const brand of ['#FFD400', '#1A1A40', '#E8433A']) {
    it(`keeps 4.5:1 with a brand colour of ${brand} (bookingPageColorCode), light and dark`, async () => {
      const config = await loadContoso();
      config.bookingPageSettings.bookingPageColorCode = brand;
      const page = await mount(config);
      await page.waitForHeading(m.chooseService);
      page.serviceButton('Dental cleaning').click();
      await page.waitForHeading(m.chooseTime);
      await page.waitForTimes();
      await expect(page.el, 'light').to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      await expect(page.el, 'dark').to.be.accessible();
    });
  }

  it('axe does check contrast through the colour tokens in dark mode (a control)', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const page = await mount(await loadContoso());
    await page.waitForHeading(m.chooseService);
    page.el.style.setProperty('--booking-color-muted', '#3a3a3a');
    await expect(page.el).not.to.be.accessible();
  });

  it('keeps every state visible in forced colours: chosen staff, chosen day, today, days without times', async function () {
    await emulateMedia({ forcedColors: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const page = await mount(await loadContoso());
    await page.waitForHeading(m.chooseService);
    page.serviceButton('Dental cleaning').click();
    await page.waitForHeading(m.chooseTime);
    await page.waitForTimes();
    const [anyone, person] = deepQueryAll(page.root, 'label[part~="option"]');
    expect(getComputedStyle(anyone).backgroundColor).not.to.equal(getComputedStyle(person).backgroundColor);
    const span = (selector: string) => getComputedStyle(deepQuery(page.root, `${selector} > span`)!);
    // November shows only today (30th), chosen: selected and today must both be visible.
    const selected = span('[part~="day"][part~="selected"]');
    expect(selected.backgroundColor).not.to.equal(span('[part~="day"][part~="unavailable"]').backgroundColor);
    expect(span('[part~="day"][part~="today"]').borderStyle).to.equal('double');
    deepQueryAll<HTMLButtonElement>(page.root, '.nav button')[1].click();
    await waitUntil(() => page.availableDays().some((d) => d.startsWith('2026-12')), 'December loads', {
      timeout: 10000,
    });
    expect(span('[part~="day"][part~="available"]').borderStyle).to.equal('solid');
    expect(span('[part~="day"][part~="unavailable"]').borderStyle).to.equal('none');
    const color = (selector: string) => getComputedStyle(deepQuery(page.root, selector)!).color;
    expect(color('[part~="day"][part~="unavailable"]')).not.to.equal(color('[part~="day"][part~="available"]'));
  });

  it('mirrors the whole flow in right-to-left: back arrow, step bar, times, arrow keys; accessible', async () => {
    const config = await loadContoso();
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl">
        <booking-page
          lang="ar"
          time-zone=${ZONE}
          .adapter=${makeAdapter(config, NOW)}
          .clock=${() => NOW}
        ></booking-page>
      </div>`,
    );
    const page = new BookingPagePage(wrapper.querySelector<BookingPage>('booking-page')!);
    // No Arabic catalogue: English text (marked lang="en"), Arabic dates and digits from Intl.
    await page.waitForHeading(m.chooseService);
    expect(page.root.querySelector('[part~="container"]')!.getAttribute('lang')).to.equal('en');
    page.serviceButton('Dental cleaning').click();
    await page.waitForHeading(m.chooseTime);
    const times = await page.waitForTimes();
    const back = page.root.querySelector<HTMLElement>('button.back')!;
    const count = page.root.querySelector<HTMLElement>('.step-top .count')!;
    expect(back.getBoundingClientRect().left).to.be.greaterThan(count.getBoundingClientRect().right);
    expect(getComputedStyle(back.querySelector('.arrow')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(times[1].getBoundingClientRect().left).to.be.lessThan(times[0].getBoundingClientRect().left);
    expect(times[0].textContent).to.match(/[\u0600-\u06ff]/); // Arabic from Intl
    times[0].focus();
    await page.press('ArrowLeft');
    expect(deepActiveElement()).to.equal(times[1]);
    await page.press('ArrowRight');
    expect(deepActiveElement()).to.equal(times[0]);
    await expect(page.el).to.be.accessible();
  });

  describe('focus', () => {
    it('moves to the step heading after every step change, forwards and back', async () => {
      const page = await mount(await loadContoso());
      await page.waitForHeading(m.chooseService);
      // On load nothing is focused for the customer: the page must not steal focus from the host page.
      expect(deepActiveElement()).to.equal(document.body);
      page.serviceButton('Dental cleaning').click();
      await page.waitForHeading(m.chooseTime);
      expect(focusedHeading()).to.equal(m.chooseTime);
      deepQuery<HTMLButtonElement>(page.root, 'button.back')!.click();
      await page.waitForHeading(m.chooseService);
      expect(focusedHeading()).to.equal(m.chooseService);
      page.serviceButton('Dental cleaning').click();
      await page.waitForHeading(m.chooseTime);
      const times = await page.waitForTimes();
      times[times.length - 1].click();
      await page.waitForHeading(m.yourDetails);
      expect(focusedHeading()).to.equal(m.yourDetails);
      [...page.root.querySelectorAll<HTMLButtonElement>('.choice-summary button')][0].click();
      await page.waitForHeading(m.chooseTime);
      expect(focusedHeading()).to.equal(m.chooseTime);
      (await page.waitForTimes()).at(-1)!.click();
      await page.waitForHeading(m.yourDetails);
      await fillDetails(page);
      page.bookButton.click();
      await page.waitForHeading(m.confirmedHeading);
      expect(focusedHeading()).to.equal(m.confirmedHeading);
      expect(page.announcement).to.equal(m.confirmedHeading);
      [...page.root.querySelectorAll<HTMLButtonElement>('button.link-button')]
        .find((b) => b.textContent?.trim() === m.bookAnother)!
        .click();
      await page.waitForHeading(m.chooseService);
      expect(focusedHeading()).to.equal(m.chooseService);
    });

    it('after a refused form: focus on the first wrong field, each error named and tied to its field, the count announced', async () => {
      const page = await mount(await loadContoso());
      await toDetails(page, m);
      page.bookButton.click();
      await waitUntil(() => page.errorOf('name') !== '');
      expect(deepActiveElement()?.getAttribute('name')).to.equal('name');
      expect(page.announcement).to.equal(m.errorsInForm(4));
      for (const [key, message] of [
        ['name', m.nameRequired],
        ['emailAddress', m.contactRequired],
        ['answer:first-visit', m.choiceRequired],
        ['consent', m.consentRequired],
      ]) {
        expect(page.errorOf(key)).to.equal(message);
        const described = deepQueryAll(page.root, `[aria-describedby~="${key}-error"]`);
        expect(described.length, `${key} is described by its error`).to.be.greaterThan(0);
      }
      expect(page.field('name').getAttribute('aria-invalid')).to.equal('true');
      // Fixing the first field moves focus to the next wrong one on the next try.
      await page.type('name', 'Ole');
      page.bookButton.click();
      await waitUntil(() => page.errorOf('name') === '');
      expect(deepActiveElement()?.getAttribute('name')).to.equal('emailAddress');
      expect(page.announcement).to.equal(m.errorsInForm(3));
      // The same message twice is announced again (the live region's text changes).
      page.bookButton.click();
      await page.el.updateComplete;
      expect(page.announcement.trim()).to.equal(m.errorsInForm(3));
    });

    it('after an answer the adapter refuses: the field’s error in the page’s language, focus on it', async () => {
      const config = await loadContoso();
      const issue = { path: 'customer.emailAddress', message: 'expected an email address' };
      const page = await mount(
        config,
        'de',
        failingBook(makeAdapter(config, NOW), [new BookingError('invalid-input', 'Invalid', { issues: [issue] })]),
      );
      const de = await loadMessages('de');
      await toDetails(page, de);
      await fillDetails(page);
      page.bookButton.click();
      await waitUntil(() => page.errorOf('emailAddress') !== '', 'the adapter’s refusal shows', { timeout: 10000 });
      expect(page.errorOf('emailAddress')).to.equal(de.emailInvalid);
      expect(page.notice).to.equal(de.errorsInForm(1));
      expect(deepActiveElement()?.getAttribute('name')).to.equal('emailAddress');
    });

    for (const [code, key] of [
      ['network', 'network'],
      ['busy', 'busy'],
      ['forbidden', 'unknownError'],
    ] as const) {
      it(`after a ${code} error: an alert in the page’s words, focus stays on Book, details kept`, async () => {
        const config = await loadContoso();
        const page = await mount(
          config,
          'en-GB',
          failingBook(makeAdapter(config, NOW), [new BookingError(code, 'technical detail for developers')]),
        );
        await toDetails(page, m);
        await fillDetails(page);
        page.bookButton.focus();
        page.bookButton.click();
        await waitUntil(() => page.notice !== '', 'notice', { timeout: 10000 });
        expect(page.notice).to.equal(m[key]);
        expect(page.root.querySelector('[part~="notice"]')!.getAttribute('role')).to.equal('alert');
        expect(deepActiveElement()).to.equal(page.bookButton);
        expect((page.field('name') as HTMLInputElement).value).to.equal('Mette Hansen');
        // Trying again works.
        page.bookButton.click();
        await page.waitForHeading(m.confirmedHeading);
      });
    }

    it('after "just taken": back to the time step, focus on its heading, the reason in an alert', async () => {
      const config = await loadContoso();
      const page = await mount(
        config,
        'en-GB',
        failingBook(makeAdapter(config, NOW), [new BookingError('slot-unavailable', 'taken')]),
      );
      await toDetails(page, m);
      await fillDetails(page);
      page.bookButton.click();
      await page.waitForHeading(m.chooseTime);
      expect(focusedHeading()).to.equal(m.chooseTime);
      expect(page.notice).to.equal(m.slotTakenNearest);
      expect(page.root.querySelector('[part~="notice"]')!.getAttribute('role')).to.equal('alert');
    });

    it('moves to the heading of each manage view', async () => {
      const config = await loadContoso();
      const adapter = makeAdapter(config, NOW);
      const slots = await adapter.getAvailability({
        serviceId: 'cleaning',
        start: '2026-12-02T00:00:00Z',
        end: '2026-12-03T00:00:00Z',
      });
      const { appointment, manageToken } = await adapter.book({
        serviceId: 'cleaning',
        start: slots[0].start,
        customer: { name: 'Ole', emailAddress: 'ole@example.com', timeZone: ZONE },
        answers: [{ questionId: 'first-visit', answer: 'Yes' }],
        consent: { accepted: true },
        idempotencyKey: 'focus-manage-1',
      });
      const manage = await fixture<BookingManage>(html`
        <booking-manage
          lang="en-GB"
          time-zone=${ZONE}
          appointment-id=${appointment.id}
          token=${manageToken}
          .adapter=${adapter}
          .clock=${() => NOW}
        ></booking-manage>
      `);
      const root = manage.shadowRoot!;
      const click = (label: string) =>
        [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === label)!.click();
      const focused = () => (root.activeElement?.matches('h3') ? root.activeElement.textContent : 'no heading');
      await waitUntil(() => root.querySelector('h3')?.textContent === m.manageHeading, 'loads', { timeout: 10000 });
      click(m.reschedule);
      await waitUntil(() => focused() === m.rescheduleHeading, 'reschedule heading focused');
      click(m.back);
      await waitUntil(() => focused() === m.manageHeading, 'view heading focused');
      click(m.cancel);
      await waitUntil(() => focused() === m.cancelHeading, 'cancel heading focused');
      click(m.confirmCancel);
      await waitUntil(() => focused() === m.cancelledHeading, 'cancelled heading focused', { timeout: 10000 });
    });
  });

  describe('visible focus and target size', () => {
    /** Interactive things a pointer must hit, in the rendered states. */
    const targets = (root: ParentNode) =>
      deepQueryAll(root, 'button, a[href], select, textarea, input, [role="gridcell"]:not([aria-hidden])')
        .map((el) =>
          el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')
            ? (el.closest('label') ?? el)
            : el,
        )
        .filter((el) => el.getClientRects().length > 0);

    it('every target is at least 24 × 24 px (WCAG 2.5.8) in every step', async () => {
      const page = await mount(await loadContoso());
      const small: string[] = [];
      const measure = (state: string) => {
        for (const el of targets(page.root)) {
          const r = el.getBoundingClientRect();
          if (r.width < 24 || r.height < 24)
            small.push(`${state}: ${el.outerHTML.slice(0, 60)} ${r.width}×${r.height}`);
        }
      };
      await page.waitForHeading(m.chooseService);
      measure('services');
      page.serviceButton('Dental cleaning').click();
      await page.waitForHeading(m.chooseTime);
      (await page.waitForTimes()).at(-1)!.click();
      await page.waitForHeading(m.yourDetails);
      measure('details');
      await fillDetails(page);
      page.bookButton.click();
      await page.waitForHeading(m.confirmedHeading);
      measure('confirmation');
      expect(small).to.deep.equal([]);
    });

    it('shows a focus indicator on everything Tab reaches (WCAG 2.4.7)', async () => {
      const page = await mount(await loadContoso());
      await toDetails(page, m);
      const visits: string[] = [];
      const unmarked: string[] = [];
      for (let i = 0; i < 40; i++) {
        await page.press('Tab');
        const el = deepActiveElement();
        if (!el || !inside(el, page.el)) break;
        const candidates = [el, el.parentElement, el.closest('label'), el.firstElementChild].filter(
          (c): c is Element => !!c,
        );
        const ring = candidates.some((c) => {
          const s = getComputedStyle(c);
          return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
        });
        visits.push(el.localName);
        if (!ring) unmarked.push(el.outerHTML.slice(0, 80));
      }
      expect(visits.length).to.be.greaterThan(5);
      expect(unmarked).to.deep.equal([]);
    });
  });

  describe('reflow, text size and motion', () => {
    /** Elements drawn outside the page's card (so clipped by it: content lost). */
    function overflowing(page: BookingPagePage): string[] {
      const box = page.root.querySelector('[part~="container"]')!.getBoundingClientRect();
      return deepQueryAll(page.root, '*')
        .filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden') && el.localName !== 'option')
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.right > box.right + 0.5 || r.left < box.left - 0.5);
        })
        .map((el) => `${el.localName}.${el.className} ${el.textContent?.trim().slice(0, 30)}`);
    }

    async function walk(page: BookingPagePage, m: Messages): Promise<Record<string, string[]>> {
      const lost: Record<string, string[]> = {};
      const check = (state: string) => {
        const found = overflowing(page);
        if (found.length) lost[state] = found;
        const host = page.el.getBoundingClientRect();
        if (page.el.scrollWidth > Math.ceil(host.width)) (lost[state] ??= []).push('horizontal scroll');
      };
      await page.waitForHeading(m.chooseService);
      check('services');
      page.serviceButton('Dental cleaning').click();
      await page.waitForHeading(m.chooseTime);
      (await page.waitForTimes()).at(-1)!.click();
      await page.waitForHeading(m.yourDetails);
      page.bookButton.click();
      await waitUntil(() => page.errorOf('name') !== '');
      check('details with errors');
      await fillDetails(page);
      page.bookButton.click();
      await page.waitForHeading(m.confirmedHeading);
      check('confirmation');
      return lost;
    }

    for (const lang of LANGUAGES) {
      it(`reflows to 320 px with nothing cut off, in ${lang} (WCAG 1.4.10)`, async () => {
        const m = await loadMessages(lang);
        const config = await loadContoso();
        const page = await mount(config, lang, makeAdapter(config, NOW), '320px');
        expect(await walk(page, m)).to.deep.equal({});
      });
    }

    it('keeps the time step usable at 320 px: calendar and times side by side no more, nothing cut off', async () => {
      const config = await loadContoso();
      const page = await mount(config, 'de', makeAdapter(config, NOW), '320px');
      const de = await loadMessages('de');
      await page.waitForHeading(de.chooseService);
      page.serviceButton('Dental cleaning').click();
      await page.waitForHeading(de.chooseTime);
      await page.waitForTimes();
      expect(overflowing(page)).to.deep.equal([]);
      const day = deepQuery(page.root, '[part~="day"][part~="available"]')!.getBoundingClientRect();
      expect(Math.min(day.width, day.height)).to.be.at.least(24);
    });

    it('doubles the text size with nothing cut off (WCAG 1.4.4)', async () => {
      document.documentElement.style.fontSize = '200%';
      const config = await loadContoso();
      const page = await mount(config, 'de', makeAdapter(config, NOW), '640px');
      expect(await walk(page, await loadMessages('de'))).to.deep.equal({});
    });

    it('stops the loading pulse when the user prefers reduced motion', async () => {
      const config = await loadContoso();
      const never: BookingAdapter = {
        ...failingBook(makeAdapter(config, NOW), []),
        getBookingPage: () => new Promise(() => undefined),
      };
      const page = await mount(config, 'en-GB', never);
      const skeleton = () => page.root.querySelector('.skeleton')!;
      await waitUntil(() => page.root.querySelector('.skeleton'));
      expect(getComputedStyle(skeleton()).animationName).to.equal('pulse');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(skeleton()).animationName).to.equal('none');
      expect(page.root.querySelector('[role="status"]')?.textContent).to.equal(m.loading);
    });
  });
});
