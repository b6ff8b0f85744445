// Repeat bookings (issue 20) in real Chromium: the booking page's series step (dates checked, a taken
// date shown with alternatives, one picked, a conflict that appears meanwhile re-checked), the manage
// link's series view with "cancel this and all that follow", and the back office's series.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { ReferenceAdapter } from '../../src/adapters/index.js';
import type { BookingPage } from '../../src/elements/booking-page/booking-page.js';
import type { BookingManage } from '../../src/elements/booking-manage/booking-manage.js';
import { CONTRACT_NOW, contractConfig, cph } from '../../src/testing/index.js';
import { BookingPagePage, deepQuery, deepQueryAll } from '../helpers/booking-page.page.js';
import { mountAdmin } from '../helpers/booking-admin.page.js';
import type { BookingAdminCalendar } from '../../src/elements/booking-admin-calendar/booking-admin-calendar.js';

const ZONE = 'Europe/Copenhagen';
const text = (el: Element | undefined | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function seriesConfig() {
  const config = contractConfig();
  const consult = config[0].services!.find((s) => s.id === 'consult')!;
  Object.assign(consult, { isRepeatBookingAllowed: true, maximumOccurrences: 6 });
  return config;
}

function adapterAt(now = CONTRACT_NOW) {
  return new ReferenceAdapter({ config: seriesConfig(), storage: 'memory', now: () => now, random: () => 0.5 });
}

const other = (start: string, name = 'Other') => ({
  serviceId: 'consult',
  staffMemberId: 'ann',
  start,
  customer: { name, emailAddress: `${name.toLowerCase()}@example.com`, timeZone: 'UTC' },
  answers: [{ questionId: 'insurance', answer: 'X-1' }],
  consent: { accepted: true },
  idempotencyKey: `other-${start}-${name}`,
});

async function toDetails(adapter: ReferenceAdapter): Promise<BookingPagePage> {
  const el = await fixture<BookingPage>(
    html`<booking-page lang="en-GB" time-zone=${ZONE} .adapter=${adapter} .clock=${() => CONTRACT_NOW}></booking-page>`,
  );
  const page = new BookingPagePage(el);
  await page.waitForHeading('Choose a service');
  page.serviceButton('Consultation').click();
  await page.waitForHeading('Choose a time');
  await waitUntil(() => page.staffOptions().length > 0, 'staff options');
  page
    .staffOptions()
    .find((o) => o.value === 'ann')!
    .click();
  await page.waitForTimes();
  await waitUntil(() => page.calendarDay('2026-03-03'), 'Tuesday 3 March shows');
  page.calendarDay('2026-03-03')!.click();
  await waitUntil(() => page.times().some((t) => text(t).startsWith('09:00')), 'the 09:00 time');
  page
    .times()
    .find((t) => text(t).startsWith('09:00'))!
    .click();
  await page.waitForHeading('Your details');
  return page;
}

async function fillDetails(page: BookingPagePage): Promise<void> {
  await page.type('name', 'Jane Doe');
  await page.type('emailAddress', 'jane@example.com');
  await page.type('answer:insurance', 'X-123');
  (page.field('consent') as HTMLInputElement).click();
  await page.el.updateComplete;
}

const dates = (page: BookingPagePage) => deepQueryAll<HTMLLIElement>(page.root, '[part~="series-dates"] li');

async function turnOnSeries(page: BookingPagePage): Promise<void> {
  await waitUntil(() => deepQuery(page.root, '.series input[type="checkbox"]'), 'the series choice shows');
  deepQuery<HTMLInputElement>(page.root, '.series input[type="checkbox"]')!.click();
  await waitUntil(() => dates(page).length === 4, 'four dates are checked', { timeout: 10000 });
}

describe('repeat bookings (issue 20)', () => {
  it('books a series: a taken date shows its alternatives, one is picked, the rest book in one step', async () => {
    const adapter = adapterAt();
    await adapter.book(other(cph('2026-03-17', '09:00')));
    const page = await toDetails(adapter);
    await turnOnSeries(page);
    const items = dates(page);
    expect(items.map((li) => li.className)).to.deep.equal(['free', 'free', 'taken', 'free']);
    expect(text(items[2])).to.contain('Not free');
    const alternatives = [...items[2].querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(alternatives.length).to.be.greaterThan(1);
    expect(alternatives.at(-1)!.value).to.equal('skip');
    // The nearest free time is picked already; the customer takes the second one instead.
    expect(alternatives[0].checked).to.equal(true);
    alternatives[1].click();
    await page.el.updateComplete;
    expect(text(deepQuery(page.root, '.series-summary'))).to.equal('4 of 4 dates will be booked.');
    await expect(page.el, 'the series step with a taken date').to.be.accessible();
    await fillDetails(page);
    expect(text(page.bookButton)).to.equal('Book 4 appointments');
    page.bookButton.click();
    await page.waitForHeading('4 appointments booked');
    const booked = deepQueryAll(page.root, '[part~="series-dates"] li').map(text);
    expect(booked.length).to.equal(4);
    expect(booked[2]).to.contain('3 of 4 in a series');
    const staff = await adapter
      .asStaff('ann')
      .listAppointments({ start: cph('2026-03-01', '00:00'), end: cph('2026-04-01', '00:00') });
    const mine = staff.filter((a) => a.customer.name === 'Jane Doe');
    expect(mine.length).to.equal(4);
    expect(mine.map((a) => a.start)).to.include(alternatives[1].value);
    expect(new Set(mine.map((a) => a.series?.id)).size).to.equal(1);
  });

  it('a date taken while the customer fills in the form: nothing is booked, the dates are checked again', async () => {
    const adapter = adapterAt();
    const page = await toDetails(adapter);
    await turnOnSeries(page);
    expect(dates(page).map((li) => li.className)).to.deep.equal(['free', 'free', 'free', 'free']);
    await fillDetails(page);
    // Someone else takes the last date meanwhile.
    await adapter.book(other(cph('2026-03-24', '09:00'), 'Quick'));
    page.bookButton.click();
    await waitUntil(() => page.notice.includes('was taken meanwhile'), 'the conflict is explained', { timeout: 10000 });
    await waitUntil(() => dates(page)[3]?.className === 'taken', 'the taken date is marked');
    const list = async () =>
      (
        await adapter
          .asStaff('ann')
          .listAppointments({ start: cph('2026-03-01', '00:00'), end: cph('2026-04-01', '00:00') })
      ).filter((a) => a.customer.name === 'Jane Doe');
    expect(await list(), 'nothing was booked').to.have.length(0);
    await waitUntil(() => deepQuery(page.root, '[part~="series-dates"]'), 'dates shown');
    await page.el.updateComplete;
    // It takes the nearest alternative for the taken date and books all four.
    page.bookButton.click();
    await page.waitForHeading('4 appointments booked');
    expect(await list()).to.have.length(4);
  });

  it('the manage link shows the series and cancels this and all that follow', async () => {
    const adapter = adapterAt();
    const { series: booked, manageToken } = await adapter.bookSeries({
      ...other(cph('2026-03-03', '09:00'), 'Jane'),
      repeat: { frequency: 'weekly', count: 4 },
      occurrences: ['2026-03-03', '2026-03-10', '2026-03-17', '2026-03-24'].map((d) => ({
        occurrence: cph(d, '09:00'),
      })),
    });
    const second = booked.appointments[1];
    const el = await fixture<BookingManage>(
      html`<booking-manage
        lang="en-GB"
        appointment-id=${second.id}
        token=${manageToken}
        .adapter=${adapter}
        .clock=${() => CONTRACT_NOW}
      ></booking-manage>`,
    );
    await waitUntil(() => deepQueryAll(el.shadowRoot!, '[part~="series-dates"] li').length === 4, 'the series shows', {
      timeout: 10000,
    });
    expect(text(deepQuery(el.shadowRoot!, '[part~="series-position"]'))).to.equal('2 of 4 in a series');
    await expect(el, 'the manage view of a series').to.be.accessible();
    deepQueryAll<HTMLButtonElement>(el.shadowRoot!, 'button')
      .find((b) => text(b) === 'Cancel this and all that follow')!
      .click();
    await waitUntil(() => text(deepQuery(el.shadowRoot!, 'h3')) === 'Cancel 3 appointments?', 'asks first');
    deepQueryAll<HTMLButtonElement>(el.shadowRoot!, 'button')
      .find((b) => text(b) === 'Yes, cancel them')!
      .click();
    await waitUntil(
      () => deepQueryAll(el.shadowRoot!, '[part~="series-dates"] li.cancelled').length === 3,
      'three dates are cancelled',
      { timeout: 10000 },
    );
    const after = await adapter.getSeries({ appointmentId: second.id, manageToken });
    expect(after.appointments.map((a) => a.status)).to.deep.equal(['booked', 'cancelled', 'cancelled', 'cancelled']);
  });

  it('the back office shows one series (“2 of 4”, its dates) and cancels the rest of it', async () => {
    const adapter = adapterAt();
    const { series: booked } = await adapter.bookSeries({
      ...other(cph('2026-03-03', '09:00'), 'Jane'),
      repeat: { frequency: 'weekly', count: 4 },
      occurrences: ['2026-03-03', '2026-03-10', '2026-03-17', '2026-03-24'].map((d) => ({
        occurrence: cph(d, '09:00'),
      })),
    });
    const { page } = await mountAdmin({ config: seriesConfig(), staffMember: 'ann', now: CONTRACT_NOW, adapter });
    const panel = await page.panel('calendar');
    const calendar = panel.el as unknown as BookingAdminCalendar;
    calendar.date = '2026-03-10';
    await panel.settle();
    calendar.refresh();
    await panel.settle();
    await panel.click(/Consultation/);
    await waitUntil(() => deepQueryAll(panel.root, '[part~="series-dates"] li').length === 4, 'the series shows', {
      timeout: 10000,
    });
    expect(text(deepQuery(panel.root, '[part~="series-position"]'))).to.equal('2 of 4 in a series');
    await panel.click('Cancel the rest of the series');
    await waitUntil(
      () => text(deepQuery(panel.root, 'dialog')).includes('This cancels 3 dates'),
      'the dialog lists them',
    );
    await panel.click('Cancel the booking');
    await waitUntil(
      async () =>
        (await adapter.asStaff('ann').getAppointmentSeries({ appointmentId: booked.appointments[0].id }))
          .map((a) => a.status)
          .join() === 'booked,cancelled,cancelled,cancelled',
      'the rest is cancelled',
      { timeout: 10000 },
    );
  });
});
