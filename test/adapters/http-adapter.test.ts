// HttpAdapter over msw (service worker in the browser): the error mapping end to end, retries
// with backoff, idempotent `book` after a lost response, unreadable answers, aborts, and what
// travels where (tokens in headers, never in URLs).
import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import {
  BookingError,
  createRequestHandler,
  HttpAdapter,
  ReferenceAdapter,
  type BookingAdapter,
  type BookingErrorCode,
  type HttpAdapterOptions,
  type RequestHandler,
} from '../../src/adapters/index.js';
import type { BookRequest } from '../../src/schemas/booking.js';
import { CLINIC, CONTRACT_NOW, contractConfig, cph } from '../../src/testing/index.js';

const BASE = '/http-adapter-api';
const baseUrl = new URL(BASE, location.href).href;

let reference: ReferenceAdapter;
let server: RequestHandler;
/** Every request msw saw, in order; the body is read from a clone. */
let seen: { method: string; url: string; headers: Headers; body: Promise<string> }[] = [];

const worker = setupWorker(http.all(`${BASE}/*`, ({ request }) => server(request)));
// Lifecycle events see every request, including those a per-test override answers first.
worker.events.on('request:start', ({ request }) => {
  if (!new URL(request.url).pathname.startsWith(`${BASE}/`)) return;
  seen.push({ method: request.method, url: request.url, headers: request.headers, body: request.clone().text() });
});

before(() =>
  worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true }),
);
after(() => worker.stop());

beforeEach(() => {
  seen = [];
  reference = new ReferenceAdapter({
    config: contractConfig(),
    storage: 'memory',
    now: () => CONTRACT_NOW,
    random: () => 0.5,
  });
  server = createRequestHandler(reference, {
    basePath: BASE,
    authenticate: (token) => (token === 'ann-token' ? reference.asStaff('ann') : undefined),
  });
});
afterEach(() => worker.resetHandlers());

function recorder(): { sleeps: number[]; options: Pick<HttpAdapterOptions, 'retry'> } {
  const sleeps: number[] = [];
  return {
    sleeps,
    options: {
      retry: {
        random: () => 0,
        sleep: (ms) => {
          sleeps.push(ms);
          return Promise.resolve();
        },
      },
    },
  };
}

function adapter(options: Partial<HttpAdapterOptions> = {}): HttpAdapter {
  return new HttpAdapter({ baseUrl, ...recorder().options, ...options });
}

let keys = 0;
function bookRequest(overrides: Partial<BookRequest> = {}): BookRequest {
  return {
    serviceId: 'consult',
    staffMemberId: 'ann',
    start: cph('2026-03-03', '09:00'),
    customer: { name: 'Jane Doe', emailAddress: 'jane@example.com', timeZone: 'America/New_York' },
    answers: [{ questionId: 'insurance', answer: 'X-123' }],
    consent: { accepted: true },
    idempotencyKey: `http-test-key-${++keys}`,
    ...overrides,
  };
}

const range = { serviceId: 'consult', start: cph('2026-03-03', '00:00'), end: cph('2026-03-04', '00:00') };

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection, but it resolved');
}

async function bookingError(promise: Promise<unknown>): Promise<BookingError> {
  const error = await rejection(promise);
  expect(error, String(error)).to.be.instanceOf(BookingError);
  return error as BookingError;
}

/** Throws `error` from every customer method, so the handler's mapping can be observed. */
function failingAdapter(error: Error): BookingAdapter {
  const fail = (): Promise<never> => Promise.reject(error);
  return {
    getBookingPage: fail,
    getAvailability: fail,
    book: fail,
    getBooking: fail,
    reschedule: fail,
    cancel: fail,
  };
}

