// The customer elements end to end over HTTP: <booking-page> and <booking-manage> with an
// HttpAdapter, msw's service worker, createRequestHandler and the reference adapter behind it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/define.js';
import { createRequestHandler, HttpAdapter, ReferenceAdapter, type RequestHandler } from '../../src/adapters/index.js';
import type { BookingManage } from '../../src/elements/booking-manage/booking-manage.js';
import type { BookingPage } from '../../src/elements/booking-page/booking-page.js';
import type { BookingConfirmedEvent } from '../../src/events/booking-confirmed.js';
import { BookingPagePage, deepQuery, deepQueryAll } from '../helpers/booking-page.page.js';
import { loadContoso } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen.
const NOW = Date.parse('2026-11-30T07:00:00Z');
const ZONE = 'Europe/Copenhagen';
const BASE = '/booking-page-api';

let server: RequestHandler | undefined;
let requests: string[] = [];

const worker = setupWorker(
  http.all(`${BASE}/*`, ({ request }) => {
    requests.push(`${request.method} ${new URL(request.url).pathname.slice(BASE.length)}`);
    return server?.(request);
  }),
);

before(() =>
  worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true }),
);
after(() => worker.stop());
beforeEach(() => {
  requests = [];
});

function serve(config: unknown): { reference: ReferenceAdapter; adapter: HttpAdapter } {
  const reference = new ReferenceAdapter({ config, storage: 'memory', now: () => NOW, random: () => 0.5 });
  server = createRequestHandler(reference, { basePath: BASE });
  const adapter = new HttpAdapter({ baseUrl: new URL(BASE, location.href).href, retry: { retries: 0 } });
  return { reference, adapter };
}

async function mount(adapter: HttpAdapter): Promise<BookingPagePage> {
  const el = await fixture<BookingPage>(
    html`<booking-page lang="en-GB" time-zone=${ZONE} .adapter=${adapter} .clock=${() => NOW}></booking-page>`,
  );
  return new BookingPagePage(el);
}

async function fillDetails(page: BookingPagePage, name: string): Promise<void> {
  await page.waitForHeading('Your details');
  await page.type('name', name);
  await page.type('emailAddress', 'over-http@example.com');
  deepQuery<HTMLInputElement>(page.root, 'input[name="answer:first-visit"]')!.click();
  (page.field('consent') as HTMLInputElement).click();
}

/** The parts of demo/data/contoso.json these tests change. */
interface Contoso {
  services: { staffMemberIds: string[] }[];
  bookingPageSettings: { isPublished: boolean };
}
const contoso = async (): Promise<Contoso> => await loadContoso();

const inRange = { start: '2026-11-01T00:00:00Z', end: '2027-03-01T00:00:00Z' };

describe('the booking elements over HTTP (msw)', () => {
  it('a script-tag page with only the api attribute loads its adapter and books', async () => {
    const config = await contoso();
    const { reference } = serve(config);
    const el = await fixture<BookingPage>(
      html`<booking-page lang="en-GB" time-zone=${ZONE} api=${BASE} .clock=${() => NOW}></booking-page>`,
    );
    const page = new BookingPagePage(el);
    await page.waitForHeading('Choose a service');
    expect(requests).to.include('GET /businesses/@default/booking-page');
    page.serviceButton('Dental cleaning').click();
    await page.waitForHeading('Choose a time');
    const times = await page.waitForTimes();
    times[times.length - 1].click();
    await fillDetails(page, 'Script Tag');
    page.bookButton.click();
    await page.waitForHeading('You’re booked');
    const booked = await reference.asStaff('anna').listAppointments(inRange);
    expect(booked.map((a) => a.customer.name)).to.include('Script Tag');
  });

  it('books on <booking-page>, then views and cancels on <booking-manage>', async () => {
    const config = await contoso();
    const { reference, adapter } = serve(config);
    const page = await mount(adapter);
    const confirmed: BookingConfirmedEvent[] = [];
    page.el.addEventListener('booking-confirmed', (e) => confirmed.push(e));

    await page.waitForHeading('Choose a service');
    page.serviceButton('Dental cleaning').click();
    await page.waitForHeading('Choose a time');
    const times = await page.waitForTimes();
    // The day's last time: the first ones are too close to now to be changed later (R6).
    times[times.length - 1].click();
    await fillDetails(page, 'Over Http');
    page.bookButton.click();
    await page.waitForHeading('You’re booked');
    expect(page.confirmation().What).to.equal('Dental cleaning');

    expect(requests[0]).to.equal('GET /businesses/@default/booking-page');
    expect(requests.some((r) => r.startsWith('GET /businesses/@default/availability'))).to.equal(true);
    expect(requests.filter((r) => r === 'POST /businesses/@default/appointments')).to.have.length(1);

    const [stored] = await reference.asStaff('anna').listAppointments(inRange);
    expect(stored?.customer.name).to.equal('Over Http');
    const { appointment, manageToken } = confirmed[0].detail;
    expect(appointment.id).to.equal(stored?.id);

    requests = [];
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
    const mroot = manage.shadowRoot!;
    await waitUntil(() => mroot.querySelector('h3')?.textContent === 'Your booking', 'manage page loads', {
      timeout: 10000,
    });
    expect(mroot.textContent).to.contain('Dental cleaning');
    expect(requests).to.include(`GET /appointments/${appointment.id}`);

    const button = (label: string) =>
      deepQueryAll<HTMLButtonElement>(mroot, 'button').find((b) => b.textContent?.trim() === label);
    button('Cancel the booking')!.click();
    await waitUntil(() => mroot.querySelector('h3')?.textContent === 'Cancel this booking?');
    button('Yes, cancel it')!.click();
    await waitUntil(() => mroot.querySelector('h3')?.textContent === 'Your booking is cancelled', 'cancelled', {
      timeout: 10000,
    });
    expect(requests).to.include(`DELETE /appointments/${appointment.id}`);
    const after = await reference.getBooking({ appointmentId: appointment.id, manageToken });
    expect(after.status).to.equal('cancelled');
  });

  it('R11 over HTTP: two pages book the same time; the 409 shows "just taken" with fresh times', async () => {
    const config = await contoso();
    config.services[0].staffMemberIds = ['anna'];
    const { reference, adapter } = serve(config);
    const a = await mount(adapter);
    const b = await mount(adapter);
    for (const p of [a, b]) {
      await p.waitForHeading('Choose a service');
      p.serviceButton('Dental cleaning').click();
      await p.waitForHeading('Choose a time');
      (await p.waitForTimes())[0].click();
      await fillDetails(p, 'Same Time');
    }
    a.bookButton.click();
    b.bookButton.click();
    await waitUntil(
      () => [a, b].every((p) => p.heading === 'You’re booked' || p.heading === 'Choose a time'),
      'both bookings finish',
      { timeout: 15000 },
    );
    const losers = [a, b].filter((p) => p.heading === 'Choose a time');
    expect(losers).to.have.length(1);
    expect(losers[0].notice).to.equal('That time was just taken. Here are the nearest times still free that day.');
    expect((await losers[0].waitForTimes()).length).to.be.greaterThan(0);
    expect(await reference.asStaff('anna').listAppointments(inRange)).to.have.length(1);
  });

  it('an unpublished business answers 423 and the page says it is not taking bookings', async () => {
    const config = await contoso();
    config.bookingPageSettings.isPublished = false;
    const { adapter } = serve(config);
    const page = await mount(adapter);
    await waitUntil(() => page.root.textContent.includes('isn’t taking online bookings'), 'unpublished message', {
      timeout: 10000,
    });
    expect(page.serviceButtons()).to.have.length(0);
  });
});
