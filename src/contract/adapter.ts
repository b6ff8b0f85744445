/**
 * The backend adapter contract (DESIGN.md "Adapter interface"): what the elements call, and what
 * a developer implements to plug in their own backend. Every method takes one plain JSON input
 * object and an optional `{ signal }`, and resolves with plain JSON; the same shapes travel over
 * HTTP. Failures reject with a `BookingError` (errors.ts); an aborted call rejects with a
 * `DOMException` named `AbortError` and writes nothing. Nothing is written when an error is thrown.
 */
import type { MessagePreviewJson, PreviewMessageInput } from '../schemas/message-templates.js';
import type { Business, CustomQuestion, Service, StaffMember, TimeOff } from '../core/types.js';
import type {
  ApproveAppointmentInput,
  AuditEntry,
  AvailabilityExplanationJson,
  BusinessScope,
  BusinessSummary,
  CalendarFeed,
  CalendarSyncStatus,
  CancelAppointmentInput,
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
  GetAppointmentSeriesInput,
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
} from '../schemas/admin.js';
import type { AvailabilityRequest, AvailableSlot, BookingPageData, GetBookingPageInput } from '../schemas/customer.js';
import type {
  CreateWebhookInput,
  RedeliverMessageInput,
  UpdateWebhookInput,
  WebhookRefInput,
  WebhookSubscription,
} from '../schemas/webhooks.js';
import type {
  BookRequest,
  BookResult,
  CancelInput,
  CustomerAppointment,
  GetBookingInput,
  HoldSlotInput,
  HoldSlotResult,
  RescheduleInput,
} from '../schemas/booking.js';
import type {
  BookSeriesRequest,
  BookSeriesResult,
  CancelFollowingInput,
  CheckSeriesInput,
  CustomerSeries,
  GetSeriesInput,
  SeriesCheck,
} from '../schemas/series.js';
import type {
  ClaimWaitlistOfferInput,
  JoinWaitlistInput,
  JoinWaitlistResult,
  LeaveWaitlistInput,
  ListWaitlistInput,
  StaffWaitlistEntry,
  WaitlistEntry,
  WaitlistEntryRef,
  WaitlistRefInput,
} from '../schemas/waitlist.js';

/** The second argument of every adapter method. */
export interface CallOptions {
  /** Aborting rejects the call with an `AbortError` DOMException; nothing is written. */
  signal?: AbortSignal;
}

/** The customer side: the booking page and the manage link. */
export interface BookingAdapter {
  /** Business info, page settings, visible services, bookable staff (id and name only). `unpublished`, `sign-in-required` (R17). */
  getBookingPage(input: GetBookingPageInput, options?: CallOptions): Promise<BookingPageData>;
  /** Free starts in `[start, end)` (at most 93 days, R21) for one staff member or Anyone (R9). */
  getAvailability(input: AvailabilityRequest, options?: CallOptions): Promise<AvailableSlot[]>;
  /** Optional: reserves a start for a few minutes while the customer fills in the form (counts as busy for others). */
  holdSlot?(input: HoldSlotInput, options?: CallOptions): Promise<HoldSlotResult>;
  /** Books after re-checking the slot atomically (R11); the same `idempotencyKey` returns the first result. */
  book(input: BookRequest, options?: CallOptions): Promise<BookResult>;
  /** One appointment, with the manage token (R14); a wrong token is `not-found`. */
  getBooking(input: GetBookingInput, options?: CallOptions): Promise<CustomerAppointment>;
  /** Same service, any free start and staff, until `start − minimumLeadTime` (R6). */
  reschedule(input: RescheduleInput, options?: CallOptions): Promise<CustomerAppointment>;
  /** Cancels this customer's booking only (R8), until `start − minimumLeadTime` (R6). */
  cancel(input: CancelInput, options?: CallOptions): Promise<void>;
  // ------------------------------------------------------------ repeat bookings (issue 20), optional
  /** Every date of a planned series checked by the rules, with the nearest free starts for the ones that are not free. */
  checkSeries?(input: CheckSeriesInput, options?: CallOptions): Promise<SeriesCheck>;
  /** Books the chosen dates of a series in one step, all or nothing (a date taken meanwhile: `slot-unavailable` naming it). */
  bookSeries?(input: BookSeriesRequest, options?: CallOptions): Promise<BookSeriesResult>;
  /** The series an appointment belongs to, with its manage token (one token opens every appointment of the series). */
  getSeries?(input: GetSeriesInput, options?: CallOptions): Promise<CustomerSeries>;
  /** Cancels this appointment and every later one of its series (each within its own notice, R6). */
  cancelFollowing?(input: CancelFollowingInput, options?: CallOptions): Promise<CustomerSeries>;

