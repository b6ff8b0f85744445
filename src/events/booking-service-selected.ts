/** The customer chose a service. */
export interface BookingServiceSelectedDetail {
  serviceId: string;
}

/** `booking-service-selected` on `<booking-page>`: the customer chose a service. */
export class BookingServiceSelectedEvent extends Event {
  static readonly eventName = 'booking-service-selected';
  readonly detail: Readonly<BookingServiceSelectedDetail>;

  constructor(detail: BookingServiceSelectedDetail) {
    super(BookingServiceSelectedEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-service-selected': BookingServiceSelectedEvent;
  }
}
