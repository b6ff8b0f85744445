import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/booking-calendar.js';
import type { BookingCalendar } from '../../src/elements/booking-calendar/booking-calendar.js';
import { deepActiveElement } from '../helpers/booking-page.page.js';
import { CalendarPage } from '../helpers/booking-calendar.page.js';

// Every key of the WAI-ARIA APG date grid, in left-to-right and right-to-left layouts. en-GB weeks
// start on Monday; Wednesday 9 December 2026 sits mid-week, so no arrow wraps a row.
const availability = new Map([
  ['2026-12-01', 3],
  ['2026-12-09', 2],
  ['2026-12-10', 4],
]);

async function mount(dir: 'ltr' | 'rtl', from: string, lang = 'en-GB', inherit = false) {
  const calendar = html`<booking-calendar
    lang=${lang}
    dir=${inherit ? 'auto' : dir}
    month=${from}
    .value=${from}
    today="2026-11-30"
    min="2025-01-01"
    max="2028-12-31"
    .availability=${availability}
  ></booking-calendar>`;
  const el = inherit
    ? (await fixture<HTMLElement>(html`<div dir=${dir}>${calendar}</div>`)).querySelector<BookingCalendar>(
        'booking-calendar',
      )!
    : await fixture<BookingCalendar>(calendar);
  if (inherit) el.removeAttribute('dir');
  await el.updateComplete;
  const page = new CalendarPage(el);
  el.focusDay();
  expect(page.focusedDay).to.equal(from);
  return page;
}

/** [key, from, to in LTR, to in RTL] */
const COMMANDS: [string, string, string, string][] = [
  ['ArrowRight', '2026-12-09', '2026-12-10', '2026-12-08'],
  ['ArrowLeft', '2026-12-09', '2026-12-08', '2026-12-10'],
  ['ArrowDown', '2026-12-09', '2026-12-16', '2026-12-16'],
  ['ArrowUp', '2026-12-09', '2026-12-02', '2026-12-02'],
  // Home and End are logical (first and last day of the week), so they do not swap.
  ['Home', '2026-12-09', '2026-12-07', '2026-12-07'],
  ['End', '2026-12-09', '2026-12-13', '2026-12-13'],
  ['PageDown', '2026-12-09', '2027-01-09', '2027-01-09'],
  ['PageUp', '2026-12-09', '2026-11-09', '2026-11-09'],
  ['Shift+PageDown', '2026-12-09', '2027-12-09', '2027-12-09'],
  ['Shift+PageUp', '2026-12-09', '2025-12-09', '2025-12-09'],
  // Crossing a month edge changes the month shown; a shorter month clamps the day.
  ['ArrowRight', '2026-12-31', '2027-01-01', '2026-12-30'],
  ['ArrowLeft', '2026-12-01', '2026-11-30', '2026-12-02'],
  ['ArrowDown', '2026-12-28', '2027-01-04', '2027-01-04'],
  ['PageDown', '2027-01-31', '2027-02-28', '2027-02-28'],
  ['Shift+PageDown', '2028-02-29', '2029-02-28', '2029-02-28'],
];

const monthHeading = (day: string) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.parse(`${day.slice(0, 7)}-01T12:00:00Z`),
  );

