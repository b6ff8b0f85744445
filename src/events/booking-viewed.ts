import { BookingEvent } from './booking-event.js';
/** The booking page was shown to the customer. */
export interface BookingViewedDetail {
  businessId: string;
  /** The one service the page offers, when it offers one. */
  serviceId: string | null;
}

/**
 * `booking-viewed` on `<booking-page>`: the page has loaded and shows the customer its first step,
 * once per page (the start of the analytics sequence `booking-viewed` → `booking-service-selected` →
 * `booking-slot-selected` → `booking-confirmed`). Unlike the others it follows no user action: it
 * says the customer saw the page.
 */
export class BookingViewedEvent extends BookingEvent<BookingViewedDetail> {
  static readonly eventName = 'booking-viewed';

  constructor(detail: BookingViewedDetail) {
    super(BookingViewedEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-viewed': BookingViewedEvent;
  }
}
