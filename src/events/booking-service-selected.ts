import { BookingEvent } from './booking-event.js';
/** The customer chose a service. */
export interface BookingServiceSelectedDetail {
  serviceId: string;
}

/** `booking-service-selected` on `<booking-page>`: the customer chose a service. */
export class BookingServiceSelectedEvent extends BookingEvent<BookingServiceSelectedDetail> {
  static readonly eventName = 'booking-service-selected';

  constructor(detail: BookingServiceSelectedDetail) {
    super(BookingServiceSelectedEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-service-selected': BookingServiceSelectedEvent;
  }
}
