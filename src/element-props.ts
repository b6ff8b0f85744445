// Types only: what each public tag accepts and fires, read by the JSX (jsx.ts) and Vue (vue.ts)
// declarations. Property types come from the element classes, so a renamed or retyped property
// breaks the type-check here rather than leaving editors with a stale completion list.
import type { BookingAdmin } from './elements/booking-admin/booking-admin.js';
import type { AdminElement } from './elements/booking-admin/admin-element.js';
import type { BookingAdminBusiness } from './elements/booking-admin-business/booking-admin-business.js';
import type { BookingAdminTemplates } from './elements/booking-admin-templates/booking-admin-templates.js';
import type { BookingAdminTranslations } from './elements/booking-admin-translations/booking-admin-translations.js';
import type { BookingAdminCalendar } from './elements/booking-admin-calendar/booking-admin-calendar.js';
import type { BookingAdminCustomers } from './elements/booking-admin-customers/booking-admin-customers.js';
import type { BookingAdminExplain } from './elements/booking-admin-explain/booking-admin-explain.js';
import type { BookingAdminExceptions } from './elements/booking-admin-exceptions/booking-admin-exceptions.js';
import type { BookingAdminHours } from './elements/booking-admin-hours/booking-admin-hours.js';
import type { BookingAdminCustomerRecord } from './elements/booking-admin-customer-record/booking-admin-customer-record.js';
import type { BookingAdminFigures } from './elements/booking-admin-figures/booking-admin-figures.js';
import type { BookingAdminCalendarConnection } from './elements/booking-admin-calendar-connection/booking-admin-calendar-connection.js';
import type { BookingAdminOutbox } from './elements/booking-admin-outbox/booking-admin-outbox.js';
import type { BookingAdminWaitlist } from './elements/booking-admin-waitlist/booking-admin-waitlist.js';
import type { BookingAdminReports } from './elements/booking-admin-reports/booking-admin-reports.js';
import type { BookingAdminServices } from './elements/booking-admin-services/booking-admin-services.js';
import type { BookingAdminWebhooks } from './elements/booking-admin-webhooks/booking-admin-webhooks.js';
import type { BookingAdminStaff } from './elements/booking-admin-staff/booking-admin-staff.js';
import type { BookingCalendar } from './elements/booking-calendar/booking-calendar.js';
import type { BookingDetailsForm } from './elements/booking-details-form/booking-details-form.js';
import type { BookingManage } from './elements/booking-manage/booking-manage.js';
import type { BookingPage } from './elements/booking-page/booking-page.js';
import type { BookingButton } from './elements/booking-button/booking-button.js';
import type { BookingSlotList } from './elements/booking-slot-list/booking-slot-list.js';
import type { BookingStaffPicker } from './elements/booking-staff-picker/booking-staff-picker.js';
import type { BookingTimePicker } from './elements/booking-time-picker/booking-time-picker.js';
import type { BookingTimeZoneSelect } from './elements/booking-time-zone-select/booking-time-zone-select.js';
import type {} from './events/index.js'; // their GlobalEventHandlersEventMap entries

/**
 * One tag's surface: its class, the public properties users set, its attributes (attribute name →
 * the property it reflects into) and the events it fires (its JSDoc `@fires`).
 */
interface Describe<
  E extends HTMLElement,
  P extends keyof E,
  A extends Partial<Record<string, P>>,
  V extends keyof GlobalEventHandlersEventMap,
> {
  element: E;
  properties: P;
  attributes: A;
  events: V;
}

/** What every back-office element takes (their shared base class). */
type AdminProperties = keyof Pick<
  AdminElement,
  'business' | 'configSrc' | 'staffMember' | 'api' | 'authToken' | 'adapter' | 'bookingAdapter' | 'clock' | 'hourCycle'
>;
interface AdminAttributes {
  business: 'business';
  'config-src': 'configSrc';
  'staff-member': 'staffMember';
  api: 'api';
  'hour-cycle': 'hourCycle';
}

/** A back-office panel: the shared surface, plus its own properties, attributes and events. */
type AdminPanel<
  E extends AdminElement,
  P extends keyof E = never,
  A extends Partial<Record<string, P>> = Record<never, never>,
  V extends keyof GlobalEventHandlersEventMap = never,
