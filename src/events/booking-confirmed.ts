import type { CustomerAppointment } from '../schemas/index.js';

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
export class BookingConfirmedEvent extends Event {
  static readonly eventName = 'booking-confirmed';
  readonly detail: Readonly<BookingConfirmedDetail>;

  constructor(detail: BookingConfirmedDetail) {
    super(BookingConfirmedEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-confirmed': BookingConfirmedEvent;
  }
}
