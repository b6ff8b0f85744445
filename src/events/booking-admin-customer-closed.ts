/** A customer's record was left for the customer list. */
export interface BookingAdminCustomerClosedDetail {
  /** The customer was erased (the record no longer exists). */
  erased: boolean;
}

/** `<booking-admin-customer-record>`: the person went back to the list, or erased the customer. */
export class BookingAdminCustomerClosedEvent extends Event {
  static readonly eventName = 'booking-admin-customer-closed';
  readonly detail: Readonly<BookingAdminCustomerClosedDetail>;

  constructor(detail: BookingAdminCustomerClosedDetail) {
    super(BookingAdminCustomerClosedEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-admin-customer-closed': BookingAdminCustomerClosedEvent;
  }
}
