import { createContext } from '@lit/context';
import type { BookingAdapter, BookingAdminAdapter } from '../../contract/adapter.js';
import type { StaffRole } from '../../core/types.js';
import type { BusinessSummary } from '../../schemas/admin.js';

/** Who is signed in, where, and through which adapter: what every admin panel needs to start. */
export interface AdminSession {
  admin: BookingAdminAdapter;
  /** The customer side, for free times when booking on a customer's behalf; absent on admin-only backends. */
  booking: BookingAdapter | undefined;
  /** The business being managed, and its time zone (settings and the calendar are in it, R1). */
  businessId: string;
  businessTimeZone: string;
  /** The signed-in person's staff member in that business, and their role there (R18). */
  staffMemberId: string;
  staffMemberName: string;
  role: StaffRole;
  /** Every business this person belongs to (R20). */
  businesses: BusinessSummary[];
}

/**
 * `<booking-admin>` provides its session to the panels inside it; a panel used on its own
 * resolves one from its own attributes. Versioned like the other keys.
 */
export const adminSessionContext = createContext<AdminSession | undefined>('booking-elements/admin-session@1');
