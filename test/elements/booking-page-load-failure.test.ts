// A <booking-page> that cannot load (issue 14): the customer still reads "We couldn't load the
// booking page", and the site owner finds ONE console error saying which address failed, how (the
// HTTP status, or no answer at all) and the likely cause: CORS (the server's CORS_ORIGINS) for an
// API on another origin, a wrong `api` URL, a business the server does not have, a missing
// config-src file. msw's service worker plays the servers (any origin), the real request handler
// the booking server. console.error is captured per test, so nothing else may log.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/define.js';
import { BookingError, createRequestHandler, ReferenceAdapter } from '../../src/adapters/index.js';
import { problemOf, PROBLEM_MEDIA_TYPE, STATUS_OF_CODE } from '../../src/adapters/http/problem.js';
import type { BookingPage } from '../../src/elements/booking-page/booking-page.js';
import { en } from '../../src/i18n/en.js';
import { loadContoso } from '../helpers/fixtures.js';
import { deepText } from '../helpers/stories.js';

const NOW = Date.parse('2026-11-30T07:00:00Z');
const OTHER_ORIGIN = 'https://booking.other-origin.example';

const problem = (error: BookingError) =>
  HttpResponse.json(problemOf(error), {
    status: STATUS_OF_CODE[error.code],
    headers: { 'content-type': PROBLEM_MEDIA_TYPE },
  });

const worker = setupWorker(
  // Nothing answers (a refused or blocked request: fetch rejects, as it does when CORS blocks it).
  http.all(`${OTHER_ORIGIN}/api/*`, () => HttpResponse.error()),
  http.all('/no-server-api/*', () => HttpResponse.error()),
  // A web site's own pages, not the contract: a 404 page, and the home page for every path.
  http.all(
    '/website-404/*',
    () =>
      new HttpResponse('<!doctype html><h1>Not found</h1>', { status: 404, headers: { 'content-type': 'text/html' } }),
  ),
  http.all(
    '/website/*',
    () => new HttpResponse('<!doctype html><h1>Welcome</h1>', { headers: { 'content-type': 'text/html' } }),
  ),
  // The booking server's own answer that it is not taking bookings (the page says so itself).
  http.all('/closed-api/*', () => problem(new BookingError('unpublished', 'Not taking online bookings.'))),
  http.get('/missing-config.json', () => new HttpResponse('Not found', { status: 404 })),
);
let contract: ((request: Request) => Promise<Response>) | undefined;
worker.use(http.all('/contract-api/*', ({ request }) => contract?.(request)));

before(() =>
  worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true }),
);
after(() => worker.stop());

let logged: string[] = [];
const original = console.error;
beforeEach(() => {
  logged = [];
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
});
afterEach(() => {
  console.error = original;
});

/** Renders the page, waits for the customer's message and the console error, and returns that error. */
async function failedLoad(el: BookingPage): Promise<string> {
  await waitUntil(() => deepText(el).includes(en.loadFailed), 'the customer reads that the page could not load', {
    timeout: 15000,
  });
  await waitUntil(() => logged.length > 0, 'a console error for the site owner', { timeout: 5000 });
  // The customer's text is unchanged, with its retry button.
  expect(deepText(el)).to.include(en.loadFailed).and.to.include(en.retry);
  // Anything else the load would log has been logged by the time the page shows its error (the
  // lazily loaded diagnostics arrive last): one more turn, then exactly one.
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  expect(logged, 'one console error').to.have.length(1);
  return logged[0];
}

