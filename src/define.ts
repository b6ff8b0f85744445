// booking-elements/define: registers every tag. Each define/<tag>.ts is guarded, so a second copy
// of the library on the page does not throw.
import './define/booking-calendar.js';
import './define/booking-slot-list.js';
import './define/booking-staff-picker.js';
import './define/booking-time-zone-select.js';
import './define/booking-details-form.js';
import './define/booking-time-picker.js';
import './define/booking-page.js';
import './define/booking-button.js';
import './define/booking-manage.js';
import './define/booking-admin.js';
