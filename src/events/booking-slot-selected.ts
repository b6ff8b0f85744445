import { BookingEvent } from './booking-event.js';
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
export class BookingSlotSelectedEvent extends BookingEvent<BookingSlotSelectedDetail> {
  static readonly eventName = 'booking-slot-selected';

  constructor(detail: BookingSlotSelectedDetail) {
    super(BookingSlotSelectedEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-slot-selected': BookingSlotSelectedEvent;
  }
}
