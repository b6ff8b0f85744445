// booking-elements/adapters: DOM-free adapters, the error class, the schemas and types.
export { BookingError, BOOKING_ERROR_CODES, isBookingError } from '../contract/errors.js';
export type { BookingErrorCode, FieldIssue, BookingErrorOptions } from '../contract/errors.js';
export type { BookingAdapter, BookingAdminAdapter, CallOptions } from '../contract/adapter.js';
export { ReferenceAdapter, deleteReferenceDatabase } from './reference/reference-adapter.js';
export type {
  ReferenceAdapterOptions,
  BusyInterval,
  MeetingLinkProvider,
  MeetingLinkRequest,
  PersonalCalendarProvider,
} from './reference/reference-adapter.js';
export type { ReferenceAdminAdapter } from './reference/staff-adapter.js';
export { icsFeedCalendar } from './reference/ics-feed-calendar.js';
export type { IcsFeedCalendarOptions } from './reference/ics-feed-calendar.js';
export { HttpAdapter, HttpCustomerAdapter } from './http/http-adapter.js';
export type { HttpAdapterOptions, RetryOptions, FetchFunction } from './http/http-adapter.js';
export { createRequestHandler } from './http/request-handler.js';
export type { RequestHandler, RequestHandlerOptions } from './http/request-handler.js';
export { registerMessageCatalogue, type MessageCatalogue } from '../backend/messages/index.js';
export * from '../schemas/index.js';