for (const dir of ['ltr', 'rtl'] as const) {
  describe(`<booking-calendar> keyboard, ${dir.toUpperCase()}`, () => {
    for (const [key, from, ltr, rtl] of COMMANDS) {
      const to = dir === 'ltr' ? ltr : rtl;
      it(`${key} from ${from} moves to ${to}`, async () => {
        const page = await mount(dir, from);
        const monthChange = from.slice(0, 7) !== to.slice(0, 7) ? oneEvent(page.el, 'booking-month-change') : undefined;
        await page.press(key);
        expect(page.focusedDay).to.equal(to);
        // One tab stop: the focused day is the only one in the tab order.
        expect(page.root.querySelectorAll('[tabindex="0"]').length).to.equal(1);
        expect(page.focusable.dataset.day).to.equal(to);
        expect(page.heading).to.equal(monthHeading(to));
        if (monthChange) expect((await monthChange).detail.month).to.equal(`${to.slice(0, 7)}-01`);
        // Moving never chooses: the value stays.
        expect(page.el.value).to.equal(from);
      });
    }

    for (const key of ['Enter', ' ']) {
      it(`${key === ' ' ? 'Space' : key} chooses the focused day`, async () => {
        const page = await mount(dir, '2026-12-09');
        await page.press(dir === 'ltr' ? 'ArrowRight' : 'ArrowLeft');
        expect(page.focusedDay).to.equal('2026-12-10');
        const change = oneEvent(page.el, 'change');
        await page.press(key === ' ' ? 'Space' : key);
        await change;
        expect(page.el.value).to.equal('2026-12-10');
        expect(page.day('2026-12-10').getAttribute('aria-selected')).to.equal('true');
        expect(page.day('2026-12-09').getAttribute('aria-selected')).to.equal('false');
        expect(page.focusedDay).to.equal('2026-12-10');
      });
    }

    it('ArrowLeft and ArrowRight move to the day drawn on that side', async () => {
      const page = await mount(dir, '2026-12-09');
      const x = (day: string) => page.day(day).getBoundingClientRect().x;
      const start = x('2026-12-09');
      await page.press('ArrowLeft');
      expect(x(page.focusedDay!)).to.be.lessThan(start);
      await page.press('ArrowRight');
      await page.press('ArrowRight');
      expect(x(page.focusedDay!)).to.be.greaterThan(start);
    });

    it('Tab leaves the grid in one step, Shift+Tab comes back to the same day', async () => {
      const page = await mount(dir, '2026-12-09');
      await page.press('ArrowDown');
      await page.press('Shift+Tab');
      expect(deepActiveElement()?.getAttribute('aria-label')).to.equal('Next month');
      await page.press('Tab');
      expect(page.focusedDay).to.equal('2026-12-16');
      await page.press('Tab');
      expect(page.focusedDay).to.equal(undefined);
    });

    it('shows where the focus is', async () => {
      const page = await mount(dir, '2026-12-09');
      await page.press('ArrowDown');
      const ring = getComputedStyle(page.day('2026-12-16').querySelector('span')!);
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    });
  });
}

describe('<booking-calendar> right to left', () => {
  it('follows dir inherited from an ancestor', async () => {
    const page = await mount('rtl', '2026-12-09', 'en-GB', true);
    await page.press('ArrowLeft');
    expect(page.focusedDay).to.equal('2026-12-10');
  });

  it('mirrors the layout: weeks run right to left, "previous month" sits on the right', async () => {
    const page = await mount('rtl', '2026-12-09', 'ar');
    const x = (day: string) => page.day(day).getBoundingClientRect().x;
    expect(x('2026-12-10')).to.be.lessThan(x('2026-12-09'));
    const headers = [...page.root.querySelectorAll('th')].map((th) => th.getBoundingClientRect().x);
    expect(headers[0]).to.be.greaterThan(headers[6]);
    expect(page.prevButton.getBoundingClientRect().x).to.be.greaterThan(page.nextButton.getBoundingClientRect().x);
    // Arabic month names and digits come from Intl; the strings stay English (no Arabic catalogue).
    expect(page.heading).to.match(/[\u0600-\u06ff]/);
    expect(page.day('2026-12-09').textContent.trim()).to.equal(
      new Intl.DateTimeFormat('ar', { day: 'numeric', timeZone: 'UTC' }).format(Date.parse('2026-12-09T12:00:00Z')),
    );
    expect(page.prevButton.getAttribute('aria-label')).to.equal('Previous month');
  });

  it('is accessible in right-to-left Arabic', async () => {
    const page = await mount('rtl', '2026-12-09', 'ar');
    await expect(page.el).to.be.accessible();
  });
});
