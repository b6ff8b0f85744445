import { BookingEvent } from './booking-event.js';
/** The calendar now shows another month (the user navigated); the host loads its free times. */
export interface BookingMonthChangeDetail {
  /** First day of the month shown, `yyyy-MM-01`. */
  month: string;
}

/** `booking-month-change` on `<booking-calendar>`: the user moved to another month. */
export class BookingMonthChangeEvent extends BookingEvent<BookingMonthChangeDetail> {
  static readonly eventName = 'booking-month-change';

  constructor(detail: BookingMonthChangeDetail) {
    super(BookingMonthChangeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-month-change': BookingMonthChangeEvent;
  }
}
