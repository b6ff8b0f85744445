// booking-elements/react: a React component per public element, made with @lit/react. Props that
// are element properties (`adapter`, `clock`, `timeZone`, …) are set as properties, the rest go to
// React; every event the element fires is an `onX` prop (`booking-confirmed` → `onBookingConfirmed`,
// the native `change` → `onChange`), added with addEventListener so it works in React 18 and 19.
//
// Importing this module registers every tag, guarded like define/*.ts (a second copy of the library
// on the page does not throw): a wrapper renders its tag, so the tag must exist.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { defineElement } from './define/define-element.js';
import {
  BookingAdmin as BookingAdminElement,
  BookingAdminBusiness as BookingAdminBusinessElement,
  BookingAdminTemplates as BookingAdminTemplatesElement,
  BookingAdminTranslations as BookingAdminTranslationsElement,
  BookingAdminCalendar as BookingAdminCalendarElement,
  BookingAdminCalendarConnection as BookingAdminCalendarConnectionElement,
  BookingAdminFigures as BookingAdminFiguresElement,
  BookingAdminCustomerRecord as BookingAdminCustomerRecordElement,
  BookingAdminCustomers as BookingAdminCustomersElement,
  BookingAdminExplain as BookingAdminExplainElement,
  BookingAdminExceptions as BookingAdminExceptionsElement,
  BookingAdminHours as BookingAdminHoursElement,
  BookingAdminOutbox as BookingAdminOutboxElement,
  BookingAdminWaitlist as BookingAdminWaitlistElement,
  BookingAdminReports as BookingAdminReportsElement,
  BookingAdminServices as BookingAdminServicesElement,
  BookingAdminStaff as BookingAdminStaffElement,
  BookingAdminWebhooks as BookingAdminWebhooksElement,
  BookingButton as BookingButtonElement,
  BookingCalendar as BookingCalendarElement,
  BookingDetailsForm as BookingDetailsFormElement,
  BookingManage as BookingManageElement,
  BookingPage as BookingPageElement,
  BookingSlotList as BookingSlotListElement,
  BookingStaffPicker as BookingStaffPickerElement,
  BookingTimePicker as BookingTimePickerElement,
  BookingTimeZoneSelect as BookingTimeZoneSelectElement,
} from './elements/index.js';

// Registered here rather than by importing define/<tag>.ts: bundled, those modules would become a
// chunk shared with dist/define.js, and a chunk is not in package.json's sideEffects, so an
// application's bundler would drop it and no tag would be defined. Here the calls stay in
// dist/react.js, which sideEffects names. Same order as define.ts: parts before the pages.
defineElement('booking-calendar', BookingCalendarElement);
defineElement('booking-slot-list', BookingSlotListElement);
defineElement('booking-staff-picker', BookingStaffPickerElement);
defineElement('booking-time-zone-select', BookingTimeZoneSelectElement);
defineElement('booking-details-form', BookingDetailsFormElement);
defineElement('booking-time-picker', BookingTimePickerElement);
defineElement('booking-page', BookingPageElement);
defineElement('booking-button', BookingButtonElement);
defineElement('booking-manage', BookingManageElement);
defineElement('booking-admin-hours', BookingAdminHoursElement);
defineElement('booking-admin-exceptions', BookingAdminExceptionsElement);
defineElement('booking-admin-calendar-connection', BookingAdminCalendarConnectionElement);
defineElement('booking-admin-figures', BookingAdminFiguresElement);
defineElement('booking-admin-customer-record', BookingAdminCustomerRecordElement);
defineElement('booking-admin-calendar', BookingAdminCalendarElement);
defineElement('booking-admin-services', BookingAdminServicesElement);
defineElement('booking-admin-staff', BookingAdminStaffElement);
defineElement('booking-admin-business', BookingAdminBusinessElement);
defineElement('booking-admin-translations', BookingAdminTranslationsElement);
defineElement('booking-admin-templates', BookingAdminTemplatesElement);
defineElement('booking-admin-customers', BookingAdminCustomersElement);
defineElement('booking-admin-outbox', BookingAdminOutboxElement);
defineElement('booking-admin-waitlist', BookingAdminWaitlistElement);
defineElement('booking-admin-webhooks', BookingAdminWebhooksElement);
defineElement('booking-admin-reports', BookingAdminReportsElement);
defineElement('booking-admin-explain', BookingAdminExplainElement);
defineElement('booking-admin', BookingAdminElement);

/** The event `name` as @lit/react's typed event name, so `onX` handlers receive the right class. */
const event = <N extends keyof GlobalEventHandlersEventMap>(name: N) =>
  name as EventName<GlobalEventHandlersEventMap[N]>;

