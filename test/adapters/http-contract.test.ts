// The adapter contract over the wire: HttpAdapter → fetch → msw (service worker) →
// createRequestHandler → ReferenceAdapter. Every rule the reference adapter passes must survive
// serialisation, the problem+json error mapping and the handler's request checks.
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { createRequestHandler, HttpAdapter, ReferenceAdapter } from '../../src/adapters/index.js';
import type { RequestHandler } from '../../src/adapters/index.js';
import { runAdapterContract, type ContractAdapter } from '../../src/testing/index.js';

const handlers = new Map<string, RequestHandler>();
let next = 0;
let served = 0;

const worker = setupWorker(
  http.all('/contract/:n/*', ({ request, params }) => {
    const handler = handlers.get(`/contract/${String(params.n)}`);
    if (!handler) return undefined;
    served++;
    return handler(request);
  }),
);

before(() =>
  worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true }),
);
after(() => worker.stop());

/** Test tokens name the staff member (and business) they sign in; a real server looks them up. */
function staffToken(staffMemberId: string, businessId?: string): string {
  return businessId === undefined ? `staff.${staffMemberId}` : `staff.${staffMemberId}.${businessId}`;
}

runAdapterContract({
  name: 'HttpAdapter → msw → createRequestHandler → ReferenceAdapter',
  describe,
  it,
  createAdapter: ({ config, now, personalCalendar, signedInUser }) => {
    const reference = new ReferenceAdapter({
      config,
      storage: 'memory',
      now,
      random: () => 0.5,
      ...(personalCalendar ? { personalCalendar } : {}),
      ...(signedInUser ? { signedInUser } : {}),
    });
    // A fresh mount point per adapter, so one test's server never answers another's requests.
    const basePath = `/contract/${++next}`;
    handlers.set(
      basePath,
      createRequestHandler(reference, {
        basePath,
        authenticate: (token) => {
          const m = /^staff\.([\w-]+)(?:\.([\w-]+))?$/.exec(token);
          if (!m?.[1]) return undefined;
          return reference.asStaff(m[1], m[2] === undefined ? {} : { businessId: m[2] });
        },
        onError: (error) => {
          throw error;
        },
      }),
    );
    const baseUrl = new URL(basePath, location.href).href;
    // No retry needed against an in-page server; a stray retry would only hide a bug.
    const customer = new HttpAdapter({ baseUrl, retry: { retries: 0 } });
    return Object.assign(customer, {
      asStaff: (staffMemberId: string, options: { businessId?: string } = {}) =>
        new HttpAdapter({
          baseUrl,
          retry: { retries: 0 },
          getAuthToken: () => staffToken(staffMemberId, options.businessId),
        }),
    }) satisfies ContractAdapter;
  },
});

describe('HTTP contract wiring', () => {
  it('the calls really cross the wire to the handler', () => {
    // Guards against a silently bypassed worker: the suite above must have been served by msw.
    if (served < 100) throw new Error(`only ${served} requests reached createRequestHandler`);
  });
});
