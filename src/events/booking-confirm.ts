import type { BookRequest } from '../schemas/index.js';

/** Cancelable: the customer pressed Book; fired before the adapter is called. */
export interface BookingConfirmDetail {
  /** What will be sent to the adapter. Call preventDefault() to stop the booking. */
  request: BookRequest;
}

/**
 * `booking-confirm` on `<booking-page>`: the customer pressed Book. Cancelable: `preventDefault()`
 * stops the booking before the adapter is called.
 */
export class BookingConfirmEvent extends Event {
  static readonly eventName = 'booking-confirm';
  readonly detail: Readonly<BookingConfirmDetail>;

  constructor(detail: BookingConfirmDetail) {
    super(BookingConfirmEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-confirm': BookingConfirmEvent;
  }
}
