// booking-elements/define: registers every tag. Each define/<tag>.ts is guarded, so a second copy
// of the library on the page does not throw.
import './define/booking-calendar.js';
