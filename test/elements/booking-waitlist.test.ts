// Waitlists on the customer's pages (issue 20): a day without free times offers "Join the waiting
// list" (details and consent as for a booking); the private link shows the place, the offer a
// cancellation makes, and claims it; the back office lists and manages the entries. Real elements
// and a real reference adapter in Chromium, with a fixed clock.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { ReferenceAdapter } from '../../src/adapters/index.js';
import type { BookingManage } from '../../src/elements/booking-manage/booking-manage.js';
import type { BookingPage } from '../../src/elements/booking-page/booking-page.js';
import type { BookingAdminWaitlist } from '../../src/elements/booking-admin-waitlist/booking-admin-waitlist.js';
import { BookingPagePage, deepQuery, deepQueryAll } from '../helpers/booking-page.page.js';
import { CLASS_START, FULL_DAY, WAITLIST_NOW, studioConfig } from '../helpers/waitlist-fixture.js';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function fullStudio(): Promise<ReferenceAdapter> {
  const adapter = new ReferenceAdapter({ config: studioConfig(), storage: 'memory', now: () => WAITLIST_NOW });
  const seats = [];
  for (const name of ['Ada', 'Ben']) {
    seats.push(
      await adapter.book({
        serviceId: 'yoga',
        start: CLASS_START,
        customer: { name, emailAddress: `${name.toLowerCase()}@example.com`, timeZone: 'Europe/Copenhagen' },
        consent: { accepted: true },
        idempotencyKey: `seat-${name}-key`,
      }),
    );
  }
  return Object.assign(adapter, { seats });
}

async function withHash<T>(hash: string, body: () => Promise<T>): Promise<T> {
  const before = location.href;
  history.replaceState(null, '', `${location.pathname}${location.search}#${hash}`);
  try {
    return await body();
  } finally {
    history.replaceState(null, '', before);
  }
}

describe('waitlists on the customer pages (issue 20)', () => {
  it('a full day offers the waiting list; joining checks the details and says the place', async () => {
    const adapter = await fullStudio();
    const el = await fixture<BookingPage>(
      html`<booking-page lang="en-GB" .adapter=${adapter} .clock=${() => WAITLIST_NOW}></booking-page>`,
    );
    const page = new BookingPagePage(el);
    await page.waitForHeading('Choose a time');
    await page.waitForTimes();
    await waitUntil(() => page.calendarDay(FULL_DAY), 'the calendar shows Wednesday', { timeout: 10000 });
    page.calendarDay(FULL_DAY)!.click();
    await waitUntil(
      () => deepQuery<HTMLButtonElement>(el.shadowRoot!, 'button[slot="waitlist"]'),
      'the day offers its waiting list',
      { timeout: 10000 },
    );
    const join = deepQuery<HTMLButtonElement>(el.shadowRoot!, 'button[slot="waitlist"]')!;
    expect(text(join)).to.equal('Join the waiting list for this day');
    join.click();
    await page.waitForHeading('Join the waiting list');
    // Nothing typed: the form's own errors, nothing joined.
    page.bookButton.click();
    await waitUntil(() => page.errorOf('name') !== '', 'the name is required');
    expect((await adapter.asStaff('mia').listWaitlist({})).length).to.equal(0);
    await page.type('name', 'Dee Lane');
    await page.type('emailAddress', 'dee@example.com');
    (page.field('consent') as HTMLInputElement).click();
    await el.updateComplete;
    page.bookButton.click();
    await page.waitForHeading('You are on the waiting list');
    expect(text(el.shadowRoot!.querySelector('p strong'))).to.equal('You are number 1 in line.');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('.actions a')!;
    expect(link.href).to.match(/#waitlist=wait_[^&]+&token=/);
    const [entry] = await adapter.asStaff('mia').listWaitlist({});
    expect(entry?.customer.emailAddress).to.equal('dee@example.com');
    expect(entry?.date).to.equal(FULL_DAY);
  });

  it('the private link shows the place, then the offer a cancellation makes; claiming books it', async () => {
    const adapter = await fullStudio();
    const joined = await adapter.joinWaitlist({
      serviceId: 'yoga',
      date: FULL_DAY,
      customer: { name: 'Dee Lane', emailAddress: 'dee@example.com', timeZone: 'Europe/Copenhagen' },
      consent: { accepted: true },
    });
    await withHash(`waitlist=${joined.entry.id}&token=${joined.waitlistToken}`, async () => {
      const el = await fixture<BookingManage>(
        html`<booking-manage lang="en-GB" .adapter=${adapter} .clock=${() => WAITLIST_NOW}></booking-manage>`,
      );
      await waitUntil(() => /number 1 of 1/.test(text(el.shadowRoot!.querySelector('.status'))), 'the place shows', {
        timeout: 10000,
      });
      el.remove();
      const seat = (adapter as unknown as { seats: { appointment: { id: string }; manageToken: string }[] }).seats[0];
      await adapter.cancel({ appointmentId: seat.appointment.id, manageToken: seat.manageToken });
      const again = await fixture<BookingManage>(
        html`<booking-manage lang="en-GB" .adapter=${adapter} .clock=${() => WAITLIST_NOW}></booking-manage>`,
      );
      await waitUntil(() => text(again.shadowRoot!.querySelector('h3')) === 'A place is free for you', 'the offer', {
        timeout: 10000,
      });
      expect(text(again.shadowRoot!.firstElementChild)).to.contain('It is held for you until');
      const claim = deepQueryAll<HTMLButtonElement>(again.shadowRoot!, 'button').find(
        (b) => text(b) === 'Claim this place',
      )!;
      claim.click();
      await waitUntil(() => /it is booked/.test(text(again.shadowRoot!.querySelector('.status'))), 'claimed', {
        timeout: 10000,
      });
      const booked = (
        await adapter.asStaff('mia').listAppointments({
          start: '2026-03-01T00:00:00Z',
          end: '2026-03-10T00:00:00Z',
        })
      ).filter((a) => a.status === 'booked');
      expect(booked.map((a) => a.customer.name).sort()).to.deep.equal(['Ben', 'Dee Lane']);
    });
  });

  it('the back office lists who waits, in order, and takes someone off', async () => {
    const adapter = await fullStudio();
    for (const name of ['Dee', 'Eve']) {
      await adapter.joinWaitlist({
        serviceId: 'yoga',
        date: FULL_DAY,
        customer: { name, emailAddress: `${name.toLowerCase()}@example.com`, timeZone: 'Europe/Copenhagen' },
        consent: { accepted: true },
      });
    }
    const el = await fixture<BookingAdminWaitlist>(
      html`<booking-admin-waitlist
        lang="en-GB"
        .adapter=${adapter.asStaff('mia')}
        .clock=${() => WAITLIST_NOW}
      ></booking-admin-waitlist>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="entry"]').length === 2, 'two entries', {
      timeout: 10000,
    });
    const names = () => [...el.shadowRoot!.querySelectorAll('[part~="entry"] strong')].map((s) => text(s));
    expect(names()).to.deep.equal(['Dee', 'Eve']);
    const remove = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Remove: Dee"]')!;
    remove.click();
    await waitUntil(() => names().length === 1, 'Dee is off the list', { timeout: 10000 });
    expect(names()).to.deep.equal(['Eve']);
    expect(text(el.shadowRoot!.querySelector('.place'))).to.equal('No. 1');
  });
});
