/**
 * The backend's storage, behind one small transactional interface so the same rules run on a
 * memory store (Node, tests), IndexedDB (browsers, across tabs) and PostgreSQL (the server).
 *
 * A transaction callback may only await the store's own requests: IndexedDB commits a
 * transaction as soon as it has no pending request at the end of a task, so an unrelated
 * await (a fetch, `crypto.subtle`, a lazy import) would commit half a booking. Everything
 * asynchronous is therefore done before `run` is called, and the availability re-check inside
 * is synchronous. Throwing inside the callback aborts the transaction: nothing is written.
 */
import type { Business, EpochMs } from '../core/types.js';
import type { Tracking } from '../schemas/booking.js';

/** One business's configuration, as edited by its administrators. */
export interface StoredBusiness {
  id: string;
  config: Business;
  createdAt: string;
  updatedAt: string;
  /** Bumped on every admin edit, so concurrent edits can be detected. */
  revision: number;
  /**
   * Round-robin assignment (R9): when each staff member was last assigned a booking, per service
   * (epoch ms). Kept here by stores without `StoreTx.lastAssigned` (memory, IndexedDB); a store
   * with it (PostgreSQL, migration 8) keeps it in its own rows, so a booking leaves this document alone.
   */
  lastAssigned?: Record<string, Record<string, EpochMs>>;
  /** Webhook subscriptions: kept here, not in `config`, so exports and read-only roles never see a secret. */
  webhooks?: StoredWebhook[];
}

export type WebhookEventType =
  'appointment.created' | 'appointment.rescheduled' | 'appointment.cancelled' | 'customer.created';

