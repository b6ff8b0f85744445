/**
 * The REST contract as data: one route per adapter method, for both sides of the interface.
 * `HttpAdapter` serialises calls with it, `createRequestHandler` parses requests with it and
 * `tools/openapi.mjs` writes `docs/openapi.json` from it, so the three cannot drift apart.
 *
 * How an adapter input travels: the fields named in `path` go in the path, `query` fields in the
 * query string, `headers` fields in headers (secrets never go in a URL, where logs and referrers
 * keep them), and every other field in the JSON body, unchanged. Responses are the adapter
 * output exactly. An absent `businessId` travels as `@default`, a segment no business id can
 * take (ids allow letters, digits, `_` and `-` only), meaning "the server's default business"
 * on the customer side and "the signed-in staff member's business" on the admin side.
 */
import * as z from 'zod/mini';
import {
  adminAdapterInputSchemas,
  availabilityExplanationJsonSchema,
  businessSummarySchema,
  calendarSyncStatusSchema,
  createAppointmentResultSchema,
  customerRecordSchema,
  outboxMessageSchema,
  outsideRulesEntrySchema,
  reportSchema,
  staffAppointmentSchema,
} from '../../schemas/admin.js';
import {
  businessSchema,
  customQuestionSchema,
  serviceSchema,
  staffMemberSchema,
  timeOffSchema,
} from '../../schemas/business.js';
import { customerAdapterSchemas } from '../../schemas/customer.js';
import type { BookingAdapter, BookingAdminAdapter } from '../backend-adapter.js';

/** The path segment standing for an absent `businessId`. */
export const DEFAULT_BUSINESS_SEGMENT = '@default';

/** Header carrying the manage token (R14) of `/appointments/{appointmentId}`. */
export const MANAGE_TOKEN_HEADER = 'X-Manage-Token';
/** Header carrying the idempotency key of creating requests (R11). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/**
 * Which calls may be sent again after a lost response or a `busy` answer:
 * `safe` reads; `idempotency-key` creations that carry a key, so a repeat returns the first
 * result instead of booking twice; `never` the rest (a second cancel or reschedule is not the
 * same request as the first).
 */
export type RetryPolicy = 'safe' | 'idempotency-key' | 'never';

export interface QueryParam {
  /** The input field, also the parameter name. */
  name: string;
  /** How the query string's text becomes the input's value. */
  type: 'string' | 'boolean';
}

type Methods = Required<BookingAdapter> & BookingAdminAdapter;
export type Operation = keyof Methods;
export type CustomerOperation = keyof BookingAdapter;
export type AdminOperation = keyof BookingAdminAdapter;
export type OperationInput<K extends Operation> = Parameters<Methods[K]>[0];
export type OperationOutput<K extends Operation> = Awaited<ReturnType<Methods[K]>>;

export interface Route<In = unknown, Out = unknown> {
  side: 'customer' | 'admin';
  method: HttpMethod;
  /** A template such as `/businesses/{businessId}/availability`; every `{name}` is an input field. */
  path: string;
  query: readonly QueryParam[];
  /** Input field → header name. */
  headers: Readonly<Record<string, string>>;
  /** Whether the remaining input fields travel as a JSON body (POST, PATCH, DELETE). */
  body: boolean;
  input: z.ZodMiniType<In>;
  /** `null`: the method resolves with nothing and the answer is `204 No Content`. */
  output: z.ZodMiniType<Out> | null;
  status: 200 | 201 | 204;
  retry: RetryPolicy;
}

export type RouteTable = { [K in Operation]: Route<OperationInput<K>, OperationOutput<K>> };

const C = customerAdapterSchemas;
const A = adminAdapterInputSchemas;

function q(...names: string[]): QueryParam[] {
  return names.map((name) => ({ name, type: 'string' }));
}

const customer = { side: 'customer', query: [], headers: {}, body: false, retry: 'never' } as const;
const admin = { side: 'admin', query: [], headers: {}, body: false, retry: 'never' } as const;
const manage = { manageToken: MANAGE_TOKEN_HEADER } as const;
const B = '/admin/businesses/{businessId}';

