// Repeat bookings (issue 20): the series' routes (see route.ts), part of the booking routes
// `HttpAdapter` loads on its first booking call.
import { seriesAdapterSchemas } from '../../schemas/series.js';
import { customer } from './customer-routes.js';
import { IDEMPOTENCY_KEY_HEADER, MANAGE_TOKEN_HEADER, q, type SeriesRouteTable } from './route.js';

const S = seriesAdapterSchemas;
const manage = { manageToken: MANAGE_TOKEN_HEADER } as const;

export const SERIES_ROUTES: SeriesRouteTable = {
  checkSeries: {
    ...customer,
    method: 'POST',
    path: '/businesses/{businessId}/series/check',
    body: true,
    input: S.checkSeries.input,
    output: S.checkSeries.output,
    status: 200,
    // Reads only: safe to send again.
    retry: 'safe',
  },
  bookSeries: {
    ...customer,
    method: 'POST',
    path: '/businesses/{businessId}/series',
    headers: { idempotencyKey: IDEMPOTENCY_KEY_HEADER },
    body: true,
    input: S.bookSeries.input,
    output: S.bookSeries.output,
    status: 201,
    retry: 'idempotency-key',
  },
  getSeries: {
    ...customer,
    method: 'GET',
    path: '/appointments/{appointmentId}/series',
    query: q('languageTag'),
    headers: manage,
    input: S.getSeries.input,
    output: S.getSeries.output,
    status: 200,
    retry: 'safe',
  },
  cancelFollowing: {
    ...customer,
    method: 'POST',
    path: '/appointments/{appointmentId}/series/cancel-following',
    headers: manage,
    body: true,
    input: S.cancelFollowing.input,
    output: S.cancelFollowing.output,
    status: 200,
  },
};
