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
export { BookingManage } from './booking-manage/booking-manage.js';
