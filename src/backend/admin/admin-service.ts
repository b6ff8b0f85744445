/**
 * The admin side of the backend (`BookingAdminAdapter`), acting for one staff member and
 * enforcing their role on every call (R18, contract/roles.ts). One module per concern, over one
 * shared scope (admin-scope.ts): business.ts, catalogue.ts (services, staff, questions),
 * schedule.ts (time off), appointments.ts, customers.ts, outbox.ts, rules.ts (explain, outside
 * rules), calendars.ts (staff calendars), webhooks.ts (subscriptions, delivery log), reports.ts and
 * config.ts (export/import); approvals.ts (R23 answers and attendance), privacy.ts (a customer's data:
 * export, erase, the log) and figures.ts.
 */
import type { MessagePreviewJson, PreviewMessageInput } from '../../schemas/message-templates.js';
import * as messageTemplates from './message-templates.js';
import type { BookingAdminAdapter, CallOptions } from '../../contract/adapter.js';
import type { Business, CustomQuestion, Service, StaffMember, TimeOff } from '../../core/types.js';
import type {
  ApproveAppointmentInput,
  AuditEntry,
  AvailabilityExplanationJson,
  BusinessScope,
  BusinessSummary,
  CalendarFeed,
  CalendarSyncStatus,
  CancelAppointmentInput,
  GetAppointmentSeriesInput,
  ConnectCalendarInput,
  CreateAppointmentInput,
  CreateAppointmentResult,
  CreateCustomerInput,
  CreateCustomQuestionInput,
  CreateServiceInput,
  CreateStaffMemberInput,
  CreateTimeOffInput,
  CustomerDataExport,
  CustomerDetail,
  CustomerRecord,
  DeclineAppointmentInput,
  DeleteCustomQuestionInput,
  DeleteServiceInput,
  DeleteStaffMemberInput,
  DeleteTimeOffInput,
  EraseCustomerInput,
  ExplainAvailabilityInput,
  ExportCustomerDataInput,
  ExportReportInput,
  Figures,
  GetCustomerInput,
  GetFiguresInput,
  ImportConfigInput,
  ImportCustomersInput,
  ImportCustomersResult,
  ListAppointmentsInput,
  ListAuditLogInput,
  ListCustomersInput,
  ListOutboxInput,
  ListWebhookDeliveriesInput,
  ListTimeOffInput,
  MarkAttendanceInput,
  MergeCustomersInput,
  OutboxMessage,
  OutsideRulesEntry,
  OutsideRulesInput,
  Report,
  RescheduleAppointmentInput,
  StaffAppointment,
  StaffCalendarInput,
  UpdateBusinessInput,
  UpdateCustomerInput,
  UpdateCustomQuestionInput,
  UpdateServiceInput,
  UpdateStaffMemberInput,
  UpdateTimeOffInput,
} from '../../schemas/admin.js';
import type {
  CreateWebhookInput,
  RedeliverMessageInput,
  UpdateWebhookInput,
  WebhookRefInput,
  WebhookSubscription,
} from '../../schemas/webhooks.js';
import type { ListWaitlistInput, StaffWaitlistEntry, WaitlistEntryRef } from '../../schemas/waitlist.js';
import * as waitlist from '../waitlist/waitlist-admin.js';
import type { Backend } from '../backend.js';
import { AdminScope } from './admin-scope.js';
import * as appointments from './appointments.js';
import * as series from './series.js';
import * as approvals from './approvals.js';
import * as business from './business.js';
import * as calendars from './calendars.js';
import * as catalogue from './catalogue.js';
import * as config from './config.js';
import * as customers from './customers.js';
import * as figures from './figures.js';
import * as outbox from './outbox.js';
import * as privacy from './privacy.js';
import * as reports from './reports.js';
import * as rules from './rules.js';
import * as schedule from './schedule.js';
import * as webhooks from './webhooks.js';

export class AdminService implements BookingAdminAdapter {
  private readonly scope: AdminScope;

  /** Acts for `staffMemberId` of the business `homeBusinessId`; `ready` settles when the store is seeded. */
  constructor(backend: Backend, ready: Promise<void>, staffMemberId: string, homeBusinessId: string | undefined) {
    this.scope = new AdminScope(backend, ready, staffMemberId, homeBusinessId);
  }

  getBusiness(input: BusinessScope, options?: CallOptions): Promise<Business> {
    return business.getBusiness(this.scope, input, options);
  }

  updateBusiness(input: UpdateBusinessInput, options?: CallOptions): Promise<Business> {
    return business.updateBusiness(this.scope, input, options);
  }

  publish(input: BusinessScope, options?: CallOptions): Promise<Business> {
    return business.publish(this.scope, input, options);
  }

  unpublish(input: BusinessScope, options?: CallOptions): Promise<Business> {
    return business.unpublish(this.scope, input, options);
  }

  listServices(input: BusinessScope, options?: CallOptions): Promise<Service[]> {
    return catalogue.listServices(this.scope, input, options);
  }

