// The back office over HTTP: <booking-admin api=…> with the authToken property, msw's service
// worker, createRequestHandler with a bearer-token authenticator, and the reference adapter behind it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/define.js';
import { createRequestHandler, ReferenceAdapter, type RequestHandler } from '../../src/adapters/index.js';
import type { BookingAdmin } from '../../src/elements/booking-admin/booking-admin.js';
import type { BookingAdminCalendar } from '../../src/elements/booking-admin-calendar/booking-admin-calendar.js';
import { BookingAdminPage, deepQuery, deepQueryAll, text } from '../helpers/booking-admin.page.js';
import { loadContoso } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen.
const NOW = Date.parse('2026-11-30T07:00:00Z');
const BASE = '/booking-admin-api';

let server: RequestHandler | undefined;
let authorizations: string[] = [];

const worker = setupWorker(
  http.all(`${BASE}/*`, ({ request }) => {
    authorizations.push(request.headers.get('authorization') ?? '');
    return server?.(request);
  }),
);

before(() =>
  worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true }),
);
after(() => worker.stop());

async function serve() {
  const reference = new ReferenceAdapter({ config: await loadContoso(), storage: 'memory', now: () => NOW });
  const tokens: Record<string, string> = { 'token-of-anna-0001': 'anna', 'token-of-carl-0001': 'carl' };
  server = createRequestHandler(reference, {
    basePath: BASE,
    authenticate: (token) => (tokens[token] ? reference.asStaff(tokens[token]) : undefined),
  });
  authorizations = [];
  return reference;
}

describe('<booking-admin> over HTTP', () => {
  it('signs in with the bearer token and books on a customer’s behalf from the free times', async () => {
    const reference = await serve();
    let token = 'token-of-anna-0001';
    const el = await fixture<BookingAdmin>(
      html`<booking-admin lang="en-GB" api=${BASE} .authToken=${() => token} .clock=${() => NOW}></booking-admin>`,
    );
    const page = new BookingAdminPage(el);
    await page.ready();
    await waitUntil(() => page.header.includes('Signed in as Anna Larsen (Administrator)'), 'signed in over HTTP', {
      timeout: 10000,
    });
    expect(authorizations.filter(Boolean).every((a) => a === 'Bearer token-of-anna-0001')).to.equal(true);

    const calendar = await page.panel('calendar');
    (calendar.el as unknown as BookingAdminCalendar).date = '2026-12-01';
    await calendar.settle();
    await calendar.click('+ New booking');
    await waitUntil(() => deepQueryAll(calendar.root, 'button[part~="slot"]').length > 0, 'free times over HTTP', {
      timeout: 10000,
    });
    deepQueryAll<HTMLButtonElement>(calendar.root, 'button[part~="slot"]')[0].click();
    const form = deepQuery(calendar.root, 'booking-details-form')!;
    const name = deepQuery<HTMLInputElement>(form.shadowRoot!, 'input[name="name"]')!;
    name.value = 'Over Http';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    deepQuery<HTMLInputElement>(form.shadowRoot!, 'input[name="answer:first-visit"]')!.click();
    await calendar.el.updateComplete;
    await calendar.click('Book');
    await calendar.waitForAnnouncement(/^Booked Dental cleaning for Over Http/);
    const booked = await reference.asStaff('anna').listAppointments({
      start: '2026-11-30T00:00:00Z',
      end: '2027-01-31T00:00:00Z',
    });
    expect(booked.map((a) => a.customer.name)).to.deep.equal(['Over Http']);

    // A token that the server no longer accepts: the back office says so instead of showing stale data.
    token = 'expired-token-0000';
    el.business = 'contoso';
    await waitUntil(() => page.state !== '', 'the refusal shows', { timeout: 10000 });
    expect(page.state).to.equal(
      'You aren’t signed in, or your session has ended. Sign in again, then reload this page.',
    );
  });

  it('applies the role the server gives the token (R18)', async () => {
    await serve();
    const el = await fixture<BookingAdmin>(
      html`<booking-admin
        lang="en-GB"
        api=${BASE}
        .authToken=${'token-of-carl-0001'}
        .clock=${() => NOW}
      ></booking-admin>`,
    );
    const page = new BookingAdminPage(el);
    await waitUntil(() => page.header.includes('(Team member)'), 'signed in as Carl', { timeout: 10000 });
    expect(page.navItems()).not.to.include('Reports and data');
    expect(text(page.root.querySelector('header'))).to.contain('Carl Madsen');
  });
});
