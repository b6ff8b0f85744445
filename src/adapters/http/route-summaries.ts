/**
 * One line per route for docs/openapi.json. Kept apart from routes.ts so that the browser bundle,
 * which needs the routes but never their prose, does not carry it; typed by `Operation` so that
 * a new route without a summary fails the typecheck.
 */
import type { Operation } from './routes.js';

export const ROUTE_SUMMARIES: Readonly<Record<Operation, string>> = {
  getBookingPage:
    'Business info, page settings, visible services and bookable staff (R17: 423 unpublished, 401 sign-in).',
  getAvailability:
    'Free starts in [start, end) (at most 93 days) for one staff member, or Anyone without staffMemberId.',
  holdSlot: 'Reserves a start for a few minutes while the customer fills in the form (optional: 404 when unsupported).',
  book: 'Books after re-checking the slot (R11: 409 when taken); the same Idempotency-Key returns the first result.',
  getBooking: 'One appointment, for the holder of its manage token (a wrong token is 404).',
  reschedule: 'Moves the appointment to another free start of the same service (R6).',
  cancel: "Cancels this customer's booking (R6, R8); the optional body carries a reason.",
  checkSeries:
    'Checks every date of a planned series (weekly, every 2 weeks, monthly) by the rules; dates not free come with the nearest free starts.',
  bookSeries:
    'Books the chosen dates of a series in one transaction, all or nothing (409 naming a date taken meanwhile); one manage token for the series; Idempotency-Key as for a booking.',
  getSeries: 'The series an appointment belongs to, every date of it, for the holder of the manage token.',
  cancelFollowing:
    'Cancels this appointment and every later one of its series, each within its own notice (R6); answers with the series.',
  joinWaitlist:
    'Joins the waiting list of a full class session (start) or a day without free time (date); details and consent as for a booking.',
  getWaitlistEntry:
    'A waitlist entry for the holder of its token (or its offer’s): place, state and any offer (a wrong token is 404).',
  leaveWaitlist: 'Leaves the waiting list; a place held for the entry goes to the next person waiting.',
  claimWaitlistOffer:
    'Books the place offered (every rule re-checked); of two claims exactly one wins, the other is 409. Idempotency-Key replays.',
  listBusinesses: 'The businesses the signed-in person belongs to, with their role in each (R20).',
  importConfig: 'Clones a configuration as a new calendar; the importer becomes its administrator.',
  getBusiness: 'The whole business configuration.',
  updateBusiness: 'Changes business info, hours, scheduling policy or page settings (nested objects merge).',
  exportConfig: 'The configuration as importConfig takes it.',
  publish: 'Opens the booking page.',
  unpublish: 'Closes the booking page (customers get 423).',
  listServices: 'Every service, hidden ones included.',
  createService: 'Adds a service (an absent id is generated).',
  updateService: 'Changes a service; existing appointments are kept (R18b).',
  deleteService: 'Removes a service; refused (422 policy-violation) while it has future appointments (R18b).',
  listStaffMembers: 'Every staff member.',
  createStaffMember: 'Adds a staff member (an absent id is generated).',
  updateStaffMember: 'Changes a staff member; a teamMember may change their own hours and zone only (R18).',
  deleteStaffMember: 'Removes a staff member; refused while they have future appointments (R18b).',
  listCustomQuestions: 'Every custom question.',
  createCustomQuestion: 'Adds a custom question.',
  updateCustomQuestion: 'Changes a custom question.',
  deleteCustomQuestion: 'Removes a question from the business and its services; answers already given are kept.',
  listTimeOff: "Time off, everyone's or one staff member's.",
  createTimeOff: 'Adds time off and notifies the staff member (R15).',
  updateTimeOff: 'Changes time off.',
  deleteTimeOff: 'Removes time off.',
  listAppointments: 'Appointments starting in [start, end) (at most 366 days), by start.',
  createAppointment: "Books on a customer's behalf; the same Idempotency-Key returns the first result.",
  rescheduleAppointment:
    'Moves an appointment (keeping its length, or resized to a new end); every move is checked by the rules.',
  approveAppointment: 'Approves a request waiting for approval (R23); the customer is told.',
  declineAppointment: 'Declines a request (R23) with an optional message to the customer; its time is free again.',
  markAttendance: 'Marks an appointment that has started attended or a no-show (null clears the mark).',
  cancelAppointment:
    'Cancels with an optional message to the customer; a class session for everyone unless scope is attendee.',
  getAppointmentSeries:
    'Every appointment of the series this one belongs to (issue 20), in order, cancelled ones too ("3 of 10").',
  listAppointmentsOutsideRules: 'Booked appointments the current rules would no longer offer, and why (R18b).',
  listCustomers: 'Customer records with figures from their bookings, optionally matching a name, email or phone.',
  getCustomer: "One customer's record and history: appointments, cancellations and no-shows.",
  createCustomer: 'Adds a customer record (an email address another record has is refused).',
  updateCustomer: "Changes a customer's contact details or notes.",
  eraseCustomer:
    'Erases a customer: personal data removed, appointments kept anonymously; refused while bookings are upcoming; logged.',
  mergeCustomers: 'Merges duplicate records into one; their appointments move to it; logged.',
  exportCustomerData: 'Everything held about one customer, as JSON (an access request); logged.',
  importCustomers: 'Adds or completes many customer records at once (matched by email, then phone); all or nothing.',
  listAuditLog: 'The privacy log: exports, erasures and merges of customer records, newest first.',
  listOutbox: 'Notification messages (R15).',
  explainAvailability: '"Why is this slot not offered?": every reason per staff member.',
  listCalendarSyncStatus:
    'Every staff member’s calendar: connected or not, last sync, last error, and whether it can be read (R4).',
  connectCalendar:
    'Connects a staff member’s calendar (ICS secret address, or CalDAV with an app password): tested, stored encrypted, synced once (R4, R18).',
  listWebhooks: 'The business’s webhook subscriptions, with their signing secrets (administrators).',
  createWebhook:
    'Subscribes a URL to events (appointment.created, appointment.rescheduled, appointment.cancelled, customer.created); deliveries are signed per Standard Webhooks.',
  updateWebhook: 'Changes a webhook’s URL, events, secret (rotation), description or whether it is enabled.',
  deleteWebhook: 'Removes a webhook subscription; its pending deliveries are cancelled.',
  listWebhookDeliveries:
    'The delivery log: the latest webhook messages with their payload, attempts, last error and HTTP status.',
  previewMessage:
    'The e-mail a message template gives, with sample data: subject, text and HTML parts, the saved and built-in template texts and the placeholders of the kind (R15).',
  redeliverMessage:
    'Sends a failed or delivered outbox message again, now; a webhook keeps its webhook-id so receivers can drop duplicates.',
  disconnectCalendar: 'Removes a staff member’s calendar connection, its credentials and its cached busy time.',
  syncCalendarNow: 'Syncs a staff member’s connected calendar now; the answer carries the result.',
  createCalendarFeed:
    'A new private ICS feed URL of the staff member’s appointments (shown once); any earlier one stops working.',
  revokeCalendarFeed: 'Stops a staff member’s appointments feed.',
  exportReport: 'Every booking of the last 120 days as TSV or CSV, wrapped in JSON (R19).',
  getFigures: 'Bookings, cancellations and no-shows of a range, per week, service and staff member.',
  listWaitlist:
    'Waiting-list entries in the order people joined (includeEnded: also claimed, left, lapsed); due offers lapse first.',
  removeWaitlistEntry: 'Takes someone off a waiting list; a place they were offered goes to the next person.',
  offerWaitlistPlace:
    'Offers a waiting person the first free place fitting their wish now, out of turn (409 when none fits).',
};
