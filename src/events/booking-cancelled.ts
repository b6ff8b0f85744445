/** The customer cancelled their booking. */
export interface BookingCancelledDetail {
  appointmentId: string;
  reason?: string;
}

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