/** One webhook subscription of a business: where events go and the secret they are signed with. */
export interface StoredWebhook {
  id: string;
  url: string;
  events: WebhookEventType[];
  /** Standard Webhooks signing secret, `whsec_` + base64 of 24 random bytes (or one the administrator gave). */
  secret: string;
  description?: string;
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface StoredCustomer {
  name: string;
  emailAddress?: string;
  phone?: string;
  notes?: string;
  timeZone: string;
  /** BCP 47; messages to the customer use it (R15). Absent: the business language. */
  languageTag?: string;
  /** The customer was erased: the fields above hold no personal data any more. */
  erased?: boolean;
}

export interface StoredAnswer {
  questionId: string;
  answer?: string;
  selectedOptions?: string[];
}

/** One attendee's booking. A group session (R8) is the set of booked records sharing service, staff and start. */
export interface StoredAppointment {
  id: string;
  businessId: string;
  serviceId: string;
  /** Snapshot, so reports still name a service deleted after the appointment took place. */
  serviceName: string;
  staffMemberId: string;
  startMs: EpochMs;
  endMs: EpochMs;
  /** The buffers in force when booked: later buffer edits never move or drop an appointment (R18b). */
  preBufferMs: number;
  postBufferMs: number;
  /** `booked` includes a request waiting for approval (R23): it holds its time like a booking. */
  status: 'booked' | 'cancelled';
  customer: StoredCustomer;
  /** The customer record (`customers`); absent in records written before records existed, and after an erasure. */
  customerId?: string;
  /**
   * R23: set when the service required approval at booking time. `pending` holds the time until
   * `approvalExpiresAtMs`; `declined` and `expired` come with status `cancelled`.
   */
  approval?: 'pending' | 'approved' | 'declined' | 'expired';
  approvalExpiresAtMs?: EpochMs;
  /** Marked by staff after the start. */
  attendance?: 'attended' | 'noShow';
  answers: StoredAnswer[];
  /** When the customer ticked the consent box (R13), ISO instant; null when consent was not asked. */
  consentedAt: string | null;
  smsOptIn: boolean;
  joinWebUrl?: string;
  /** Where the booking came from: UTM parameters, the site's source and metadata (text, bounded). */
  tracking?: Tracking;
  /** SHA-256 of the manage token (R14); the token itself is never stored. */
  manageTokenHash: string;
  bookedBy: 'customer' | 'staff';
  createdByStaffMemberId?: string;
  createdAt: string;
  updatedAt: string;
  cancelledAt?: string;
  cancelledBy?: 'customer' | 'staff';
  cancellationMessage?: string;
  /** iCalendar SEQUENCE: bumped on every reschedule and on cancellation. */
  sequence: number;
  /**
   * The service's `maximumAttendeesCount` when booked: a database store exempts the attendees of
   * one class session (R8) from its no-overlap constraint and nothing else. Absent in records
   * written before it existed, which count as one-to-one.
   */
  maximumAttendeesCount?: number;
  /** Issue 20: the series this appointment was booked in (the `business_series` index). */
  seriesId?: string;
  series?: StoredSeriesPlace;
}

/** Issue 20: an appointment's place in its series, and the series' plan (for its `.ics`). */
export interface StoredSeriesPlace {
  frequency: 'weekly' | 'biweekly' | 'monthly';
  /** 1-based position among the series' appointments, and how many were booked. */
  index: number;
  count: number;
  /** This appointment's planned start (its RECURRENCE-ID). */
  plannedMs: EpochMs;
  /** Every planned start of the series, booked or not, in order. */
  planned: EpochMs[];
}

export interface StoredHold {
  id: string;
  businessId: string;
  serviceId: string;
  staffMemberId: string;
  startMs: EpochMs;
  endMs: EpochMs;
  preBufferMs: number;
  postBufferMs: number;
  expiresAtMs: EpochMs;
  /** Who asked, hashed (the server: the client address), so one client's active holds can be capped. */
  clientKey?: string;
}

export interface StoredIdempotency {
  /** `${businessId}:${sha256(idempotencyKey)}`: the key itself is not stored. */
  id: string;
  businessId: string;
  appointmentId: string;
  /** The manage token XOR a pad derived from the idempotency key: only the holder of the key can unseal it. */
  sealedToken: string;
  /** Hash of the request, so a key reused for a different booking is refused rather than answered wrongly. */
  fingerprint: string;
  expiresAtMs: EpochMs;
}

export type OutboxKind =
  | 'confirmation'
  | 'reschedule'
  | 'cancellation'
  | 'reminder'
  | 'timeOff'
  /** R23: a request waiting for approval, and its outcome. */
  | 'requested'
  | 'approved'
  | 'declined'
  | 'expired'
  | 'customerCreated'
  /** Waitlists (issue 20, waitlist.ts): joined, a place offered, an offer lapsed unclaimed. */
  | 'waitlistJoined'
  | 'waitlistOffer'
  | 'waitlistLapsed';

export interface OutboxRecipient {
  role: 'customer' | 'staff' | 'owner' | 'webhook';
  name?: string;
  emailAddress?: string;
  phone?: string;
  staffMemberId?: string;
}

export interface StoredOutboxMessage {
  id: string;
  businessId: string;
  appointmentId?: string;
  timeOffId?: string;
  /** Waitlist messages: the entry they are about. */
  waitlistEntryId?: string;
  kind: OutboxKind;
  /**
   * `calendar`: an event to write into (or remove from) the staff member's connected calendar;
   * `webhook`: an event POSTed, signed, to a subscription's URL (`body` is the JSON payload).
   */
  channel: 'email' | 'sms' | 'calendar' | 'webhook';
  /** `webhook` messages: the subscription and the event type. */
  webhook?: { subscriptionId: string; url: string; event: WebhookEventType };
  recipient: OutboxRecipient;
  languageTag: string;
  timeZone: string;
  subject: string;
  /** The text (e-mail: its plain-text part; SMS: the message; webhook: the JSON payload). */
  body: string;
  /** E-mail: the HTML part (messages/email-document.ts), written with the text; absent on other channels and older messages. */
  html?: string;
  /**
   * The `.ics` attachment (RFC 5545), when the message is about an appointment; on the `calendar`
   * channel the event to PUT (no METHOD), absent for a removal.
   */
  ics?: string;
  createdAt: string;
  /** When to send: now for confirmations, `start − offset` for reminders. */
  dueAtMs: EpochMs;
  dueAt: string;
  /**
   * `pending` until a sender delivers it; reminders of a cancelled or moved appointment become
   * `cancelled`; `failed` when the sender gave up (after its attempt limit, or a refusal that no
   * retry can fix), with the reason in `delivery.lastError`. An administrator may redeliver it.
   */
  status: 'pending' | 'sent' | 'cancelled' | 'failed';
  /** What the sender did: attempts, the last error, when it tries next (written by the server's worker). */
  delivery?: OutboxDelivery;
}

export interface OutboxDelivery {
  /** Attempts since the message was written or last redelivered. */
  attempts: number;
  lastAttemptAt?: string;
  /** The last failure, in words fit for an administrator (`HTTP 500`, `The host … was not found.`). */
  lastError?: string;
  /** The receiver's HTTP status on the last attempt (webhooks, SMS gateways). */
  lastStatus?: number;
  /** While retrying: when the next attempt is due. */
  nextAttemptAt?: string;
  sentAt?: string;
  /** The provider's id for the message (an SMS gateway's message SID). */
  providerId?: string;
  redeliveredAt?: string;
}

/**
 * A customer of one business: the contact details staff keep (bookings link to it by email, then
 * phone), internal notes, and the keys it is found by.
 */
export interface StoredCustomerRecord {
  id: string;
  businessId: string;
  name: string;
  emailAddress?: string;
  phone?: string;
  timeZone: string;
  languageTag?: string;
  notes?: string;
  /** Lower-cased email address, for the `business_email` index. */
  emailKey?: string;
  /** The phone number's digits, for the `business_phone` index. */
  phoneKey?: string;
  createdAt: string;
  updatedAt: string;
}

/** One entry of the privacy log (exports, erasures, merges of customer records); no personal data. */
export interface StoredAuditEntry {
  id: string;
  businessId: string;
  atMs: EpochMs;
  at: string;
  action: 'customerExported' | 'customerErased' | 'customersMerged';
  staffMemberId: string;
  staffMemberName: string;
  customerId: string;
  mergedIds?: string[];
}

// ---------------------------------------------------------------- waitlists (issue 20)

/** What a waiting customer would take: one class session (`session`), or any free start on one day (`day`). */
export type WaitlistWish = 'session' | 'day';

export type WaitlistState = 'waiting' | 'offered' | 'claimed' | 'left' | 'lapsed';

/** A place held for the first person waiting whose wish fits (a hold in `holds`), until `expiresAtMs`. */
export interface WaitlistOffer {
  startMs: EpochMs;
  endMs: EpochMs;
  staffMemberId: string;
  holdId: string;
  offeredAtMs: EpochMs;
  expiresAtMs: EpochMs;
  /** SHA-256 of the offer link's token (the entry's own token cannot be recovered to send it). */
  tokenHash: string;
}

/**
 * One customer waiting for a place (backend/waitlist/): their wish, their details and consent as
 * for a booking, and where they are. Ordered by `createdAtMs` then `seq`; the list an entry is on
 * is its `listKey` (a service's session, or a service's day).
 */
export interface StoredWaitlistEntry {
  id: string;
  businessId: string;
  serviceId: string;
  /** Absent: "Anyone" (R9). */
  staffMemberId?: string;
  wish: WaitlistWish;
  /** `day` wishes: the day in the business zone (`yyyy-MM-dd`). */
  date?: string;
  /** Acceptable starts: `[fromMs, toMs)` (a session: its start only). */
  fromMs: EpochMs;
  toMs: EpochMs;
  listKey: string;
  customer: StoredCustomer;
  answers: StoredAnswer[];
  consentedAt: string | null;
  smsOptIn: boolean;
  /** SHA-256 of the private link's token; the token itself is never stored. */
  tokenHash: string;
  state: WaitlistState;
  offer?: WaitlistOffer;
  /** How many offers this entry has had. */
  offers: number;
  /** `claimed`: the appointment the offer became. */
  appointmentId?: string;
  /** `left`: who took them off the list; `lapsed`: an offer not claimed in time, or a wish whose time passed. */
  endedBy?: 'customer' | 'staff';
  lapseReason?: 'offer' | 'passed';
  endedAt?: string;
  createdAtMs: EpochMs;
  /** Per business, one more than the last entry's: the join order where two join in the same millisecond. */
  seq: number;
  createdAt: string;
  updatedAt: string;
}

export interface Records {
  businesses: StoredBusiness;
  appointments: StoredAppointment;
  holds: StoredHold;
  idempotency: StoredIdempotency;
  outbox: StoredOutboxMessage;
  customers: StoredCustomerRecord;
  audit: StoredAuditEntry;
  waitlist: StoredWaitlistEntry;
}

export type StoreName = keyof Records;

/** Object stores, their keys and indexes: the one schema both stores implement. */
export const SCHEMA = {
  businesses: { keyPath: 'id', indexes: {} },
  appointments: {
    keyPath: 'id',
    indexes: {
      business_start: ['businessId', 'startMs'],
      staff_start: ['businessId', 'staffMemberId', 'startMs'],
      business_customer: ['businessId', 'customerId'],
      business_series: ['businessId', 'seriesId'],
    },
  },
  holds: { keyPath: 'id', indexes: { business_start: ['businessId', 'startMs'] } },
  idempotency: { keyPath: 'id', indexes: {} },
  outbox: {
    keyPath: 'id',
    indexes: { business_due: ['businessId', 'dueAtMs'], appointment: ['appointmentId'] },
  },
  customers: {
    keyPath: 'id',
    indexes: {
      business: ['businessId'],
      business_email: ['businessId', 'emailKey'],
      business_phone: ['businessId', 'phoneKey'],
    },
  },
  audit: { keyPath: 'id', indexes: { business_at: ['businessId', 'atMs'] } },
  waitlist: { keyPath: 'id', indexes: { business_created: ['businessId', 'createdAtMs'] } },
} as const satisfies Record<StoreName, { keyPath: 'id'; indexes: Record<string, readonly string[]> }>;

export type IndexName<S extends StoreName> = keyof (typeof SCHEMA)[S]['indexes'] & string;

/** An index key: the values of the index's key path, in order. */
export type IndexKey = readonly (string | number)[];

export const STORE_NAMES = Object.keys(SCHEMA) as StoreName[];

/**
 * What availability reads of an appointment (issue 24): when and whom it keeps busy, and whether
 * it is a request that lapses (R23). A store may keep these apart from the whole record (the
 * PostgreSQL store reads them from columns), so a query for free times reads no documents.
 */
export type BusyRecord = Pick<
  StoredAppointment,
  | 'id'
  | 'serviceId'
  | 'staffMemberId'
  | 'startMs'
  | 'endMs'
  | 'preBufferMs'
  | 'postBufferMs'
  | 'status'
  | 'approval'
  | 'approvalExpiresAtMs'
>;

/**
 * `StoreTx.busy` answers that their store hands out again and again (issue 24; the memory store's):
 * frozen, booked only, and holding no request waiting for approval, so nothing in them lapses with
 * the clock (R23). The backend uses such an answer as it is, without filtering it, and keeps its
 * engine form with it (slot-query.ts). Freezing alone promises none of this.
 */
export const keptBusy = new WeakSet<readonly BusyRecord[]>();

export interface StoreTx {
  get<S extends StoreName>(store: S, key: string): Promise<Records[S] | undefined>;
  getAll<S extends StoreName>(store: S): Promise<Records[S][]>;
  /** Records whose index key lies in `[lower, upper]` (both inclusive), in index order. */
  range<S extends StoreName>(store: S, index: IndexName<S>, lower: IndexKey, upper: IndexKey): Promise<Records[S][]>;
  put<S extends StoreName>(store: S, value: Records[S]): Promise<void>;
  delete(store: StoreName, key: string): Promise<void>;
  /**
   * Optional: the booked appointments of `businessId` starting in `[fromMs, toMs]` (as
   * `range('appointments', 'business_start', …)` reads them, cancelled ones left out), as
   * `BusyRecord`s. Without it, the backend reads the range. An answer in `keptBusy` is used as
   * it is, and its engine form kept with it.
   */
  busy?(businessId: string, fromMs: EpochMs, toMs: EpochMs): Promise<readonly BusyRecord[]>;
  /**
   * Optional, with `assigned`: R9's round-robin history of one service (staff member → when last
   * assigned), kept apart from the business document, so a booking need not rewrite that document.
   * Stores without it keep `StoredBusiness.lastAssigned` (backend/assignments.ts picks).
   */
  lastAssigned?(businessId: string, serviceId: string): Promise<Record<string, EpochMs>>;
  /** Records that `staffMemberId` was assigned a booking of `serviceId` at `atMs` (a later time wins). */
  assigned?(businessId: string, serviceId: string, staffMemberId: string, atMs: EpochMs): Promise<void>;
}

export type TxMode = 'readonly' | 'readwrite';

export interface TxOptions {
  /**
   * The businesses a `readwrite` transaction reads and writes. A store shared by several
   * processes (PostgreSQL) locks exactly these before the first read, so bookings of unrelated
   * businesses never wait on each other; without it, it locks the whole store. A write to a
   * business not named here is refused. Single-process stores may ignore it.
   */
  businessIds?: readonly string[];
  /**
   * With `businessIds`: the transaction books (appointments, holds, customers, messages) and does
   * not change the businesses' documents. A shared store then takes the business lock *shared*
   * (a configuration write, which takes it exclusive, still waits for it and is waited for) and an
   * exclusive lock on each of these keys only (a class session: `session:<service>@<start>`; a
   * customer's email or phone key), so bookings of other sessions and customers run alongside; its
   * own constraints (the no-overlap exclusion, unique keys) guard what the keys do not. Writing a
   * business document in such a transaction is refused. Single-process stores may ignore it.
   */
  bookingKeys?: readonly string[];
  /**
   * A `readonly` transaction that makes one read (issue 24): one statement is one snapshot already,
   * so a store that pays for opening and closing a transaction (PostgreSQL: two round trips) may
   * run it without one. `busy` followed by `range('holds', 'business_start', …)` over the same
   * span counts as one (PostgreSQL reads both in one statement). A store refuses a second read.
   */
  singleRead?: boolean;
}

export interface Store {
  /**
   * Runs `fn` in one transaction over `stores`. `readwrite` transactions are atomic and
   * isolated from each other (across tabs for IndexedDB); a rejection of `fn` aborts it.
   */
  run<T>(mode: TxMode, stores: readonly StoreName[], fn: (tx: StoreTx) => Promise<T>, options?: TxOptions): Promise<T>;
  close(): void;
}

/** IndexedDB's key order for the keys we use: numbers before strings, arrays element by element. */
export function compareKeys(a: IndexKey, b: IndexKey): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (typeof x !== typeof y) return typeof x === 'number' ? -1 : 1;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return a.length - b.length;
}
