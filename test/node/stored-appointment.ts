// An appointment as the rules store it, for tests that write a store directly (the booking path is
// not what they test).
import type { StoredAppointment } from '../../src/backend/store.js';
import { CLINIC, CONTRACT_NOW } from '../../src/testing/index.js';

/** A 30-minute consultation with Ann at the contract clinic, booked by staff, changed by `patch`. */
export function storedAppointment(
  id: string,
  startMs: number,
  patch: Partial<StoredAppointment> = {},
): StoredAppointment {
  const at = new Date(CONTRACT_NOW).toISOString();
  return {
    id,
    businessId: CLINIC,
    serviceId: 'consult',
    serviceName: 'Consultation',
    staffMemberId: 'ann',
    startMs,
    endMs: startMs + 30 * 60_000,
    preBufferMs: 0,
    postBufferMs: 0,
    status: 'booked',
    customer: { name: 'X', timeZone: 'UTC' },
    answers: [],
    consentedAt: null,
    smsOptIn: false,
    manageTokenHash: 'x',
    bookedBy: 'staff',
    createdAt: at,
    updatedAt: at,
    sequence: 0,
    ...patch,
  };
}
