// The customer half of the REST contract's route table (see route.ts).
import { customerAdapterSchemas } from '../../schemas/customer.js';
import { IDEMPOTENCY_KEY_HEADER, MANAGE_TOKEN_HEADER, q, type CustomerRouteTable } from './route.js';

const C = customerAdapterSchemas;

const customer = { side: 'customer', query: [], headers: {}, body: false, retry: 'never' } as const;
const manage = { manageToken: MANAGE_TOKEN_HEADER } as const;

export const CUSTOMER_ROUTES: CustomerRouteTable = {
  getBookingPage: {
    ...customer,
    method: 'GET',
    path: '/businesses/{businessId}/booking-page',
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
  holdSlot: {
    ...customer,
    method: 'POST',
    path: '/businesses/{businessId}/holds',
    body: true,
    input: C.holdSlot.input,
    output: C.holdSlot.output,
    status: 201,
  },
  book: {
    ...customer,
    method: 'POST',
    path: '/businesses/{businessId}/appointments',
    headers: { idempotencyKey: IDEMPOTENCY_KEY_HEADER },
    body: true,
    input: C.book.input,
    output: C.book.output,
    status: 201,
    retry: 'idempotency-key',
  },
  getBooking: {
    ...customer,
    method: 'GET',
    path: '/appointments/{appointmentId}',
    headers: manage,
    input: C.getBooking.input,
    output: C.getBooking.output,
    status: 200,
    retry: 'safe',
  },
  reschedule: {
    ...customer,
    method: 'PATCH',
    path: '/appointments/{appointmentId}',
    headers: manage,
    body: true,
    input: C.reschedule.input,
    output: C.reschedule.output,
    status: 200,
  },
  cancel: {
    ...customer,
    method: 'DELETE',
    path: '/appointments/{appointmentId}',
    headers: manage,
    body: true,
    input: C.cancel.input,
    output: null,
    status: 204,
  },
};
