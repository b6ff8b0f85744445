/** What changed in the back office. */
export interface BookingAdminChangedDetail {
  businessId: string;
  entity: 'business' | 'service' | 'staffMember' | 'timeOff' | 'appointment' | 'calendar';
  action: 'created' | 'updated' | 'deleted' | 'published' | 'unpublished' | 'rescheduled' | 'cancelled' | 'imported';
  /** The changed record's id (the business's own id for business settings). */
  id: string;
}

/** A staff member saved a change in the back office (after the adapter accepted it). */
export class BookingAdminChangedEvent extends Event {
  static readonly eventName = 'booking-admin-changed';
  readonly detail: Readonly<BookingAdminChangedDetail>;

  constructor(detail: BookingAdminChangedDetail) {
    super(BookingAdminChangedEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-admin-changed': BookingAdminChangedEvent;
  }
}
