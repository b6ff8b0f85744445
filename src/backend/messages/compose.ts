/**
 * Composes the e-mails of the outbox (R15): picks the wording (the business's template for the
 * kind and language, else the built-in one), fills its placeholders, and builds the generated
 * details block, actions, calendar links and contact details around it; email-document.ts
 * renders the two parts. Loaded with the catalogues (index.ts), only when a message is written.
 */
import { calendarLinks } from '../../core/calendar-links.js';
import {
  fillTemplate,
  parseTemplate,
  splitAtDetails,
  TEMPLATE_PLACEHOLDERS,
  type MessageTemplate,
  type TemplateKind,
} from '../../core/message-templates.js';
import type { Address, Business, EpochMs, StaffMember } from '../../core/types.js';
import { renderEmailHtml, renderEmailText, safeHref, type EmailDocument, type EmailRow } from './email-document.js';
import { messageFormat } from './message-format.js';
import type { DefaultTemplateKey, EmailTexts, MessageAudience, StaffEvent } from './types.js';

export interface ComposedEmail {
  subject: string;
  /** The plain-text part. */
  body: string;
  /** The HTML part. */
  html: string;
}

/** The facts of one appointment message, as outbox.ts knows them. */
export interface AppointmentEmailFacts {
  kind: StaffEvent;
  audience: MessageAudience;
  business: Business;
  texts: EmailTexts;
  /** The recipient's language (the catalogue's) and zone. */
  languageTag: string;
  timeZone: string;
  appointment: {
    id: string;
    startMs: EpochMs;
    endMs: EpochMs;
    serviceId: string;
    serviceName: string;
    staffName: string;
    customer: { name: string; emailAddress?: string; phone?: string };
    joinWebUrl?: string;
  };
  manageUrl?: string;
  previousStartMs?: EpochMs;
  previousEndMs?: EpochMs;
  note?: string;
  /** Issue 20: every date of the series, written in the recipient's language and zone. */
  seriesDates?: string[];
  /** Whether the `.ics` travels with this message. */
  icsAttached: boolean;
}

const dtf = messageFormat;

const formatDate = (ms: EpochMs, lang: string, zone: string) => dtf(lang, zone, { dateStyle: 'full' }).format(ms);
const formatTime = (ms: EpochMs, lang: string, zone: string) =>
  dtf(lang, zone, { hour: 'numeric', minute: '2-digit' }).format(ms);
const zoneName = (ms: EpochMs, lang: string, zone: string) =>
  dtf(lang, zone, { timeZoneName: 'long' })
    .formatToParts(ms)
    .find((p) => p.type === 'timeZoneName')?.value ?? zone;

/**
 * "Tuesday, 3 March 2026, 09:00 – 09:30 Central European Standard Time (Europe/Copenhagen)", as the
 * outbox has always written times (an end on another day names its date).
 */
export function formatRange(start: EpochMs, end: EpochMs, lang: string, zone: string): string {
  const endDate = formatDate(end, lang, zone);
  const sameDay = endDate === formatDate(start, lang, zone) || end - start <= 0;
  const until = sameDay ? formatTime(end, lang, zone) : `${endDate}, ${formatTime(end, lang, zone)}`;
  return `${formatDate(start, lang, zone)}, ${formatTime(start, lang, zone)} – ${until} ${zoneName(start, lang, zone)} (${zone})`;
}

function formatStart(ms: EpochMs, lang: string, zone: string): string {
  return `${formatDate(ms, lang, zone)}, ${formatTime(ms, lang, zone)}`;
}

/** Unit formatters by language and unit: built once (each costs more than the message around it). */
const unitFormats = new Map<string, Intl.NumberFormat>();

function unitFormat(lang: string, unit: 'hour' | 'minute'): Intl.NumberFormat {
  const key = `${lang}|${unit}`;
  let f = unitFormats.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' });
    } catch {
      f = new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay: 'long' });
    }
    unitFormats.set(key, f);
  }
  return f;
}

