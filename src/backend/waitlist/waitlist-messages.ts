/**
 * The waitlist's outbox messages (issue 20): an e-mail (text and HTML parts, like every message)
 * and, where the customer opted in and the business sends SMS, a text message. Written in the
 * same transaction as the change they announce, in the customer's language and time zone.
 */
import { localizedBusiness } from '../../core/localized-business.js';
import type { Business, EpochMs } from '../../core/types.js';
import { type Backend, findService } from '../backend.js';
import { toIso } from '../boundary.js';
import { newId } from '../crypto.js';
import { renderEmailHtml, renderEmailText, safeHref, type EmailRow } from '../messages/email-document.js';
import { messageFormat } from '../messages/message-format.js';
import { fitSms } from '../outbox.js';
import type { StoredOutboxMessage, StoredWaitlistEntry } from '../store.js';
import { staffName } from '../views.js';
import { fillText, waitlistTextsFor, type WaitlistMessageKind } from './waitlist-texts.js';

function format(ms: EpochMs, lang: string, zone: string, options: Intl.DateTimeFormatOptions): string {
  return messageFormat(lang, zone, options).format(ms);
}

/** "Tuesday, 3 March 2026 at 09:00 Central European Standard Time" in the recipient's language and zone. */
export function formatWhen(ms: EpochMs, lang: string, zone: string): string {
  return format(ms, lang, zone, { dateStyle: 'full', timeStyle: 'long' });
}

/** What the entry waits for, in words: a session's start, or a day (in the business's calendar). */
export function wishText(business: Business, e: StoredWaitlistEntry, lang: string, zone: string): string {
  if (e.wish === 'session') return formatWhen(e.fromMs, lang, zone);
  // A day is the business's day: named at its noon so no zone moves it to a neighbour.
  const [y, m, d] = (e.date ?? '').split('-').map(Number);
  return format(Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1, 12), lang, 'UTC', { dateStyle: 'full' });
}

export interface WaitlistMessageExtra {
  /** The private link (with a token) to put in the message. */
  link?: string;
  position?: number;
}

/** The messages of one waitlist event to the customer: e-mail, and SMS when they opted in and SMS can go out. */
export function waitlistMessages(
  b: Backend,
  config: Business,
  e: StoredWaitlistEntry,
  kind: WaitlistMessageKind,
  extra: WaitlistMessageExtra,
): StoredOutboxMessage[] {
  const now = b.now();
  const { texts: t, lang } = waitlistTextsFor(e.customer.languageTag ?? config.languageTag);
  const business = localizedBusiness(config, lang);
  const service = findService(business, e.serviceId);
  const zone = e.customer.timeZone;
  const values: Record<string, string> = {
    customerName: e.customer.name,
    serviceName: service?.displayName ?? e.serviceId,
    businessName: business.displayName,
    position: String(extra.position ?? ''),
    when: e.offer ? formatWhen(e.offer.startMs, lang, zone) : wishText(business, e, lang, zone),
    until: e.offer ? formatWhen(e.offer.expiresAtMs, lang, zone) : '',
    link: extra.link ?? '',
  };
  const subject = fillText(t.subject[kind], values);
  const before = fillText(t.body[kind], values);
  const details: EmailRow[] = [
    { label: t.labels.service, value: values.serviceName ?? '' },
    { label: t.labels.wish, value: wishText(business, e, lang, zone) },
  ];
  if (e.offer && kind === 'waitlistOffer') {
    details.push({ label: t.labels.offered, value: values.when ?? '' });
    details.push({ label: t.labels.staff, value: staffName(business, e.offer.staffMemberId) });
    details.push({ label: t.labels.until, value: values.until ?? '' });
  }
  const label = kind === 'waitlistOffer' ? t.labels.claim : t.labels.view;
  const web = extra.link && kind !== 'waitlistLapsed' && safeHref(extra.link) && /^https?:/.test(extra.link);
  const linkPart = extra.link && kind !== 'waitlistLapsed' ? { label, href: extra.link } : undefined;
  const doc = {
    lang,
    subject,
    businessName: business.displayName,
    before,
    after: '',
    detailsHeading: t.labels.details,
    details,
    ...(linkPart ? (web ? { action: linkPart } : { textAction: linkPart }) : {}),
    ...(business.bookingPageSettings.bookingPageColorCode
      ? { accent: business.bookingPageSettings.bookingPageColorCode }
      : {}),
  };
  const out: StoredOutboxMessage[] = [];
  const base = {
    businessId: business.id,
    waitlistEntryId: e.id,
    kind,
    languageTag: lang,
    timeZone: zone,
    createdAt: toIso(now),
    dueAtMs: now,
    dueAt: toIso(now),
    status: 'pending' as const,
  };
  const recipient = { role: 'customer' as const, name: e.customer.name };
  if (e.customer.emailAddress) {
    out.push({
      ...base,
      id: newId('msg'),
      channel: 'email',
      recipient: { ...recipient, emailAddress: e.customer.emailAddress },
      subject,
      body: renderEmailText(doc),
      html: renderEmailHtml(doc),
    });
  }
  if (e.smsOptIn && service && b.smsOn(service) && e.customer.phone) {
    out.push({
      ...base,
      id: newId('msg'),
      channel: 'sms',
      recipient: { ...recipient, phone: e.customer.phone },
      subject: '',
      body: fitSms(fillText(t.sms[kind], values)),
    });
  }
  return out;
}
