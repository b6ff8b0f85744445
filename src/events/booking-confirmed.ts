import type { CustomerAppointment } from '../schemas/index.js';
import { BookingEvent } from './booking-event.js';

/** The booking was made. */
export interface BookingConfirmedDetail {
  appointment: CustomerAppointment;
  /** The private link's token (R14). */
  manageToken: string;
  manageUrl: string | null;
}

/**
 * `booking-confirmed` on `<booking-page>`: the booking was made; `detail` has the appointment and
 * its private manage link.
 */
export class BookingConfirmedEvent extends BookingEvent<BookingConfirmedDetail> {
  static readonly eventName = 'booking-confirmed';

  constructor(detail: BookingConfirmedDetail) {
    super(BookingConfirmedEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-confirmed': BookingConfirmedEvent;
  }
}
