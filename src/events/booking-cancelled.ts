/** The customer cancelled their booking. */
export interface BookingCancelledDetail {
  appointmentId: string;
  reason?: string;
}

/** `booking-cancelled` on `<booking-manage>`: the customer cancelled their booking. */
export class BookingCancelledEvent extends Event {
  static readonly eventName = 'booking-cancelled';
  readonly detail: Readonly<BookingCancelledDetail>;

  constructor(detail: BookingCancelledDetail) {
    super(BookingCancelledEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-cancelled': BookingCancelledEvent;
  }
}
