/**
 * The text of outbox messages (R15), in one module so other languages can plug in: a catalogue
 * is a set of functions from a context to strings, chosen by the recipient's language tag.
 * English, Danish, German, French, Dutch and Polish are built in; `registerMessageCatalogue` adds
 * others, and `catalogueFor` falls back to English. Customers get their own language (the
 * `customer.languageTag` the booking page sends), staff and owners the business's. Dates and times
 * go through `Intl.DateTimeFormat` with the recipient's zone, and always name that zone.
 * `npm run i18n:check` keeps every catalogue's placeholders in step with English.
 */

import type { MessageTemplate, TemplateKind } from '../../core/message-templates.js';

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

/** The kinds of e-mail with a default wording: the six a business may word itself, and the approval ones (R23). */
export type DefaultTemplateKey = TemplateKind | 'requested' | 'approved' | 'declined' | 'expired';

/** What happened, as staff notifications name it (`{event}`) and say it (`{summary}`). */
export type StaffEvent =
  'confirmation' | 'reschedule' | 'cancellation' | 'reminder' | 'requested' | 'approved' | 'declined' | 'expired';

/** The words of the generated part of an e-mail: the details block, the links and the contact details. */
export interface EmailLabels {
  detailsHeading: string;
  service: string;
  when: string;
  /** The time in the business's zone, shown when the recipient's zone differs. */
  businessTime: string;
  previously: string;
  duration: string;
  staff: string;
  location: string;
  online: string;
  joinOnline: string;
  price: string;
  free: string;
  message: string;
  customer: string;
  title: string;
  manage: string;
  addToCalendar: string;
  googleCalendar: string;
  outlookCom: string;
  microsoft365: string;
  /** Said under the calendar links when the invitation travels with the message. */
  icsAttached: string;
  /** Issue 20: the row listing a series' dates. */
  seriesDates: string;
  /** Marks a cancelled date in that list. */
  seriesCancelled: string;
  contact: string;
  phone: string;
  email: string;
  website: string;
}

/**
 * One language's e-mail wording (R15): the default templates (core/message-templates.ts syntax,
 * the business may replace the six customizable ones), the staff notifications' event names and
 * summaries (templates too), and the labels of the generated details block.
 */
export interface EmailTexts {
  templates: Record<DefaultTemplateKey, MessageTemplate>;
  events: Record<StaffEvent, string>;
  summaries: Record<StaffEvent, string>;
  labels: EmailLabels;
}

export interface MessageCatalogue {
  email: EmailTexts;
  /** A short text message for customers who opted in to SMS. */
  sms(kind: SmsKind, c: MessageContext): string;
}

export type SmsKind =
  'confirmation' | 'reschedule' | 'cancellation' | 'reminder' | 'requested' | 'approved' | 'declined' | 'expired';
