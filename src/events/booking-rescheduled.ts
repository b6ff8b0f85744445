import type { CustomerAppointment } from '../schemas/index.js';

/** The customer moved their booking to a new time. */
export interface BookingRescheduledDetail {
  appointment: CustomerAppointment;
}

/** `booking-rescheduled` on `<booking-manage>`: the customer moved their booking to a new time. */
export class BookingRescheduledEvent extends Event {
  static readonly eventName = 'booking-rescheduled';
  readonly detail: Readonly<BookingRescheduledDetail>;

  constructor(detail: BookingRescheduledDetail) {
    super(BookingRescheduledEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-rescheduled': BookingRescheduledEvent;
  }
}
