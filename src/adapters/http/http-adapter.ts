/**
 * `HttpAdapter`: both adapter sides of the REST contract over `fetch` (docs/rest-contract.md),
 * the customer side and the transport from http-customer-adapter.ts, plus one method per admin
 * operation (contract/admin-methods.ts). What applications construct; a script-tag booking page
 * on `api=` uses `HttpCustomerAdapter` alone and never downloads the admin names.
 */
import type { BookingAdminAdapter, CallOptions } from '../../contract/adapter.js';
import { ADMIN_METHODS } from '../../contract/admin-methods.js';
import { HttpCustomerAdapter } from './http-customer-adapter.js';

export { HttpCustomerAdapter } from './http-customer-adapter.js';
export type { FetchFunction, HttpAdapterOptions, RetryOptions } from './http-customer-adapter.js';

export class HttpAdapter extends HttpCustomerAdapter implements BookingAdminAdapter {
  // The static block makes one method per admin operation; the declarations give them their types.
  declare getBusiness: BookingAdminAdapter['getBusiness'];
  declare updateBusiness: BookingAdminAdapter['updateBusiness'];
  declare listServices: BookingAdminAdapter['listServices'];
  declare createService: BookingAdminAdapter['createService'];
  declare updateService: BookingAdminAdapter['updateService'];
  declare deleteService: BookingAdminAdapter['deleteService'];
  declare listStaffMembers: BookingAdminAdapter['listStaffMembers'];
  declare createStaffMember: BookingAdminAdapter['createStaffMember'];
  declare updateStaffMember: BookingAdminAdapter['updateStaffMember'];
  declare deleteStaffMember: BookingAdminAdapter['deleteStaffMember'];
  declare listCustomQuestions: BookingAdminAdapter['listCustomQuestions'];
  declare createCustomQuestion: BookingAdminAdapter['createCustomQuestion'];
  declare updateCustomQuestion: BookingAdminAdapter['updateCustomQuestion'];
  declare deleteCustomQuestion: BookingAdminAdapter['deleteCustomQuestion'];
  declare listTimeOff: BookingAdminAdapter['listTimeOff'];
  declare createTimeOff: BookingAdminAdapter['createTimeOff'];
  declare updateTimeOff: BookingAdminAdapter['updateTimeOff'];
  declare deleteTimeOff: BookingAdminAdapter['deleteTimeOff'];
  declare listAppointments: BookingAdminAdapter['listAppointments'];
  declare createAppointment: BookingAdminAdapter['createAppointment'];
  declare rescheduleAppointment: BookingAdminAdapter['rescheduleAppointment'];
  declare cancelAppointment: BookingAdminAdapter['cancelAppointment'];
  declare getAppointmentSeries: BookingAdminAdapter['getAppointmentSeries'];
  declare listAppointmentsOutsideRules: BookingAdminAdapter['listAppointmentsOutsideRules'];
  declare approveAppointment: BookingAdminAdapter['approveAppointment'];
  declare declineAppointment: BookingAdminAdapter['declineAppointment'];
  declare markAttendance: BookingAdminAdapter['markAttendance'];
  declare listCustomers: BookingAdminAdapter['listCustomers'];
  declare getCustomer: BookingAdminAdapter['getCustomer'];
  declare createCustomer: BookingAdminAdapter['createCustomer'];
  declare updateCustomer: BookingAdminAdapter['updateCustomer'];
  declare importCustomers: BookingAdminAdapter['importCustomers'];
  declare mergeCustomers: BookingAdminAdapter['mergeCustomers'];
  declare exportCustomerData: BookingAdminAdapter['exportCustomerData'];
  declare eraseCustomer: BookingAdminAdapter['eraseCustomer'];
  declare listAuditLog: BookingAdminAdapter['listAuditLog'];
  declare listOutbox: BookingAdminAdapter['listOutbox'];
  declare explainAvailability: BookingAdminAdapter['explainAvailability'];
  declare listCalendarSyncStatus: BookingAdminAdapter['listCalendarSyncStatus'];
  declare connectCalendar: BookingAdminAdapter['connectCalendar'];
  declare disconnectCalendar: BookingAdminAdapter['disconnectCalendar'];
  declare syncCalendarNow: BookingAdminAdapter['syncCalendarNow'];
  declare createCalendarFeed: BookingAdminAdapter['createCalendarFeed'];
  declare revokeCalendarFeed: BookingAdminAdapter['revokeCalendarFeed'];
  declare listWebhooks: BookingAdminAdapter['listWebhooks'];
  declare createWebhook: BookingAdminAdapter['createWebhook'];
  declare updateWebhook: BookingAdminAdapter['updateWebhook'];
  declare deleteWebhook: BookingAdminAdapter['deleteWebhook'];
  declare listWebhookDeliveries: BookingAdminAdapter['listWebhookDeliveries'];
  declare redeliverMessage: BookingAdminAdapter['redeliverMessage'];
  declare previewMessage: BookingAdminAdapter['previewMessage'];
  declare exportReport: BookingAdminAdapter['exportReport'];
  declare getFigures: BookingAdminAdapter['getFigures'];
  declare publish: BookingAdminAdapter['publish'];
  declare unpublish: BookingAdminAdapter['unpublish'];
  declare listBusinesses: BookingAdminAdapter['listBusinesses'];
  declare exportConfig: BookingAdminAdapter['exportConfig'];
  declare importConfig: BookingAdminAdapter['importConfig'];
  declare listWaitlist: BookingAdminAdapter['listWaitlist'];
  declare removeWaitlistEntry: BookingAdminAdapter['removeWaitlistEntry'];
  declare offerWaitlistPlace: BookingAdminAdapter['offerWaitlistPlace'];
  static {
    for (const name of ADMIN_METHODS) {
      (this.prototype as unknown as Record<string, unknown>)[name] = function (
        this: HttpAdapter,
        input: never,
        options?: CallOptions,
      ) {
        return this.call(name, input, options);
      };
    }
  }
}