  // ---------------------------------------------------------------- waitlists (issue 20), optional
  /** Joins the waiting list of a full class session (`start`) or of a day without free time (`date`); details and consent as for `book`. */
  joinWaitlist?(input: JoinWaitlistInput, options?: CallOptions): Promise<JoinWaitlistResult>;
  /** The private link's view: place in the list, state and any offer. */
  getWaitlistEntry?(input: WaitlistRefInput, options?: CallOptions): Promise<WaitlistEntry>;
  /** Leaves the list (a held place goes to the next person); leaving twice is no error. */
  leaveWaitlist?(input: LeaveWaitlistInput, options?: CallOptions): Promise<void>;
  /** Books the offered place (every rule re-checked); of two claims exactly one wins, the other is `slot-unavailable`. */
  claimWaitlistOffer?(input: ClaimWaitlistOfferInput, options?: CallOptions): Promise<BookResult>;
}

/**
 * The staff side, acting for one signed-in staff member and enforcing their role (R18):
 * administrator everything; scheduler bookings and customers with settings read-only;
 * teamMember their own bookings, working hours and time off; viewer read-only; guest nothing
 * (`forbidden`). Every input may name `businessId`; absent means the staff member's own business.
 *
 * Updates take a `patch` (see schemas/admin.ts). Deleting a staff member or service with future
 * appointments is refused with `policy-violation` listing them (R18b); edits of hours or buffers
 * never drop appointments, `listAppointmentsOutsideRules` shows the ones now outside the rules.
 */
export interface BookingAdminAdapter {
  getBusiness(input: BusinessScope, options?: CallOptions): Promise<Business>;
  /** Business info, hours, `schedulingPolicy` and `bookingPageSettings` (nested objects merge). */
  updateBusiness(input: UpdateBusinessInput, options?: CallOptions): Promise<Business>;

  listServices(input: BusinessScope, options?: CallOptions): Promise<Service[]>;
  createService(input: CreateServiceInput, options?: CallOptions): Promise<Service>;
  updateService(input: UpdateServiceInput, options?: CallOptions): Promise<Service>;
  deleteService(input: DeleteServiceInput, options?: CallOptions): Promise<void>;

  listStaffMembers(input: BusinessScope, options?: CallOptions): Promise<StaffMember[]>;
  createStaffMember(input: CreateStaffMemberInput, options?: CallOptions): Promise<StaffMember>;
  /** A teamMember may change their own hours and zone (not their role or bookability). */
  updateStaffMember(input: UpdateStaffMemberInput, options?: CallOptions): Promise<StaffMember>;
  deleteStaffMember(input: DeleteStaffMemberInput, options?: CallOptions): Promise<void>;

  listCustomQuestions(input: BusinessScope, options?: CallOptions): Promise<CustomQuestion[]>;
  createCustomQuestion(input: CreateCustomQuestionInput, options?: CallOptions): Promise<CustomQuestion>;
  updateCustomQuestion(input: UpdateCustomQuestionInput, options?: CallOptions): Promise<CustomQuestion>;
  /** Also removes the question from the services that ask it; answers already given are kept. */
  deleteCustomQuestion(input: DeleteCustomQuestionInput, options?: CallOptions): Promise<void>;

  listTimeOff(input: ListTimeOffInput, options?: CallOptions): Promise<TimeOff[]>;
  /** Notifies the staff member (and the owner when `sendConfirmationsToOwner`) (R15). */
  createTimeOff(input: CreateTimeOffInput, options?: CallOptions): Promise<TimeOff>;
  updateTimeOff(input: UpdateTimeOffInput, options?: CallOptions): Promise<TimeOff>;
  deleteTimeOff(input: DeleteTimeOffInput, options?: CallOptions): Promise<void>;

