/** The customer chose a time. */
export interface BookingSlotSelectedDetail {
  serviceId: string;
  start: string;
  end: string;
  /** The staff member chosen, or null for "Anyone". */
  staffMemberId: string | null;
  /** The staff free at that time. */
  staffMemberIds: string[];
}

/** `booking-slot-selected` on `<booking-page>`: the customer chose a time. */
export class BookingSlotSelectedEvent extends Event {
  static readonly eventName = 'booking-slot-selected';
  readonly detail: Readonly<BookingSlotSelectedDetail>;

  constructor(detail: BookingSlotSelectedDetail) {
    super(BookingSlotSelectedEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-slot-selected': BookingSlotSelectedEvent;
  }
}
