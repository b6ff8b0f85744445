/** The customer chose a staff member, or "Anyone". */
export interface BookingStaffSelectedDetail {
  /** null = "Anyone". */
  staffMemberId: string | null;
}

/** `booking-staff-selected` on `<booking-page>`: the customer chose a staff member or "Anyone". */
export class BookingStaffSelectedEvent extends Event {
  static readonly eventName = 'booking-staff-selected';
  readonly detail: Readonly<BookingStaffSelectedDetail>;

  constructor(detail: BookingStaffSelectedDetail) {
    super(BookingStaffSelectedEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-staff-selected': BookingStaffSelectedEvent;
  }
}
