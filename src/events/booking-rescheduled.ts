import type { CustomerAppointment } from '../schemas/index.js';
import { BookingEvent } from './booking-event.js';

/** The customer moved their booking to a new time. */
export interface BookingRescheduledDetail {
  appointment: CustomerAppointment;
}

/** `booking-rescheduled` on `<booking-manage>`: the customer moved their booking to a new time. */
export class BookingRescheduledEvent extends BookingEvent<BookingRescheduledDetail> {
  static readonly eventName = 'booking-rescheduled';

  constructor(detail: BookingRescheduledDetail) {
    super(BookingRescheduledEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-rescheduled': BookingRescheduledEvent;
  }
}
