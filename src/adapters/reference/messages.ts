/**
 * The text of outbox messages (R15), in one module so other languages can plug in: a catalogue
 * is a set of functions from a context to strings, chosen by the recipient's language tag.
 * English only for now; `catalogueFor` falls back to it. Dates and times go through
 * `Intl.DateTimeFormat` with the recipient's zone, and always name that zone.
 */

export type MessageAudience = 'customer' | 'staff' | 'owner';

export interface MessageContext {
  businessName: string;
  serviceName: string;
  staffName: string;
  customerName: string;
  /** Formatted start–end with the zone named, in the recipient's language and zone. */
  when: string;
  /** The earlier time, for reschedules. */
  previousWhen?: string;
  joinWebUrl?: string;
  /** The customer's private link to view, reschedule or cancel (confirmation only). */
  manageUrl?: string;
  /** A message from staff (cancellation) or the reminder's configured text. */
  note?: string;
  /** Who cancelled: the customer or the business. */
  cancelledBy?: 'customer' | 'staff';
}

export interface TimeOffContext {
  businessName: string;
  staffName: string;
  title?: string;
  when: string;
}

export interface MessageText {
  subject: string;
  body: string;
}

export interface MessageCatalogue {
  confirmation(audience: MessageAudience, c: MessageContext): MessageText;
  reschedule(audience: MessageAudience, c: MessageContext): MessageText;
  cancellation(audience: MessageAudience, c: MessageContext): MessageText;
  reminder(audience: MessageAudience, c: MessageContext): MessageText;
  timeOff(audience: MessageAudience, c: TimeOffContext): MessageText;
  /** A short text message for customers who opted in to SMS. */
  sms(kind: 'confirmation' | 'reschedule' | 'cancellation' | 'reminder', c: MessageContext): string;
}

function lines(...parts: (string | false | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join('\n');
}

const en: MessageCatalogue = {
  confirmation: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Booking confirmed: ${c.serviceName} at ${c.businessName}`,
          body: lines(
            `Hello ${c.customerName},`,
            '',
            `Your booking for ${c.serviceName} with ${c.staffName} is confirmed.`,
            `When: ${c.when}`,
            c.joinWebUrl && `Join online: ${c.joinWebUrl}`,
            c.manageUrl && `View, reschedule or cancel: ${c.manageUrl}`,
            '',
            c.businessName,
          ),
        }
      : {
          subject: `New booking: ${c.serviceName} with ${c.customerName}`,
          body: lines(
            `${c.customerName} booked ${c.serviceName} with ${c.staffName}.`,
            `When: ${c.when}`,
            c.joinWebUrl && `Join online: ${c.joinWebUrl}`,
          ),
        },
  reschedule: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Booking moved: ${c.serviceName} at ${c.businessName}`,
          body: lines(
            `Hello ${c.customerName},`,
            '',
            `Your booking for ${c.serviceName} with ${c.staffName} has a new time.`,
            `When: ${c.when}`,
            c.previousWhen && `Previously: ${c.previousWhen}`,
            c.joinWebUrl && `Join online: ${c.joinWebUrl}`,
            '',
            c.businessName,
          ),
        }
      : {
          subject: `Booking moved: ${c.serviceName} with ${c.customerName}`,
          body: lines(
            `${c.customerName}'s booking for ${c.serviceName} with ${c.staffName} has a new time.`,
            `When: ${c.when}`,
            c.previousWhen && `Previously: ${c.previousWhen}`,
          ),
        },
  cancellation: (audience, c) =>
    audience === 'customer'
      ? {
          subject: `Booking cancelled: ${c.serviceName} at ${c.businessName}`,
          body: lines(
            `Hello ${c.customerName},`,
            '',
            c.cancelledBy === 'staff'
              ? `${c.businessName} cancelled your booking for ${c.serviceName}.`
              : `Your booking for ${c.serviceName} has been cancelled.`,
            `It was: ${c.when}`,
            c.note && `Message: ${c.note}`,
            '',
            c.businessName,
          ),
        }
      : {
          subject: `Booking cancelled: ${c.serviceName} with ${c.customerName}`,
          body: lines(
            c.cancelledBy === 'staff'
              ? `The booking of ${c.customerName} for ${c.serviceName} with ${c.staffName} was cancelled by staff.`
              : `${c.customerName} cancelled their booking for ${c.serviceName} with ${c.staffName}.`,
            `It was: ${c.when}`,
            c.note && `Message: ${c.note}`,
          ),
        },
  reminder: (audience, c) => ({
    subject: `Reminder: ${c.serviceName} at ${c.businessName}`,
    body: lines(
      audience === 'customer' ? `Hello ${c.customerName},` : `Hello ${c.staffName},`,
      '',
      audience === 'customer'
        ? `This is a reminder of your booking for ${c.serviceName} with ${c.staffName}.`
        : `This is a reminder of ${c.customerName}'s booking for ${c.serviceName}.`,
      `When: ${c.when}`,
      c.joinWebUrl && `Join online: ${c.joinWebUrl}`,
      c.note,
    ),
  }),
  timeOff: (_audience, c) => ({
    subject: `Time off: ${c.staffName}${c.title ? ` (${c.title})` : ''}`,
    body: lines(`${c.staffName} is away${c.title ? ` (${c.title})` : ''}.`, `When: ${c.when}`, '', c.businessName),
  }),
  sms: (kind, c) => {
    switch (kind) {
      case 'confirmation':
        return `${c.businessName}: ${c.serviceName} booked for ${c.when}.`;
      case 'reschedule':
        return `${c.businessName}: ${c.serviceName} moved to ${c.when}.`;
      case 'cancellation':
        return `${c.businessName}: ${c.serviceName} on ${c.when} is cancelled.`;
      case 'reminder':
        return `${c.businessName}: reminder, ${c.serviceName} on ${c.when}.`;
    }
  },
};

const catalogues = new Map<string, MessageCatalogue>([['en', en]]);

/** Adds or replaces a language's catalogue (matched on the primary subtag: `da`, `de`, …). */
export function registerMessageCatalogue(language: string, catalogue: MessageCatalogue): void {
  catalogues.set(language.toLowerCase(), catalogue);
}

/** The catalogue for a BCP 47 tag and the tag actually used (English when the language has none yet). */
export function catalogueFor(languageTag: string | undefined): { catalogue: MessageCatalogue; languageTag: string } {
  const primary = (languageTag ?? 'en').split('-')[0]?.toLowerCase() ?? 'en';
  const catalogue = catalogues.get(primary);
  return catalogue ? { catalogue, languageTag: languageTag ?? 'en' } : { catalogue: en, languageTag: 'en' };
}

const formatters = new Map<string, { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();

/** "Tuesday, December 1, 2026, 9:00 AM – 9:30 AM Central European Standard Time" in the given language and zone. */
export function formatWhen(start: number, end: number, languageTag: string, timeZone: string): string {
  const key = `${languageTag}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    let locale = languageTag;
    try {
      new Intl.DateTimeFormat(locale);
    } catch {
      locale = 'en';
    }
    f = {
      date: new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone }),
      time: new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }),
    };
    formatters.set(key, f);
  }
  const zoneName =
    new Intl.DateTimeFormat(languageTag, { timeZone, timeZoneName: 'long' })
      .formatToParts(start)
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  return `${f.date.format(start)}, ${f.time.format(start)} – ${f.time.format(end)} ${zoneName} (${timeZone})`;
}