describe('HttpAdapter', () => {
  describe('error mapping, end to end (BookingError → status → BookingError)', () => {
    const cases: [BookingErrorCode, number][] = [
      ['slot-unavailable', 409],
      ['invalid-input', 422],
      ['policy-violation', 422],
      ['sign-in-required', 401],
      ['forbidden', 403],
      ['not-found', 404],
      ['unpublished', 423],
      ['busy', 503],
      ['network', 502],
    ];
    for (const [code, status] of cases) {
      it(`${code} travels as ${status} and comes back as ${code}`, async () => {
        server = createRequestHandler(
          failingAdapter(
            new BookingError(code, `server says ${code}`, {
              issues: [{ path: 'customer.emailAddress', message: 'is required' }],
              ...(code === 'busy' ? { retryAfterMs: 60_000 } : {}),
            }),
          ),
          { basePath: BASE },
        );
        const statuses: number[] = [];
        worker.use(
          http.all(`${BASE}/*`, async ({ request }) => {
            const response = await server(request);
            statuses.push(response.status);
            return response;
          }),
        );
        const e = await bookingError(adapter({ retry: { retries: 0 } }).getAvailability(range));
        expect(statuses).to.deep.equal([status]);
        expect(e.code).to.equal(code);
        expect(e.message).to.equal(`server says ${code}`);
        expect(e.issues).to.deep.equal([{ path: 'customer.emailAddress', message: 'is required' }]);
        if (code === 'busy') expect(e.retryAfterMs).to.equal(60_000);
      });
    }

    const bare: [number, BookingErrorCode][] = [
      [400, 'invalid-input'],
      [401, 'sign-in-required'],
      [403, 'forbidden'],
      [404, 'not-found'],
      [409, 'slot-unavailable'],
      [413, 'invalid-input'],
      [422, 'invalid-input'],
      [423, 'unpublished'],
      [429, 'busy'],
      [500, 'network'],
      [503, 'busy'],
    ];
    for (const [status, code] of bare) {
      it(`a bare ${status} without problem details (a proxy's page) still means ${code}`, async () => {
        worker.use(
          http.all(
            `${BASE}/*`,
            () => new HttpResponse('<h1>Oops</h1>', { status, headers: { 'content-type': 'text/html' } }),
          ),
        );
        const e = await bookingError(adapter({ retry: { retries: 0 } }).getBookingPage({}));
        expect(e.code).to.equal(code);
        expect(e.message).to.contain(String(status));
      });
    }

    it('the real adapter behind the wire: a taken slot is 409 slot-unavailable', async () => {
      const http1 = adapter();
      await http1.book(bookRequest());
      const e = await bookingError(
        http1.book(bookRequest({ customer: { name: 'Late', emailAddress: 'l@example.com', timeZone: 'UTC' } })),
      );
      expect(e.code).to.equal('slot-unavailable');
      expect(seen.filter((r) => r.method === 'POST')).to.have.length(2);
    });

    it('the real adapter behind the wire: an unpublished page is 423 unpublished', async () => {
      const admin = adapter({ getAuthToken: () => 'ann-token' });
      await admin.unpublish({});
      const e = await bookingError(adapter().getBookingPage({}));
      expect(e.code).to.equal('unpublished');
    });

    it('the real adapter behind the wire: a teamMember editing settings is 403 forbidden', async () => {
      server = createRequestHandler(reference, {
        basePath: BASE,
        authenticate: (token) => (token === 'bob-token' ? reference.asStaff('bob') : undefined),
      });
      const e = await bookingError(
        adapter({ getAuthToken: () => 'bob-token' }).updateBusiness({ patch: { displayName: 'Mine now' } }),
      );
      expect(e.code).to.equal('forbidden');
    });

    it('admin calls without a valid token are 401 sign-in-required', async () => {
      expect((await bookingError(adapter().listServices({}))).code).to.equal('sign-in-required');
      expect((await bookingError(adapter({ getAuthToken: () => 'stolen' }).listServices({}))).code).to.equal(
        'sign-in-required',
      );
    });
  });

  describe('retries', () => {
    it('a 503 with Retry-After is waited for and retried, then succeeds', async () => {
      let calls = 0;
      worker.use(
        http.get(`${BASE}/businesses/:id/availability`, () => {
          if (++calls > 1) return undefined;
          return HttpResponse.json(
            {
              type: 'urn:booking-elements:problem:busy',
              title: 'Busy',
              status: 503,
              code: 'busy',
              detail: 'busy',
              issues: [],
            },
            { status: 503, headers: { 'retry-after': '2', 'content-type': 'application/problem+json' } },
          );
        }),
      );
      const r = recorder();
      const slots = await adapter(r.options).getAvailability(range);
      expect(slots.length).to.be.greaterThan(0);
      expect(calls).to.equal(2);
      // Retry-After 2 s, plus jitter (random() = 0 here).
      expect(r.sleeps).to.deep.equal([2000]);
    });

    it('a 429 with an HTTP-date Retry-After is honoured too', async () => {
      let calls = 0;
      worker.use(
        http.get(`${BASE}/businesses/:id/booking-page`, () =>
          ++calls > 1
            ? undefined
            : new HttpResponse(null, {
                status: 429,
                headers: { 'retry-after': new Date(CONTRACT_NOW + 5000).toUTCString() },
              }),
        ),
      );
      const r = recorder();
      const page = await adapter({ ...r.options, now: () => CONTRACT_NOW }).getBookingPage({});
      expect(page.business.id).to.equal(CLINIC);
      expect(r.sleeps).to.deep.equal([5000]);
    });

    it('lost connections back off exponentially with jitter, then give up as network', async () => {
      worker.use(http.get(`${BASE}/businesses/:id/booking-page`, () => HttpResponse.error()));
      const sleeps: number[] = [];
      const jitter = [0, 0.5, 1 - Number.EPSILON];
      let i = 0;
      const e = await bookingError(
        adapter({
          retry: {
            retries: 3,
            baseDelayMs: 100,
            maxDelayMs: 300,
            random: () => jitter[i++ % jitter.length] ?? 0,
            sleep: (ms) => {
              sleeps.push(ms);
              return Promise.resolve();
            },
          },
        }).getBookingPage({}),
      );
      expect(e.code).to.equal('network');
      expect(e.message).to.match(/could not reach the booking server/i);
      expect(seen).to.have.length(4);
      // Steps 100, 200, 300 (capped); each waits half its step plus up to another half.
      expect(sleeps[0]).to.equal(50);
      expect(sleeps[1]).to.equal(150);
      expect(sleeps[2]).to.be.closeTo(300, 1e-6);
    });

    it('a Retry-After longer than the adapter will wait rejects at once with busy and retryAfterMs', async () => {
      worker.use(
        http.get(
          `${BASE}/businesses/:id/booking-page`,
          () => new HttpResponse(null, { status: 503, headers: { 'retry-after': '120' } }),
        ),
      );
      const r = recorder();
      const e = await bookingError(adapter(r.options).getBookingPage({}));
      expect(e.code).to.equal('busy');
      expect(e.retryAfterMs).to.equal(120_000);
      expect(r.sleeps).to.deep.equal([]);
      expect(seen).to.have.length(1);
    });

    it('cancel, reschedule and holds are not repeated after a 503 or a lost connection', async () => {
      const booked = await adapter().book(bookRequest());
      seen = [];
      worker.use(
        http.delete(
          `${BASE}/appointments/:id`,
          () => new HttpResponse(null, { status: 503, headers: { 'retry-after': '1' } }),
        ),
        http.patch(`${BASE}/appointments/:id`, () => HttpResponse.error()),
        http.post(`${BASE}/businesses/:id/holds`, () => HttpResponse.error()),
      );
      const r = recorder();
      const a = adapter(r.options);
      const token = { appointmentId: booked.appointment.id, manageToken: booked.manageToken };
      expect((await bookingError(a.cancel(token))).code).to.equal('busy');
      expect((await bookingError(a.reschedule({ ...token, start: cph('2026-03-03', '10:00') }))).code).to.equal(
        'network',
      );
      expect(
        (await bookingError(a.holdSlot({ serviceId: 'consult', start: cph('2026-03-03', '11:00') }))).code,
      ).to.equal('network');
      expect(seen.map((s) => s.method)).to.deep.equal(['DELETE', 'PATCH', 'POST']);
      expect(r.sleeps).to.deep.equal([]);
    });

    it('a book whose response was lost is retried with its idempotency key and books once', async () => {
      let dropped = 0;
      worker.use(
        http.post(`${BASE}/businesses/:id/appointments`, async ({ request }) => {
          if (dropped > 0) return undefined;
          dropped++;
          // The server commits the booking, then the connection drops before the answer arrives.
          const committed = await server(request);
          expect(committed.status).to.equal(201);
          return HttpResponse.error();
        }),
      );
      const r = recorder();
      const input = bookRequest();
      const result = await adapter(r.options).book(input);
      expect(dropped).to.equal(1);
      expect(r.sleeps).to.have.length(1);
      const posts = seen.filter((s) => s.method === 'POST');
      expect(posts).to.have.length(2);
      expect(posts.map((p) => p.headers.get('idempotency-key'))).to.deep.equal([
        input.idempotencyKey,
        input.idempotencyKey,
      ]);

      const all = await reference.asStaff('ann').listAppointments({
        start: cph('2026-03-01', '00:00'),
        end: cph('2026-04-01', '00:00'),
      });
      expect(all.map((a) => a.id)).to.deep.equal([result.appointment.id]);
      // The replayed answer is the first one: its manage token works.
      const mine = await adapter().getBooking({
        appointmentId: result.appointment.id,
        manageToken: result.manageToken,
      });
      expect(mine.customer.name).to.equal('Jane Doe');
    });

    it('createAppointment without a key gets one, so its retry after a lost response books once too', async () => {
      let dropped = 0;
      worker.use(
        http.post(`${BASE}/admin/businesses/:id/appointments`, async ({ request }) => {
          if (dropped++ > 0) return undefined;
          await server(request);
          return HttpResponse.error();
        }),
      );
      const r = recorder();
      const made = await adapter({ ...r.options, getAuthToken: () => 'ann-token' }).createAppointment({
        serviceId: 'consult',
        staffMemberId: 'ann',
        start: cph('2026-03-04', '10:00'),
        customer: { name: 'Phone Caller', emailAddress: 'caller@example.com', timeZone: 'Europe/Copenhagen' },
        answers: [{ questionId: 'insurance', answer: 'Y-1' }],
      });
      const keys = seen.filter((s) => s.method === 'POST').map((s) => s.headers.get('idempotency-key'));
      expect(keys).to.have.length(2);
      expect(keys[0]).to.be.a('string').and.equal(keys[1]);
      const all = await reference.asStaff('ann').listAppointments({
        start: cph('2026-03-01', '00:00'),
        end: cph('2026-04-01', '00:00'),
      });
      expect(all.map((a) => a.id)).to.deep.equal([made.appointment.id]);
    });
  });

  describe('unreadable responses', () => {
    it('a response that breaks the schema is refused with the field that is wrong', async () => {
      worker.use(
        http.get(`${BASE}/businesses/:id/availability`, () =>
          HttpResponse.json([
            {
              start: 'tomorrow morning',
              end: cph('2026-03-03', '09:30'),
              staffMemberIds: ['ann'],
              remainingCapacity: 1,
            },
          ]),
        ),
      );
      const e = await bookingError(adapter().getAvailability(range));
      expect(e.code).to.equal('network');
      expect(e.message).to.match(/^The booking server sent a response this version cannot read: \[0\]\.start: /);
      expect(e.issues[0]?.path).to.equal('[0].start');
      expect(seen).to.have.length(1);
    });

    it('a 200 that is not JSON is refused clearly', async () => {
      worker.use(http.get(`${BASE}/businesses/:id/booking-page`, () => HttpResponse.html('<html>login</html>')));
      const e = await bookingError(adapter().getBookingPage({}));
      expect(e.code).to.equal('network');
      expect(e.message).to.contain('cannot read');
      expect(e.message).to.contain('expected JSON');
    });

    it('fields the contract does not name are dropped, not passed on', async () => {
      worker.use(
        http.get(`${BASE}/businesses/:id/availability`, () =>
          HttpResponse.json([
            {
              start: cph('2026-03-03', '09:00'),
              end: cph('2026-03-03', '09:30'),
              staffMemberIds: ['ann'],
              remainingCapacity: 1,
              secretNotes: 'internal',
            },
          ]),
        ),
      );
      const [slot] = await adapter().getAvailability(range);
      expect(slot).to.not.have.property('secretNotes');
    });
  });

  describe('abort', () => {
    it('aborting an in-flight request rejects with AbortError', async () => {
      let arrived!: () => void;
      const reached = new Promise<void>((resolve) => (arrived = resolve));
      worker.use(
        http.get(`${BASE}/businesses/:id/booking-page`, async () => {
          arrived();
          await delay('infinite');
          return undefined;
        }),
      );
      const controller = new AbortController();
      const pending = rejection(adapter().getBookingPage({}, { signal: controller.signal }));
      await reached;
      controller.abort(new Error('the user went elsewhere'));
      const error = await pending;
      expect((error as DOMException).name).to.equal('AbortError');
      expect(error).to.be.instanceOf(DOMException);
    });

    it('aborting while waiting to retry rejects with AbortError and sends nothing more', async () => {
      worker.use(http.get(`${BASE}/businesses/:id/booking-page`, () => new HttpResponse(null, { status: 503 })));
      const controller = new AbortController();
      const a = adapter({
        retry: {
          random: () => 0,
          sleep: (_ms, signal) =>
            new Promise((_resolve, reject) => {
              signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
              controller.abort();
            }),
        },
      });
      const error = await rejection(a.getBookingPage({}, { signal: controller.signal }));
      expect((error as DOMException).name).to.equal('AbortError');
      expect(seen).to.have.length(1);
    });

    it('an already aborted signal sends nothing', async () => {
      const controller = new AbortController();
      controller.abort();
      const error = await rejection(adapter().book(bookRequest(), { signal: controller.signal }));
      expect((error as DOMException).name).to.equal('AbortError');
      expect(seen).to.have.length(0);
    });
  });

  describe('what travels where', () => {
    it('the manage token goes in X-Manage-Token, never in the URL', async () => {
      const booked = await adapter().book(bookRequest());
      seen = [];
      await adapter().getBooking({ appointmentId: booked.appointment.id, manageToken: booked.manageToken });
      await adapter().cancel({ appointmentId: booked.appointment.id, manageToken: booked.manageToken, reason: 'ill' });
      expect(seen.map((s) => s.method)).to.deep.equal(['GET', 'DELETE']);
      for (const s of seen) {
        expect(s.url).to.not.contain(booked.manageToken);
        expect(s.headers.get('x-manage-token')).to.equal(booked.manageToken);
      }
      expect(JSON.parse(await seen[1].body)).to.deep.equal({ reason: 'ill' });
    });

    it('book: an absent businessId is @default, the key is a header, the body is the rest of the input', async () => {
      const input = bookRequest();
      await adapter().book(input);
      const [post] = seen;
      expect(new URL(post.url).pathname).to.equal(`${BASE}/businesses/@default/appointments`);
      expect(post.headers.get('idempotency-key')).to.equal(input.idempotencyKey);
      expect(post.headers.get('content-type')).to.equal('application/json');
      const { idempotencyKey: _k, ...rest } = input;
      expect(JSON.parse(await post.body)).to.deep.equal(rest);
    });

    it('availability: the input is the query string; a named business is the path', async () => {
      await adapter().getAvailability({ ...range, businessId: CLINIC, staffMemberId: 'ann' });
      const url = new URL(seen[0].url);
      expect(url.pathname).to.equal(`${BASE}/businesses/${CLINIC}/availability`);
      expect(Object.fromEntries(url.searchParams)).to.deep.equal({
        serviceId: 'consult',
        staffMemberId: 'ann',
        start: range.start,
        end: range.end,
      });
    });

    it('the bearer token from getAuthToken is sent, fetched afresh per request', async () => {
      let n = 0;
      const a = adapter({ getAuthToken: () => (++n, 'ann-token') });
      await a.listServices({});
      await a.getBusiness({});
      expect(n).to.equal(2);
      expect(seen.map((s) => s.headers.get('authorization'))).to.deep.equal(['Bearer ann-token', 'Bearer ann-token']);
    });

    it('invalid input is refused before anything is sent', async () => {
      const e = await bookingError(adapter().book({ ...bookRequest(), start: 'soon' }));
      expect(e.code).to.equal('invalid-input');
      expect(e.issues.map((i) => i.path)).to.deep.equal(['start']);
      expect(seen).to.have.length(0);
    });

    it('works with an injected fetch (Node, tests) and a relative base URL', async () => {
      const calls: string[] = [];
      const a = new HttpAdapter({
        baseUrl: '/elsewhere/',
        fetch: (url, init) => {
          calls.push(`${init.method ?? 'GET'} ${url}`);
          return server(new Request(new URL(url.replace('/elsewhere', BASE), location.href), init));
        },
      });
      const page = await a.getBookingPage({ businessId: CLINIC });
      expect(page.business.id).to.equal(CLINIC);
      expect(calls).to.deep.equal([`GET /elsewhere/businesses/${CLINIC}/booking-page`]);
    });
  });
});
