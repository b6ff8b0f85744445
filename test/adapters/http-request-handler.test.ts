// createRequestHandler called directly with fetch-API Requests: the BookingError → status
// mapping, and bad requests refused before the adapter is called (a spy proves it never was).
import { expect } from '@open-wc/testing';
import {
  BookingError,
  createRequestHandler,
  ReferenceAdapter,
  type BookingAdapter,
  type BookingErrorCode,
  type RequestHandlerOptions,
} from '../../src/adapters/index.js';
import type { BookRequest } from '../../src/schemas/booking.js';
import { CLINIC, CONTRACT_NOW, contractConfig, cph } from '../../src/testing/index.js';

const ORIGIN = 'https://booking.example.test';
const BASE = '/api/v1';

interface Call {
  method: string;
  input: unknown;
}

/** Wraps `target` so that every method call is recorded before it runs. */
function spy<T extends object>(target: T, calls: Call[]): T {
  return new Proxy(target, {
    get(t, prop) {
      const value: unknown = Reflect.get(t, prop, t);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push({ method: String(prop), input: args[0] });
        return (value as (...a: unknown[]) => unknown).apply(t, args);
      };
    },
  });
}

/** The reference adapter's customer side with some methods replaced. */
function delegate(overrides: Partial<BookingAdapter>): BookingAdapter {
  return {
    getBookingPage: (i, o) => reference.getBookingPage(i, o),
    getAvailability: (i, o) => reference.getAvailability(i, o),
    holdSlot: (i, o) => reference.holdSlot(i, o),
    book: (i, o) => reference.book(i, o),
    getBooking: (i, o) => reference.getBooking(i, o),
    reschedule: (i, o) => reference.reschedule(i, o),
    cancel: (i, o) => reference.cancel(i, o),
    ...overrides,
  };
}

let calls: Call[];
let reference: ReferenceAdapter;
let handle: (request: Request) => Promise<Response>;

function handler(
  adapter: BookingAdapter,
  options: RequestHandlerOptions = {},
): (request: Request) => Promise<Response> {
  return createRequestHandler(adapter, { basePath: BASE, ...options });
}

beforeEach(() => {
  calls = [];
  reference = new ReferenceAdapter({
    config: contractConfig(),
    storage: 'memory',
    now: () => CONTRACT_NOW,
    random: () => 0.5,
  });
  handle = handler(spy(reference, calls), {
    authenticate: (token) => (token === 'ann-token' ? spy(reference.asStaff('ann'), calls) : undefined),
  });
});

function req(method: string, path: string, init: { body?: BodyInit; headers?: Record<string, string> } = {}): Request {
  return new Request(`${ORIGIN}${BASE}${path}`, { method, ...init });
}

function json(method: string, path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return req(method, path, {
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });
}

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  issues: { path: string; message: string }[];
  retryAfterMs?: number;
}

async function problem(response: Response, status: number): Promise<ProblemBody> {
  expect(response.status, `status of ${response.url || 'response'}`).to.equal(status);
  expect(response.headers.get('content-type')).to.match(/^application\/problem\+json/);
  const body = (await response.json()) as ProblemBody;
  expect(body.status).to.equal(status);
  return body;
}

/** Asserts a 422 (or `status`) naming `path`, and that the adapter was never called. */
async function refused(request: Request, path: string, status = 422): Promise<ProblemBody> {
  const body = await problem(await handle(request), status);
  expect(body.code).to.equal('invalid-input');
  expect(
    body.issues.map((i) => i.path),
    JSON.stringify(body.issues),
  ).to.include(path);
  expect(calls, 'the adapter must not be called').to.deep.equal([]);
  return body;
}

let keys = 0;
function bookBody(overrides: Record<string, unknown> = {}): Omit<BookRequest, 'idempotencyKey'> {
  return {
    serviceId: 'consult',
    staffMemberId: 'ann',
    start: cph('2026-03-03', '09:00'),
    customer: { name: 'Jane Doe', emailAddress: 'jane@example.com', timeZone: 'America/New_York' },
    answers: [{ questionId: 'insurance', answer: 'X-123' }],
    consent: { accepted: true },
    ...overrides,
  };
}
const key = (): Record<string, string> => ({ 'idempotency-key': `handler-key-${++keys}` });

const range = `serviceId=consult&start=${encodeURIComponent(cph('2026-03-03', '00:00'))}&end=${encodeURIComponent(cph('2026-03-04', '00:00'))}`;

