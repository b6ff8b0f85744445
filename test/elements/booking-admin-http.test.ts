// The back office over HTTP: <booking-admin api=…> with the authToken property, msw's service
// worker, createRequestHandler with a bearer-token authenticator, and the reference adapter behind it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/define.js';
import { createRequestHandler, ReferenceAdapter, type RequestHandler } from '../../src/adapters/index.js';
import type { BookingAdmin } from '../../src/elements/booking-admin/booking-admin.js';
import type { BookingAdminCalendar } from '../../src/elements/booking-admin-calendar/booking-admin-calendar.js';
import { BookingAdminPage, deepActiveElement, deepQuery, deepQueryAll, text } from '../helpers/booking-admin.page.js';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { GRID_HOUR_PX } from '../../src/elements/booking-admin-calendar/week-grid.js';
import { loadContoso } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen.
const NOW = Date.parse('2026-11-30T07:00:00Z');
const BASE = '/booking-admin-api';

let server: RequestHandler | undefined;
let authorizations: string[] = [];
let signIns: { email: string; password: string }[] = [];
let signOuts: string[] = [];
let throttled = false;

const problem = (status: number, code: string, detail: string, extra: Record<string, unknown> = {}) =>
  HttpResponse.json(
    {
      type: `https://booking-elements.dev/problems/${code}`,
      title: detail,
      status,
      code,
      detail,
      issues: [],
      ...extra,
    },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );

