// The customer side's routes from choosing a time on: holds, the booking, and the private link's
// view, reschedule and cancel (see route.ts). `HttpAdapter` loads them on its first booking call.
import { customerAdapterSchemas } from '../../schemas/booking.js';
import { customer } from './customer-routes.js';
import { SERIES_ROUTES } from './series-routes.js';
import { IDEMPOTENCY_KEY_HEADER, MANAGE_TOKEN_HEADER, q, type BookingRouteTable } from './route.js';
import { CUSTOMER_WAITLIST_ROUTES } from './waitlist-routes.js';

const C = customerAdapterSchemas;

const manage = { manageToken: MANAGE_TOKEN_HEADER } as const;

export const BOOKING_ROUTES: BookingRouteTable = {
  ...SERIES_ROUTES,
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
    query: q('languageTag'),
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
  // Waitlists (issue 20).
  ...CUSTOMER_WAITLIST_ROUTES,
};
