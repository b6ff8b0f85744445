import { BookingEvent } from './booking-event.js';
/** What changed in the back office. */
export interface BookingAdminChangedDetail {
  businessId: string;
  entity: 'business' | 'service' | 'staffMember' | 'timeOff' | 'appointment' | 'calendar' | 'customer' | 'webhook';
  action: 'created' | 'updated' | 'deleted' | 'published' | 'unpublished' | 'rescheduled' | 'cancelled' | 'imported';
  /** The changed record's id (the business's own id for business settings). */
  id: string;
}

/** A staff member saved a change in the back office (after the adapter accepted it). */
export class BookingAdminChangedEvent extends BookingEvent<BookingAdminChangedDetail> {
  static readonly eventName = 'booking-admin-changed';

  constructor(detail: BookingAdminChangedDetail) {
    super(BookingAdminChangedEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-admin-changed': BookingAdminChangedEvent;
  }
}
