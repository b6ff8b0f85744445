/**
 * The outbox (R15): the messages an appointment event or a time off produces, to the customer
 * (email, and SMS when they opted in), the staff member, and the owner when
 * `sendConfirmationsToOwner`, each in the recipient's language and zone, with the `.ics`.
 * They are written in the same transaction as the change they announce; a server sends them.
 */
import { localizedBusiness } from '../core/localized-business.js';
import { durationMs } from '../core/duration.js';
import { buildIcs, type IcsPerson } from '../core/ics.js';
import { effectivePolicy } from '../core/policy.js';
import type { Business, EpochMs, StaffMember } from '../core/types.js';
import { BookingError } from '../contract/errors.js';
import { type Backend, findService, findStaffMember } from './backend.js';
import { toIso } from './boundary.js';
import { calendarMessage } from './calendar-events.js';
import { newId } from './crypto.js';
import type * as MessageText from './messages/index.js';
import type { MessageAudience, MessageContext } from './messages/types.js';
import type { OutboxRecipient, StoredAppointment, StoredOutboxMessage, StoreTx } from './store.js';
import { staffName } from './views.js';

let loadedText: typeof MessageText | undefined;
let loadingText: Promise<typeof MessageText> | undefined;

/**
 * Loads the outbox message texts (messages/: six languages, R15), once. They are only needed
 * when an appointment is booked, moved or cancelled, so a page showing free times does not
 * download them. Call it before the transaction that writes messages: a transaction cannot wait
 * for a download.
 */
export async function loadMessageText(): Promise<void> {
  if (loadedText) return;
  loadingText ??= import('./messages/index.js').catch((error: unknown) => {
    loadingText = undefined;
    const reason = error instanceof Error ? error.message : String(error);
    throw new BookingError('network', `Could not load the message texts: ${reason}`, {
      cause: error,
    });
  });
  loadedText = await loadingText;
}

export function messageText(): typeof MessageText {
  if (!loadedText) throw new Error('Backend: call loadMessageText() before writing outbox messages.');
  return loadedText;
}

/** The appointment events that produce messages (R15, R23). */
export type AppointmentMessageKind =
  'confirmation' | 'reschedule' | 'cancellation' | 'requested' | 'approved' | 'declined' | 'expired';

const NO_INVITATION = new Set<AppointmentMessageKind>(['requested', 'declined', 'expired']);

/**
 * The messages for one appointment event: to the customer (email, and SMS when they opted in),
 * the staff member, and the owner when `sendConfirmationsToOwner` (never for one attendee
 * leaving a class, R8). Each in the recipient's language and zone, with the `.ics`.
 */