/** "1 hour, 30 minutes" in the language (Intl unit formatting: no word lists of our own). */
export function formatDuration(ms: number, lang: string): string {
  const minutes = Math.round(ms / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const unit = (value: number, u: 'hour' | 'minute') => unitFormat(lang, u).format(value);
  const parts = [...(h > 0 ? [unit(h, 'hour')] : []), ...(m > 0 || h === 0 ? [unit(m, 'minute')] : [])];
  return parts.join(' ');
}

function formatPrice(business: Business, serviceId: string, lang: string, free: string): string | undefined {
  const service = business.services.find((s) => s.id === serviceId);
  if (!service) return undefined;
  if (service.defaultPriceType === 'free') return free;
  const price = service.defaultPrice;
  if (price === undefined || !['fixedPrice', 'startingAt', 'hourly'].includes(service.defaultPriceType))
    return undefined;
  const currency = business.defaultCurrencyIso;
  try {
    return currency
      ? new Intl.NumberFormat(lang, { style: 'currency', currency }).format(price)
      : new Intl.NumberFormat(lang).format(price);
  } catch {
    return String(price);
  }
}

export function formatAddress(address: Address | undefined): string | undefined {
  if (!address) return undefined;
  const line = [
    address.street,
    [address.postalCode, address.city].filter(Boolean).join(' '),
    address.state,
    address.countryOrRegion,
  ]
    .filter((p) => p && p.trim())
    .join(', ');
  return line || undefined;
}

/** The business's wording for the kind and language (exact tag, then its language), else the built-in one. */
export function templateFor(
  business: Pick<Business, 'messageTemplates'>,
  key: DefaultTemplateKey,
  languageTag: string,
  texts: EmailTexts,
): MessageTemplate {
  const own = (TEMPLATE_PLACEHOLDERS as Record<string, readonly string[] | undefined>)[key]
    ? business.messageTemplates?.[key as TemplateKind]
    : undefined;
  if (own) {
    const exact = Object.keys(own).find((t) => t.toLowerCase() === languageTag.toLowerCase());
    const primary = languageTag.split('-')[0]?.toLowerCase();
    const base = Object.keys(own).find((t) => t.toLowerCase() === primary);
    const found = own[exact ?? base ?? ''];
    if (found) return found;
  }
  return texts.templates[key];
}

/** Placeholders of a template kind; the approval kinds take the confirmation's. */
function allowedFor(key: DefaultTemplateKey): readonly string[] {
  return key in TEMPLATE_PLACEHOLDERS ? TEMPLATE_PLACEHOLDERS[key as TemplateKind] : TEMPLATE_PLACEHOLDERS.confirmation;
}

/** Fills a template into the subject and the text around the details block. */
export function fillMessage(
  template: MessageTemplate,
  key: DefaultTemplateKey,
  values: Readonly<Record<string, string | undefined>>,
): { subject: string; before: string; after: string } {
  const allowed = allowedFor(key);
  // Saved templates were checked on save; an unknown placeholder left in a built-in one prints as empty.
  const subject = fillTemplate(parseTemplate(template.subject, allowed, 'subject').parts, values)
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
  const { before, after } = splitAtDetails(parseTemplate(template.body, allowed, 'body').parts);
  return { subject, before: fillTemplate(before, values), after: fillTemplate(after, values) };
}

function contactRows(business: Business, t: EmailTexts['labels']): EmailRow[] {
  const rows: EmailRow[] = [];
  const address = formatAddress(business.address);
  if (address) rows.push({ label: '', value: address });
  if (business.phone)
    rows.push({ label: t.phone, value: business.phone, href: `tel:${business.phone.replace(/[^\d+]/g, '')}` });
  if (business.email) rows.push({ label: t.email, value: business.email, href: `mailto:${business.email}` });
  if (business.webSiteUrl) rows.push({ label: t.website, value: business.webSiteUrl, href: business.webSiteUrl });
  return rows;
}

function render(doc: EmailDocument): ComposedEmail {
  return { subject: doc.subject, body: renderEmailText(doc), html: renderEmailHtml(doc) };
}

const CUSTOMER_KINDS: Partial<Record<StaffEvent, DefaultTemplateKey>> = {
  confirmation: 'confirmation',
  reschedule: 'reschedule',
  cancellation: 'cancellation',
  reminder: 'reminder',
  requested: 'requested',
  approved: 'approved',
  declined: 'declined',
  expired: 'expired',
};

/** The values of every appointment placeholder, in the recipient's language and zone. */
export function appointmentValues(f: AppointmentEmailFacts): Record<string, string | undefined> {
  const a = f.appointment;
  const { languageTag: lang, timeZone: zone, business } = f;
  const address = formatAddress(business.address);
  const values: Record<string, string | undefined> = {
    businessName: business.displayName,
    customerName: a.customer.name,
    serviceName: a.serviceName,
    staffName: a.staffName,
    start: `${formatStart(a.startMs, lang, zone)} (${zoneName(a.startMs, lang, zone)})`,
    date: formatDate(a.startMs, lang, zone),
    time: formatTime(a.startMs, lang, zone),
    duration: formatDuration(a.endMs - a.startMs, lang),
    location: a.joinWebUrl ? f.texts.labels.online : address,
    price: formatPrice(business, a.serviceId, lang, f.texts.labels.free),
    manageUrl: f.manageUrl,
    message: f.note,
    event: f.texts.events[f.kind],
  };
  if (f.previousStartMs !== undefined) values.previousStart = formatStart(f.previousStartMs, lang, zone);
  values.summary = fillTemplate(
    parseTemplate(f.texts.summaries[f.kind], TEMPLATE_PLACEHOLDERS.staffNotification).parts,
    values,
  );
  return values;
}

/** One appointment e-mail, both parts. */
export function composeAppointmentEmail(f: AppointmentEmailFacts): ComposedEmail {
  const a = f.appointment;
  const { business, texts, languageTag: lang, timeZone: zone } = f;
  const l = texts.labels;
  const key: DefaultTemplateKey =
    f.audience === 'customer' ? (CUSTOMER_KINDS[f.kind] ?? 'confirmation') : 'staffNotification';
  const values = appointmentValues(f);
  const { subject, before, after } = fillMessage(templateFor(business, key, lang, texts), key, values);

  const details: EmailRow[] = [{ label: l.service, value: a.serviceName }];
  details.push({ label: l.when, value: formatRange(a.startMs, a.endMs, lang, zone) });
  if (zone !== business.businessTimeZone) {
    details.push({ label: l.businessTime, value: formatRange(a.startMs, a.endMs, lang, business.businessTimeZone) });
  }
  if (f.previousStartMs !== undefined && f.previousEndMs !== undefined) {
    details.push({ label: l.previously, value: formatRange(f.previousStartMs, f.previousEndMs, lang, zone) });
  }
  details.push({ label: l.duration, value: values.duration ?? '' });
  details.push({ label: l.staff, value: a.staffName });
  const address = formatAddress(business.address);
  if (a.joinWebUrl) details.push({ label: l.joinOnline, value: a.joinWebUrl, href: a.joinWebUrl });
  else if (address) details.push({ label: l.location, value: address });
  if (values.price) details.push({ label: l.price, value: values.price });
  if (f.audience !== 'customer') {
    const c = a.customer;
    details.push({ label: l.customer, value: [c.name, c.emailAddress, c.phone].filter(Boolean).join('\n') });
  }
  if (f.note) details.push({ label: l.message, value: f.note });
  if (f.seriesDates && f.seriesDates.length > 0)
    details.push({ label: l.seriesDates, value: f.seriesDates.join('\n') });

  const live = f.kind !== 'cancellation' && f.kind !== 'declined' && f.kind !== 'expired';
  const withInvitation = live && f.kind !== 'requested';
  // A manage link that is no web address (a server without its manage page's URL) is left out.
  const manageUrl = safeHref(f.manageUrl) && /^https?:/.test(f.manageUrl ?? '') ? f.manageUrl : undefined;
  const action = manageUrl && live ? { label: l.manage, href: manageUrl } : undefined;
  const textAction = !manageUrl && f.manageUrl && live ? { label: l.manage, href: f.manageUrl } : undefined;
  const location = a.joinWebUrl ?? address;
  const links = withInvitation
    ? calendarLinks({
        title: `${a.serviceName} – ${business.displayName}`,
        start: a.startMs,
        end: a.endMs,
        ...(location ? { location } : {}),
        ...(f.audience === 'customer' && manageUrl ? { details: `${l.manage}: ${manageUrl}` } : {}),
      })
    : undefined;
  return render({
    lang,
    subject,
    ...(textAction ? { textAction } : {}),
    businessName: business.displayName,
    before,
    after,
    detailsHeading: l.detailsHeading,
    details,
    ...(action ? { action } : {}),
    ...(links
      ? {
          calendar: {
            heading: l.addToCalendar,
            links: [
              { label: l.googleCalendar, href: links.google },
              { label: l.outlookCom, href: links.outlookCom },
              { label: l.microsoft365, href: links.microsoft365 },
            ],
            ...(f.icsAttached ? { note: l.icsAttached } : {}),
          },
        }
      : {}),
    contact: { heading: l.contact, rows: contactRows(business, l) },
    ...(business.bookingPageSettings.bookingPageColorCode
      ? { accent: business.bookingPageSettings.bookingPageColorCode }
      : {}),
  });
}

/** A time-off notice (to the staff member and the owner). */
export function composeTimeOffEmail(f: {
  business: Business;
  texts: EmailTexts;
  staff: Pick<StaffMember, 'displayName'>;
  languageTag: string;
  timeZone: string;
  start: EpochMs;
  end: EpochMs;
  title?: string;
}): ComposedEmail {
  const { business, texts, languageTag: lang, timeZone: zone } = f;
  const l = texts.labels;
  const values = {
    businessName: business.displayName,
    staffName: f.staff.displayName,
    title: f.title,
    start: formatStart(f.start, lang, zone),
    end: formatStart(f.end, lang, zone),
  };
  const { subject, before, after } = fillMessage(templateFor(business, 'timeOff', lang, texts), 'timeOff', values);
  const details: EmailRow[] = [
    { label: l.staff, value: f.staff.displayName },
    { label: l.when, value: formatRange(f.start, f.end, lang, zone) },
    ...(f.title ? [{ label: l.title, value: f.title }] : []),
  ];
  return render({
    lang,
    subject,
    businessName: business.displayName,
    before,
    after,
    detailsHeading: l.detailsHeading,
    details,
    contact: { heading: l.contact, rows: contactRows(business, l) },
  });
}
