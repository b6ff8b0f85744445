// The customer side's routes a page needs before a booking: the booking page and free times (see
// route.ts). The booking's own routes (booking-routes.ts) load on the first booking call.
import { customerPageSchemas } from '../../schemas/customer.js';
import { q, type CustomerPageRouteTable } from './route.js';

const C = customerPageSchemas;

export const customer = { side: 'customer', query: [], headers: {}, body: false, retry: 'never' } as const;

export const CUSTOMER_PAGE_ROUTES: CustomerPageRouteTable = {
  getBookingPage: {
    ...customer,
    method: 'GET',
    path: '/businesses/{businessId}/booking-page',
    query: q('languageTag'),
    input: C.getBookingPage.input,
    output: C.getBookingPage.output,
    status: 200,
    retry: 'safe',
  },
  getAvailability: {
    ...customer,
    method: 'GET',
    path: '/businesses/{businessId}/availability',
    query: q('serviceId', 'staffMemberId', 'start', 'end'),
    input: C.getAvailability.input,
    output: C.getAvailability.output,
    status: 200,
    retry: 'safe',
  },
};