const worker = setupWorker(
  // The booking server's sign-in routes (docs/rest-contract.md, "Staff sign-in"), as src/server answers them.
  http.post(`${BASE}/auth/sign-in`, async ({ request }) => {
    const body = (await request.json()) as { email: string; password: string };
    signIns.push(body);
    if (throttled) return problem(429, 'busy', 'Too many failed sign-in attempts.', { retryAfterMs: 120_000 });
    if (body.email === 'anna@contoso.example' && body.password === 'demo-password') {
      return HttpResponse.json({ token: 'token-of-anna-0001', expiresAt: '2026-11-30T19:00:00.000Z' });
    }
    return problem(401, 'sign-in-required', 'The email address or the password is not right.');
  }),
  http.post(`${BASE}/auth/sign-out`, ({ request }) => {
    signOuts.push(request.headers.get('authorization') ?? '');
    return new HttpResponse(null, { status: 204 });
  }),
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

/**
 * The back office over HTTP (Anna, administrator) on the week of Tuesday 1 December, where Dora
 * has Mette's cleaning at 09:00 (Copenhagen).
 */
async function weekWithCleaning() {
  const reference = await serve();
  const { appointment } = await reference.asStaff('anna').createAppointment({
    serviceId: 'cleaning',
    staffMemberId: 'dora',
    start: '2026-12-01T08:00:00Z',
    customer: { name: 'Mette Hansen', emailAddress: 'mette@example.com', timeZone: 'Europe/Copenhagen' },
    answers: [{ questionId: 'first-visit', answer: 'No' }],
  });
  await setViewport({ width: 1280, height: 900 });
  const el = await fixture<BookingAdmin>(
    html`<booking-admin
      lang="en-GB"
      api=${BASE}
      .authToken=${() => 'token-of-anna-0001'}
      .clock=${() => NOW}
    ></booking-admin>`,
  );
  const page = new BookingAdminPage(el);
  await page.ready();
  const calendar = await page.panel('calendar');
  const cal = calendar.el as unknown as BookingAdminCalendar;
  cal.date = '2026-12-01';
  cal.view = 'week';
  await calendar.settle();
  return { reference, appointment, calendar };
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
    const phone = deepQuery<HTMLInputElement>(form.shadowRoot!, 'input[name="phone"]')!;
    phone.value = '+45 20 30 40 50';
    phone.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    deepQuery<HTMLInputElement>(form.shadowRoot!, 'input[name="answer:first-visit"]')!.click();
    // Staff bookings ask for an e-mail address unless the customer has none: this one gave a phone.
    deepQuery<HTMLInputElement>(calendar.root, '#no-email')!.click();
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
    const reference = await serve();
    await reference.asStaff('anna').createAppointment({
      serviceId: 'video-consultation',
      staffMemberId: 'carl',
      start: '2026-12-01T09:00:00Z',
      customer: { name: 'Sofie Lund', emailAddress: 'sofie@example.com', timeZone: 'America/New_York' },
      answers: [{ questionId: 'health-notes', answer: 'Jaw pain' }],
    });
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
    // R18: a team member sees the customers of their own bookings.
    const customers = await page.open('customers');
    await customers.settle();
    expect([...customers.root.querySelectorAll('tbody th')].map((th) => text(th))).to.deep.equal(['Sofie Lund']);
  });

  describe('without an authToken from the page: its own sign-in form', () => {
    const tokenKey = `booking-elements:staff-token:${new URL(BASE, location.href).href}`;
    beforeEach(() => {
      sessionStorage.removeItem(tokenKey);
      signIns = [];
      signOuts = [];
      throttled = false;
    });
    after(() => sessionStorage.removeItem(tokenKey));

    const form = (el: BookingAdmin) => el.shadowRoot!.querySelector<HTMLFormElement>('form.sign-in');
    const input = (el: BookingAdmin, id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
    const typeInto = (el: BookingAdmin, id: string, value: string) => {
      const field = input(el, id);
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    const submit = (el: BookingAdmin) => form(el)!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const alertText = (el: BookingAdmin) => text(el.shadowRoot!.querySelector('form.sign-in [role="alert"]'));

    it('asks for email and password, says what is wrong, and keeps the token for this tab', async () => {
      await serve();
      const el = await fixture<BookingAdmin>(
        html`<booking-admin lang="en-GB" api=${BASE} .clock=${() => NOW}></booking-admin>`,
      );
      await waitUntil(() => form(el) !== null, 'the sign-in form shows', { timeout: 10000 });
      expect(text(form(el)!.querySelector('h2'))).to.equal('Sign in to the back office');
      // No token yet: nothing was asked of the server that it would refuse.
      expect(authorizations).to.deep.equal([]);
      expect(input(el, 'sign-in-email').autocomplete).to.equal('username');
      expect(input(el, 'sign-in-password').type).to.equal('password');
      await expect(el).shadowDom.to.be.accessible();

      // Nothing typed: both fields say so, nothing is sent, focus goes to the first.
      submit(el);
      await waitUntil(() => input(el, 'sign-in-email').getAttribute('aria-invalid') === 'true', 'field errors');
      expect(text(el.shadowRoot!.querySelector('#sign-in-password-error'))).to.equal('Fill in this field.');
      expect(el.shadowRoot!.activeElement).to.equal(input(el, 'sign-in-email'));
      expect(signIns).to.deep.equal([]);

      // A wrong password: one message for both fields, the email kept, the password emptied and focused.
      typeInto(el, 'sign-in-email', ' anna@contoso.example ');
      typeInto(el, 'sign-in-password', 'not-it');
      submit(el);
      await waitUntil(() => alertText(el) !== '', 'the refusal shows', { timeout: 10000 });
      expect(alertText(el)).to.equal('The email address or the password is not right. Check both and try again.');
      expect(signIns).to.deep.equal([{ email: 'anna@contoso.example', password: 'not-it' }]);
      expect(input(el, 'sign-in-email').value).to.equal('anna@contoso.example');
      expect(input(el, 'sign-in-password').value).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(input(el, 'sign-in-password'));
      expect(sessionStorage.getItem(tokenKey)).to.equal(null);
      await expect(el).shadowDom.to.be.accessible();

      // The right one: the back office opens, every request carries the token.
      authorizations = [];
      typeInto(el, 'sign-in-password', 'demo-password');
      submit(el);
      const page = new BookingAdminPage(el);
      await waitUntil(() => page.header.includes('Signed in as Anna Larsen (Administrator)'), 'signed in', {
        timeout: 10000,
      });
      expect(sessionStorage.getItem(tokenKey)).to.equal('token-of-anna-0001');
      expect(authorizations.filter(Boolean).every((a) => a === 'Bearer token-of-anna-0001')).to.equal(true);
      expect(authorizations.filter(Boolean).length).to.be.greaterThan(0);

      // A second back office in this tab (a reload) is signed in already.
      const again = await fixture<BookingAdmin>(
        html`<booking-admin lang="en-GB" api=${BASE} .clock=${() => NOW}></booking-admin>`,
      );
      await waitUntil(() => new BookingAdminPage(again).header.includes('Anna Larsen'), 'still signed in', {
        timeout: 10000,
      });

      // Sign out: the server ends the session, the tab forgets the token, the form is back.
      const signOut = [...el.shadowRoot!.querySelectorAll('header button')].find((b) => text(b) === 'Sign out');
      (signOut as HTMLButtonElement).click();
      await waitUntil(() => form(el) !== null, 'the form is back', { timeout: 10000 });
      await waitUntil(() => signOuts.length === 1, 'the server was told');
      expect(signOuts).to.deep.equal(['Bearer token-of-anna-0001']);
      expect(sessionStorage.getItem(tokenKey)).to.equal(null);
    });

    it('says how long to wait when the server throttles sign-in, and that a stored session ended', async () => {
      await serve();
      sessionStorage.setItem(tokenKey, 'expired-token-0000');
      const el = await fixture<BookingAdmin>(
        html`<booking-admin lang="en-GB" api=${BASE} .clock=${() => NOW}></booking-admin>`,
      );
      await waitUntil(() => form(el) !== null, 'the sign-in form shows', { timeout: 10000 });
      expect(text(form(el)!.querySelector('[role="status"]'))).to.equal(
        'Your session has ended. Sign in again to go on.',
      );
      throttled = true;
      typeInto(el, 'sign-in-email', 'anna@contoso.example');
      typeInto(el, 'sign-in-password', 'demo-password');
      submit(el);
      await waitUntil(() => alertText(el) !== '', 'the refusal shows', { timeout: 10000 });
      expect(alertText(el)).to.equal('Too many failed attempts. Wait 2 minutes and try again.');
    });

    it('signs in in the page’s language', async () => {
      await serve();
      const el = await fixture<BookingAdmin>(html`<booking-admin lang="de" api=${BASE}></booking-admin>`);
      await waitUntil(() => form(el)?.querySelector('h2')?.textContent === 'In der Verwaltung anmelden', 'German', {
        timeout: 10000,
      });
      expect(text(form(el)!.querySelector('button[type="submit"]'))).to.equal('Anmelden');
    });
  });
  it('moves an appointment by dragging it in the week grid, and a refused drop says why (issue 19)', async () => {
    const { reference, appointment, calendar } = await weekWithCleaning();
    const dragBy = async (dy: number) => {
      const block = calendar.root.querySelector<HTMLElement>('.time-grid .g-appt')!;
      block.scrollIntoView({ block: 'center' });
      const r = block.getBoundingClientRect();
      const x = Math.round(r.left + r.width / 2);
      const y = Math.round(r.top + 8);
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      for (let i = 1; i <= 4; i++) await sendMouse({ type: 'move', position: [x, Math.round(y + (dy * i) / 4)] });
      await sendMouse({ type: 'up' });
    };
    const startOf = async () =>
      (
        await reference.asStaff('anna').listAppointments({ start: '2026-11-30T00:00:00Z', end: '2026-12-31T00:00:00Z' })
      ).find((a) => a.id === appointment.id)!.start;
    try {
      // 09:00 → 10:00, checked by the server's rules.
      await dragBy(GRID_HOUR_PX);
      await calendar.waitForAnnouncement(/^Moved to Tue 1 Dec, 10:00/);
      expect(await startOf()).to.equal('2026-12-01T09:00:00.000Z');
      await calendar.settle();
      // 10:00 → 12:00, Dora's lunch: refused, with the explainer's reason over HTTP; nothing changed.
      await dragBy(2 * GRID_HOUR_PX);
      await calendar.waitForAnnouncement(/^The appointment was not moved/);
      await calendar.settle();
      expect(text(calendar.root.querySelector('.move-refused'))).to.match(/Dora Jensen: .*08:00–12:00, 12:30–16:00/);
      expect(await startOf()).to.equal('2026-12-01T09:00:00.000Z');
    } finally {
      await resetMouse();
    }
  });

  it('moves with Move… over HTTP: M on the appointment, a refusal with the server’s reasons, then a move (issue 19)', async () => {
    const { reference, appointment, calendar } = await weekWithCleaning();
    const stored = async () =>
      (
        await reference.asStaff('anna').listAppointments({ start: '2026-11-30T00:00:00Z', end: '2026-12-31T00:00:00Z' })
      ).find((a) => a.id === appointment.id)!;
    calendar.root.querySelector<HTMLElement>('.time-grid .g-appt')!.focus();
    await sendKeys({ press: 'm' });
    await waitUntil(() => calendar.dialog?.open === true, 'the Move… dialog opens');
    // 12:00, Dora's lunch: the server refuses, the dialog says why and keeps the input.
    await calendar.set('move-time', '12:00');
    calendar.button('Move').click();
    await calendar.waitForAnnouncement(/^The appointment was not moved/);
    await waitUntil(() => !!calendar.dialog?.querySelector('.notice'), 'the refusal');
    await calendar.el.updateComplete;
    expect(text(calendar.dialog!.querySelector('.notice'))).to.match(/Dora Jensen: .*08:00–12:00, 12:30–16:00/);
    expect(calendar.field<HTMLInputElement>('move-time').value).to.equal('12:00');
    expect((await stored()).start).to.equal('2026-12-01T08:00:00.000Z');
    // 13:00: moved, the dialog closes and the appointment has the focus in its new place.
    await calendar.set('move-time', '13:00');
    calendar.button('Move').click();
    await calendar.waitForAnnouncement(/^Moved to Tue 1 Dec, 13:00/);
    await waitUntil(() => calendar.dialog === null, 'closed');
    expect((await stored()).start).to.equal('2026-12-01T12:00:00.000Z');
    await waitUntil(
      () => (deepActiveElement() as HTMLElement | null)?.matches('.time-grid .g-appt') === true,
      'focus on the moved appointment',
    );
  });
});
