import type { BookingErrorCode } from '../contract/errors.js';
import { BookingEvent } from './booking-event.js';

/** The booking, rescheduling or cancellation failed. */
export interface BookingFailedDetail {
  code: BookingErrorCode;
  message: string;
}

/**
 * `booking-failed` on `<booking-page>` and `<booking-manage>`: booking, rescheduling or cancelling
 * failed; `detail.code` is the `BookingError` code.
 */
export class BookingFailedEvent extends BookingEvent<BookingFailedDetail> {
  static readonly eventName = 'booking-failed';

  constructor(detail: BookingFailedDetail) {
    super(BookingFailedEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-failed': BookingFailedEvent;
  }
}
