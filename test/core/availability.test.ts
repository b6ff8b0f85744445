import { expect } from '@open-wc/testing';
import {
  computeAvailability,
  explainAvailability,
  isStaffSelectionAllowed,
  toAvailableSlot,
  toAvailableSlots,
  type AvailabilityInput,
  type Business,
} from '../../src/core/index.js';
import { expandRecurrence } from '../../src/core/recurrence.js';
import {
  ALL_DAYS,
  CPH,
  HOUR,
  LORD_HOWE,
  MIN,
  NYC,
  appointment,
  at,
  business,
  dayInput,
  hours,
  policy,
  service,
  staff,
  times,
  wall,
} from './fixtures.js';

// 2026-01-12 is a Monday; the business is open Mon–Fri 09:00–12:00 Copenhagen time unless a test says otherwise.
const MONDAY = '2026-01-12';

function slotsOf(input: AvailabilityInput, staffMemberId?: string): string[] {
  const i = staffMemberId ? { ...input, staffMemberId } : input;
  return times(computeAvailability(i), input.business.businessTimeZone);
}

describe('engine: R1 business time zone', () => {
  it('R1: business hours are wall-clock times in the business zone, winter and summer', () => {
    const biz = business();
    for (const [date, firstUtc] of [
      [MONDAY, '2026-01-12T08:00:00.000Z'],
      ['2026-07-13', '2026-07-13T07:00:00.000Z'],
    ] as const) {
      const slots = computeAvailability({ ...dayInput(biz, date), staffMemberId: 'anna' });
      expect(times(slots)).to.deep.equal(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30']);
      expect(new Date(slots[0].start).toISOString()).to.equal(firstUtc);
    }
  });

  it("R1: a staff member's own time zone places their working hours", () => {
    const biz = business({
      staffMembers: [
        staff('anna', { useBusinessHours: false, timeZone: NYC, workingHours: hours(['09:00-11:00']) }),
        staff('ben'),
      ],
    });
    const slots = computeAvailability({ ...dayInput(biz, MONDAY), staffMemberId: 'anna' });
    expect(times(slots, NYC)).to.deep.equal(['09:00', '09:30', '10:00', '10:30']);
    expect(wall(slots[0].start, CPH)).to.equal('2026-01-12 15:00');
  });

  it('R1: working hours stay wall-clock across a daylight-saving change', () => {
    const biz = business({ businessHours: hours(['09:00-10:00'], ALL_DAYS) });
    const slots = computeAvailability({ ...dayInput(biz, '2026-03-28', {}, 3), staffMemberId: 'anna' });
    expect(slots.map((s) => wall(s.start))).to.deep.equal([
      '2026-03-28 09:00',
      '2026-03-28 09:30',
      '2026-03-29 09:00',
      '2026-03-29 09:30',
      '2026-03-30 09:00',
      '2026-03-30 09:30',
    ]);
    expect(slots[2].start - slots[0].start).to.equal(23 * HOUR);
  });

  it('R1: a window ending at 24:00 runs to midnight, and slots do not cross into the next day', () => {
    const biz = business({
      businessHours: hours(['00:00-01:00', '22:00-24:00'], ALL_DAYS),
      schedulingPolicy: policy({ timeSlotInterval: 'PT45M' }),
      services: [service({ defaultDuration: 'PT60M' })],
    });
    const slots = computeAvailability({ ...dayInput(biz, MONDAY, {}, 2), staffMemberId: 'anna' });
    expect(slots.map((s) => wall(s.start))).to.deep.equal([
      '2026-01-12 00:00',
      '2026-01-12 22:00',
      '2026-01-12 22:45',
      '2026-01-13 00:00',
      '2026-01-13 22:00',
      '2026-01-13 22:45',
    ]);
    expect(wall(slots[2].end)).to.equal('2026-01-12 23:45');
  });
});

describe('engine: R3 time grid', () => {
  it('R3: grid steps from each window start', () => {
    const biz = business({
      businessHours: hours(['09:10-10:00', '13:05-14:00']),
      services: [service({ defaultDuration: 'PT20M' })],
    });
    expect(slotsOf(dayInput(biz, MONDAY), 'anna')).to.deep.equal(['09:10', '09:40', '13:05', '13:35']);
  });

  it('R3: the interval is the step, not the duration', () => {
    const biz = business({
      businessHours: hours(['09:00-11:00']),
      schedulingPolicy: policy({ timeSlotInterval: 'PT15M' }),
      services: [service({ defaultDuration: 'PT60M' })],
    });
    expect(slotsOf(dayInput(biz, MONDAY), 'anna')).to.deep.equal(['09:00', '09:15', '09:30', '09:45', '10:00']);
  });

  it('R3: duration and interval are independent (45-min step, 30-min service)', () => {
    const biz = business({
      businessHours: hours(['09:00-11:00']),
      schedulingPolicy: policy({ timeSlotInterval: 'PT45M' }),
    });
    expect(slotsOf(dayInput(biz, MONDAY), 'anna')).to.deep.equal(['09:00', '09:45', '10:30']);
  });

  it('R3: the lead time cuts the grid but does not shift it', () => {
    const biz = business({ schedulingPolicy: policy({ minimumLeadTime: 'PT1H' }) });
    const input = dayInput(biz, MONDAY, { now: at(MONDAY, '08:07') });
    expect(slotsOf(input, 'anna')).to.deep.equal(['09:30', '10:00', '10:30', '11:00', '11:30']);
  });

  it('R3: on a spring-forward day the grid steps in elapsed time and never lands in the gap', () => {
    const biz = business({
      businessHours: hours(['00:00-24:00'], ALL_DAYS),
      schedulingPolicy: policy({ timeSlotInterval: 'PT1H' }),
      services: [service({ defaultDuration: 'PT1H' })],
    });
    const got = slotsOf(dayInput(biz, '2026-03-29'), 'anna');
    expect(got).to.have.length(23);
    expect(got.slice(0, 4)).to.deep.equal(['00:00', '01:00', '03:00', '04:00']);
    expect(got).not.to.include('02:00');
  });

  it('R3: on a fall-back day the repeated hour is offered twice, as two instants', () => {
    const biz = business({
      businessHours: hours(['00:00-24:00'], ALL_DAYS),
      schedulingPolicy: policy({ timeSlotInterval: 'PT1H' }),
      services: [service({ defaultDuration: 'PT1H' })],
    });
    const slots = computeAvailability({ ...dayInput(biz, '2026-10-25'), staffMemberId: 'anna' });
    const got = times(slots);
    expect(got).to.have.length(25);
    expect(got.slice(0, 5)).to.deep.equal(['00:00', '01:00', '02:00', '02:00', '03:00']);
    expect(slots[3].start - slots[2].start).to.equal(HOUR);
  });

  it('R3: windows pushed together by a spring-forward gap merge into one stretch with one grid', () => {
    // 02:10–02:50 does not exist on 2026-03-29 and becomes 03:10–03:50, overlapping 03:00–04:00.
    const biz = business({ businessHours: hours(['02:10-02:50', '03:00-04:00'], ALL_DAYS) });
    expect(slotsOf(dayInput(biz, '2026-03-29'), 'anna')).to.deep.equal(['03:00', '03:30']);
  });

  it('R3: touching windows are one stretch of work: the grid runs on', () => {
    const biz = business({
      businessHours: hours(['09:00-10:10', '10:10-11:00']),
      schedulingPolicy: policy({ timeSlotInterval: 'PT20M' }),
    });
    expect(slotsOf(dayInput(biz, MONDAY), 'anna')).to.deep.equal(['09:00', '09:20', '09:40', '10:00', '10:20']);
  });

  it('R3: Lord Howe’s 30-minute shift: the grid keeps elapsed steps from the window start', () => {
    const biz = business({
      businessTimeZone: LORD_HOWE,
      businessHours: hours(['00:00-06:00'], ALL_DAYS),
      schedulingPolicy: policy({ timeSlotInterval: 'PT1H' }),
      services: [service({ defaultDuration: 'PT1H' })],
    });
    expect(slotsOf(dayInput(biz, '2026-10-04'), 'anna')).to.deep.equal(['00:00', '01:00', '02:30', '03:30', '04:30']);
  });
});

describe('engine: R4 who can take a slot', () => {
  const FULL = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30'];

  it('R4: a staff member who is not bookable offers nothing', () => {
    const biz = business({ staffMembers: [staff('anna', { isBookable: false }), staff('ben')] });
    expect(slotsOf(dayInput(biz, MONDAY), 'anna')).to.deep.equal([]);
    expect(slotsOf(dayInput(biz, MONDAY), 'ben')).to.deep.equal(FULL);
  });

  it('R4: a staff member not assigned to the service offers nothing', () => {
    const biz = business({ services: [service({ staffMemberIds: ['ben'] })] });
    expect(slotsOf(dayInput(biz, MONDAY), 'anna')).to.deep.equal([]);
    expect(computeAvailability(dayInput(biz, MONDAY)).every((s) => s.staffMemberIds.join() === 'ben')).to.equal(true);
  });

  it('R4: an appointment blocks its own time', () => {
    const input = dayInput(business(), MONDAY, { appointments: [appointment('anna', at(MONDAY, '09:30'), 30)] });
    expect(slotsOf(input, 'anna')).to.deep.equal(['09:00', '10:00', '10:30', '11:00', '11:30']);
    expect(slotsOf(input, 'ben')).to.deep.equal(FULL);
  });

  it("R4: the new slot's buffers must miss other appointments", () => {
    const biz = business({ services: [service({ postBuffer: 'PT15M' })] });
    const input = dayInput(biz, MONDAY, { appointments: [appointment('anna', at(MONDAY, '10:00'), 30)] });
    expect(slotsOf(input, 'anna')).to.deep.equal(['09:00', '10:30', '11:00', '11:30']);
  });

  it('R4: a pre-buffer needs free time before the start', () => {
    const biz = business({ services: [service({ preBuffer: 'PT15M' })] });
    const input = dayInput(biz, MONDAY, { appointments: [appointment('anna', at(MONDAY, '10:00'), 30)] });
    expect(slotsOf(input, 'anna')).to.deep.equal(['09:00', '09:30', '11:00', '11:30']);
  });

  it('R4: other appointments are widened by their own buffers', () => {
    const input = dayInput(business(), MONDAY, {
      appointments: [appointment('anna', at(MONDAY, '10:00'), 30, { preBuffer: 15 * MIN, postBuffer: 15 * MIN })],
    });
    expect(slotsOf(input, 'anna')).to.deep.equal(['09:00', '11:00', '11:30']);
  });

  it('R4: own working hours replace business hours unless useBusinessHours', () => {
    const biz = business({
      staffMembers: [
        staff('anna', { useBusinessHours: false, workingHours: hours(['10:00-11:00']) }),
        staff('ben', { useBusinessHours: true, workingHours: hours(['10:00-11:00']) }),
      ],
    });
    expect(slotsOf(dayInput(biz, MONDAY), 'anna')).to.deep.equal(['10:00', '10:30']);
    expect(slotsOf(dayInput(biz, MONDAY), 'ben')).to.deep.equal(FULL);
  });

  it('R4: a break splits the day and no slot spans it', () => {
    const biz = business({
      businessHours: hours(['09:00-10:00', '10:30-11:30']),
      schedulingPolicy: policy({ timeSlotInterval: 'PT15M' }),
      services: [service({ defaultDuration: 'PT45M' })],
    });
    expect(slotsOf(dayInput(biz, MONDAY), 'anna')).to.deep.equal(['09:00', '09:15', '10:30', '10:45']);
  });

  it('R4: one-off time off blocks', () => {
    const biz = business({
      timeOff: [
        {
          id: 't1',
          staffMemberId: 'anna',
          start: new Date(at(MONDAY, '09:15')).toISOString(),
          end: new Date(at(MONDAY, '10:00')).toISOString(),
          title: 'Dentist',
        },
      ],
    });
    expect(slotsOf(dayInput(biz, MONDAY), 'anna')).to.deep.equal(['10:00', '10:30', '11:00', '11:30']);
    expect(slotsOf(dayInput(biz, MONDAY), 'ben')).to.deep.equal(FULL);
  });

  it('R4: holds count as busy time', () => {
    const input = dayInput(business(), MONDAY, {
      holds: [{ id: 'h1', staffMemberId: 'anna', start: at(MONDAY, '11:00'), end: at(MONDAY, '11:30') }],
    });
    expect(slotsOf(input, 'anna')).to.deep.equal(['09:00', '09:30', '10:00', '10:30', '11:30']);
  });

  it('R4: personal-calendar busy time blocks when the staff member follows their calendar', () => {
    const biz = business({
      staffMembers: [staff('anna', { availabilityIsAffectedByPersonalCalendar: true }), staff('ben')],
    });
    const input = dayInput(biz, MONDAY, {
      personalCalendars: { anna: { status: 'ok', busy: [{ start: at(MONDAY, '09:00'), end: at(MONDAY, '10:15') }] } },
    });
    expect(slotsOf(input, 'anna')).to.deep.equal(['10:30', '11:00', '11:30']);
  });

  it('R4: personal-calendar busy time is ignored for staff who do not follow their calendar', () => {
    const input = dayInput(business(), MONDAY, {
      personalCalendars: { anna: { status: 'ok', busy: [{ start: at(MONDAY, '09:00'), end: at(MONDAY, '12:00') }] } },
    });
    expect(slotsOf(input, 'anna')).to.deep.equal(FULL);
  });

  it('R4: an unreadable personal calendar offers no times (fail closed)', () => {
    const biz = business({
      staffMembers: [staff('anna', { availabilityIsAffectedByPersonalCalendar: true }), staff('ben')],
    });
    const input = dayInput(biz, MONDAY, {
      personalCalendars: { anna: { status: 'unavailable', reason: 'token expired' } },
    });
    expect(slotsOf(input, 'anna')).to.deep.equal([]);
    expect(computeAvailability(input).every((s) => s.staffMemberIds.join() === 'ben')).to.equal(true);
  });

  it('R4: a followed calendar that was not provided counts as unreadable', () => {
    const biz = business({
      staffMembers: [staff('anna', { availabilityIsAffectedByPersonalCalendar: true }), staff('ben')],
    });
    expect(slotsOf(dayInput(biz, MONDAY), 'anna')).to.deep.equal([]);
  });

  it('R4: rescheduling ignores the appointment being moved', () => {
    const moving = appointment('anna', at(MONDAY, '09:00'), 30);
    const input = dayInput(business(), MONDAY, { appointments: [moving] });
    expect(slotsOf(input, 'anna')).not.to.include('09:00');
    expect(slotsOf({ ...input, ignoreAppointmentId: moving.id }, 'anna')).to.deep.equal(FULL);
  });
});

describe('engine: R5 lead times', () => {
  it('R5: now + minimumLeadTime is itself bookable', () => {
    const biz = business({ schedulingPolicy: policy({ minimumLeadTime: 'PT2H' }) });
    expect(slotsOf(dayInput(biz, MONDAY, { now: at(MONDAY, '07:00') }), 'anna')[0]).to.equal('09:00');
    expect(slotsOf(dayInput(biz, MONDAY, { now: at(MONDAY, '07:01') }), 'anna')[0]).to.equal('09:30');
  });

  it('R5: now + maximumAdvance is not bookable', () => {
    const biz = business({ schedulingPolicy: policy({ maximumAdvance: 'P1D' }) });
    const input = dayInput(biz, MONDAY, { now: at(MONDAY, '09:30') }, 2);
    const slots = computeAvailability({ ...input, staffMemberId: 'anna' }).map((s) => wall(s.start));
    expect(slots).to.deep.equal([
      '2026-01-12 09:30',
      '2026-01-12 10:00',
      '2026-01-12 10:30',
      '2026-01-12 11:00',
      '2026-01-12 11:30',
      '2026-01-13 09:00',
    ]);
  });

  it("R5: a service's own policy replaces the business's lead time, advance and grid", () => {
    const biz = business({
      schedulingPolicy: policy({ minimumLeadTime: 'PT48H', maximumAdvance: 'P2D' }),
      services: [service({ schedulingPolicy: policy({ timeSlotInterval: 'PT1H' }) })],
    });
    const input = dayInput(biz, MONDAY, { now: at(MONDAY, '06:00') }, 5);
    expect(computeAvailability({ ...input, staffMemberId: 'anna' }).map((s) => wall(s.start))).to.have.length(15);
    expect(slotsOf(dayInput(biz, MONDAY, { now: at(MONDAY, '06:00') }), 'anna')).to.deep.equal([
      '09:00',
      '10:00',
      '11:00',
    ]);
  });

  it('R5: an empty or inverted range gives no slots', () => {
    const input = dayInput(business(), MONDAY);
    expect(computeAvailability({ ...input, range: { start: input.range.end, end: input.range.start } })).to.deep.equal(
      [],
    );
  });
});

describe('engine: R7 closures and date ranges', () => {
  const recurrence = expandRecurrence;

  it('R7: notBookable custom availability closes its dates, both ends inclusive', () => {
    const biz = business({
      schedulingPolicy: policy({
        customAvailabilities: [{ startDate: '2026-01-13', endDate: '2026-01-14', availabilityType: 'notBookable' }],
      }),
    });
    const days = new Set(computeAvailability(dayInput(biz, MONDAY, {}, 4)).map((s) => wall(s.start).slice(0, 10)));
    expect([...days]).to.deep.equal(['2026-01-12', '2026-01-15']);
  });

  it('R7: customWeeklyHours replace the weekly hours on their dates', () => {
    const biz = business({
      schedulingPolicy: policy({
        customAvailabilities: [
          {
            startDate: '2026-01-13',
            endDate: '2026-01-14',
            availabilityType: 'customWeeklyHours',
            businessHours: hours(['14:00-15:00'], ['tuesday']),
          },
        ],
      }),
    });
    const slots = computeAvailability({ ...dayInput(biz, MONDAY, {}, 4), staffMemberId: 'anna' }).map((s) =>
      wall(s.start),
    );
    expect(slots.filter((s) => s.startsWith('2026-01-13'))).to.deep.equal(['2026-01-13 14:00', '2026-01-13 14:30']);
    expect(slots.filter((s) => s.startsWith('2026-01-14'))).to.deep.equal([]);
    expect(slots.filter((s) => s.startsWith('2026-01-12'))).to.have.length(6);
    expect(slots.filter((s) => s.startsWith('2026-01-15'))).to.have.length(6);
  });

  it('R7: staff with their own hours are limited to the custom hours on those dates', () => {
    const biz = business({
      staffMembers: [staff('anna', { useBusinessHours: false, workingHours: hours(['09:00-15:00'], ['tuesday']) })],
      schedulingPolicy: policy({
        customAvailabilities: [
          {
            startDate: '2026-01-13',
            endDate: '2026-01-13',
            availabilityType: 'customWeeklyHours',
            businessHours: hours(['10:15-11:15'], ['tuesday']),
          },
        ],
      }),
    });
    expect(slotsOf(dayInput(biz, '2026-01-13'), 'anna')).to.deep.equal(['10:15', '10:45']);
    expect(slotsOf(dayInput(biz, '2026-01-20'), 'anna')).to.have.length(12);
  });

  it('R7: a recurring closure closes whole days', () => {
    const biz = business({
      schedulingPolicy: policy({ closures: [{ rrule: 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1', title: 'New Year' }] }),
    });
    const days = new Set(
      computeAvailability(dayInput(biz, '2026-01-01', { recurrence }, 2)).map((s) => wall(s.start).slice(0, 10)),
    );
    expect([...days]).to.deep.equal(['2026-01-02']);
  });

  it('R7: a closure with a time range closes only that time, in wall-clock time across DST', () => {
    const biz = business({
      businessHours: hours(['09:00-12:00', '13:00-15:00']),
      schedulingPolicy: policy({
        closures: [
          {
            rrule: 'FREQ=WEEKLY;BYDAY=MO',
            startDate: '2026-01-05',
            startTime: '10:00',
            endTime: '11:00',
            title: 'Team meeting',
          },
        ],
      }),
    });
    for (const monday of ['2026-03-23', '2026-03-30']) {
      expect(slotsOf(dayInput(biz, monday, { recurrence }), 'anna')).to.deep.equal([
        '09:00',
        '09:30',
        '11:00',
        '11:30',
        '13:00',
        '13:30',
        '14:00',
        '14:30',
      ]);
    }
  });

  it('R7: time off repeated weekly stays 13:00–17:00 local across the DST change', () => {
    const biz = business({
      businessHours: hours(['12:00-18:00'], ALL_DAYS),
      timeOff: [
        {
          id: 'school',
          staffMemberId: 'anna',
          start: new Date(at('2026-03-23', '13:00')).toISOString(),
          end: new Date(at('2026-03-23', '17:00')).toISOString(),
          rrule: 'FREQ=WEEKLY',
          title: 'School run',
        },
      ],
    });
    for (const monday of ['2026-03-23', '2026-03-30', '2026-11-02']) {
      expect(slotsOf(dayInput(biz, monday, { recurrence }), 'anna')).to.deep.equal([
        '12:00',
        '12:30',
        '17:00',
        '17:30',
      ]);
    }
    expect(slotsOf(dayInput(biz, '2026-03-24', { recurrence }), 'anna')).to.have.length(12);
    expect(slotsOf(dayInput(biz, '2026-03-16', { recurrence }), 'anna')).to.have.length(12);
  });

  it('R7: an RRULE without an expander fails loudly', () => {
    const withClosure = business({
      schedulingPolicy: policy({ closures: [{ rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25' }] }),
    });
    expect(() => computeAvailability(dayInput(withClosure, MONDAY))).to.throw(TypeError, /recurrence/);
    const withTimeOff = business({
      timeOff: [
        {
          id: 't',
          staffMemberId: 'anna',
          start: '2026-01-05T12:00:00Z',
          end: '2026-01-05T13:00:00Z',
          rrule: 'FREQ=DAILY',
        },
      ],
    });
    expect(() => computeAvailability(dayInput(withTimeOff, MONDAY))).to.throw(TypeError, /recurrence/);
  });
});

describe('engine: R7 a business closure closes every service', () => {
  const recurrence = expandRecurrence;
  // The demo clinic: closed 24–26 Dec, and a back-care class with its own policy (longer notice,
  // hourly grid, its own closure) that was still offered on Thu 24 and Sat 26 with 8 seats left.
  const clinic = business({
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
          minimumLeadTime: 'PT24H',
          closures: [{ rrule: 'FREQ=WEEKLY;BYDAY=WE', title: 'Pool maintenance' }],
        }),
      }),
    ],
  });

  it('R7: business closed dates (24–26 Dec) close a service with its own scheduling policy', () => {
    const byDay = new Map<string, string[]>();
    for (const s of computeAvailability(dayInput(clinic, '2026-12-21', { recurrence }, 14))) {
      const [date, time] = wall(s.start).split(' ') as [string, string];
      byDay.set(date, [...(byDay.get(date) ?? []), time]);
    }
    expect([...byDay.keys()]).to.deep.equal([
      '2026-12-21',
      '2026-12-22',
      // 23 Dec and 30 Dec: the service's own closure (Wednesdays); 24–26: the business's; 1 Jan: New Year.
      '2026-12-27',
      '2026-12-28',
      '2026-12-29',
      '2026-12-31',
      '2027-01-02',
      '2027-01-03',
    ]);
    // The service's own grid and seats still apply on open days.
    expect(byDay.get('2026-12-28')).to.deep.equal(['09:00', '10:00', '11:00']);
  });

  it("R7: a service's special hours never reopen hours the business cut on that date", () => {
    const biz = business({
      businessHours: hours(['09:00-17:00'], ALL_DAYS),
      schedulingPolicy: policy({
        customAvailabilities: [
          {
            startDate: '2026-12-24',
            endDate: '2026-12-24',
            availabilityType: 'customWeeklyHours',
            businessHours: hours(['09:00-12:00'], ALL_DAYS),
          },
        ],
      }),
      services: [
        service({
          schedulingPolicy: policy({
            timeSlotInterval: 'PT1H',
            customAvailabilities: [
              {
                startDate: '2026-12-23',
                endDate: '2026-12-24',
                availabilityType: 'customWeeklyHours',
                businessHours: hours(['10:00-16:00'], ALL_DAYS),
              },
            ],
          }),
        }),
      ],
    });
    expect(slotsOf(dayInput(biz, '2026-12-23'), 'anna')).to.deep.equal([
      '10:00',
      '11:00',
      '12:00',
      '13:00',
      '14:00',
      '15:00',
    ]);
    expect(slotsOf(dayInput(biz, '2026-12-24'), 'anna')).to.deep.equal(['10:00', '11:00']);
    expect(slotsOf(dayInput(biz, '2026-12-22'), 'anna')).to.have.length(8);
  });
});

describe('engine: R7 a recurring busy time that starts in a spring-forward gap', () => {
  const recurrence = expandRecurrence;
  const BERLIN = 'Europe/Berlin';
  // Berlin skips 02:00–03:00 on Sunday 29 March 2026.
  const open24h = (extra: Partial<Business>) =>
    business({
      businessTimeZone: BERLIN,
      businessHours: hours(['00:00-24:00'], ALL_DAYS),
      ...extra,
    });
  const sunday = (biz: Business) => slotsOf(dayInput(biz, '2026-03-29', { recurrence }), 'anna');

  it('R7: weekly Sunday time off 02:30–03:30 on 29 Mar 2026 (Berlin) blocks 03:00–03:30, the part that exists', () => {
    const biz = open24h({
      timeOff: [
        {
          id: 'swim',
          staffMemberId: 'anna',
          start: new Date(at('2026-03-22', '02:30', BERLIN)).toISOString(),
          end: new Date(at('2026-03-22', '03:30', BERLIN)).toISOString(),
          rrule: 'FREQ=WEEKLY;BYDAY=SU',
          title: 'Swim',
        },
      ],
    });
    const slots = sunday(biz);
    expect(slots.slice(0, 6)).to.deep.equal(['00:00', '00:30', '01:00', '01:30', '03:30', '04:00']);
    expect(slots).not.to.include('03:00');
    // A week later (no gap) the whole 02:30–03:30 is blocked.
    const next = slotsOf(dayInput(biz, '2026-04-05', { recurrence }), 'anna');
    expect(next.slice(4, 7)).to.deep.equal(['02:00', '03:30', '04:00']);
  });

  it('R7: a weekly closure 02:30–03:30 blocks 03:00–03:30 on the spring-forward Sunday', () => {
    const biz = open24h({
      schedulingPolicy: policy({
        closures: [
          {
            rrule: 'FREQ=WEEKLY;BYDAY=SU',
            startDate: '2026-03-01',
            startTime: '02:30',
            endTime: '03:30',
            title: 'Backup',
          },
        ],
      }),
    });
    const slots = sunday(biz);
    expect(slots.slice(0, 6)).to.deep.equal(['00:00', '00:30', '01:00', '01:30', '03:30', '04:00']);
    const why = explainAvailability(
      { ...dayInput(biz, '2026-03-29', { recurrence }), staffMemberId: 'anna' },
      at('2026-03-29', '03:00', BERLIN),
    );
    expect(why.staff[0].reasons).to.deep.equal([
      {
        code: 'closed',
        source: 'closure',
        scope: 'business',
        title: 'Backup',
        date: '2026-03-29',
        start: at('2026-03-29', '03:00', BERLIN),
        end: at('2026-03-29', '03:30', BERLIN),
      },
    ]);
  });

  it('R7: a busy time that lies wholly inside the gap blocks nothing; one ending in it blocks up to the gap', () => {
    const biz = open24h({
      schedulingPolicy: policy({
        closures: [
          { rrule: 'FREQ=WEEKLY;BYDAY=SU', startDate: '2026-03-01', startTime: '02:10', endTime: '02:50' },
          { rrule: 'FREQ=WEEKLY;BYDAY=SU', startDate: '2026-03-01', startTime: '01:30', endTime: '02:30' },
        ],
      }),
    });
    expect(sunday(biz).slice(0, 5)).to.deep.equal(['00:00', '00:30', '01:00', '03:00', '03:30']);
  });
});

describe('engine: R7 UNTIL', () => {
  const recurrence = expandRecurrence;
  const days = (biz: Business) => [
    ...new Set(
      computeAvailability(dayInput(biz, '2026-01-01', { recurrence }, 8)).map((s) => wall(s.start).slice(0, 10)),
    ),
  ];
  const everyDay = hours(['09:00-17:00'], ALL_DAYS);

  it('R7: a date UNTIL (FREQ=DAILY;UNTIL=20260105) includes 5 Jan for all-day closures', () => {
    const biz = business({
      businessHours: everyDay,
      schedulingPolicy: policy({
        closures: [{ rrule: 'FREQ=DAILY;UNTIL=20260105', startDate: '2026-01-02', title: 'Stocktake' }],
      }),
    });
    expect(days(biz)).to.deep.equal(['2026-01-01', '2026-01-06', '2026-01-07', '2026-01-08']);
  });

  it('R7: a date UNTIL (FREQ=DAILY;UNTIL=20260105) includes 5 Jan for a 13:00–15:00 closure and time off', () => {
    const closure = business({
      businessHours: hours(['13:00-15:00'], ALL_DAYS),
      schedulingPolicy: policy({
        closures: [
          { rrule: 'FREQ=DAILY;UNTIL=20260105', startDate: '2026-01-02', startTime: '13:00', endTime: '15:00' },
        ],
      }),
    });
    expect(days(closure)).to.deep.equal(['2026-01-01', '2026-01-06', '2026-01-07', '2026-01-08']);
    const timeOff = business({
      businessHours: hours(['13:00-15:00'], ALL_DAYS),
      staffMembers: [staff('anna')],
      timeOff: [
        {
          id: 't',
          staffMemberId: 'anna',
          start: new Date(at('2026-01-02', '13:00')).toISOString(),
          end: new Date(at('2026-01-02', '15:00')).toISOString(),
          rrule: 'FREQ=DAILY;UNTIL=20260105',
        },
      ],
    });
    expect(days(timeOff)).to.deep.equal(['2026-01-01', '2026-01-06', '2026-01-07', '2026-01-08']);
  });

  it('R7: a date-time UNTIL is an instant in UTC (13:00 Copenhagen is 12:00Z)', () => {
    const closing = (until: string) =>
      business({
        businessHours: hours(['13:00-15:00'], ALL_DAYS),
        schedulingPolicy: policy({
          closures: [
            { rrule: `FREQ=DAILY;UNTIL=${until}`, startDate: '2026-01-02', startTime: '13:00', endTime: '15:00' },
          ],
        }),
      });
    expect(days(closing('20260105T120000Z'))).to.deep.equal(['2026-01-01', '2026-01-06', '2026-01-07', '2026-01-08']);
    expect(days(closing('20260105T115959Z'))).to.deep.equal([
      '2026-01-01',
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
    ]);
  });
});

describe('engine: a calendar day a zone skipped', () => {
  it('R1: Pacific/Apia skipped 2011-12-30: the next day is offered once, never twice', () => {
    const APIA = 'Pacific/Apia';
    const biz = business({ businessTimeZone: APIA, businessHours: hours(['09:00-12:00'], ALL_DAYS) });
    const input = dayInput(biz, '2011-12-29', {}, 4);
    for (const who of [undefined, 'anna']) {
      const slots = computeAvailability(who ? { ...input, staffMemberId: who } : input);
      const starts = slots.map((s) => s.start);
      expect(new Set(starts).size, 'distinct').to.equal(starts.length);
      expect(slots.map((s) => wall(s.start, APIA))).to.deep.equal(
        ['2011-12-29', '2011-12-31', '2012-01-01'].flatMap((d) =>
          ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30'].map((t) => `${d} ${t}`),
        ),
      );
    }
    // Staff in Apia working for a business elsewhere: the same.
    const remote = business({
      businessTimeZone: 'UTC',
      staffMembers: [
        staff('anna', { useBusinessHours: false, timeZone: APIA, workingHours: hours(['09:00-12:00'], ALL_DAYS) }),
      ],
    });
    const starts = computeAvailability({ ...dayInput(remote, '2011-12-29', {}, 4), staffMemberId: 'anna' }).map(
      (s) => s.start,
    );
    expect(new Set(starts).size).to.equal(starts.length);
    expect(starts.filter((s) => wall(s, APIA).startsWith('2011-12-31'))).to.have.length(6);
  });
});

describe('engine: R8 groups', () => {
  const klass = (overrides = {}): Business =>
    business({ services: [service({ maximumAttendeesCount: 3, ...overrides }), service({ id: 'other' })] });

  it('R8: a class stays offered while seats remain, with the seats left', () => {
    const input = dayInput(klass(), MONDAY, {
      appointments: [appointment('anna', at(MONDAY, '09:00'), 30, { attendees: 2 })],
    });
    const slots = computeAvailability({ ...input, staffMemberId: 'anna' });
    expect(slots[0]).to.include({ start: at(MONDAY, '09:00'), remainingCapacity: 1 });
    expect(slots[1]).to.include({ start: at(MONDAY, '09:30'), remainingCapacity: 3 });
  });

  it('R8: a full class is no longer offered; seats add up over appointments', () => {
    const input = dayInput(klass(), MONDAY, {
      appointments: [
        appointment('anna', at(MONDAY, '09:00'), 30, { attendees: 2 }),
        appointment('anna', at(MONDAY, '09:00'), 30, { attendees: 1 }),
      ],
    });
    expect(slotsOf(input, 'anna')[0]).to.equal('09:30');
  });

  it('R8: a hold on the class takes a seat', () => {
    const input = dayInput(klass(), MONDAY, {
      appointments: [appointment('anna', at(MONDAY, '09:00'), 30, { attendees: 2 })],
      holds: [
        { id: 'h', staffMemberId: 'anna', serviceId: 'svc', start: at(MONDAY, '09:00'), end: at(MONDAY, '09:30') },
      ],
    });
    expect(slotsOf(input, 'anna')[0]).to.equal('09:30');
  });

  it('R8: during a class the staff member is busy for other services', () => {
    const input = dayInput(klass(), MONDAY, {
      serviceId: 'other',
      appointments: [appointment('anna', at(MONDAY, '09:00'), 30, { attendees: 1 })],
    });
    expect(slotsOf(input, 'anna')[0]).to.equal('09:30');
  });

  it('R8: attendees share the start: an overlapping other start of the same class is not offered', () => {
    const input = dayInput(klass({ defaultDuration: 'PT60M' }), MONDAY, {
      appointments: [appointment('anna', at(MONDAY, '09:00'), 60, { attendees: 1 })],
    });
    expect(slotsOf(input, 'anna')).to.deep.equal(['09:00', '10:00', '10:30', '11:00']);
  });

  it('R8: a one-to-one slot has remainingCapacity 1 for one staff member', () => {
    const slots = computeAvailability({ ...dayInput(business(), MONDAY), staffMemberId: 'anna' });
    expect(slots.every((s) => s.remainingCapacity === 1)).to.equal(true);
  });
});

describe('engine: R9 Anyone', () => {
  it('R9: Anyone is the union over eligible staff, listing who is free and how many', () => {
    const input = dayInput(business(), MONDAY, { appointments: [appointment('anna', at(MONDAY, '09:00'), 30)] });
    const slots = computeAvailability(input);
    expect(slots).to.have.length(6);
    expect(slots[0]).to.deep.include({ staffMemberIds: ['ben'], remainingCapacity: 1 });
    expect(slots[1]).to.deep.include({ staffMemberIds: ['anna', 'ben'], remainingCapacity: 2 });
  });

  it('R9: a start stays offered while at least one staff member is free', () => {
    const input = dayInput(business(), MONDAY, {
      appointments: [appointment('anna', at(MONDAY, '09:00'), 30), appointment('ben', at(MONDAY, '09:00'), 30)],
    });
    expect(slotsOf(input)[0]).to.equal('09:30');
  });

  it('R9: for a class under Anyone, remainingCapacity sums the seats left in each free class', () => {
    const biz = business({ services: [service({ maximumAttendeesCount: 4 })] });
    const input = dayInput(biz, MONDAY, {
      appointments: [appointment('anna', at(MONDAY, '09:00'), 30, { attendees: 3 })],
    });
    expect(computeAvailability(input)[0]).to.deep.include({ staffMemberIds: ['anna', 'ben'], remainingCapacity: 5 });
  });

  it('R9: staff with different hours and zones merge into one sorted list without duplicates', () => {
    const biz = business({
      staffMembers: [
        staff('anna'),
        staff('ben', { useBusinessHours: false, timeZone: NYC, workingHours: hours(['04:00-05:00']) }),
      ],
    });
    const slots = computeAvailability(dayInput(biz, MONDAY));
    expect(slots.map((s) => `${wall(s.start).slice(11)} ${s.staffMemberIds.join('+')}`)).to.deep.equal([
      '09:00 anna',
      '09:30 anna',
      '10:00 anna+ben',
      '10:30 anna+ben',
      '11:00 anna',
      '11:30 anna',
    ]);
  });
});

describe('engine: R10 staff choice', () => {
  const cases: [boolean, boolean | undefined, boolean][] = [
    [true, undefined, true],
    [true, true, true],
    [true, false, false],
    [false, undefined, false],
    [false, true, false],
  ];
  for (const [page, own, expected] of cases) {
    it(`R10: business ${page}, service policy ${String(own)} → staff choice ${expected}`, () => {
      const svc = service(own === undefined ? {} : { schedulingPolicy: policy({ allowStaffSelection: own }) });
      const biz = business({ schedulingPolicy: policy({ allowStaffSelection: page }), services: [svc] });
      expect(isStaffSelectionAllowed(biz, svc)).to.equal(expected);
    });
  }

  it('R10: a chosen staff member gets only their own slots', () => {
    const input = dayInput(business(), MONDAY, { appointments: [appointment('anna', at(MONDAY, '09:00'), 30)] });
    const slots = computeAvailability({ ...input, staffMemberId: 'anna' });
    expect(slots.every((s) => s.staffMemberIds.join() === 'anna')).to.equal(true);
    expect(times(slots)[0]).to.equal('09:30');
  });
});

describe('engine: boundaries', () => {
  it('throws RangeError for an unknown service or staff member', () => {
    expect(() => computeAvailability({ ...dayInput(business(), MONDAY), serviceId: 'nope' })).to.throw(RangeError);
    expect(() => computeAvailability({ ...dayInput(business(), MONDAY), staffMemberId: 'nope' })).to.throw(RangeError);
  });

  it('converts slots to the ISO AvailableSlot of the adapter contract', () => {
    const [slot] = computeAvailability({ ...dayInput(business(), MONDAY), staffMemberId: 'anna' });
    expect(toAvailableSlot(slot)).to.deep.equal({
      start: '2026-01-12T08:00:00.000Z',
      end: '2026-01-12T08:30:00.000Z',
      staffMemberIds: ['anna'],
      remainingCapacity: 1,
    });
    expect(toAvailableSlots([slot])).to.have.length(1);
  });
});