  /** Appointments starting in `[start, end)` (at most 366 days), by start. Requests past their approval expiry are expired first (R23). */
  listAppointments(input: ListAppointmentsInput, options?: CallOptions): Promise<StaffAppointment[]>;
  /** Books on a customer's behalf; administrators and schedulers may `overrideLeadTime`. */
  createAppointment(input: CreateAppointmentInput, options?: CallOptions): Promise<CreateAppointmentResult>;
  /** Moves an appointment, keeping its length unless `end` resizes it; every move is checked by the rules (R4, R11, R22). */
  rescheduleAppointment(input: RescheduleAppointmentInput, options?: CallOptions): Promise<StaffAppointment>;
  /** With a message to the customer; a class session is cancelled for every attendee unless `scope: 'attendee'`. */
  cancelAppointment(input: CancelAppointmentInput, options?: CallOptions): Promise<void>;
  /** R18b: booked appointments in the range that the current rules would no longer offer, and why. */
  /** Issue 20: every appointment of the series this one belongs to, in order, cancelled ones too. */
  getAppointmentSeries(input: GetAppointmentSeriesInput, options?: CallOptions): Promise<StaffAppointment[]>;
  listAppointmentsOutsideRules(input: OutsideRulesInput, options?: CallOptions): Promise<OutsideRulesEntry[]>;

  /** R23: a request waiting for approval becomes a booking; the customer is told. */
  approveAppointment(input: ApproveAppointmentInput, options?: CallOptions): Promise<StaffAppointment>;
  /** R23: a request is declined (with a message to the customer); its time is free again. */
  declineAppointment(input: DeclineAppointmentInput, options?: CallOptions): Promise<StaffAppointment>;
  /** Attended or no-show, once the appointment has started; `null` clears the mark. */
  markAttendance(input: MarkAttendanceInput, options?: CallOptions): Promise<StaffAppointment>;