  createService(input: CreateServiceInput, options?: CallOptions): Promise<Service> {
    return catalogue.createService(this.scope, input, options);
  }

  updateService(input: UpdateServiceInput, options?: CallOptions): Promise<Service> {
    return catalogue.updateService(this.scope, input, options);
  }

  deleteService(input: DeleteServiceInput, options?: CallOptions): Promise<void> {
    return catalogue.deleteService(this.scope, input, options);
  }

  listStaffMembers(input: BusinessScope, options?: CallOptions): Promise<StaffMember[]> {
    return catalogue.listStaffMembers(this.scope, input, options);
  }

  createStaffMember(input: CreateStaffMemberInput, options?: CallOptions): Promise<StaffMember> {
    return catalogue.createStaffMember(this.scope, input, options);
  }

  updateStaffMember(input: UpdateStaffMemberInput, options?: CallOptions): Promise<StaffMember> {
    return catalogue.updateStaffMember(this.scope, input, options);
  }

  deleteStaffMember(input: DeleteStaffMemberInput, options?: CallOptions): Promise<void> {
    return catalogue.deleteStaffMember(this.scope, input, options);
  }

  listCustomQuestions(input: BusinessScope, options?: CallOptions): Promise<CustomQuestion[]> {
    return catalogue.listCustomQuestions(this.scope, input, options);
  }

  createCustomQuestion(input: CreateCustomQuestionInput, options?: CallOptions): Promise<CustomQuestion> {
    return catalogue.createCustomQuestion(this.scope, input, options);
  }

  updateCustomQuestion(input: UpdateCustomQuestionInput, options?: CallOptions): Promise<CustomQuestion> {
    return catalogue.updateCustomQuestion(this.scope, input, options);
  }

  deleteCustomQuestion(input: DeleteCustomQuestionInput, options?: CallOptions): Promise<void> {
    return catalogue.deleteCustomQuestion(this.scope, input, options);
  }

  listTimeOff(input: ListTimeOffInput, options?: CallOptions): Promise<TimeOff[]> {
    return schedule.listTimeOff(this.scope, input, options);
  }

  createTimeOff(input: CreateTimeOffInput, options?: CallOptions): Promise<TimeOff> {
    return schedule.createTimeOff(this.scope, input, options);
  }

  updateTimeOff(input: UpdateTimeOffInput, options?: CallOptions): Promise<TimeOff> {
    return schedule.updateTimeOff(this.scope, input, options);
  }

  deleteTimeOff(input: DeleteTimeOffInput, options?: CallOptions): Promise<void> {
    return schedule.deleteTimeOff(this.scope, input, options);
  }

  listAppointments(input: ListAppointmentsInput, options?: CallOptions): Promise<StaffAppointment[]> {
    return appointments.listAppointments(this.scope, input, options);
  }

  createAppointment(input: CreateAppointmentInput, options?: CallOptions): Promise<CreateAppointmentResult> {
    return appointments.createAppointment(this.scope, input, options);
  }

  rescheduleAppointment(input: RescheduleAppointmentInput, options?: CallOptions): Promise<StaffAppointment> {
    return appointments.rescheduleAppointment(this.scope, input, options);
  }

  cancelAppointment(input: CancelAppointmentInput, options?: CallOptions): Promise<void> {
    return input.scope === 'following'
      ? series.cancelFollowingAppointments(this.scope, input, options)
      : appointments.cancelAppointment(this.scope, input, options);
  }

  getAppointmentSeries(input: GetAppointmentSeriesInput, options?: CallOptions): Promise<StaffAppointment[]> {
    return series.getAppointmentSeries(this.scope, input, options);
  }

  listAppointmentsOutsideRules(input: OutsideRulesInput, options?: CallOptions): Promise<OutsideRulesEntry[]> {
    return rules.listAppointmentsOutsideRules(this.scope, input, options);
  }

  approveAppointment(input: ApproveAppointmentInput, options?: CallOptions): Promise<StaffAppointment> {
    return approvals.approveAppointment(this.scope, input, options);
  }

  declineAppointment(input: DeclineAppointmentInput, options?: CallOptions): Promise<StaffAppointment> {
    return approvals.declineAppointment(this.scope, input, options);
  }

  markAttendance(input: MarkAttendanceInput, options?: CallOptions): Promise<StaffAppointment> {
    return approvals.markAttendance(this.scope, input, options);
  }

  listCustomers(input: ListCustomersInput, options?: CallOptions): Promise<CustomerRecord[]> {
    return customers.listCustomers(this.scope, input, options);
  }

  getCustomer(input: GetCustomerInput, options?: CallOptions): Promise<CustomerDetail> {
    return customers.getCustomer(this.scope, input, options);
  }

  createCustomer(input: CreateCustomerInput, options?: CallOptions): Promise<CustomerRecord> {
    return customers.createCustomer(this.scope, input, options);
  }

  updateCustomer(input: UpdateCustomerInput, options?: CallOptions): Promise<CustomerRecord> {
    return customers.updateCustomer(this.scope, input, options);
  }