const onChange = event('change');
const onBookingFailed = event('booking-failed');
const onBookingAdminChanged = event('booking-admin-changed');

/** The booking flow's events, from `<booking-page>` or the popup of `<booking-button>`. */
const bookingFlowEvents = {
  onBookingViewed: event('booking-viewed'),
  onBookingServiceSelected: event('booking-service-selected'),
  onBookingStaffSelected: event('booking-staff-selected'),
  onBookingSlotSelected: event('booking-slot-selected'),
  onBookingConfirm: event('booking-confirm'),
  onBookingConfirmed: event('booking-confirmed'),
  onBookingFailed,
};

/** `<booking-page>`: the customer booking flow. */
export const BookingPage = createComponent({
  react: React,
  tagName: 'booking-page',
  elementClass: BookingPageElement,
  displayName: 'BookingPage',
  events: bookingFlowEvents,
});

/** `<booking-button>`: a button (or floating button) that opens the booking flow in a popup. */
export const BookingButton = createComponent({
  react: React,
  tagName: 'booking-button',
  elementClass: BookingButtonElement,
  displayName: 'BookingButton',
  events: bookingFlowEvents,
});

/** `<booking-manage>`: view, reschedule or cancel one booking. */
export const BookingManage = createComponent({
  react: React,
  tagName: 'booking-manage',
  elementClass: BookingManageElement,
  displayName: 'BookingManage',
  events: {
    onBookingRescheduled: event('booking-rescheduled'),
    onBookingCancelled: event('booking-cancelled'),
    onBookingFailed,
  },
});

/** `<booking-calendar>`: a month of days with free times. */
export const BookingCalendar = createComponent({
  react: React,
  tagName: 'booking-calendar',
  elementClass: BookingCalendarElement,
  displayName: 'BookingCalendar',
  events: { onChange, onBookingMonthChange: event('booking-month-change') },
});

/** `<booking-slot-list>`: the free times of a day. */
export const BookingSlotList = createComponent({
  react: React,
  tagName: 'booking-slot-list',
  elementClass: BookingSlotListElement,
  displayName: 'BookingSlotList',
  events: { onChange },
});

/** `<booking-staff-picker>`: staff choice with "Anyone" first. */
export const BookingStaffPicker = createComponent({
  react: React,
  tagName: 'booking-staff-picker',
  elementClass: BookingStaffPickerElement,
  displayName: 'BookingStaffPicker',
  events: { onChange },
});

/** `<booking-time-zone-select>`: the zone times are shown in. */
export const BookingTimeZoneSelect = createComponent({
  react: React,
  tagName: 'booking-time-zone-select',
  elementClass: BookingTimeZoneSelectElement,
  displayName: 'BookingTimeZoneSelect',
  events: { onChange },
});

/** `<booking-details-form>`: the customer's details. */
export const BookingDetailsForm = createComponent({
  react: React,
  tagName: 'booking-details-form',
  elementClass: BookingDetailsFormElement,
  displayName: 'BookingDetailsForm',
  events: { onInput: event('input') },
});

/** `<booking-time-picker>`: calendar, free times and zone for one service. */
export const BookingTimePicker = createComponent({
  react: React,
  tagName: 'booking-time-picker',
  elementClass: BookingTimePickerElement,
  displayName: 'BookingTimePicker',
  events: { onChange },
});

/** `<booking-admin>`: the staff back office. */
export const BookingAdmin = createComponent({
  react: React,
  tagName: 'booking-admin',
  elementClass: BookingAdminElement,
  displayName: 'BookingAdmin',
  events: { onBookingAdminChanged },
});

/** `<booking-admin-calendar>`: the appointment calendar. */
export const BookingAdminCalendar = createComponent({
  react: React,
  tagName: 'booking-admin-calendar',
  elementClass: BookingAdminCalendarElement,
  displayName: 'BookingAdminCalendar',
  events: { onBookingAdminChanged },
});

/** `<booking-admin-services>`: services. */
export const BookingAdminServices = createComponent({
  react: React,
  tagName: 'booking-admin-services',
  elementClass: BookingAdminServicesElement,
  displayName: 'BookingAdminServices',
  events: { onBookingAdminChanged },
});

/** `<booking-admin-staff>`: staff, working hours and time off. */
export const BookingAdminStaff = createComponent({
  react: React,
  tagName: 'booking-admin-staff',
  elementClass: BookingAdminStaffElement,
  displayName: 'BookingAdminStaff',
  events: { onBookingAdminChanged },
});