export function appointmentMessages(
  b: Backend,
  business: Business,
  a: StoredAppointment,
  kind: AppointmentMessageKind,
  extra: {
    manageToken?: string;
    previousStartMs?: number;
    previousEndMs?: number;
    note?: string;
    notifyOwner?: boolean;
    /**
     * Staff members whose connected calendar receives their bookings (`Backend.calendarWriters`):
     * theirs gets a `calendar` message (the event to write, or to remove) and their email no `.ics`,
     * so the event is not added twice.
     */
    calendarWriters?: ReadonlySet<string>;
    /** A reschedule that changed the staff member: the previous one's calendar loses the event. */
    previousStaffMemberId?: string;
    /** Issue 20: the dates of the series this message is about, listed in e-mails. */
    seriesDates?: SeriesDate[];
  },
): StoredOutboxMessage[] {
  const now = b.now();
  const service = findService(business, a.serviceId);
  const staff = findStaffMember(business, a.staffMemberId);
  const policy = effectivePolicy(business, service);
  const out: StoredOutboxMessage[] = [];
  const writes = (staffMemberId: string | undefined): boolean =>
    staffMemberId !== undefined && (extra.calendarWriters?.has(staffMemberId) ?? false);
  // A request (R23) is no appointment yet: its invitation comes with the approval, and a request
  // that ends unanswered or declined never had one to cancel.
  const ics = NO_INVITATION.has(kind)
    ? undefined
    : icsFor(business, a, staff, kind === 'cancellation' ? 'CANCEL' : 'REQUEST', now, b.deps.senderAddress);
  const add = (
    audience: MessageAudience,
    recipient: OutboxRecipient,
    channel: 'email' | 'sms',
    languageTag: string | undefined,
    timeZone: string,
  ): void => {
    const { catalogue, languageTag: lang } = messageText().catalogueFor(languageTag);
    const ctx = messageContext(business, a, lang, timeZone, extra);
    if (audience === 'customer' && extra.manageToken) {
      ctx.manageUrl = b.deps.manageLink({
        businessId: business.id,
        appointmentId: a.id,
        manageToken: extra.manageToken,
      });
    }
    const attachIcs = channel === 'email' && ics !== undefined && !(audience === 'staff' && writes(a.staffMemberId));
    const mail =
      channel === 'email'
        ? appointmentEmail(
            business,
            a,
            kind,
            audience,
            lang,
            timeZone,
            { ...extra, manageUrl: ctx.manageUrl },
            attachIcs,
          )
        : undefined;
    out.push({
      id: newId('msg'),
      businessId: business.id,
      appointmentId: a.id,
      kind,
      channel,
      recipient,
      languageTag: lang,
      timeZone,
      subject: mail?.subject ?? '',
      body: mail?.body ?? fitSms(catalogue.sms(kind, ctx)),
      ...(mail ? { html: mail.html } : {}),
      ...(attachIcs ? { ics } : {}),
      createdAt: toIso(now),
      dueAtMs: now,
      dueAt: toIso(now),
      status: 'pending',
    });
  };
  const customer = a.customer;
  const customerRecipient: OutboxRecipient = { role: 'customer', name: customer.name };
  if (customer.emailAddress) {
    add(
      'customer',
      { ...customerRecipient, emailAddress: customer.emailAddress },
      'email',
      customerLanguage(business, a),
      customer.timeZone,
    );
  }
  if (a.smsOptIn && service?.smsNotificationsEnabled && customer.phone) {
    add(
      'customer',
      { ...customerRecipient, phone: customer.phone },
      'sms',
      customerLanguage(business, a),
      customer.timeZone,
    );
  }
  const staffEmail = staff?.emailAddress;
  if (staff && staffEmail) {
    add(
      'staff',
      { role: 'staff', name: staff.displayName, emailAddress: staffEmail, staffMemberId: staff.id },
      'email',
      business.languageTag,
      staff.timeZone ?? business.businessTimeZone,
    );
  }
  const ownerWanted = (extra.notifyOwner ?? true) && (policy.sendConfirmationsToOwner ?? true);
  if (ownerWanted && business.email && business.email.toLowerCase() !== staffEmail?.toLowerCase()) {
    add(
      'owner',
      { role: 'owner', name: business.displayName, emailAddress: business.email },
      'email',
      business.languageTag,
      business.businessTimeZone,
    );
  }
  // The staff member's own calendar (R15, CalDAV): the event as it is now, or its removal.
  // A request waiting for approval (R23) reaches the calendar once approved.
  const calendarKind = kind === 'approved' ? 'confirmation' : kind;
  const onCalendar =
    calendarKind === 'confirmation' || calendarKind === 'reschedule' || calendarKind === 'cancellation';
  if (writes(a.staffMemberId) && staff && onCalendar && a.approval !== 'pending') {
    out.push(calendarMessage(b, business, a, staff, calendarKind, extra));
  }
  const previous = extra.previousStaffMemberId;
  if (previous !== undefined && previous !== a.staffMemberId && writes(previous) && a.approval !== 'pending') {
    const before = findStaffMember(business, previous);
    if (before) out.push(calendarMessage(b, business, a, before, 'cancellation', extra));
  }
  return out;
}

