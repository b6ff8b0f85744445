import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addDays,
  dateOfDayNumber,
  dayNumber,
  dayOfWeek,
  epochToWall,
  formatTimeOfDay,
  isValidDate,
  parseTimeOfDay,
  startOfZonedDay,
  wallTimeExists,
  wallToEpoch,
  zonedDayInterval,
  zoneOffsetMs,
} from '../../src/core/index.js';
import { CHATHAM, CPH, DST_DAYS, HOUR, KOLKATA, LORD_HOWE, MIN, NYC, ZONES, wall } from './fixtures.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('time: wall clock ⇄ instant (R1)', () => {
  const cases: [string, string, string, number, string][] = [
    // [what, zone, date, minutes, expected instant]
    ['Copenhagen winter 09:00', CPH, '2026-01-15', 9 * 60, '2026-01-15T08:00:00.000Z'],
    ['Copenhagen summer 09:00', CPH, '2026-07-15', 9 * 60, '2026-07-15T07:00:00.000Z'],
    ['Copenhagen spring day 01:59 (before the gap)', CPH, '2026-03-29', 119, '2026-03-29T00:59:00.000Z'],
    ['Copenhagen spring day 02:30 (in the gap) → 03:30 CEST', CPH, '2026-03-29', 150, '2026-03-29T01:30:00.000Z'],
    ['Copenhagen spring day 03:00', CPH, '2026-03-29', 180, '2026-03-29T01:00:00.000Z'],
    ['Copenhagen fall day 02:30 (twice) → the first, CEST', CPH, '2026-10-25', 150, '2026-10-25T00:30:00.000Z'],
    ['Copenhagen fall day 03:00 (after)', CPH, '2026-10-25', 180, '2026-10-25T02:00:00.000Z'],
    ['New York spring day 02:30 → 03:30 EDT', NYC, '2026-03-08', 150, '2026-03-08T07:30:00.000Z'],
    ['New York fall day 01:30 (twice) → EDT', NYC, '2026-11-01', 90, '2026-11-01T05:30:00.000Z'],
    ['New York fall day 02:00 → EST', NYC, '2026-11-01', 120, '2026-11-01T07:00:00.000Z'],
    ['Lord Howe spring day 02:15 (30-min gap) → 02:45 +11', LORD_HOWE, '2026-10-04', 135, '2026-10-03T15:45:00.000Z'],
    ['Lord Howe spring day 02:30 (first after the gap)', LORD_HOWE, '2026-10-04', 150, '2026-10-03T15:30:00.000Z'],
    ['Lord Howe fall day 01:45 (twice) → +11', LORD_HOWE, '2026-04-05', 105, '2026-04-04T14:45:00.000Z'],
    ['Lord Howe fall day 01:29 (once)', LORD_HOWE, '2026-04-05', 89, '2026-04-04T14:29:00.000Z'],
    ['Lord Howe fall day 02:00 → +10:30', LORD_HOWE, '2026-04-05', 120, '2026-04-04T15:30:00.000Z'],
    ['Kolkata midnight, +05:30, no DST', KOLKATA, '2026-01-01', 0, '2025-12-31T18:30:00.000Z'],
    ['Kolkata summer 09:00', KOLKATA, '2026-07-01', 540, '2026-07-01T03:30:00.000Z'],
    [
      'Chatham spring day 02:50 (gap 02:45–03:45) → 03:50 +13:45',
      CHATHAM,
      '2026-09-27',
      170,
      '2026-09-26T14:05:00.000Z',
    ],
    ['Chatham fall day 03:00 (twice) → +13:45', CHATHAM, '2026-04-05', 180, '2026-04-04T13:15:00.000Z'],
    ['Chatham winter 12:00, +12:45', CHATHAM, '2026-07-01', 720, '2026-06-30T23:15:00.000Z'],
  ];
  for (const [what, zone, date, minutes, expected] of cases) {
    it(`R1: ${what}`, () => {
      expect(iso(wallToEpoch(date, minutes, zone))).to.equal(expected);
    });
  }

  it('R1: epochToWall reads both halves of a repeated hour', () => {
    expect(epochToWall(Date.parse('2026-10-25T00:30:00Z'), CPH)).to.deep.equal({
      date: '2026-10-25',
      minutes: 150,
      dayOfWeek: 'sunday',
    });
    expect(epochToWall(Date.parse('2026-10-25T01:30:00Z'), CPH).minutes).to.equal(150);
    expect(epochToWall(Date.parse('2026-04-04T14:45:00Z'), LORD_HOWE).minutes).to.equal(105);
    expect(epochToWall(Date.parse('2026-04-04T15:15:00Z'), LORD_HOWE).minutes).to.equal(105);
  });

  it('R1: zone offsets, including the odd ones', () => {
    expect(zoneOffsetMs(KOLKATA, Date.parse('2026-06-01T00:00:00Z'))).to.equal(5.5 * HOUR);
    expect(zoneOffsetMs(CHATHAM, Date.parse('2026-01-01T00:00:00Z'))).to.equal(13.75 * HOUR);
    expect(zoneOffsetMs(CHATHAM, Date.parse('2026-07-01T00:00:00Z'))).to.equal(12.75 * HOUR);
    expect(zoneOffsetMs(LORD_HOWE, Date.parse('2026-07-01T00:00:00Z'))).to.equal(10.5 * HOUR);
    expect(zoneOffsetMs(LORD_HOWE, Date.parse('2026-01-01T00:00:00Z'))).to.equal(11 * HOUR);
    expect(zoneOffsetMs(NYC, Date.parse('2026-01-01T00:00:00Z'))).to.equal(-5 * HOUR);
  });

  const dayLengths: [string, string, number][] = [
    [CPH, '2026-03-29', 23],
    [CPH, '2026-10-25', 25],
    [NYC, '2026-03-08', 23],
    [NYC, '2026-11-01', 25],
    [LORD_HOWE, '2026-10-04', 23.5],
    [LORD_HOWE, '2026-04-05', 24.5],
    [CHATHAM, '2026-09-27', 23],
    [CHATHAM, '2026-04-05', 25],
    [KOLKATA, '2026-03-29', 24],
  ];
  for (const [zone, date, length] of dayLengths) {
    it(`R1: ${date} lasts ${length} hours in ${zone}`, () => {
      const d = zonedDayInterval(date, zone);
      expect((d.end - d.start) / HOUR).to.equal(length);
      expect(d.start).to.equal(startOfZonedDay(date, zone));
    });
  }

  it('R1: wallTimeExists is false only inside gaps', () => {
    expect(wallTimeExists('2026-03-29', 150, CPH)).to.equal(false);
    expect(wallTimeExists('2026-03-29', 180, CPH)).to.equal(true);
    expect(wallTimeExists('2026-10-25', 150, CPH)).to.equal(true);
    expect(wallTimeExists('2026-10-04', 135, LORD_HOWE)).to.equal(false);
    expect(wallTimeExists('2026-09-27', 170, CHATHAM)).to.equal(false);
  });
});

