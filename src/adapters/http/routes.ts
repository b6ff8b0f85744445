// The REST contract's whole route table (route.ts describes a route): the customer half and the
// admin half, in that order. The server and tools/openapi.mjs use it; `HttpAdapter` takes the
// halves apart so that the admin half loads only when it is needed.
import { ADMIN_ROUTES } from './admin-routes.js';
import { BOOKING_ROUTES } from './booking-routes.js';
import { CUSTOMER_PAGE_ROUTES } from './customer-routes.js';
import type { CustomerRouteTable, RouteTable } from './route.js';

export * from './route.js';
export { ADMIN_ROUTES };

/** The customer half: the booking page and free times, then the booking's routes. */
export const CUSTOMER_ROUTES: CustomerRouteTable = { ...CUSTOMER_PAGE_ROUTES, ...BOOKING_ROUTES };

export const ROUTES: RouteTable = { ...CUSTOMER_ROUTES, ...ADMIN_ROUTES };
