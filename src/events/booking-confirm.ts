import type { BookRequest } from '../schemas/index.js';
import { BookingEvent } from './booking-event.js';

/** Cancelable: the customer pressed Book; fired before the adapter is called. */
export interface BookingConfirmDetail {
  /** What will be sent to the adapter. Call preventDefault() to stop the booking. */
  request: BookRequest;
}

/**
 * `booking-confirm` on `<booking-page>`: the customer pressed Book. Cancelable: `preventDefault()`
 * stops the booking before the adapter is called.
 */
export class BookingConfirmEvent extends BookingEvent<BookingConfirmDetail> {
  static readonly eventName = 'booking-confirm';

  constructor(detail: BookingConfirmDetail) {
    super(BookingConfirmEvent.eventName, detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-confirm': BookingConfirmEvent;
  }
}
