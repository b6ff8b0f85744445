import type { BookingErrorCode } from '../contract/errors.js';

/** The booking, rescheduling or cancellation failed. */
export interface BookingFailedDetail {
  code: BookingErrorCode;
  message: string;
}

/**
 * `booking-failed` on `<booking-page>` and `<booking-manage>`: booking, rescheduling or cancelling
 * failed; `detail.code` is the `BookingError` code.
 */
export class BookingFailedEvent extends Event {
  static readonly eventName = 'booking-failed';
  readonly detail: Readonly<BookingFailedDetail>;

  constructor(detail: BookingFailedDetail) {
    super(BookingFailedEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-failed': BookingFailedEvent;
  }
}
