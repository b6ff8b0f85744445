/** The calendar now shows another month (the user navigated); the host loads its free times. */
export interface BookingMonthChangeDetail {
  /** First day of the month shown, `yyyy-MM-01`. */
  month: string;
}

/** `booking-month-change` on `<booking-calendar>`: the user moved to another month. */
export class BookingMonthChangeEvent extends Event {
  static readonly eventName = 'booking-month-change';
  readonly detail: Readonly<BookingMonthChangeDetail>;

  constructor(detail: BookingMonthChangeDetail) {
    super(BookingMonthChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-month-change': BookingMonthChangeEvent;
  }
}