/** `<booking-admin-business>`: business details, hours, policy and booking page settings. */
export const BookingAdminBusiness = createComponent({
  react: React,
  tagName: 'booking-admin-business',
  elementClass: BookingAdminBusinessElement,
  displayName: 'BookingAdminBusiness',
  events: { onBookingAdminChanged },
});

/** `<booking-admin-translations>`: the business's texts in other languages. */
export const BookingAdminTranslations = createComponent({
  react: React,
  tagName: 'booking-admin-translations',
  elementClass: BookingAdminTranslationsElement,
  displayName: 'BookingAdminTranslations',
  events: { onBookingAdminChanged },
});

/** `<booking-admin-templates>`: the wording of the e-mails, per kind and language. */
export const BookingAdminTemplates = createComponent({
  react: React,
  tagName: 'booking-admin-templates',
  elementClass: BookingAdminTemplatesElement,
  displayName: 'BookingAdminTemplates',
  events: { onBookingAdminChanged },
});

/** `<booking-admin-customers>`: customers and their records. */
export const BookingAdminCustomers = createComponent({
  react: React,
  tagName: 'booking-admin-customers',
  elementClass: BookingAdminCustomersElement,
  displayName: 'BookingAdminCustomers',
  events: { onBookingAdminChanged },
});

/** `<booking-admin-outbox>`: the notification outbox. */
export const BookingAdminOutbox = createComponent({
  react: React,
  tagName: 'booking-admin-outbox',
  elementClass: BookingAdminOutboxElement,
  displayName: 'BookingAdminOutbox',
});

/** `<booking-admin-waitlist>`: the waiting lists (issue 20). */
export const BookingAdminWaitlist = createComponent({
  react: React,
  tagName: 'booking-admin-waitlist',
  elementClass: BookingAdminWaitlistElement,
  displayName: 'BookingAdminWaitlist',
});

/** `<booking-admin-webhooks>`: webhook subscriptions and their delivery log. */
export const BookingAdminWebhooks = createComponent({
  react: React,
  tagName: 'booking-admin-webhooks',
  elementClass: BookingAdminWebhooksElement,
  displayName: 'BookingAdminWebhooks',
  events: { onBookingAdminChanged },
});

/** `<booking-admin-reports>`: report download, configuration export and import. */
export const BookingAdminReports = createComponent({
  react: React,
  tagName: 'booking-admin-reports',
  elementClass: BookingAdminReportsElement,
  displayName: 'BookingAdminReports',
  events: { onBookingAdminChanged },
});

/** `<booking-admin-explain>`: why a time is or isn't offered. */
export const BookingAdminExplain = createComponent({
  react: React,
  tagName: 'booking-admin-explain',
  elementClass: BookingAdminExplainElement,
  displayName: 'BookingAdminExplain',
});

/** `<booking-admin-calendar-connection>`: a staff member's calendar connection and appointments feed. */
export const BookingAdminCalendarConnection = createComponent({
  react: React,
  tagName: 'booking-admin-calendar-connection',
  elementClass: BookingAdminCalendarConnectionElement,
  displayName: 'BookingAdminCalendarConnection',
  events: { onBookingAdminChanged },
});

/** `<booking-admin-figures>`: bookings, cancellations and no-shows per week, with a chart. */
export const BookingAdminFigures = createComponent({
  react: React,
  tagName: 'booking-admin-figures',
  elementClass: BookingAdminFiguresElement,
  displayName: 'BookingAdminFigures',
});

/** `<booking-admin-customer-record>`: one customer's record, history and privacy actions. */
export const BookingAdminCustomerRecord = createComponent({
  react: React,
  tagName: 'booking-admin-customer-record',
  elementClass: BookingAdminCustomerRecordElement,
  displayName: 'BookingAdminCustomerRecord',
  events: {
    onBookingAdminChanged,
    onBookingAdminCustomerClosed: event('booking-admin-customer-closed'),
  },
});

/** `<booking-admin-exceptions>`: closed dates, special opening hours and recurring closures. */
export const BookingAdminExceptions = createComponent({
  react: React,
  tagName: 'booking-admin-exceptions',
  elementClass: BookingAdminExceptionsElement,
  displayName: 'BookingAdminExceptions',
  events: { onChange },
});

/** `<booking-admin-hours>`: the weekly hours editor. */
export const BookingAdminHours = createComponent({
  react: React,
  tagName: 'booking-admin-hours',
  elementClass: BookingAdminHoursElement,
  displayName: 'BookingAdminHours',
  events: { onChange },
});
