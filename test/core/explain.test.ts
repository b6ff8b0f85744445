import { expect } from '@open-wc/testing';
import {
  checkSlotBookable,
  computeAvailability,
  explainAvailability,
  type AvailabilityInput,
  type UnavailableReason,
  type UnavailableReasonCode,
} from '../../src/core/index.js';
import { expandRecurrence } from '../../src/core/recurrence.js';
import { ALL_DAYS, MIN, appointment, at, business, dayInput, hours, policy, service, staff } from './fixtures.js';

const MONDAY = '2026-01-12';

function reasonsFor(input: AvailabilityInput, start: number, staffMemberId = 'anna'): UnavailableReason[] {
  const e = explainAvailability({ ...input, staffMemberId }, start);
  return e.staff[0].reasons;
}

function codes(reasons: UnavailableReason[]): UnavailableReasonCode[] {
  return reasons.map((r) => r.code);
}

describe('explainer: one reason at a time', () => {
  const base = () => dayInput(business(), MONDAY);

  it('offered ⇔ no reasons', () => {
    const e = explainAvailability(base(), at(MONDAY, '09:30'));
    expect(e.offered).to.equal(true);
    expect(e.staff.map((s) => s.reasons.length)).to.deep.equal([0, 0]);
    expect(e.end - e.start).to.equal(30 * MIN);
  });

  it('R4 notBookable', () => {
    const input = dayInput(business({ staffMembers: [staff('anna', { isBookable: false })] }), MONDAY);
    expect(codes(reasonsFor(input, at(MONDAY, '09:00')))).to.deep.equal(['notBookable']);
  });

  it('R4 notAssignedToService names the service', () => {
    const input = dayInput(business({ services: [service({ staffMemberIds: ['ben'] })] }), MONDAY);
    expect(reasonsFor(input, at(MONDAY, '09:00'))).to.deep.equal([{ code: 'notAssignedToService', serviceId: 'svc' }]);
  });

  it("R4 outsideWorkingHours lists that day's windows and zone", () => {
    const [reason] = reasonsFor(base(), at(MONDAY, '11:45'));
    expect(reason).to.deep.equal({
      code: 'outsideWorkingHours',
      timeZone: 'Europe/Copenhagen',
      date: MONDAY,
      windows: [{ start: at(MONDAY, '09:00'), end: at(MONDAY, '12:00') }],
    });
  });

  it('R3 offGrid gives the neighbouring grid starts', () => {
    expect(reasonsFor(base(), at(MONDAY, '09:10'))).to.deep.equal([
      { code: 'offGrid', timeSlotInterval: 'PT30M', previous: at(MONDAY, '09:00'), next: at(MONDAY, '09:30') },
    ]);
  });

  it('R4 staffBusy names the conflicting appointment', () => {
    const a = appointment('anna', at(MONDAY, '09:15'), 30);
    expect(reasonsFor({ ...base(), appointments: [a] }, at(MONDAY, '09:00'))).to.deep.equal([
      { code: 'staffBusy', appointmentId: a.id, serviceId: 'svc', start: a.start, end: a.end },
    ]);
  });

  it('R4 buffer when only the buffers overlap', () => {
    const a = appointment('anna', at(MONDAY, '09:30'), 30, { preBuffer: 10 * MIN });
    expect(reasonsFor({ ...base(), appointments: [a] }, at(MONDAY, '09:00'))).to.deep.equal([
      {
        code: 'buffer',
        appointmentId: a.id,
        start: a.start,
        end: a.end,
        preBuffer: 0,
        postBuffer: 0,
        otherPreBuffer: 10 * MIN,
        otherPostBuffer: 0,
      },
    ]);
  });

  it('R5 minimumLeadTime gives the limit and the earliest start', () => {
    const input = dayInput(business({ schedulingPolicy: policy({ minimumLeadTime: 'PT2H' }) }), MONDAY, {
      now: at(MONDAY, '08:00'),
    });
    expect(reasonsFor(input, at(MONDAY, '09:30'))).to.deep.equal([
      { code: 'minimumLeadTime', minimumLeadTime: 'PT2H', earliestStart: at(MONDAY, '10:00') },
    ]);
  });

  it('R5 beyondMaximumAdvance gives the limit and the (exclusive) latest start', () => {
    const input = dayInput(business({ schedulingPolicy: policy({ maximumAdvance: 'P1D' }) }), MONDAY, {
      now: at('2026-01-11', '10:00'),
    });
    expect(reasonsFor(input, at(MONDAY, '10:00'))).to.deep.equal([
      { code: 'beyondMaximumAdvance', maximumAdvance: 'P1D', latestStart: at(MONDAY, '10:00') },
    ]);
  });

  it('R7 closed names the closure, and notBookable dates', () => {
    const biz = business({
      schedulingPolicy: policy({
        closures: [
          {
            rrule: 'FREQ=WEEKLY;BYDAY=MO',
            startDate: '2026-01-05',
            startTime: '09:00',
            endTime: '10:00',
            title: 'Staff meeting',
          },
        ],
        customAvailabilities: [{ startDate: '2026-01-13', endDate: '2026-01-13', availabilityType: 'notBookable' }],
      }),
    });
    const input = dayInput(biz, MONDAY, { recurrence: expandRecurrence });
    expect(reasonsFor(input, at(MONDAY, '09:30'))).to.deep.equal([
      {
        code: 'closed',
        source: 'closure',
        scope: 'business',
        title: 'Staff meeting',
        date: MONDAY,
        start: at(MONDAY, '09:00'),
        end: at(MONDAY, '10:00'),
      },
    ]);
    expect(reasonsFor(input, at('2026-01-13', '09:30'))).to.deep.equal([
      {
        code: 'closed',
        source: 'customAvailability',
        scope: 'business',
        date: '2026-01-13',
        startDate: '2026-01-13',
        endDate: '2026-01-13',
        start: at('2026-01-13', '00:00'),
        end: at('2026-01-14', '00:00'),
      },
    ]);
  });

  it('R7: a business closure closes a service with its own policy, and the explainer names it (demo clinic, 24–26 Dec)', () => {
    const biz = business({
      businessHours: hours(['09:00-12:00'], ALL_DAYS),
      schedulingPolicy: policy({
        customAvailabilities: [{ startDate: '2026-12-24', endDate: '2026-12-26', availabilityType: 'notBookable' }],
        closures: [{ rrule: 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1', title: 'New Year' }],
      }),
      services: [
        service({
          maximumAttendeesCount: 8,
          schedulingPolicy: policy({
            timeSlotInterval: 'PT1H',
            closures: [{ rrule: 'FREQ=WEEKLY;BYDAY=WE', title: 'Pool maintenance' }],
          }),
        }),
      ],
    });
    const input = dayInput(biz, '2026-12-24', { recurrence: expandRecurrence });
    const christmasEve = explainAvailability(input, at('2026-12-24', '10:00'));
    expect(christmasEve.offered).to.equal(false);
    expect(christmasEve.staff[0].reasons).to.deep.equal([
      {
        code: 'closed',
        source: 'customAvailability',
        scope: 'business',
        date: '2026-12-24',
        startDate: '2026-12-24',
        endDate: '2026-12-26',
        start: at('2026-12-24', '00:00'),
        end: at('2026-12-25', '00:00'),
      },
    ]);
    const newYear = explainAvailability({ ...input, now: at('2026-12-01', '00:00') }, at('2027-01-01', '10:00'));
    expect(newYear.staff[0].reasons.map((r) => r.code === 'closed' && [r.scope, r.title])).to.deep.equal([
      ['business', 'New Year'],
    ]);
    // The service's own closure is named as the service's.
    const wednesday = explainAvailability(input, at('2026-12-30', '10:00'));
    expect(wednesday.staff[0].reasons.map((r) => r.code === 'closed' && [r.scope, r.title])).to.deep.equal([
      ['service', 'Pool maintenance'],
    ]);
    // And the service's own grid still applies on open days.
    expect(explainAvailability(input, at('2026-12-28', '10:00')).offered).to.equal(true);
    expect(explainAvailability(input, at('2026-12-28', '10:30')).staff[0].reasons.map((r) => r.code)).to.deep.equal([
      'offGrid',
    ]);
  });

  it('R7 timeOff names the time off', () => {
    const biz = business({
      timeOff: [
        {
          id: 't1',
          staffMemberId: 'anna',
          start: '2026-01-12T08:00:00Z',
          end: '2026-01-12T09:00:00Z',
          title: 'Dentist',
        },
      ],
    });
    expect(reasonsFor(dayInput(biz, MONDAY), at(MONDAY, '09:30'))).to.deep.equal([
      { code: 'timeOff', timeOffId: 't1', title: 'Dentist', start: at(MONDAY, '09:00'), end: at(MONDAY, '10:00') },
    ]);
  });

  it('R8 capacityFull counts the seats', () => {
    const biz = business({ services: [service({ maximumAttendeesCount: 2 })] });
    const a = appointment('anna', at(MONDAY, '09:00'), 30, { attendees: 2 });
    expect(reasonsFor({ ...dayInput(biz, MONDAY), appointments: [a] }, at(MONDAY, '09:00'))).to.deep.equal([
      { code: 'capacityFull', maximumAttendeesCount: 2, attendees: 2, appointmentIds: [a.id] },
    ]);
  });

  it('R4 personalCalendarBusy gives the busy time', () => {
    const biz = business({ staffMembers: [staff('anna', { availabilityIsAffectedByPersonalCalendar: true })] });
    const busy = { start: at(MONDAY, '09:20'), end: at(MONDAY, '09:40') };
    const input = dayInput(biz, MONDAY, { personalCalendars: { anna: { status: 'ok', busy: [busy] } } });
    expect(reasonsFor(input, at(MONDAY, '09:00'))).to.deep.equal([{ code: 'personalCalendarBusy', ...busy }]);
  });

  it('R4 personalCalendarUnavailable carries the reason', () => {
    const biz = business({ staffMembers: [staff('anna', { availabilityIsAffectedByPersonalCalendar: true })] });
    const input = dayInput(biz, MONDAY, {
      personalCalendars: { anna: { status: 'unavailable', reason: 'token expired' } },
    });
    expect(reasonsFor(input, at(MONDAY, '09:00'))).to.deep.equal([
      { code: 'personalCalendarUnavailable', reason: 'token expired' },
    ]);
  });

  it('collects every reason that applies, not just the first', () => {
    const input = dayInput(business({ staffMembers: [staff('anna', { isBookable: false })] }), MONDAY, {
      now: at(MONDAY, '12:00'),
    });
    expect(codes(reasonsFor(input, at(MONDAY, '11:50')))).to.deep.equal([
      'notBookable',
      'minimumLeadTime',
      'outsideWorkingHours',
    ]);
  });

  it('under Anyone explains every staff member of the business', () => {
    const input = dayInput(business({ staffMembers: [staff('anna'), staff('ben'), staff('cleo')] }), MONDAY);
    const e = explainAvailability(input, at(MONDAY, '09:00'));
    expect(e.staff.map((s) => [s.staffMemberId, codes(s.reasons)])).to.deep.equal([
      ['anna', []],
      ['ben', []],
      ['cleo', ['notAssignedToService']],
    ]);
  });

  it('agrees with the engine on every quarter hour of a busy day', () => {
    const biz = business({ services: [service({ postBuffer: 'PT10M', maximumAttendeesCount: 1 })] });
    const input = dayInput(biz, MONDAY, {
      now: at(MONDAY, '09:20'),
      appointments: [appointment('anna', at(MONDAY, '10:00'), 30), appointment('ben', at(MONDAY, '11:00'), 30)],
    });
    const offered = new Map(computeAvailability(input).map((s) => [s.start, s.staffMemberIds]));
    for (let t = at(MONDAY, '08:00'); t < at(MONDAY, '13:00'); t += 15 * MIN) {
      const e = explainAvailability(input, t);
      const free = e.staff.filter((s) => s.reasons.length === 0).map((s) => s.staffMemberId);
      expect(free, new Date(t).toISOString()).to.deep.equal(offered.get(t) ?? []);
    }
  });
});

describe('checkSlotBookable (R11 re-check)', () => {
  it('says yes with the free staff, and no with the reasons', () => {
    const a = appointment('anna', at(MONDAY, '09:00'), 30);
    const input = dayInput(business(), MONDAY, { appointments: [a] });
    const anyone = checkSlotBookable(input, at(MONDAY, '09:00'));
    expect(anyone).to.deep.include({ bookable: true, staffMemberIds: ['ben'], remainingCapacity: 1 });
    const anna = checkSlotBookable(input, at(MONDAY, '09:00'), 'anna');
    expect(anna.bookable).to.equal(false);
    expect(anna.staffMemberIds).to.deep.equal([]);
    expect(codes(anna.explanation[0].reasons)).to.deep.equal(['staffBusy']);
  });

  it('needs no range', () => {
    const { range: _range, ...input } = dayInput(business(), MONDAY);
    expect(checkSlotBookable(input, at(MONDAY, '09:30'), 'ben').bookable).to.equal(true);
  });

  it('R8: a class with seats left reports them', () => {
    const biz = business({ services: [service({ maximumAttendeesCount: 5 })] });
    const input = dayInput(biz, MONDAY, {
      appointments: [appointment('anna', at(MONDAY, '09:00'), 30, { attendees: 3 })],
    });
    expect(checkSlotBookable(input, at(MONDAY, '09:00'), 'anna').remainingCapacity).to.equal(2);
    expect(checkSlotBookable(input, at(MONDAY, '09:00')).remainingCapacity).to.equal(7);
  });
});