  /** Customer records with figures from their bookings; `query` matches name, email or phone, best first. */
  listCustomers(input: ListCustomersInput, options?: CallOptions): Promise<CustomerRecord[]>;
  /** One record and its history: past and upcoming appointments, cancellations and no-shows. */
  getCustomer(input: GetCustomerInput, options?: CallOptions): Promise<CustomerDetail>;
  /** A new record; an email address another record has is refused. */
  createCustomer(input: CreateCustomerInput, options?: CallOptions): Promise<CustomerRecord>;
  updateCustomer(input: UpdateCustomerInput, options?: CallOptions): Promise<CustomerRecord>;
  /** Many records at once (a CSV file, parsed by the caller): matched by email, then phone; all or nothing. */
  importCustomers(input: ImportCustomersInput, options?: CallOptions): Promise<ImportCustomersResult>;
  /** Duplicates merged into one record (their appointments move to it); logged. */
  mergeCustomers(input: MergeCustomersInput, options?: CallOptions): Promise<CustomerRecord>;
  /** Everything held about one customer, as JSON (administrators); logged. */
  exportCustomerData(input: ExportCustomerDataInput, options?: CallOptions): Promise<CustomerDataExport>;
  /** Personal data removed, appointments kept anonymously for reports (administrators); refused while bookings are upcoming; logged. */
  eraseCustomer(input: EraseCustomerInput, options?: CallOptions): Promise<void>;
  /** The privacy log, newest first (administrators). */
  listAuditLog(input: ListAuditLogInput, options?: CallOptions): Promise<AuditEntry[]>;
  listOutbox(input: ListOutboxInput, options?: CallOptions): Promise<OutboxMessage[]>;
  /** "Why is this slot not offered?": every reason per staff member. */
  explainAvailability(input: ExplainAvailabilityInput, options?: CallOptions): Promise<AvailabilityExplanationJson>;
  /** R4: every staff member's calendar: connected or not, last sync, last error, whether it can be read. */
  listCalendarSyncStatus(input: BusinessScope, options?: CallOptions): Promise<CalendarSyncStatus[]>;
  /**
   * Connects a staff member's calendar (an ICS feed's secret address, or CalDAV with an app
   * password): tested first, stored encrypted, synced once; replaces an earlier connection.
   * Administrators connect anyone's, team members their own (R18). `policy-violation` when this
   * backend cannot store calendars; `invalid-input` at `source` when the test fails.
   */
  connectCalendar(input: ConnectCalendarInput, options?: CallOptions): Promise<CalendarSyncStatus>;
  /** Removes the connection, its credentials and its cached busy time. */
  disconnectCalendar(input: StaffCalendarInput, options?: CallOptions): Promise<CalendarSyncStatus>;
  /** Syncs the connected calendar now; the answer carries the result (`connection.lastError` on failure). */
  syncCalendarNow(input: StaffCalendarInput, options?: CallOptions): Promise<CalendarSyncStatus>;
  /** A new private ICS feed URL of the staff member's appointments (shown once); any earlier one stops working. */
  createCalendarFeed(input: StaffCalendarInput, options?: CallOptions): Promise<CalendarFeed>;
  /** Stops the staff member's appointments feed. */
  revokeCalendarFeed(input: StaffCalendarInput, options?: CallOptions): Promise<CalendarSyncStatus>;
  /** Webhook subscriptions (administrators): URL, events and the signing secret (Standard Webhooks). */
  listWebhooks(input: BusinessScope, options?: CallOptions): Promise<WebhookSubscription[]>;
  /** A new subscription; without a `secret` one is made (`whsec_…`). The URL must reach the internet (no private or loopback address unless the server allows it). */
  createWebhook(input: CreateWebhookInput, options?: CallOptions): Promise<WebhookSubscription>;
  updateWebhook(input: UpdateWebhookInput, options?: CallOptions): Promise<WebhookSubscription>;
  /** Removes a subscription; its pending deliveries are cancelled. */
  deleteWebhook(input: WebhookRefInput, options?: CallOptions): Promise<void>;
  /** The delivery log: the latest webhook messages with their attempts, last error and HTTP status. */
  listWebhookDeliveries(input: ListWebhookDeliveriesInput, options?: CallOptions): Promise<OutboxMessage[]>;
  /** Sends a failed (or delivered) message again, due now, with a fresh attempt count; a webhook keeps its `webhook-id`. */
  redeliverMessage(input: RedeliverMessageInput, options?: CallOptions): Promise<OutboxMessage>;
  /** The e-mail a template gives (R15), with sample data: both parts; a template with an unknown placeholder is refused with its place. */
  previewMessage(input: PreviewMessageInput, options?: CallOptions): Promise<MessagePreviewJson>;
  /** R19: every booking of the last 120 days (administrators). */
  exportReport(input: ExportReportInput, options?: CallOptions): Promise<Report>;
  /** Bookings, cancellations and no-shows per week, service and staff member (administrators). */
  getFigures(input: GetFiguresInput, options?: CallOptions): Promise<Figures>;

  publish(input: BusinessScope, options?: CallOptions): Promise<Business>;
  unpublish(input: BusinessScope, options?: CallOptions): Promise<Business>;

  /** R20: the businesses this person belongs to (same email address), with their role in each. */
  listBusinesses(input: Record<string, never>, options?: CallOptions): Promise<BusinessSummary[]>;
  exportConfig(input: BusinessScope, options?: CallOptions): Promise<Business>;
  /** Clones a configuration as a new calendar with a new id; the importer becomes its administrator. */
  importConfig(input: ImportConfigInput, options?: CallOptions): Promise<Business>;

  // ---------------------------------------------------------------- waitlists (issue 20)
  /** Everyone waiting (and with `includeEnded`, who claimed, left or lapsed), in the order they joined. Offers past their time lapse first. */
  listWaitlist(input: ListWaitlistInput, options?: CallOptions): Promise<StaffWaitlistEntry[]>;
  /** Takes someone off a waiting list; a place they were offered goes to the next person. */
  removeWaitlistEntry(input: WaitlistEntryRef, options?: CallOptions): Promise<StaffWaitlistEntry>;
  /** Offers a waiting person the first free place that fits their wish now, ahead of their turn; `slot-unavailable` when none fits. */
  offerWaitlistPlace(input: WaitlistEntryRef, options?: CallOptions): Promise<StaffWaitlistEntry>;
}