describe('time: dates and times of day', () => {
  it('addDays crosses months, leap days and years', () => {
    expect(addDays('2026-03-28', 2)).to.equal('2026-03-30');
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2026-01-01', -1)).to.equal('2025-12-31');
  });

  it('dayOfWeek and day numbers', () => {
    expect(dayOfWeek('1970-01-01')).to.equal('thursday');
    expect(dayOfWeek('2026-03-29')).to.equal('sunday');
    expect(dayNumber('1970-01-02')).to.equal(1);
    expect(dateOfDayNumber(dayNumber('2026-11-01'))).to.equal('2026-11-01');
  });

  it('rejects dates that are not on the calendar', () => {
    expect(isValidDate('2026-02-29')).to.equal(false);
    expect(isValidDate('2028-02-29')).to.equal(true);
    expect(isValidDate('2026-13-01')).to.equal(false);
    expect(isValidDate('26-01-01')).to.equal(false);
    expect(() => dayNumber('2026-04-31')).to.throw(RangeError);
  });

  it('parses HH:mm with 24:00 as the end of the day', () => {
    expect(parseTimeOfDay('09:30')).to.equal(570);
    expect(parseTimeOfDay('24:00')).to.equal(1440);
    expect(parseTimeOfDay('24:30')).to.equal(null);
    expect(parseTimeOfDay('9:30')).to.equal(null);
    expect(formatTimeOfDay(1440)).to.equal('24:00');
    expect(formatTimeOfDay(65)).to.equal('01:05');
  });

  it('throws RangeError for an unknown zone', () => {
    expect(() => wallToEpoch('2026-01-01', 0, 'Mars/Olympus_Mons')).to.throw(RangeError);
  });
});

