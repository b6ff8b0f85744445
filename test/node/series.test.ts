// Repeat bookings (issue 20) in the engine: occurrence generation across daylight-saving days in
// several zones (fast-check, seeded), the RRULE that describes a plan (checked against rrule), and
// the series `.ics` read back by ical.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import ICAL from 'ical.js';
import * as rrulePackage from 'rrule';
import { buildSeriesIcs, type IcsSeriesOccurrence } from '../../src/core/ics-series.js';
import {
  occurrenceDay,
  seriesOccurrences,
  seriesRule,
  SERIES_FREQUENCIES,
  type SeriesFrequency,
} from '../../src/core/series.js';
import { dateOfDayNumber, dayNumber, epochToWall, wallTimeExists, wallToEpoch } from '../../src/core/time.js';

const rrule: typeof rrulePackage =
  'RRule' in rrulePackage ? rrulePackage : Reflect.get<typeof rrulePackage, 'default'>(rrulePackage, 'default');
const { RRule } = rrule;

const ZONES = ['Europe/Copenhagen', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham'];
const SEED = 2020;
const DAY = 86_400_000;

/** Starts near the 2026/2027 daylight-saving days, at every quarter hour including the small hours. */
const arbStart = fc.record({
  zone: fc.constantFrom(...ZONES),
  day: fc.integer({ min: dayNumber('2026-01-01'), max: dayNumber('2027-12-31') }),
  minutes: fc.integer({ min: 0, max: 95 }).map((q) => q * 15),
});
const arbFrequency = fc.constantFrom<SeriesFrequency>(...SERIES_FREQUENCIES);

function startOf(s: { zone: string; day: number; minutes: number }): number {
  return wallToEpoch(dateOfDayNumber(s.day), s.minutes, s.zone);
}

test('every occurrence keeps the first one’s wall time in the business zone (DST days in five zones)', () => {
  fc.assert(
    fc.property(arbStart, arbFrequency, fc.integer({ min: 1, max: 30 }), (s, frequency, count) => {
      const startMs = startOf(s);
      const first = epochToWall(startMs, s.zone);
      const plan = seriesOccurrences({ startMs, timeZone: s.zone, frequency, count, maximum: 52 });
      assert.equal(plan.length, count);
      assert.equal(plan[0], startMs);
      plan.forEach((ms, k) => {
        if (k > 0) assert.ok(ms > plan[k - 1], 'strictly increasing');
        const date = dateOfDayNumber(occurrenceDay(first.date, frequency, k));
        if (wallTimeExists(date, first.minutes, s.zone)) {
          const w = epochToWall(ms, s.zone);
          assert.equal(w.date, date, `occurrence ${k} on ${date}`);
          assert.equal(w.minutes, first.minutes, `occurrence ${k} at the same wall time`);
        } else {
          // Inside a spring-forward gap: moved forward by the gap, never to another day.
          assert.equal(ms, wallToEpoch(date, first.minutes, s.zone));
          assert.equal(epochToWall(ms, s.zone).date, date);
        }
      });
    }),
    { seed: SEED, numRuns: 300 },
  );
});

test('weekly and fortnightly steps are 7 and 14 local days; monthly keeps the day or takes the last', () => {
  fc.assert(
    fc.property(arbStart, arbFrequency, (s, frequency) => {
      const startMs = startOf(s);
      const first = epochToWall(startMs, s.zone);
      const plan = seriesOccurrences({ startMs, timeZone: s.zone, frequency, count: 14, maximum: 52 });
      const days = plan.map((ms) => dayNumber(epochToWall(ms, s.zone).date));
      const d0 = Number(first.date.slice(8));
      days.forEach((day, k) => {
        if (k === 0) return;
        if (frequency === 'weekly') assert.equal(day - days[k - 1], 7);
        else if (frequency === 'biweekly') assert.equal(day - days[k - 1], 14);
        else {
          const date = dateOfDayNumber(day);
          const next = dateOfDayNumber(day + 1);
          const d = Number(date.slice(8));
          // The same day of the month, or the month's last day when it has no such day.
          assert.ok(d === d0 || (d < d0 && next.slice(8) === '01'), `${date} for day ${d0}`);
        }
      });
    }),
    { seed: SEED, numRuns: 300 },
  );
});

test('the plan stops at the count, the service maximum, the until date and the booking window', () => {
  fc.assert(
    fc.property(
      arbStart,
      arbFrequency,
      fc.integer({ min: 1, max: 60 }),
      fc.integer({ min: 1, max: 52 }),
      fc.integer({ min: 0, max: 400 }),
      fc.integer({ min: 1, max: 400 }),
      (s, frequency, count, maximum, untilDays, windowDays) => {
        const startMs = startOf(s);
        const until = dateOfDayNumber(s.day + untilDays);
        const endMs = startMs + windowDays * DAY;
        const plan = seriesOccurrences({ startMs, timeZone: s.zone, frequency, count, maximum, until, endMs });
        assert.ok(plan.length >= 1 && plan.length <= Math.min(count, maximum));
        for (const ms of plan) {
          assert.ok(epochToWall(ms, s.zone).date <= until);
          assert.ok(ms < endMs);
        }
        if (plan.length < Math.min(count, maximum)) {
          // It stopped for the date or the window: the next occurrence is past one of them.
          const free = seriesOccurrences({ startMs, timeZone: s.zone, frequency, count: plan.length + 1, maximum: 52 });
          const next = free[plan.length];
          assert.ok(epochToWall(next, s.zone).date > until || next >= endMs);
        }
      },
    ),
    { seed: SEED, numRuns: 300 },
  );
});

test('the RRULE of a plan, where one says it, lists the same dates as the plan (rrule, floating time)', () => {
  fc.assert(
    fc.property(arbStart, arbFrequency, fc.integer({ min: 1, max: 24 }), (s, frequency, count) => {
      const startMs = startOf(s);
      const first = epochToWall(startMs, s.zone);
      const plan = seriesOccurrences({ startMs, timeZone: s.zone, frequency, count, maximum: 52 });
      const planned = plan.map((ms) => epochToWall(ms, s.zone).date);
      const rule = seriesRule(frequency, planned);
      if (rule === undefined) {
        // Only a monthly plan that fell on a shorter month's last day has no simple rule.
        assert.equal(frequency, 'monthly');
        assert.ok(Number(first.date.slice(8)) >= 29 && planned.some((d) => d.slice(8) !== first.date.slice(8)));
        return;
      }
      const dtstart = new Date(dayNumber(first.date) * DAY + first.minutes * 60_000);
      const dates = new RRule({ ...RRule.parseString(rule), dtstart }).all().map((d) => d.toISOString().slice(0, 10));
      assert.deepEqual(
        dates,
        plan.map((ms) => epochToWall(ms, s.zone).date),
      );
    }),
    { seed: SEED, numRuns: 200 },
  );
});

test('a monthly series on the 31st falls on each month’s last day', () => {
  const startMs = wallToEpoch('2027-01-31', 10 * 60, 'Europe/Copenhagen');
  const plan = seriesOccurrences({
    startMs,
    timeZone: 'Europe/Copenhagen',
    frequency: 'monthly',
    count: 4,
    maximum: 10,
  });
  assert.deepEqual(
    plan.map((ms) => epochToWall(ms, 'Europe/Copenhagen')),
    [
      { date: '2027-01-31', minutes: 600, dayOfWeek: 'sunday' },
      { date: '2027-02-28', minutes: 600, dayOfWeek: 'sunday' },
      { date: '2027-03-31', minutes: 600, dayOfWeek: 'wednesday' },
      { date: '2027-04-30', minutes: 600, dayOfWeek: 'friday' },
    ],
  );
});

/** The instants a calendar app shows for a series `.ics`: ical.js expands the master with its exceptions. */
function expandIcs(text: string): { start: number; end: number }[] {
  const comp = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const master = events.find((e) => !e.isRecurrenceException());
  assert.ok(master);
  for (const e of events) if (e.isRecurrenceException()) master.relateException(e);
  const out: { start: number; end: number }[] = [];
  const it = master.iterator();
  for (let next = it.next(); next; next = it.next()) {
    const d = master.getOccurrenceDetails(next);
    out.push({ start: d.startDate.toJSDate().getTime(), end: d.endDate.toJSDate().getTime() });
  }
  for (const tz of comp.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.remove(String(tz.getFirstPropertyValue('tzid')));
  }
  return out;
}

test('ical.js reads the series .ics as the booked dates: skipped and cancelled ones out, moved ones moved', () => {
  fc.assert(
    fc.property(
      arbStart,
      arbFrequency,
      fc.array(fc.constantFrom('booked', 'skipped', 'cancelled', 'moved'), { minLength: 1, maxLength: 14 }),
      (s, frequency, fates) => {
        const startMs = startOf(s);
        const duration = 45 * 60_000;
        const plan = seriesOccurrences({ startMs, timeZone: s.zone, frequency, count: fates.length, maximum: 52 });
        const occurrences: IcsSeriesOccurrence[] = plan.map((ms, k) => {
          const fate = fates[k];
          if (fate === 'skipped') return { plannedMs: ms };
          const moved = fate === 'moved' ? ms + DAY + 3_600_000 : ms;
          return { plannedMs: ms, startMs: moved, endMs: moved + duration, cancelled: fate === 'cancelled' };
        });
        const text = buildSeriesIcs({
          uid: 'series-1@booking-elements',
          dtstamp: Date.UTC(2026, 0, 1),
          timeZone: s.zone,
          frequency,
          occurrences,
          durationMs: duration,
          summary: 'Physiotherapy – Clinic',
          organizer: { email: 'clinic@example.com' },
          sequence: 0,
          method: 'REQUEST',
        });
        const expected = occurrences
          .filter((o) => o.startMs !== undefined && !o.cancelled)
          .map((o) => ({ start: o.startMs!, end: o.endMs! }))
          .sort((a, b) => a.start - b.start);
        if (expected.length === 0) {
          assert.match(text, /STATUS:CANCELLED/);
          return;
        }
        const seen = expandIcs(text).sort((a, b) => a.start - b.start);
        // ical.js reads a wall time inside a spring-forward gap with the offset after it (RFC 5545
        // §3.3.5 says before) and then fails to match its override: such days are compared by count.
        const first = epochToWall(startMs, s.zone);
        const inGap = (ms: number) => !wallTimeExists(epochToWall(ms, s.zone).date, first.minutes, s.zone);
        const gaps = plan.filter(inGap).length;
        if (gaps > 0) {
          assert.equal(seen.length, expected.length);
          return;
        }
        assert.deepEqual(seen, expected);
      },
    ),
    { seed: SEED, numRuns: 150 },
  );
});
