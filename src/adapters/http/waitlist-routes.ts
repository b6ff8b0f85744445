// The waitlist's routes (issue 20; see route.ts): the customer's join, private link (view, leave)
// and claim, loaded with the booking's routes; and the back office's list, remove and offer,
// loaded with the admin half.
import { adminWaitlistSchemas, customerWaitlistSchemas } from '../../schemas/waitlist.js';
import { customer } from './customer-routes.js';
import { IDEMPOTENCY_KEY_HEADER, q, type RouteTable } from './route.js';

/** Header carrying a waitlist entry's private token (or its offer's). */
export const WAITLIST_TOKEN_HEADER = 'X-Waitlist-Token';

const C = customerWaitlistSchemas;
const A = adminWaitlistSchemas;
const token = { waitlistToken: WAITLIST_TOKEN_HEADER } as const;

type CustomerWaitlistOperation = keyof typeof customerWaitlistSchemas;
type AdminWaitlistOperation = keyof typeof adminWaitlistSchemas;

export const CUSTOMER_WAITLIST_ROUTES: { [K in CustomerWaitlistOperation]: RouteTable[K] } = {
  joinWaitlist: {
    ...customer,
    method: 'POST',
    path: '/businesses/{businessId}/waitlist',
    body: true,
    input: C.joinWaitlist.input,
    output: C.joinWaitlist.output,
    status: 201,
  },
  getWaitlistEntry: {
    ...customer,
    method: 'GET',
    path: '/waitlist/{entryId}',
    query: q('languageTag'),
    headers: token,
    input: C.getWaitlistEntry.input,
    output: C.getWaitlistEntry.output,
    status: 200,
    retry: 'safe',
  },
  leaveWaitlist: {
    ...customer,
    method: 'DELETE',
    path: '/waitlist/{entryId}',
    headers: token,
    input: C.leaveWaitlist.input,
    output: null,
    status: 204,
  },
  claimWaitlistOffer: {
    ...customer,
    method: 'POST',
    path: '/waitlist/{entryId}/claim',
    headers: { ...token, idempotencyKey: IDEMPOTENCY_KEY_HEADER },
    input: C.claimWaitlistOffer.input,
    output: C.claimWaitlistOffer.output,
    status: 201,
    retry: 'idempotency-key',
  },
};

const admin = { side: 'admin', query: [], headers: {}, body: false, retry: 'never' } as const;
const B = '/admin/businesses/{businessId}';

export const ADMIN_WAITLIST_ROUTES: { [K in AdminWaitlistOperation]: RouteTable[K] } = {
  listWaitlist: {
    ...admin,
    method: 'GET',
    path: `${B}/waitlist`,
    query: [...q('serviceId'), { name: 'includeEnded', type: 'boolean' }],
    input: A.listWaitlist.input,
    output: A.listWaitlist.output,
    status: 200,
    retry: 'safe',
  },
  removeWaitlistEntry: {
    ...admin,
    method: 'DELETE',
    path: `${B}/waitlist/{entryId}`,
    input: A.removeWaitlistEntry.input,
    output: A.removeWaitlistEntry.output,
    status: 200,
  },
  offerWaitlistPlace: {
    ...admin,
    method: 'POST',
    path: `${B}/waitlist/{entryId}/offer`,
    input: A.offerWaitlistPlace.input,
    output: A.offerWaitlistPlace.output,
    status: 200,
  },
};
