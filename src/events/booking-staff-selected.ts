import { BookingEvent } from './booking-event.js';
/** The customer chose a staff member, or "Anyone". */
export interface BookingStaffSelectedDetail {
  /** null = "Anyone". */
  staffMemberId: string | null;
}

/** `booking-staff-selected` on `<booking-page>`: the customer chose a staff member or "Anyone". */
export class BookingStaffSelectedEvent extends BookingEvent<BookingStaffSelectedDetail> {
  static readonly eventName = 'booking-staff-selected';

  constructor(detail: BookingStaffSelectedDetail) {
    super(BookingStaffSelectedEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-staff-selected': BookingStaffSelectedEvent;
  }
}