/** Reminders from the service's `defaultReminders`, due at `start − offset`; ones already past are skipped. */
export function reminderMessages(b: Backend, business: Business, a: StoredAppointment): StoredOutboxMessage[] {
  const now = b.now();
  const service = findService(business, a.serviceId);
  const staff = findStaffMember(business, a.staffMemberId);
  const out: StoredOutboxMessage[] = [];
  for (const reminder of service?.defaultReminders ?? []) {
    const dueAtMs = a.startMs - durationMs(reminder.offset);
    if (dueAtMs <= now) continue;
    const targets: {
      audience: MessageAudience;
      recipient: OutboxRecipient;
      channel: 'email' | 'sms';
      lang?: string;
      zone: string;
    }[] = [];
    if (reminder.recipients !== 'staff') {
      const c = a.customer;
      if (c.emailAddress) {
        targets.push({
          audience: 'customer',
          recipient: { role: 'customer', name: c.name, emailAddress: c.emailAddress },
          channel: 'email',
          ...langOf(customerLanguage(business, a)),
          zone: c.timeZone,
        });
      }
      if (a.smsOptIn && service?.smsNotificationsEnabled && c.phone) {
        targets.push({
          audience: 'customer',
          recipient: { role: 'customer', name: c.name, phone: c.phone },
          channel: 'sms',
          ...langOf(customerLanguage(business, a)),
          zone: c.timeZone,
        });
      }
    }
    if (reminder.recipients !== 'customer' && staff?.emailAddress) {
      targets.push({
        audience: 'staff',
        recipient: {
          role: 'staff',
          name: staff.displayName,
          emailAddress: staff.emailAddress,
          staffMemberId: staff.id,
        },
        channel: 'email',
        ...langOf(business.languageTag),
        zone: staff.timeZone ?? business.businessTimeZone,
      });
    }
    for (const t of targets) {
      const { catalogue, languageTag } = messageText().catalogueFor(t.lang);
      const ctx = messageContext(business, a, languageTag, t.zone, { note: reminder.message });
      const mail =
        t.channel === 'email'
          ? appointmentEmail(
              business,
              a,
              'reminder',
              t.audience,
              languageTag,
              t.zone,
              { note: reminder.message },
              false,
            )
          : undefined;
      out.push({
        id: newId('msg'),
        businessId: business.id,
        appointmentId: a.id,
        kind: 'reminder',
        channel: t.channel,
        recipient: t.recipient,
        languageTag,
        timeZone: t.zone,
        subject: mail?.subject ?? '',
        body: mail?.body ?? fitSms(catalogue.sms('reminder', ctx)),
        ...(mail ? { html: mail.html } : {}),
        createdAt: toIso(now),
        dueAtMs,
        dueAt: toIso(dueAtMs),
        status: 'pending',
      });
    }
  }
  return out;
}

/** Pending reminders of a cancelled or moved appointment stop here, in the same transaction. */
export async function cancelPendingReminders(tx: StoreTx, appointmentId: string): Promise<void> {
  const rows = await tx.range('outbox', 'appointment', [appointmentId], [appointmentId]);
  for (const m of rows) {
    if (m.kind === 'reminder' && m.status === 'pending') await tx.put('outbox', { ...m, status: 'cancelled' });
  }
}