> = Describe<E, AdminProperties | P, AdminAttributes & A, V>;

/** What `<booking-page>` and `<booking-button>` (which passes them on) both take as attributes. */
type BookingPageAttributes = {
  business: 'business';
  service: 'service';
  staff: 'staff';
  'time-zone': 'timeZone';
  'hour-cycle': 'hourCycle';
  'config-src': 'configSrc';
  api: 'api';
  'manage-url': 'manageUrl';
  'prefill-name': 'prefillName';
  'prefill-email': 'prefillEmail';
  'prefill-phone': 'prefillPhone';
  source: 'source';
  metadata: 'metadata';
};

/** Every public tag. Add a row with each new element (the React wrapper test checks the manifest). */
export interface BookingElementTags {
  'booking-page': Describe<
    BookingPage,
    | 'business'
    | 'service'
    | 'staff'
    | 'timeZone'
    | 'hourCycle'
    | 'configSrc'
    | 'api'
    | 'manageUrl'
    | 'prefill'
    | 'prefillName'
    | 'prefillEmail'
    | 'prefillPhone'
    | 'source'
    | 'metadata'
    | 'adapter'
    | 'clock',
    BookingPageAttributes,
    | 'booking-viewed'
    | 'booking-service-selected'
    | 'booking-staff-selected'
    | 'booking-slot-selected'
    | 'booking-confirm'
    | 'booking-confirmed'
    | 'booking-failed'
  >;
  'booking-button': Describe<
    BookingButton,
    | 'business'
    | 'service'
    | 'staff'
    | 'timeZone'
    | 'hourCycle'
    | 'configSrc'
    | 'api'
    | 'manageUrl'
    | 'prefill'
    | 'prefillName'
    | 'prefillEmail'
    | 'prefillPhone'
    | 'source'
    | 'metadata'
    | 'floating'
    | 'noButton'
    | 'adapter'
    | 'clock',
    BookingPageAttributes & { floating: 'floating'; 'no-button': 'noButton' },
    // The popup's <booking-page> events bubble out of it (composed).
    | 'booking-viewed'
    | 'booking-service-selected'
    | 'booking-staff-selected'
    | 'booking-slot-selected'
    | 'booking-confirm'
    | 'booking-confirmed'
    | 'booking-failed'
  >;
  'booking-manage': Describe<
    BookingManage,
    'appointmentId' | 'token' | 'configSrc' | 'api' | 'bookingPageUrl' | 'timeZone' | 'hourCycle' | 'adapter' | 'clock',
    {
      'appointment-id': 'appointmentId';
      token: 'token';
      'config-src': 'configSrc';
      api: 'api';
      'booking-page-url': 'bookingPageUrl';
      'time-zone': 'timeZone';
      'hour-cycle': 'hourCycle';
    },
    'booking-rescheduled' | 'booking-cancelled' | 'booking-failed'
  >;
  'booking-calendar': Describe<
    BookingCalendar,
    'month' | 'value' | 'today' | 'min' | 'max' | 'availability' | 'loading' | 'firstDay',
    {
      month: 'month';
      value: 'value';
      today: 'today';
      min: 'min';
      max: 'max';
      loading: 'loading';
      'first-day': 'firstDay';
    },
    'change' | 'booking-month-change'
  >;
  'booking-slot-list': Describe<
    BookingSlotList,
    'slots' | 'value' | 'day' | 'timeZone' | 'hourCycle' | 'showCapacity' | 'loading',
    {
      value: 'value';
      day: 'day';
      'time-zone': 'timeZone';
      'hour-cycle': 'hourCycle';
      'show-capacity': 'showCapacity';
      loading: 'loading';
    },
    'change'
  >;
  'booking-staff-picker': Describe<BookingStaffPicker, 'staff' | 'value', { value: 'value' }, 'change'>;
  'booking-time-zone-select': Describe<
    BookingTimeZoneSelect,
    'value' | 'preferred' | 'at',
    { value: 'value'; at: 'at' },
    'change'
  >;
  'booking-details-form': Describe<BookingDetailsForm, 'value' | 'rules' | 'errors', Record<never, never>, 'input'>;
  'booking-time-picker': Describe<
    BookingTimePicker,
    | 'adapter'
    | 'business'
    | 'service'
    | 'staffMemberId'
    | 'timeZone'
    | 'businessTimeZone'
    | 'hourCycle'
    | 'value'
    | 'near'
    | 'clock',
    {
      business: 'business';
      'staff-member-id': 'staffMemberId';
      'time-zone': 'timeZone';
      'business-time-zone': 'businessTimeZone';
      'hour-cycle': 'hourCycle';
      value: 'value';
      near: 'near';
    },
    'change'
  >;
  'booking-admin': AdminPanel<
    BookingAdmin,
    'section' | 'bookingPageUrl',
    { section: 'section'; 'booking-page-url': 'bookingPageUrl' },
    'booking-admin-changed'
  >;
  'booking-admin-calendar': AdminPanel<
    BookingAdminCalendar,
    'view' | 'date',
    { view: 'view'; date: 'date' },
    'booking-admin-changed'
  >;
  'booking-admin-services': AdminPanel<
    BookingAdminServices,
    'bookingPageUrl',
    { 'booking-page-url': 'bookingPageUrl' },
    'booking-admin-changed'
  >;
  'booking-admin-staff': AdminPanel<BookingAdminStaff, never, Record<never, never>, 'booking-admin-changed'>;
  'booking-admin-business': AdminPanel<BookingAdminBusiness, never, Record<never, never>, 'booking-admin-changed'>;
  'booking-admin-translations': AdminPanel<
    BookingAdminTranslations,
    never,
    Record<never, never>,
    'booking-admin-changed'
  >;
  'booking-admin-customers': AdminPanel<BookingAdminCustomers, never, Record<never, never>, 'booking-admin-changed'>;
  'booking-admin-outbox': AdminPanel<BookingAdminOutbox>;
  'booking-admin-waitlist': AdminPanel<BookingAdminWaitlist>;
  'booking-admin-templates': AdminPanel<BookingAdminTemplates, never, Record<never, never>, 'booking-admin-changed'>;
  'booking-admin-webhooks': AdminPanel<BookingAdminWebhooks, never, Record<never, never>, 'booking-admin-changed'>;
  'booking-admin-reports': AdminPanel<BookingAdminReports, never, Record<never, never>, 'booking-admin-changed'>;
  'booking-admin-explain': AdminPanel<BookingAdminExplain>;
  'booking-admin-figures': AdminPanel<BookingAdminFigures>;
  'booking-admin-customer-record': AdminPanel<
    BookingAdminCustomerRecord,
    'customerId',
    { 'customer-id': 'customerId' },
    'booking-admin-changed' | 'booking-admin-customer-closed'
  >;
  'booking-admin-calendar-connection': AdminPanel<
    BookingAdminCalendarConnection,
    'staffMemberId',
    { 'staff-member-id': 'staffMemberId' },
    'booking-admin-changed'
  >;
  'booking-admin-hours': Describe<
    BookingAdminHours,
    'value' | 'errors' | 'readonly',
    { readonly: 'readonly' },
    'change'
  >;
  'booking-admin-exceptions': Describe<
    BookingAdminExceptions,
    'value' | 'errors' | 'readonly',
    { readonly: 'readonly' },
    'change'
  >;
}

export type BookingElementTag = keyof BookingElementTags;

/** An attribute's value as markup can carry it: booleans are present or not, numbers may be strings. */
type AttributeValue<T> = [T] extends [boolean | undefined]
  ? boolean
  : [T] extends [number | undefined]
    ? number | `${number}`
    : Exclude<T, undefined>;

type Element<T extends BookingElementTag> = BookingElementTags[T]['element'];
type Attributes<T extends BookingElementTag> = BookingElementTags[T]['attributes'];

/** The properties of `<tag>`, typed as on the class. */
export type BookingElementProperties<T extends BookingElementTag> = Partial<
  Pick<Element<T>, BookingElementTags[T]['properties'] & keyof Element<T>>
>;

/** The attributes of `<tag>`, typed from the property each one sets. */
export type BookingElementAttributes<T extends BookingElementTag> = {
  [A in keyof Attributes<T>]?: AttributeValue<Element<T>[Attributes<T>[A] & keyof Element<T>]>;
};

/** The events `<tag>` fires, by name. */
export type BookingElementEvents<T extends BookingElementTag> = {
  [N in BookingElementTags[T]['events']]: GlobalEventHandlersEventMap[N];
};
