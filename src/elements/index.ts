// Element classes, without registering them.
export { BookingCalendar } from './booking-calendar/booking-calendar.js';
export { BookingSlotList } from './booking-slot-list/booking-slot-list.js';
export { BookingStaffPicker, type StaffOption } from './booking-staff-picker/booking-staff-picker.js';
export { BookingTimeZoneSelect } from './booking-time-zone-select/booking-time-zone-select.js';
export {
  BookingDetailsForm,
  validateDetails,
  type DetailsValue,
  type DetailsRules,
  type DetailsErrors,
} from './booking-details-form/booking-details-form.js';
export { BookingTimePicker } from './booking-time-picker/booking-time-picker.js';
export { BookingPage } from './booking-page/booking-page.js';
export type { Prefill } from './booking-page/prefill.js';
export { BookingButton, type BookingButtonOpenOptions } from './booking-button/booking-button.js';
export { BookingManage } from './booking-manage/booking-manage.js';
export { BookingAdmin, ADMIN_SECTIONS, type AdminSectionName } from './booking-admin/booking-admin.js';
export { BookingAdminCalendar } from './booking-admin-calendar/booking-admin-calendar.js';
export { BookingAdminServices } from './booking-admin-services/booking-admin-services.js';
export { BookingAdminStaff } from './booking-admin-staff/booking-admin-staff.js';
export { BookingAdminBusiness } from './booking-admin-business/booking-admin-business.js';
export { BookingAdminTranslations } from './booking-admin-translations/booking-admin-translations.js';
export { BookingAdminCustomers } from './booking-admin-customers/booking-admin-customers.js';
export { BookingAdminOutbox } from './booking-admin-outbox/booking-admin-outbox.js';
export { BookingAdminWaitlist } from './booking-admin-waitlist/booking-admin-waitlist.js';
export { BookingAdminTemplates } from './booking-admin-templates/booking-admin-templates.js';
export { BookingAdminWebhooks } from './booking-admin-webhooks/booking-admin-webhooks.js';
export { BookingAdminReports } from './booking-admin-reports/booking-admin-reports.js';
export { BookingAdminExplain } from './booking-admin-explain/booking-admin-explain.js';
export { BookingAdminHours } from './booking-admin-hours/booking-admin-hours.js';
export { BookingAdminExceptions } from './booking-admin-exceptions/booking-admin-exceptions.js';
export { BookingAdminCustomerRecord } from './booking-admin-customer-record/booking-admin-customer-record.js';
export { BookingAdminFigures } from './booking-admin-figures/booking-admin-figures.js';
export { BookingAdminCalendarConnection } from './booking-admin-calendar-connection/booking-admin-calendar-connection.js';