export function timeOffMessages(
  b: Backend,
  business: Business,
  staff: StaffMember,
  timeOffId: string,
  start: EpochMs,
  end: EpochMs,
  title?: string,
): StoredOutboxMessage[] {
  const now = b.now();
  const out: StoredOutboxMessage[] = [];
  const add = (audience: MessageAudience, recipient: OutboxRecipient, zone: string): void => {
    const { catalogue, languageTag } = messageText().catalogueFor(business.languageTag);
    const text = messageText().composeTimeOffEmail({
      business,
      texts: catalogue.email,
      staff,
      languageTag,
      timeZone: zone,
      start,
      end,
      ...(title ? { title } : {}),
    });
    out.push({
      id: newId('msg'),
      businessId: business.id,
      timeOffId,
      kind: 'timeOff',
      channel: 'email',
      recipient,
      languageTag,
      timeZone: zone,
      subject: text.subject,
      body: text.body,
      html: text.html,
      createdAt: toIso(now),
      dueAtMs: now,
      dueAt: toIso(now),
      status: 'pending',
    });
  };
  if (staff.emailAddress) {
    add(
      'staff',
      { role: 'staff', name: staff.displayName, emailAddress: staff.emailAddress, staffMemberId: staff.id },
      staff.timeZone ?? business.businessTimeZone,
    );
  }
  if (
    (business.schedulingPolicy.sendConfirmationsToOwner ?? true) &&
    business.email &&
    business.email !== staff.emailAddress
  ) {
    add(
      'owner',
      { role: 'owner', name: business.displayName, emailAddress: business.email },
      business.businessTimeZone,
    );
  }
  return out;
}

export function messageContext(
  business: Business,
  a: StoredAppointment,
  languageTag: string,
  timeZone: string,
  extra: { previousStartMs?: number; previousEndMs?: number; note?: string },
): MessageContext {
  const ctx: MessageContext = {
    businessName: business.displayName,
    // The service's name in the message's language (issue 17), falling back to the business's own.
    serviceName: findService(localizedBusiness(business, languageTag), a.serviceId)?.displayName ?? a.serviceName,
    staffName: staffName(business, a.staffMemberId),
    customerName: a.customer.name,
    when: messageText().formatWhen(a.startMs, a.endMs, languageTag, timeZone),
  };
  if (a.status === 'cancelled' && a.cancelledBy) ctx.cancelledBy = a.cancelledBy;
  if (extra.previousStartMs !== undefined && extra.previousEndMs !== undefined) {
    ctx.previousWhen = messageText().formatWhen(extra.previousStartMs, extra.previousEndMs, languageTag, timeZone);
  }
  if (a.joinWebUrl) ctx.joinWebUrl = a.joinWebUrl;
  if (extra.note) ctx.note = extra.note;
  return ctx;
}

/** An appointment e-mail, both parts (messages/compose.ts), in the recipient's language and zone. */
/** Issue 20: one date of a series as e-mails list it. */
export interface SeriesDate {
  startMs: EpochMs;
  endMs: EpochMs;
  cancelled?: boolean;
}

export function appointmentEmail(
  business: Business,
  a: StoredAppointment,
  kind: AppointmentMessageKind | 'reminder',
  audience: MessageAudience,
  languageTag: string,
  timeZone: string,
  extra: {
    manageUrl?: string | undefined;
    previousStartMs?: number;
    previousEndMs?: number;
    note?: string;
    seriesDates?: SeriesDate[];
  },
  icsAttached: boolean,
): { subject: string; body: string; html: string } {
  const { catalogue, languageTag: lang } = messageText().catalogueFor(languageTag);
  const c = a.customer;
  return messageText().composeAppointmentEmail({
    kind,
    audience,
    business,
    texts: catalogue.email,
    languageTag: lang,
    timeZone,
    appointment: {
      id: a.id,
      startMs: a.startMs,
      endMs: a.endMs,
      serviceId: a.serviceId,
      // The service's name in the message's language (issue 17), falling back to the business's own.
      serviceName: findService(localizedBusiness(business, lang), a.serviceId)?.displayName ?? a.serviceName,
      staffName: staffName(business, a.staffMemberId),
      customer: {
        name: c.name,
        ...(c.emailAddress ? { emailAddress: c.emailAddress } : {}),
        ...(c.phone ? { phone: c.phone } : {}),
      },
      ...(a.joinWebUrl ? { joinWebUrl: a.joinWebUrl } : {}),
    },
    ...(extra.manageUrl ? { manageUrl: extra.manageUrl } : {}),
    ...(extra.previousStartMs !== undefined ? { previousStartMs: extra.previousStartMs } : {}),
    ...(extra.previousEndMs !== undefined ? { previousEndMs: extra.previousEndMs } : {}),
    ...(extra.note ? { note: extra.note } : {}),
    ...(extra.seriesDates
      ? {
          seriesDates: extra.seriesDates.map(
            (d) =>
              `${messageText().formatWhen(d.startMs, d.endMs, lang, timeZone)}${d.cancelled ? ` (${catalogue.email.labels.seriesCancelled})` : ''}`,
          ),
        }
      : {}),
    icsAttached,
  });
}