function list<T>(schema: z.ZodMiniType<T>): z.ZodMiniType<T[]> {
  return z.array(schema);
}

export const ROUTES: RouteTable = {
  // ------------------------------------------------------------ customer side
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

  // ------------------------------------------------------------ admin side: businesses
  listBusinesses: {
    ...admin,
    method: 'GET',
    path: '/admin/businesses',
    input: A.listBusinesses,
    output: list(businessSummarySchema),
    status: 200,
    retry: 'safe',
  },
  importConfig: {
    ...admin,
    method: 'POST',
    path: '/admin/businesses',
    body: true,
    input: A.importConfig,
    output: businessSchema,
    status: 201,
  },
  getBusiness: {
    ...admin,
    method: 'GET',
    path: B,
    input: A.getBusiness,
    output: businessSchema,
    status: 200,
    retry: 'safe',
  },
  updateBusiness: {
    ...admin,
    method: 'PATCH',
    path: B,
    body: true,
    input: A.updateBusiness,
    output: businessSchema,
    status: 200,
  },
  exportConfig: {
    ...admin,
    method: 'GET',
    path: `${B}/config`,
    input: A.exportConfig,
    output: businessSchema,
    status: 200,
    retry: 'safe',
  },
  publish: {
    ...admin,
    method: 'POST',
    path: `${B}/publish`,
    input: A.publish,
    output: businessSchema,
    status: 200,
  },
  unpublish: {
    ...admin,
    method: 'POST',
    path: `${B}/unpublish`,
    input: A.unpublish,
    output: businessSchema,
    status: 200,
  },

  // ------------------------------------------------------------ admin side: services, staff, questions, time off
  listServices: {
    ...admin,
    method: 'GET',
    path: `${B}/services`,
    input: A.listServices,
    output: list(serviceSchema),
    status: 200,
    retry: 'safe',
  },
  createService: {
    ...admin,
    method: 'POST',
    path: `${B}/services`,
    body: true,
    input: A.createService,
    output: serviceSchema,
    status: 201,
  },
  updateService: {
    ...admin,
    method: 'PATCH',
    path: `${B}/services/{serviceId}`,
    body: true,
    input: A.updateService,
    output: serviceSchema,
    status: 200,
  },
  deleteService: {
    ...admin,
    method: 'DELETE',
    path: `${B}/services/{serviceId}`,
    input: A.deleteService,
    output: null,
    status: 204,
  },
  listStaffMembers: {
    ...admin,
    method: 'GET',
    path: `${B}/staff-members`,
    input: A.listStaffMembers,
    output: list(staffMemberSchema),
    status: 200,
    retry: 'safe',
  },
  createStaffMember: {
    ...admin,
    method: 'POST',
    path: `${B}/staff-members`,
    body: true,
    input: A.createStaffMember,
    output: staffMemberSchema,
    status: 201,
  },
  updateStaffMember: {
    ...admin,
    method: 'PATCH',
    path: `${B}/staff-members/{staffMemberId}`,
    body: true,
    input: A.updateStaffMember,
    output: staffMemberSchema,
    status: 200,
  },
  deleteStaffMember: {
    ...admin,
    method: 'DELETE',
    path: `${B}/staff-members/{staffMemberId}`,
    input: A.deleteStaffMember,
    output: null,
    status: 204,
  },
  listCustomQuestions: {
    ...admin,
    method: 'GET',
    path: `${B}/custom-questions`,
    input: A.listCustomQuestions,
    output: list(customQuestionSchema),
    status: 200,
    retry: 'safe',
  },
  createCustomQuestion: {
    ...admin,
    method: 'POST',
    path: `${B}/custom-questions`,
    body: true,
    input: A.createCustomQuestion,
    output: customQuestionSchema,
    status: 201,
  },
  updateCustomQuestion: {
    ...admin,
    method: 'PATCH',
    path: `${B}/custom-questions/{customQuestionId}`,
    body: true,
    input: A.updateCustomQuestion,
    output: customQuestionSchema,
    status: 200,
  },
  deleteCustomQuestion: {
    ...admin,
    method: 'DELETE',
    path: `${B}/custom-questions/{customQuestionId}`,
    input: A.deleteCustomQuestion,
    output: null,
    status: 204,
  },
  listTimeOff: {
    ...admin,
    method: 'GET',
    path: `${B}/time-off`,
    query: q('staffMemberId'),
    input: A.listTimeOff,
    output: list(timeOffSchema),
    status: 200,
    retry: 'safe',
  },
  createTimeOff: {
    ...admin,
    method: 'POST',
    path: `${B}/time-off`,
    body: true,
    input: A.createTimeOff,
    output: timeOffSchema,
    status: 201,
  },
  updateTimeOff: {
    ...admin,
    method: 'PATCH',
    path: `${B}/time-off/{timeOffId}`,
    body: true,
    input: A.updateTimeOff,
    output: timeOffSchema,
    status: 200,
  },
  deleteTimeOff: {
    ...admin,
    method: 'DELETE',
    path: `${B}/time-off/{timeOffId}`,
    input: A.deleteTimeOff,
    output: null,
    status: 204,
  },

  // ------------------------------------------------------------ admin side: appointments
  listAppointments: {
    ...admin,
    method: 'GET',
    path: `${B}/appointments`,
    query: [...q('start', 'end', 'staffMemberId'), { name: 'includeCancelled', type: 'boolean' }],
    input: A.listAppointments,
    output: list(staffAppointmentSchema),
    status: 200,
    retry: 'safe',
  },
  createAppointment: {
    ...admin,
    method: 'POST',
    path: `${B}/appointments`,
    headers: { idempotencyKey: IDEMPOTENCY_KEY_HEADER },
    body: true,
    input: A.createAppointment,
    output: createAppointmentResultSchema,
    status: 201,
    retry: 'idempotency-key',
  },
  rescheduleAppointment: {
    ...admin,
    method: 'PATCH',
    path: `${B}/appointments/{appointmentId}`,
    body: true,
    input: A.rescheduleAppointment,
    output: staffAppointmentSchema,
    status: 200,
  },
  cancelAppointment: {
    ...admin,
    method: 'DELETE',
    path: `${B}/appointments/{appointmentId}`,
    body: true,
    input: A.cancelAppointment,
    output: null,
    status: 204,
  },
  listAppointmentsOutsideRules: {
    ...admin,
    method: 'GET',
    path: `${B}/appointments-outside-rules`,
    query: q('start', 'end'),
    input: A.listAppointmentsOutsideRules,
    output: list(outsideRulesEntrySchema),
    status: 200,
    retry: 'safe',
  },

  // ------------------------------------------------------------ admin side: customers, outbox, tools
  listCustomers: {
    ...admin,
    method: 'GET',
    path: `${B}/customers`,
    query: q('query'),
    input: A.listCustomers,
    output: list(customerRecordSchema),
    status: 200,
    retry: 'safe',
  },
  listOutbox: {
    ...admin,
    method: 'GET',
    path: `${B}/outbox`,
    query: q('appointmentId', 'status'),
    input: A.listOutbox,
    output: list(outboxMessageSchema),
    status: 200,
    retry: 'safe',
  },
  explainAvailability: {
    ...admin,
    method: 'GET',
    path: `${B}/availability-explanation`,
    query: q('serviceId', 'staffMemberId', 'start'),
    input: A.explainAvailability,
    output: availabilityExplanationJsonSchema,
    status: 200,
    retry: 'safe',
  },
  listCalendarSyncStatus: {
    ...admin,
    method: 'GET',
    path: `${B}/calendar-sync-status`,
    input: A.listCalendarSyncStatus,
    output: list(calendarSyncStatusSchema),
    status: 200,
    retry: 'safe',
  },
  exportReport: {
    ...admin,
    method: 'GET',
    path: `${B}/report`,
    query: q('format'),
    input: A.exportReport,
    output: reportSchema,
    status: 200,
    retry: 'safe',
  },
};
