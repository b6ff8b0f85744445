import { expect } from '@open-wc/testing';
import {
  bookingWindow,
  canCustomerChange,
  customerChangeDeadline,
  effectivePolicy,
  isBookingWindowValid,
} from '../../src/core/index.js';
import { HOUR, business, policy, service } from './fixtures.js';

const start = Date.parse('2026-01-12T10:00:00Z');
const twoHours = policy({ minimumLeadTime: 'PT2H' });

describe('policy: R6 customer changes', () => {
  it('R6: the deadline is start − minimumLeadTime', () => {
    expect(customerChangeDeadline(start, twoHours)).to.equal(start - 2 * HOUR);
  });

  const manageable = { isCustomerAllowedToManageBooking: true };
  const locked = { isCustomerAllowedToManageBooking: false };
  const cases: [string, number, 'customer' | 'staff', typeof manageable, boolean, string | undefined][] = [
    ['self-service, well before', start - 3 * HOUR, 'customer', locked, true, undefined],
    ['self-service, exactly at the deadline', start - 2 * HOUR, 'customer', locked, true, undefined],
    ['self-service, a millisecond late', start - 2 * HOUR + 1, 'customer', manageable, false, 'deadlinePassed'],
    ['staff-made, service allows it', start - 3 * HOUR, 'staff', manageable, true, undefined],
    ['staff-made, service does not allow it', start - 3 * HOUR, 'staff', locked, false, 'staffBookingNotManageable'],
  ];
  for (const [what, now, createdBy, svc, allowed, reason] of cases) {
    it(`R6: ${what} → ${allowed ? 'allowed' : reason}`, () => {
      const r = canCustomerChange({ start }, twoHours, now, createdBy, svc);
      expect(r.allowed).to.equal(allowed);
      expect(r.deadline).to.equal(start - 2 * HOUR);
      expect(r.allowed ? undefined : r.reason).to.equal(reason);
    });
  }
});

describe('policy: R5', () => {
  it('R5: a service policy replaces the business policy as a whole', () => {
    const own = policy({ timeSlotInterval: 'PT1H' });
    const biz = business();
    expect(effectivePolicy(biz, service({ schedulingPolicy: own }))).to.equal(own);
    expect(effectivePolicy(biz, service())).to.equal(biz.schedulingPolicy);
    expect(effectivePolicy(biz, service({ schedulingPolicy: null }))).to.equal(biz.schedulingPolicy);
  });

  it('R5: maximumAdvance − minimumLeadTime must be at least 24 h', () => {
    expect(isBookingWindowValid({ minimumLeadTime: 'PT0H', maximumAdvance: 'P1D' })).to.equal(true);
    expect(isBookingWindowValid({ minimumLeadTime: 'PT1H', maximumAdvance: 'P1D' })).to.equal(false);
    expect(isBookingWindowValid({ minimumLeadTime: 'PT2H', maximumAdvance: 'P60D' })).to.equal(true);
  });

  it('R5: the booking window is [now + lead, now + advance)', () => {
    expect(bookingWindow(twoHours, start)).to.deep.equal({
      earliest: start + 2 * HOUR,
      latest: start + 365 * 24 * HOUR,
    });
  });
});
