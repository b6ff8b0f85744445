import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { RRule } from 'rrule';
import { loadRecurrenceExpander, needsRecurrence, type WallDateTime } from '../../src/core/index.js';
import { expandRecurrence } from '../../src/core/recurrence.js';
import { DAY, business, policy, service } from './fixtures.js';

const dates = (list: WallDateTime[]) => list.map((o) => o.date);

describe('recurrence (R7)', () => {
  it('R7: weekly occurrences keep their wall-clock time across the DST change', () => {
    const got = expandRecurrence('FREQ=WEEKLY', { date: '2026-03-16', minutes: 13 * 60 }, '2026-03-16', '2026-04-06');
    expect(got).to.deep.equal([
      { date: '2026-03-16', minutes: 780 },
      { date: '2026-03-23', minutes: 780 },
      { date: '2026-03-30', minutes: 780 },
      { date: '2026-04-06', minutes: 780 },
    ]);
  });

  it('R7: yearly closures without a start date default to the rule or 2000-01-01', () => {
    expect(
      dates(expandRecurrence('FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24,25,26', undefined, '2026-12-01', '2027-12-31')),
    ).to.deep.equal(['2026-12-24', '2026-12-25', '2026-12-26', '2027-12-24', '2027-12-25', '2027-12-26']);
    expect(
      dates(
        expandRecurrence('DTSTART:20260105T000000\nRRULE:FREQ=WEEKLY;COUNT=2', undefined, '2026-01-01', '2026-12-31'),
      ),
    ).to.deep.equal(['2026-01-05', '2026-01-12']);
  });

  it('R7: the window is inclusive of both dates, and an inverted window is empty', () => {
    const daily = (from: string, to: string) =>
      dates(expandRecurrence('FREQ=DAILY', { date: '2026-01-01', minutes: 0 }, from, to));
    expect(daily('2026-01-10', '2026-01-12')).to.deep.equal(['2026-01-10', '2026-01-11', '2026-01-12']);
    expect(daily('2026-01-12', '2026-01-10')).to.deep.equal([]);
  });

  it('R7: COUNT and UNTIL are honoured from the first occurrence', () => {
    const first = { date: '2026-01-05', minutes: 600 };
    expect(dates(expandRecurrence('FREQ=WEEKLY;COUNT=3', first, '2026-01-01', '2026-12-31'))).to.have.length(3);
    expect(
      dates(expandRecurrence('FREQ=DAILY;UNTIL=20260107T235959Z', first, '2026-01-01', '2026-12-31')),
    ).to.deep.equal(['2026-01-05', '2026-01-06', '2026-01-07']);
  });

  it('R7: a date UNTIL includes that whole date, timed occurrences too (FREQ=DAILY;UNTIL=20260105)', () => {
    for (const minutes of [0, 13 * 60, 23 * 60 + 59]) {
      expect(
        dates(
          expandRecurrence('FREQ=DAILY;UNTIL=20260105', { date: '2026-01-02', minutes }, '2026-01-01', '2026-01-31'),
        ),
      ).to.deep.equal(['2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05']);
    }
  });

  it('R7: a date-time UNTIL is UTC, compared with the wall time in the zone given', () => {
    const first = { date: '2026-01-02', minutes: 13 * 60 };
    const expand = (until: string, zone?: string) =>
      dates(expandRecurrence(`FREQ=DAILY;UNTIL=${until}`, first, '2026-01-01', '2026-01-31', zone));
    // 13:00 in Copenhagen is 12:00Z, in New York 18:00Z.
    expect(expand('20260105T120000Z', 'Europe/Copenhagen')).to.have.length(4);
    expect(expand('20260105T115959Z', 'Europe/Copenhagen')).to.have.length(3);
    expect(expand('20260105T175959Z', 'America/New_York')).to.have.length(3);
    expect(expand('20260105T180000Z', 'America/New_York')).to.have.length(4);
    // Without a zone: UTC.
    expect(expand('20260105T130000Z')).to.have.length(4);
    expect(expand('20260105T125959Z')).to.have.length(3);
  });

  it('R7: invalid dates are refused with a readable RangeError before rrule sees them', () => {
    expect(() =>
      expandRecurrence('FREQ=DAILY', { date: '2026-02-30', minutes: 0 }, '2026-01-01', '2026-01-02'),
    ).to.throw(RangeError, /dtstart/);
    expect(() => expandRecurrence('FREQ=DAILY', undefined, 'yesterday', '2026-01-02')).to.throw(RangeError, /fromDate/);
    expect(() => expandRecurrence('BYDAY=MO', undefined, '2026-01-01', '2026-01-02')).to.throw(RangeError, /FREQ/);
  });

  it('loads lazily through loadRecurrenceExpander', async () => {
    const expander = await loadRecurrenceExpander();
    expect(expander).to.equal(expandRecurrence);
  });

  it('needsRecurrence spots closures and repeating time off', () => {
    expect(needsRecurrence(business())).to.equal(false);
    expect(needsRecurrence(business({ schedulingPolicy: policy({ closures: [{ rrule: 'FREQ=YEARLY' }] }) }))).to.equal(
      true,
    );
    expect(
      needsRecurrence(
        business({ services: [service({ schedulingPolicy: policy({ closures: [{ rrule: 'FREQ=DAILY' }] }) })] }),
      ),
    ).to.equal(true);
    const off = { id: 't', staffMemberId: 'anna', start: '2026-01-05T12:00:00Z', end: '2026-01-05T13:00:00Z' };
    expect(needsRecurrence(business({ timeOff: [off] }))).to.equal(false);
    expect(needsRecurrence(business({ timeOff: [{ ...off, rrule: 'FREQ=WEEKLY' }] }))).to.equal(true);
  });

  it('R7: expanding near the window (rrule walks from DTSTART) gives what a walk from the real start gives', () => {
    const rules = [
      'FREQ=DAILY;INTERVAL=3',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH',
      'FREQ=WEEKLY;INTERVAL=3;WKST=SU;BYDAY=SU,SA',
      'FREQ=MONTHLY',
      'FREQ=MONTHLY;BYMONTHDAY=31',
      'FREQ=MONTHLY;INTERVAL=5;BYSETPOS=-1;BYDAY=FR',
      'FREQ=MONTHLY;BYDAY=2MO',
      'FREQ=YEARLY',
      'FREQ=YEARLY;INTERVAL=3;BYMONTH=2;BYMONTHDAY=28,29',
      'FREQ=YEARLY;BYWEEKNO=20;BYDAY=WE',
      'FREQ=DAILY;UNTIL=20270101T000000Z',
      'FREQ=WEEKLY;COUNT=400',
      'FREQ=HOURLY;INTERVAL=7',
    ];
    const day0 = Date.UTC(2000, 0, 1) / DAY;
    const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.constantFrom(...rules),
        fc.integer({ min: day0, max: day0 + 26 * 365 }),
        fc.integer({ min: 0, max: 23 * 60 }).map((m) => m - (m % 15)),
        fc.integer({ min: 0, max: 3 * 365 }),
        fc.integer({ min: 0, max: 120 }),
        (rule, startDay, minutes, ahead, length) => {
          // Sub-daily rules are walked in full by the reference: keep their start close.
          const first = rule.startsWith('FREQ=HOURLY') ? Math.max(startDay, day0 + 26 * 365 - 30) : startDay;
          const from = day0 + 26 * 365 + ahead;
          const to = from + length;
          const reference = new RRule(
            { ...RRule.parseString(rule), dtstart: new Date(first * DAY + minutes * 60_000) },
            true,
          )
            .between(new Date(from * DAY), new Date((to + 1) * DAY - 1), true)
            .map((d) => d.getTime());
          const got = expandRecurrence(rule, { date: iso(first), minutes }, iso(from), iso(to)).map(
            (o) => Date.parse(`${o.date}T00:00:00Z`) + o.minutes * 60_000,
          );
          expect(got, `${rule} from ${iso(first)}`).to.deep.equal(reference);
        },
      ),
      { seed: 7, numRuns: 150 },
    );
  });

  it('R7: a window before the one expanded last is not answered from the cache', () => {
    const first = { date: '2020-01-06', minutes: 600 };
    expect(dates(expandRecurrence('FREQ=WEEKLY', first, '2026-06-01', '2026-06-14'))).to.deep.equal([
      '2026-06-01',
      '2026-06-08',
    ]);
    expect(dates(expandRecurrence('FREQ=WEEKLY', first, '2026-05-18', '2026-05-31'))).to.deep.equal([
      '2026-05-18',
      '2026-05-25',
    ]);
    expect(dates(expandRecurrence('FREQ=WEEKLY', first, '2026-12-28', '2027-01-10'))).to.deep.equal([
      '2026-12-28',
      '2027-01-04',
    ]);
  });
});
