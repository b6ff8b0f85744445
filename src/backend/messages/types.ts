/**
 * The text of outbox messages (R15), in one module so other languages can plug in: a catalogue
 * is a set of functions from a context to strings, chosen by the recipient's language tag.
 * English, Danish, German, French, Dutch and Polish are built in; `registerMessageCatalogue` adds
 * others, and `catalogueFor` falls back to English. Customers get their own language (the
 * `customer.languageTag` the booking page sends), staff and owners the business's. Dates and times
 * go through `Intl.DateTimeFormat` with the recipient's zone, and always name that zone.
 * `npm run i18n:check` keeps every catalogue's placeholders in step with English.
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
  /** R23: a request waiting for approval (the customer gets their manage link with it). */
  requested(audience: MessageAudience, c: MessageContext): MessageText;
  /** R23: the request was approved: the booking stands. */
  approved(audience: MessageAudience, c: MessageContext): MessageText;
  /** R23: the request was declined, with staff's message in `note`. */
  declined(audience: MessageAudience, c: MessageContext): MessageText;
  /** R23: nobody answered the request in time. */
  expired(audience: MessageAudience, c: MessageContext): MessageText;
  /** A short text message for customers who opted in to SMS. */
  sms(kind: SmsKind, c: MessageContext): string;
}

export type SmsKind =
  'confirmation' | 'reschedule' | 'cancellation' | 'reminder' | 'requested' | 'approved' | 'declined' | 'expired';

export function lines(...parts: (string | false | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join('\n');
}

/** `Name (title)` when there is a title. */
export const titled = (title: string | undefined) => (title ? ` (${title})` : '');