describe('<booking-page> that cannot load: one console error for the site owner', () => {
  it('an API on another origin that gives no answer: names the URL, the failure and CORS_ORIGINS', async () => {
    const el = await fixture<BookingPage>(html`<booking-page lang="en" api="${OTHER_ORIGIN}/api"></booking-page>`);
    const message = await failedLoad(el);
    expect(message).to.include(`api="${OTHER_ORIGIN}/api" (${OTHER_ORIGIN}/api)`);
    expect(message).to.include('the request got no HTTP answer (Could not reach the booking server:');
    expect(message).to.include(`the API is on another origin (${OTHER_ORIGIN}) than this page (${location.origin})`);
    expect(message).to.include(`set CORS_ORIGINS=${location.origin} on the booking server`);
  });

  it('a same-origin API that gives no answer: the server is not running, or api is not its address', async () => {
    const el = await fixture<BookingPage>(html`<booking-page lang="en" api="/no-server-api"></booking-page>`);
    const message = await failedLoad(el);
    expect(message).to.include(`api="/no-server-api" (${location.origin}/no-server-api)`);
    expect(message).to.include('Likely cause: the booking server is not running, or api is not its address.');
    expect(message).not.to.include('CORS');
  });

  it('an api URL where a web site answers 404: names the status and says the URL is wrong', async () => {
    const el = await fixture<BookingPage>(html`<booking-page lang="en" api="/website-404"></booking-page>`);
    const message = await failedLoad(el);
    expect(message).to.include(
      // The page names its language: the business's texts are asked for in it (issue 17).
      `the server answered HTTP 404 to ${location.origin}/website-404/businesses/@default/booking-page?languageTag=en: The booking server answered 404`,
    );
    expect(message).to.include('Likely cause: the api URL is wrong');
    expect(message).to.include(`GET ${location.origin}/api answers its index`);
  });

  it('an api URL where a web page answers 200: HTTP 200, the URL is wrong', async () => {
    const el = await fixture<BookingPage>(html`<booking-page lang="en" api="/website"></booking-page>`);
    const message = await failedLoad(el);
    expect(message).to.include(
      'the server answered HTTP 200: The booking server sent a response this version cannot read',
    );
    expect(message).to.include('Likely cause: the api URL is wrong');
  });

  it('the booking server without that business: its answer and the business attribute', async () => {
    const reference = new ReferenceAdapter({ config: await loadContoso(), storage: 'memory', now: () => NOW });
    contract = createRequestHandler(reference, { basePath: '/contract-api' });
    const el = await fixture<BookingPage>(
      html`<booking-page lang="en" api="/contract-api" business="no-such-clinic" .clock=${() => NOW}></booking-page>`,
    );
    const message = await failedLoad(el);
    expect(message).to.match(
      /the server answered HTTP 422 to .*\/contract-api\/businesses\/no-such-clinic\/booking-page\?languageTag=en: .*unknown business: no-such-clinic/,
    );
    expect(message).to.include('the booking server has no such business: check the business attribute.');
  });

  it('a config-src file that is not there: names the file and the cause', async () => {
    const el = await fixture<BookingPage>(
      html`<booking-page lang="en" config-src="/missing-config.json"></booking-page>`,
    );
    const message = await failedLoad(el);
    expect(message).to.include(`config-src="/missing-config.json" (${location.origin}/missing-config.json)`);
    expect(message).to.include('HTTP 404');
    expect(message).to.include('the file is not at that address');
  });

  it('one error per failed load: trying again and failing again logs a second', async () => {
    const el = await fixture<BookingPage>(html`<booking-page lang="en" api="/website-404"></booking-page>`);
    await failedLoad(el);
    const retry = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === en.retry);
    retry!.click();
    await waitUntil(() => logged.length === 2, 'the second failure is logged too', { timeout: 15000 });
    expect(logged[1]).to.equal(logged[0]);
  });

  it('a page that says why itself (not taking bookings) logs nothing', async () => {
    const el = await fixture<BookingPage>(html`<booking-page lang="en" api="/closed-api"></booking-page>`);
    await waitUntil(() => deepText(el).includes(en.unpublishedNoName), 'the page says it is closed', {
      timeout: 15000,
    });
    // The diagnostics module was asked (it decides); once it has loaded and run, nothing was logged.
    await import('../../src/elements/booking-page/load-failure.js');
    await new Promise((r) => setTimeout(r, 0));
    expect(logged).to.deep.equal([]);
  });
});
