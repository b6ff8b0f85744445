// One time format per language: the booking page, "Why not bookable?" and the back-office calendar
// write the same instant the same way for the same `lang`, and `hour-cycle` overrides all three.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/define.js';
import type { BookingPage } from '../../src/elements/booking-page/booking-page.js';
import { mountAdmin, text } from '../helpers/booking-admin.page.js';
import { BookingPagePage, deepQueryAll } from '../helpers/booking-page.page.js';
import { deleteDatabases, loadContoso, makeAdapter } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen.
const NOW = Date.parse('2026-11-30T07:00:00Z');
const ZONE = 'Europe/Copenhagen';

/** The first free time of "Dental cleaning" (10:00 on Monday 30 November), as the booking page writes it. */
async function bookingPageTime(lang: string, hourCycle?: 'h12' | 'h23'): Promise<string> {
  const config = await loadContoso();
  const el = await fixture<BookingPage>(
    html`<booking-page
      lang=${lang}
      time-zone=${ZONE}
      hour-cycle=${hourCycle ?? nothing}
      .adapter=${makeAdapter(config, NOW)}
      .clock=${() => NOW}
    ></booking-page>`,
  );
  const page = new BookingPagePage(el);
  await waitUntil(() => page.serviceButtons().length > 0, 'services', { timeout: 10000 });
  page.serviceButtons()[0].click();
  await page.waitForTimes();
  // The visible time: the label without its visually hidden date and zone.
  const time = page.times()[0].querySelector('.time')!;
  return text(time)
    .replace(text(time.querySelector('.visually-hidden')), '')
    .trim();
}

/** "Why not bookable?" for 09:00 on Tuesday 1 December, and the calendar's first hour label. */
async function backOfficeTimes(lang: string, hourCycle?: 'h12' | 'h23'): Promise<{ explain: string; axis: string }> {
  const { page } = await mountAdmin({ config: await loadContoso(), staffMember: 'anna', now: NOW, lang, hourCycle });
  const calendar = await page.open('calendar');
  await waitUntil(() => deepQueryAll(calendar.root, '.hour-label').length > 0, 'the day grid', { timeout: 10000 });
  const axis = deepQueryAll(calendar.root, '.hour-label').map((l) => text(l));
  const panel = await page.open('explain');
  await panel.set('date', '2026-12-01');
  await panel.set('time', '09:00');
  await panel.click(panel.root.querySelector('form button[type="submit"]')!.textContent.trim());
  await waitUntil(() => panel.has('.verdict'), 'the answer shows');
  return {
    explain: text(panel.root.querySelector('.verdict')),
    axis: axis.find((a) => /^0?9/.test(a)) ?? axis.join('|'),
  };
}

describe('one time format per language', () => {
  afterEach(deleteDatabases);

  it('English (en): 12-hour on the booking page, in "Why not bookable?" and on the calendar', async () => {
    expect(await bookingPageTime('en')).to.equal('10:00 AM');
    const { explain, axis } = await backOfficeTimes('en');
    expect(explain).to.contain('9:00 AM');
    expect(axis).to.equal('9:00 AM');
  });

  it('British English and Danish: 24-hour everywhere', async () => {
    expect(await bookingPageTime('en-GB')).to.equal('10:00');
    expect((await backOfficeTimes('en-GB')).axis).to.equal('09:00');
    expect(await bookingPageTime('da')).to.equal('10.00');
    const da = await backOfficeTimes('da');
    expect(da.axis).to.equal('09.00');
    expect(da.explain).to.contain('09.00');
  });

  it('hour-cycle overrides the language on all three', async () => {
    expect(await bookingPageTime('en', 'h23')).to.equal('10:00');
    const h23 = await backOfficeTimes('en', 'h23');
    expect(h23.axis).to.equal('09:00');
    expect(h23.explain).to.contain('09:00');
    expect(h23.explain).not.to.contain('AM');
    expect(await bookingPageTime('en-GB', 'h12')).to.match(/^10:00\s?am$/i);
    expect((await backOfficeTimes('en-GB', 'h12')).axis).to.match(/^9:00\s?am$/i);
  });
});
