import { BookingEvent } from './booking-event.js';
/** The customer cancelled their booking. */
export interface BookingCancelledDetail {
  appointmentId: string;
  reason?: string;
}

/** `booking-cancelled` on `<booking-manage>`: the customer cancelled their booking. */
export class BookingCancelledEvent extends BookingEvent<BookingCancelledDetail> {
  static readonly eventName = 'booking-cancelled';

  constructor(detail: BookingCancelledDetail) {
    super(BookingCancelledEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-cancelled': BookingCancelledEvent;
  }
}