describe('time: properties across DST in five zones (R1)', () => {
  // Dates around every transition of 2026 plus ordinary days, so most runs hit a DST day.
  const dates: string[] = [];
  for (const zone of ZONES) {
    for (const d of DST_DAYS[zone] ?? ['2026-03-29']) dates.push(addDays(d, -1), d, addDays(d, 1));
  }
  dates.push('2026-01-15', '2026-07-15', '2027-02-28');
  const arbZone = fc.constantFrom(...ZONES);
  const arbDate = fc.constantFrom(...dates);
  const arbMinutes = fc.integer({ min: 0, max: 1439 });
  // Half the cases land within the small hours of a transition day, where the gaps and repeats are.
  const transitions = ZONES.flatMap((zone) => (DST_DAYS[zone] ?? []).map((date) => ({ zone, date })));
  const arbWall = fc.oneof(
    fc.record({ zone: arbZone, date: arbDate, minutes: arbMinutes }),
    fc
      .constantFrom(...transitions)
      .chain(({ zone, date }) =>
        fc.record({ zone: fc.constant(zone), date: fc.constant(date), minutes: fc.integer({ min: 60, max: 250 }) }),
      ),
  );
  const params = { seed: 20260329, numRuns: 400 };

  it('R1: existing wall times round-trip wall → instant → wall', () => {
    fc.assert(
      fc.property(arbWall, ({ zone, date, minutes }) => {
        fc.pre(wallTimeExists(date, minutes, zone));
        const w = epochToWall(wallToEpoch(date, minutes, zone), zone);
        return w.date === date && w.minutes === minutes && w.dayOfWeek === dayOfWeek(date);
      }),
      params,
    );
  });

  it('R1: a wall time that does not exist moves forward by the gap', () => {
    let gaps = 0;
    fc.assert(
      fc.property(arbWall, ({ zone, date, minutes }) => {
        const t = wallToEpoch(date, minutes, zone);
        const w = epochToWall(t, zone);
        if (w.date === date && w.minutes === minutes) return true;
        gaps++;
        const gap = zoneOffsetMs(zone, t) - zoneOffsetMs(zone, t - 3 * HOUR);
        // The same wall time read with the offset before the gap, and the minute before is earlier.
        const before = epochToWall(t - MIN * 61, zone);
        return (
          w.date === date &&
          (gap === 30 * MIN || gap === 60 * MIN) &&
          w.minutes - minutes === gap / MIN &&
          before.date === date &&
          before.minutes < minutes
        );
      }),
      params,
    );
    expect(gaps, 'cases inside a gap').to.be.greaterThan(10);
  });

  it('R1: a wall time that exists twice takes the first instant', () => {
    let twins = 0;
    fc.assert(
      fc.property(arbWall, ({ zone, date, minutes }) => {
        const t = wallToEpoch(date, minutes, zone);
        const later = [30 * MIN, 60 * MIN].map((d) => epochToWall(t + d, zone));
        if (later.some((w) => w.date === date && w.minutes === minutes)) twins++;
        // Shifts are 30 or 60 minutes in these zones: no earlier instant reads the same.
        for (const back of [30 * MIN, 60 * MIN]) {
          const w = epochToWall(t - back, zone);
          if (w.date === date && w.minutes === minutes) return false;
        }
        return true;
      }),
      params,
    );
    expect(twins, 'cases that exist twice').to.be.greaterThan(10);
  });

  it('R1: instants are strictly increasing in existing wall time', () => {
    fc.assert(
      fc.property(arbWall, arbMinutes, fc.integer({ min: 0, max: 1 }), ({ zone, date, minutes: m1 }, m2, dd) => {
        const d2 = addDays(date, dd);
        fc.pre(wallTimeExists(date, m1, zone) && wallTimeExists(d2, m2, zone));
        fc.pre(dd > 0 || m1 !== m2);
        const [a, b] =
          dd > 0 || m1 < m2 ? [[date, m1] as const, [d2, m2] as const] : [[d2, m2] as const, [date, m1] as const];
        return wallToEpoch(a[0], a[1], zone) < wallToEpoch(b[0], b[1], zone);
      }),
      params,
    );
  });

  it('R1: every instant reads as an existing wall time that maps back to it or to its first twin', () => {
    fc.assert(
      fc.property(
        arbZone,
        fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2027-01-01T00:00:00Z') }),
        (zone, ms) => {
          const t = ms - (ms % MIN);
          const w = epochToWall(t, zone);
          const back = wallToEpoch(w.date, w.minutes, zone);
          return (
            wallTimeExists(w.date, w.minutes, zone) && (back === t || back === t - 30 * MIN || back === t - 60 * MIN)
          );
        },
      ),
      params,
    );
  });

  it('R1: wall() helper agrees with Intl formatting', () => {
    const t = Date.parse('2026-10-25T01:30:00Z');
    const intl = new Intl.DateTimeFormat('en-GB', {
      timeZone: CPH,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    expect(wall(t).slice(11)).to.equal(intl.format(t));
  });
});
