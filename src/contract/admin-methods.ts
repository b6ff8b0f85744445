/**
 * The admin adapter's method names, in the order of `BookingAdminAdapter` (adapter.ts): the one
 * list the adapters that forward every method by name build themselves from (the HTTP adapter,
 * the reference adapter's lazy admin side). A method added to the interface without a line here
 * fails the typecheck below. Customer code never imports this module: a booking page has no use
 * for 56 admin names (the script-tag bundle's size check and test/node/script-tag.test.ts hold it
 * to that).
 */
import type { BookingAdminAdapter } from './adapter.js';

export const ADMIN_METHODS = [
  'getBusiness',
  'updateBusiness',
  'listServices',
  'createService',
  'updateService',
  'deleteService',
  'listStaffMembers',
  'createStaffMember',
  'updateStaffMember',
  'deleteStaffMember',
  'listCustomQuestions',
  'createCustomQuestion',
  'updateCustomQuestion',
  'deleteCustomQuestion',
  'listTimeOff',
  'createTimeOff',
  'updateTimeOff',
  'deleteTimeOff',
  'listAppointments',
  'createAppointment',
  'rescheduleAppointment',
  'cancelAppointment',
  'getAppointmentSeries',
  'listAppointmentsOutsideRules',
  'approveAppointment',
  'declineAppointment',
  'markAttendance',
  'listCustomers',
  'getCustomer',
  'createCustomer',
  'updateCustomer',
  'importCustomers',
  'mergeCustomers',
  'exportCustomerData',
  'eraseCustomer',
  'listAuditLog',
  'listOutbox',
  'explainAvailability',
  'listCalendarSyncStatus',
  'connectCalendar',
  'disconnectCalendar',
  'syncCalendarNow',
  'createCalendarFeed',
  'revokeCalendarFeed',
  'listWebhooks',
  'createWebhook',
  'updateWebhook',
  'deleteWebhook',
  'listWebhookDeliveries',
  'redeliverMessage',
  'previewMessage',
  'exportReport',
  'getFigures',
  'publish',
  'unpublish',
  'listBusinesses',
  'exportConfig',
  'importConfig',
  'listWaitlist',
  'removeWaitlistEntry',
  'offerWaitlistPlace',
] as const satisfies readonly (keyof BookingAdminAdapter)[];

export type AdminMethod = (typeof ADMIN_METHODS)[number];

// A method added to the interface without a line above fails the typecheck here.
type Missing = Exclude<keyof BookingAdminAdapter, AdminMethod>;
type Expect<T extends true> = T;
type _EveryMethodListed = Expect<[Missing] extends [never] ? true : false>;