describe('createRequestHandler', () => {
  describe('BookingError codes become statuses with problem+json', () => {
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
      it(`${code} → ${status}`, async () => {
        const error = new BookingError(code, `because ${code}`, {
          issues: [{ path: 'start', message: 'is taken' }],
          ...(code === 'busy' ? { retryAfterMs: 1500 } : {}),
        });
        const h = handler(delegate({ getBookingPage: () => Promise.reject(error) }));
        const response = await h(req('GET', '/businesses/@default/booking-page'));
        const body = await problem(response, status);
        expect(body).to.deep.include({
          type: `urn:booking-elements:problem:${code}`,
          code,
          detail: `because ${code}`,
          issues: [{ path: 'start', message: 'is taken' }],
        });
        expect(body.title).to.be.a('string').and.not.equal('');
        expect(response.headers.get('cache-control')).to.equal('no-store');
        if (code === 'busy') {
          expect(response.headers.get('retry-after')).to.equal('2');
          expect(body.retryAfterMs).to.equal(1500);
        }
        if (status === 401) expect(response.headers.get('www-authenticate')).to.match(/^Bearer/);
      });
    }

    it('an unexpected error is a bare 500: no message, no stack; onError receives it', async () => {
      const errors: unknown[] = [];
      const secret = new Error('connection string postgres://admin:hunter2@db');
      const h = handler(delegate({ getBookingPage: () => Promise.reject(secret) }), {
        onError: (e) => errors.push(e),
      });
      const response = await h(req('GET', '/businesses/@default/booking-page'));
      const text = await response.clone().text();
      const body = await problem(response, 500);
      expect(body.code).to.equal('network');
      expect(text).to.not.contain('hunter2');
      expect(text).to.not.contain('postgres');
      expect(errors).to.deep.equal([secret]);
    });

    it('an adapter answer that breaks its schema is a 500 too, reported to onError', async () => {
      const errors: unknown[] = [];
      // (getAvailability's answer is the one sent unchecked: the backend builds it from validated values.)
      const h = handler(delegate({ getBookingPage: () => Promise.resolve({ business: 'noon' } as never) }), {
        onError: (e) => errors.push(e),
      });
      await problem(await h(req('GET', '/businesses/@default/booking-page')), 500);
      expect(String(errors[0])).to.contain('getBookingPage');
    });

    it('fields the contract does not name never leave the server', async () => {
      const page = await reference.getBookingPage({});
      const leaky = {
        ...page,
        staffMembers: page.staffMembers.map((s) => ({ ...s, emailAddress: `${s.id}@leaked.example` })),
      };
      const h = handler(delegate({ getBookingPage: () => Promise.resolve(leaky) }));
      const text = await (await h(req('GET', '/businesses/@default/booking-page'))).text();
      expect(text).to.contain('Ann Admin');
      expect(text).to.not.contain('leaked.example');
    });
  });

  describe('requests that are served', () => {
    it('@default leaves businessId out; a named business is passed on', async () => {
      const first = await handle(req('GET', '/businesses/@default/booking-page'));
      expect(first.status).to.equal(200);
      expect(first.headers.get('content-type')).to.match(/^application\/json/);
      await handle(req('GET', `/businesses/${CLINIC}/booking-page`));
      expect(calls).to.deep.equal([
        { method: 'getBookingPage', input: {} },
        { method: 'getBookingPage', input: { businessId: CLINIC } },
      ]);
    });

    it('book is 201, cancel is 204; the adapter gets the parsed input (trimmed), not the raw one', async () => {
      const headers = key();
      const response = await handle(
        json(
          'POST',
          '/businesses/@default/appointments',
          bookBody({ customer: { ...bookBody().customer, name: '  Jane Doe  ' } }),
          headers,
        ),
      );
      expect(response.status).to.equal(201);
      const booked = (await response.json()) as { appointment: { id: string }; manageToken: string };
      const input = calls[0]?.input as BookRequest;
      expect(input.customer.name).to.equal('Jane Doe');
      expect(input.idempotencyKey).to.equal(headers['idempotency-key']);

      const cancelled = await handle(
        req('DELETE', `/appointments/${booked.appointment.id}`, { headers: { 'x-manage-token': booked.manageToken } }),
      );
      expect(cancelled.status).to.equal(204);
      expect(await cancelled.text()).to.equal('');
      expect(calls[1]).to.deep.equal({
        method: 'cancel',
        input: { appointmentId: booked.appointment.id, manageToken: booked.manageToken },
      });
    });

    it('admin routes act for the staff member the bearer token belongs to; query booleans are booleans', async () => {
      const start = encodeURIComponent(cph('2026-03-01', '00:00'));
      const end = encodeURIComponent(cph('2026-04-01', '00:00'));
      const response = await handle(
        req('GET', `/admin/businesses/@default/appointments?start=${start}&end=${end}&includeCancelled=true`, {
          headers: { authorization: 'Bearer ann-token' },
        }),
      );
      expect(response.status).to.equal(200);
      expect(await response.json()).to.deep.equal([]);
      expect(calls).to.deep.equal([
        {
          method: 'listAppointments',
          input: { start: cph('2026-03-01', '00:00'), end: cph('2026-04-01', '00:00'), includeCancelled: true },
        },
      ]);
    });

    it('an adapter without holdSlot answers 404 for holds', async () => {
      const noHolds = delegate({});
      delete noHolds.holdSlot;
      const body = await problem(
        await handler(noHolds)(
          json('POST', '/businesses/@default/holds', { serviceId: 'consult', start: cph('2026-03-03', '09:00') }),
        ),
        404,
      );
      expect(body.code).to.equal('not-found');
    });
  });

  describe('bad requests never reach the adapter', () => {
    it('wrong types in the body: 422 with the field path', async () => {
      await refused(json('POST', '/businesses/@default/appointments', bookBody({ serviceId: 42 }), key()), 'serviceId');
      await refused(
        json(
          'POST',
          '/businesses/@default/appointments',
          bookBody({ customer: { name: ['Jane'], timeZone: 'UTC' } }),
          key(),
        ),
        'customer.name',
      );
      await refused(json('POST', '/businesses/@default/appointments', bookBody({ consent: 'yes' }), key()), 'consent');
    });

    it('unknown fields, at the top and nested, are refused rather than ignored', async () => {
      const body = await refused(
        json('POST', '/businesses/@default/appointments', bookBody({ staffMemberID: 'bob' }), key()),
        'staffMemberID',
      );
      expect(body.issues).to.deep.include({ path: 'staffMemberID', message: 'unknown field' });
      await refused(
        json(
          'POST',
          '/businesses/@default/appointments',
          bookBody({ customer: { ...bookBody().customer, nickname: 'J' } }),
          key(),
        ),
        'customer.nickname',
      );
      await refused(
        json(
          'POST',
          '/businesses/@default/appointments',
          bookBody({ answers: [{ questionId: 'insurance', answer: 'X', extra: 1 }] }),
          key(),
        ),
        'answers[0].extra',
      );
      await refused(
        req('POST', '/businesses/@default/appointments', {
          body: `{"serviceId":"consult","start":"${cph('2026-03-03', '09:00')}","customer":{"name":"J","timeZone":"UTC"},"__proto__":{"admin":true}}`,
          headers: { 'content-type': 'application/json', ...key() },
        }),
        '__proto__',
      );
    });

    it('fields that travel in headers or the path are refused in the body', async () => {
      const body = await refused(
        json('POST', '/businesses/@default/appointments', { ...bookBody(), idempotencyKey: 'in-the-body-1' }, key()),
        'idempotencyKey',
      );
      expect(body.issues[0]?.message).to.contain('Idempotency-Key header');
      await refused(
        json('POST', '/businesses/@default/appointments', { ...bookBody(), businessId: CLINIC }, key()),
        'businessId',
      );
    });

    it('a missing Idempotency-Key or manage token is named with its header', async () => {
      const body = await refused(json('POST', '/businesses/@default/appointments', bookBody()), 'idempotencyKey');
      expect(body.issues[0]?.message).to.equal('is required (the Idempotency-Key header)');
      const manage = await refused(req('GET', '/appointments/apt_123'), 'manageToken');
      expect(manage.issues[0]?.message).to.contain('X-Manage-Token');
    });

    it('a manage token in the URL is refused, never read', async () => {
      await refused(req('GET', '/appointments/apt_123?manageToken=abcdefghijklmnopqrstuvwxyz'), 'manageToken');
    });

    it('query strings: unknown, repeated, malformed and over-long ranges', async () => {
      await refused(req('GET', `/businesses/@default/availability?${range}&staff=ann`), 'staff');
      await refused(req('GET', `/businesses/@default/availability?${range}&serviceId=other`), 'serviceId');
      await refused(
        req(
          'GET',
          `/businesses/@default/availability?serviceId=consult&start=tomorrow&end=${encodeURIComponent(cph('2026-03-04', '00:00'))}`,
        ),
        'start',
      );
      const far = `serviceId=consult&start=${encodeURIComponent(cph('2026-03-03', '00:00'))}&end=${encodeURIComponent('2026-09-01T00:00:00Z')}`;
      await refused(req('GET', `/businesses/@default/availability?${far}`), 'end');
      await refused(req('GET', `/businesses/@default/availability?${range}&staffMemberId=`), 'staffMemberId');
    });

    it('path parameters are validated like any field', async () => {
      await refused(req('GET', '/businesses/no%20such%20thing/booking-page'), 'businessId');
      await refused(
        req('GET', '/appointments/a%2Fb', { headers: { 'x-manage-token': 'abcdefghijklmnopqrstuvwxyz' } }),
        'appointmentId',
      );
    });

    it('an oversized body is 413, declared or streamed', async () => {
      const small = handler(spy(reference, calls), { maxBodyBytes: 1024 });
      const big = bookBody({ customer: { ...bookBody().customer, notes: 'x'.repeat(2000) } });
      const declared = await problem(await small(json('POST', '/businesses/@default/appointments', big, key())), 413);
      expect(declared.code).to.equal('invalid-input');
      const encoder = new TextEncoder();
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 10; i++) controller.enqueue(encoder.encode(' '.repeat(200)));
          controller.close();
        },
      });
      const streamed = new Request(`${ORIGIN}${BASE}/businesses/@default/appointments`, {
        method: 'POST',
        body: stream,
        headers: { 'content-type': 'application/json', ...key() },
        duplex: 'half',
      } as RequestInit);
      expect(streamed.headers.get('content-length')).to.equal(null);
      await problem(await small(streamed), 413);
      expect(calls).to.deep.equal([]);
    });

    it('a body that is not JSON, not an object, or not UTF-8 is refused', async () => {
      const text = await problem(
        await handle(
          req('POST', '/businesses/@default/appointments', {
            body: 'serviceId=consult',
            headers: { 'content-type': 'application/x-www-form-urlencoded', ...key() },
          }),
        ),
        415,
      );
      expect(text.code).to.equal('invalid-input');
      await problem(
        await handle(
          req('POST', '/businesses/@default/appointments', {
            body: '{"serviceId":',
            headers: { 'content-type': 'application/json', ...key() },
          }),
        ),
        400,
      );
      await refused(json('POST', '/businesses/@default/appointments', [bookBody()], key()), '');
      await problem(
        await handle(
          req('POST', '/businesses/@default/appointments', {
            body: new Uint8Array([0x7b, 0xff, 0x7d]),
            headers: { 'content-type': 'application/json', ...key() },
          }),
        ),
        400,
      );
      expect(calls).to.deep.equal([]);
    });

    it('admin routes: no token or an unknown token is 401; without authenticate they do not exist', async () => {
      const none = await problem(await handle(req('GET', '/admin/businesses/@default/services')), 401);
      expect(none.code).to.equal('sign-in-required');
      const wrong = await problem(
        await handle(req('GET', '/admin/businesses/@default/services', { headers: { authorization: 'Bearer nope' } })),
        401,
      );
      expect(wrong.code).to.equal('sign-in-required');
      await problem(
        await handle(
          req('GET', '/admin/businesses/@default/services', { headers: { authorization: 'Basic YW5uOnB3' } }),
        ),
        401,
      );
      const customerOnly = handler(spy(reference, calls));
      await problem(
        await customerOnly(
          req('GET', '/admin/businesses/@default/services', { headers: { authorization: 'Bearer ann-token' } }),
        ),
        404,
      );
      expect(calls).to.deep.equal([]);
    });

    it('admin bodies are checked after authentication, with the same strictness', async () => {
      const auth = { authorization: 'Bearer ann-token' };
      await refused(json('PATCH', '/admin/businesses/@default', { patch: 'everything' }, auth), 'patch');
      await refused(json('PATCH', '/admin/businesses/@default', { patch: {}, force: true }, auth), 'force');
      await refused(
        req('GET', `/admin/businesses/@default/appointments?start=x&end=y&includeCancelled=yes`, { headers: auth }),
        'includeCancelled',
      );
    });

    it('unknown routes are 404, wrong methods 405 with Allow, and nothing outside basePath is served', async () => {
      expect((await problem(await handle(req('GET', '/businesses/@default/nothing-here')), 404)).code).to.equal(
        'not-found',
      );
      const wrong = await handle(req('PUT', '/appointments/apt_1'));
      await problem(wrong, 405);
      expect(wrong.headers.get('allow')).to.equal('GET, PATCH, DELETE');
      const outside = await handle(new Request(`${ORIGIN}/other/businesses/@default/booking-page`));
      await problem(outside, 404);
      expect(calls).to.deep.equal([]);
    });
  });
});
