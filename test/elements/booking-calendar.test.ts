import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/booking-calendar.js';
import type { BookingCalendar } from '../../src/elements/booking-calendar/booking-calendar.js';
import { CalendarPage } from '../helpers/booking-calendar.page.js';

const availability = new Map([
  ['2026-12-01', 3],
  ['2026-12-02', 1],
  ['2026-12-08', 5],
]);

async function mount(dir: 'ltr' | 'rtl' = 'ltr', lang = 'en-GB') {
  const el = await fixture<BookingCalendar>(html`
    <booking-calendar
      lang=${lang}
      dir=${dir}
      month="2026-12-01"
      today="2026-11-30"
      min="2026-11-30"
      max="2027-01-29"
      .availability=${availability}
    ></booking-calendar>
  `);
  return new CalendarPage(el);
}

describe('<booking-calendar>', () => {
  it('shows the month with weeks starting on the locale’s first day', async () => {
    const page = await mount();
    expect(page.heading).to.equal('December 2026');
    const firstHeader = page.root.querySelector('th abbr')!;
    expect(firstHeader.getAttribute('title')).to.equal('Monday');
    const us = await mount('ltr', 'en-US');
    expect(us.root.querySelector('th abbr')!.getAttribute('title')).to.equal('Sunday');
  });

  it('names every day with its date and whether it has free times', async () => {
    const page = await mount();
    expect(page.day('2026-12-01').getAttribute('aria-label')).to.equal('Tuesday, 1 December 2026, 3 free times');
    expect(page.day('2026-12-02').getAttribute('aria-label')).to.equal('Wednesday, 2 December 2026, 1 free time');
    const none = page.day('2026-12-03');
    expect(none.getAttribute('aria-label')).to.equal('Thursday, 3 December 2026, No free times');
    expect(none.getAttribute('aria-disabled')).to.equal('true');
    expect(page.day('2026-12-01').hasAttribute('aria-disabled')).to.equal(false);
    expect(page.day('2026-12-01').getAttribute('part')).to.contain('available');
  });

  it('says past days are past, today’s too-late days too late, and days beyond the window not bookable yet', async () => {
    const el = await fixture<BookingCalendar>(html`
      <booking-calendar
        lang="en-GB"
        month="2026-12-01"
        today="2026-12-10"
        min="2026-12-11"
        max="2026-12-20"
        .availability=${new Map([['2026-12-14', 2]])}
      ></booking-calendar>
    `);
    const page = new CalendarPage(el);
    expect(page.day('2026-12-05').getAttribute('aria-label')).to.equal('Saturday, 5 December 2026, In the past');
    expect(page.day('2026-12-10').getAttribute('aria-label')).to.equal(
      'Thursday, 10 December 2026, Too late to book online',
    );
    expect(page.day('2026-12-12').getAttribute('aria-label')).to.equal('Saturday, 12 December 2026, No free times');
    expect(page.day('2026-12-25').getAttribute('aria-label')).to.equal('Friday, 25 December 2026, Not bookable yet');
  });

  it('has one focusable day: the first day with times when nothing is chosen', async () => {
    const page = await mount();
    const focusable = page.root.querySelectorAll('[tabindex="0"]');
    expect(focusable.length).to.equal(1);
    expect(page.focusable.dataset.day).to.equal('2026-12-01');
  });

  it('moves with arrows, Home/End and PageUp/PageDown, and chooses with Enter', async () => {
    const page = await mount();
    page.el.focusDay();
    await page.press('ArrowRight');
    expect(page.focusedDay).to.equal('2026-12-02');
    await page.press('ArrowDown');
    expect(page.focusedDay).to.equal('2026-12-09');
    await page.press('ArrowLeft');
    expect(page.focusedDay).to.equal('2026-12-08');
    await page.press('ArrowUp');
    expect(page.focusedDay).to.equal('2026-12-01');
    await page.press('End');
    expect(page.focusedDay).to.equal('2026-12-06'); // Sunday ends an en-GB week
    await page.press('Home');
    expect(page.focusedDay).to.equal('2026-11-30'); // Monday, in November: the month changes
    expect(page.heading).to.equal('November 2026');
    await page.press('PageDown');
    expect(page.focusedDay).to.equal('2026-12-30');
    expect(page.heading).to.equal('December 2026');
    await page.press('Shift+PageDown');
    expect(page.focusedDay).to.equal('2027-12-30');
    await page.press('Shift+PageUp');
    await page.press('PageUp');
    expect(page.focusedDay).to.equal('2026-11-30');
    await page.press('ArrowRight');
    const change = oneEvent(page.el, 'change');
    await page.press('Enter');
    await change;
    expect(page.el.value).to.equal('2026-12-01');
    expect(page.day('2026-12-01').getAttribute('aria-selected')).to.equal('true');
  });

  it('mirrors the left and right arrows in right-to-left layouts', async () => {
    const page = await mount('rtl');
    page.el.focusDay();
    await page.press('ArrowLeft');
    expect(page.focusedDay).to.equal('2026-12-02');
    await page.press('ArrowRight');
    expect(page.focusedDay).to.equal('2026-12-01');
  });

  it('fires booking-month-change when the user changes month, and disables months outside the window', async () => {
    const page = await mount();
    const ev = oneEvent(page.el, 'booking-month-change');
    page.nextButton.click();
    expect((await ev).detail.month).to.equal('2027-01-01');
    await page.el.updateComplete;
    expect(page.nextButton.disabled).to.equal(true);
    page.prevButton.click();
    await page.el.updateComplete;
    expect(page.prevButton.disabled).to.equal(false);
  });

  it('fires nothing when properties are set', async () => {
    const page = await mount();
    let fired = 0;
    page.el.addEventListener('change', () => fired++);
    page.el.addEventListener('booking-month-change', () => fired++);
    page.el.value = '2026-12-08';
    page.el.month = '2027-01-01';
    await page.el.updateComplete;
    expect(fired).to.equal(0);
  });

  it('is accessible, loaded and loading', async () => {
    const page = await mount();
    await expect(page.el).to.be.accessible();
    page.el.loading = true;
    await page.el.updateComplete;
    expect(page.day('2026-12-01').getAttribute('aria-label')).to.contain('Loading');
    await expect(page.el).to.be.accessible();
  });
});