function icsFor(
  business: Business,
  a: StoredAppointment,
  staff: StaffMember | undefined,
  method: 'REQUEST' | 'CANCEL',
  now: EpochMs,
  senderAddress: string | undefined,
): string {
  const service = findService(business, a.serviceId);
  const attendees: IcsPerson[] = [];
  if (a.customer.emailAddress) attendees.push({ name: a.customer.name, email: a.customer.emailAddress });
  if (staff?.emailAddress) attendees.push({ name: staff.displayName, email: staff.emailAddress });
  // An invitation always names its organizer (RFC 5546): the business, else the staff member, else
  // the address the messages are sent from.
  const organizerEmail = business.email ?? staff?.emailAddress ?? senderAddress ?? defaultSender(business);
  const address = business.address;
  const location =
    a.joinWebUrl ??
    (address
      ? [address.street, address.postalCode, address.city, address.state, address.countryOrRegion]
          .filter(Boolean)
          .join(', ')
      : undefined);
  return buildIcs({
    uid: `${a.id}@booking-elements`,
    dtstamp: now,
    start: a.startMs,
    end: a.endMs,
    summary: `${service?.displayName ?? a.serviceName} – ${business.displayName}`,
    ...(service?.description ? { description: service.description } : {}),
    ...(location ? { location } : {}),
    ...(a.joinWebUrl ? { joinUrl: a.joinWebUrl } : {}),
    organizer: { name: business.displayName, email: organizerEmail },
    attendees,
    method,
    sequence: a.sequence,
  });
}

/**
 * Without a configured sender: `bookings@` the business's web site's host, else an address of the
 * reserved `.invalid` domain (RFC 2606), which names the sender without pretending to reach anyone.
 */
export function defaultSender(business: Pick<Business, 'webSiteUrl'>): string {
  try {
    const host = business.webSiteUrl ? new URL(business.webSiteUrl).hostname.replace(/^www\./, '') : '';
    if (host && host.includes('.')) return `bookings@${host}`;
  } catch {
    // not a URL: fall through
  }
  return 'bookings@booking-elements.invalid';
}

// The GSM 03.38 basic set (no escapes): a text made of these travels as 7-bit characters.
const GSM7 = /^[A-Za-z0-9 \n\r@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!"#¤%&'()*+,\-./:;<=>?¡ÄÖÑÜ§¿äöñüà]*$/;

/**
 * An SMS text within two message segments: 306 GSM characters, or 134 when it needs Unicode
 * (ø is GSM, but ł and ő are not); longer texts (long business or service names) are cut with "...".
 */
export function fitSms(text: string): string {
  const limit = GSM7.test(text) ? 306 : 134;
  const chars = [...text];
  return chars.length <= limit
    ? text
    : `${chars
        .slice(0, limit - 3)
        .join('')
        .trimEnd()}...`;
}

function langOf(tag: string | undefined): { lang?: string } {
  return tag ? { lang: tag } : {};
}

function customerLanguage(business: Business, a: StoredAppointment): string | undefined {
  return a.customer.languageTag ?? business.languageTag;
}