  importCustomers(input: ImportCustomersInput, options?: CallOptions): Promise<ImportCustomersResult> {
    return customers.importCustomers(this.scope, input, options);
  }

  mergeCustomers(input: MergeCustomersInput, options?: CallOptions): Promise<CustomerRecord> {
    return customers.mergeCustomers(this.scope, input, options);
  }

  exportCustomerData(input: ExportCustomerDataInput, options?: CallOptions): Promise<CustomerDataExport> {
    return privacy.exportCustomerData(this.scope, input, options);
  }

  eraseCustomer(input: EraseCustomerInput, options?: CallOptions): Promise<void> {
    return privacy.eraseCustomer(this.scope, input, options);
  }

  listAuditLog(input: ListAuditLogInput, options?: CallOptions): Promise<AuditEntry[]> {
    return privacy.listAuditLog(this.scope, input, options);
  }

  getFigures(input: GetFiguresInput, options?: CallOptions): Promise<Figures> {
    return figures.getFigures(this.scope, input, options);
  }

  listOutbox(input: ListOutboxInput, options?: CallOptions): Promise<OutboxMessage[]> {
    return outbox.listOutbox(this.scope, input, options);
  }

  explainAvailability(input: ExplainAvailabilityInput, options?: CallOptions): Promise<AvailabilityExplanationJson> {
    return rules.explainAvailability(this.scope, input, options);
  }

  listCalendarSyncStatus(input: BusinessScope, options?: CallOptions): Promise<CalendarSyncStatus[]> {
    return calendars.listCalendarSyncStatus(this.scope, input, options);
  }

  connectCalendar(input: ConnectCalendarInput, options?: CallOptions): Promise<CalendarSyncStatus> {
    return calendars.connectCalendar(this.scope, input, options);
  }

  disconnectCalendar(input: StaffCalendarInput, options?: CallOptions): Promise<CalendarSyncStatus> {
    return calendars.disconnectCalendar(this.scope, input, options);
  }

  syncCalendarNow(input: StaffCalendarInput, options?: CallOptions): Promise<CalendarSyncStatus> {
    return calendars.syncCalendarNow(this.scope, input, options);
  }

  createCalendarFeed(input: StaffCalendarInput, options?: CallOptions): Promise<CalendarFeed> {
    return calendars.createCalendarFeed(this.scope, input, options);
  }

  revokeCalendarFeed(input: StaffCalendarInput, options?: CallOptions): Promise<CalendarSyncStatus> {
    return calendars.revokeCalendarFeed(this.scope, input, options);
  }

  listWebhooks(input: BusinessScope, options?: CallOptions): Promise<WebhookSubscription[]> {
    return webhooks.listWebhooks(this.scope, input, options);
  }

  createWebhook(input: CreateWebhookInput, options?: CallOptions): Promise<WebhookSubscription> {
    return webhooks.createWebhook(this.scope, input, options);
  }

  updateWebhook(input: UpdateWebhookInput, options?: CallOptions): Promise<WebhookSubscription> {
    return webhooks.updateWebhook(this.scope, input, options);
  }

  deleteWebhook(input: WebhookRefInput, options?: CallOptions): Promise<void> {
    return webhooks.deleteWebhook(this.scope, input, options);
  }

  listWebhookDeliveries(input: ListWebhookDeliveriesInput, options?: CallOptions): Promise<OutboxMessage[]> {
    return webhooks.listWebhookDeliveries(this.scope, input, options);
  }

  redeliverMessage(input: RedeliverMessageInput, options?: CallOptions): Promise<OutboxMessage> {
    return webhooks.redeliverMessage(this.scope, input, options);
  }

  previewMessage(input: PreviewMessageInput, options?: CallOptions): Promise<MessagePreviewJson> {
    return messageTemplates.previewMessage(this.scope, input, options);
  }

  exportReport(input: ExportReportInput, options?: CallOptions): Promise<Report> {
    return reports.exportReport(this.scope, input, options);
  }

  listBusinesses(input: Record<string, never>, options?: CallOptions): Promise<BusinessSummary[]> {
    return business.listBusinesses(this.scope, input, options);
  }

  exportConfig(input: BusinessScope, options?: CallOptions): Promise<Business> {
    return config.exportConfig(this.scope, input, options);
  }

  importConfig(input: ImportConfigInput, options?: CallOptions): Promise<Business> {
    return config.importConfig(this.scope, input, options);
  }

  // Waitlists (issue 20).
  listWaitlist(input: ListWaitlistInput, options?: CallOptions): Promise<StaffWaitlistEntry[]> {
    return waitlist.listWaitlist(this.scope, input, options);
  }

  removeWaitlistEntry(input: WaitlistEntryRef, options?: CallOptions): Promise<StaffWaitlistEntry> {
    return waitlist.removeWaitlistEntry(this.scope, input, options);
  }

  offerWaitlistPlace(input: WaitlistEntryRef, options?: CallOptions): Promise<StaffWaitlistEntry> {
    return waitlist.offerWaitlistPlace(this.scope, input, options);
  }
}
