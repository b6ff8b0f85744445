// Property tests for the engine (fast-check, seeded, modest runs). Businesses are generated around
// the 2026 daylight-saving days of five zones, with staff in other zones, breaks, buffers, classes
// and existing appointments; each property re-checks the engine's answer independently.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addDays,
  computeAvailability,
  dayOfWeek,
  durationMs,
  epochToWall,
  explainAvailability,
  startOfZonedDay,
  wallTimeExists,
  wallToEpoch,
  type AvailabilityInput,
  type Business,
  type BusyAppointment,
  type Slot,
  type StaffMember,
  type WorkHours,
} from '../../src/core/index.js';
import { expandRecurrence } from '../../src/core/recurrence.js';
import { ALL_DAYS, DAY, DST_DAYS, MIN, ZONES, business, policy, service, staff } from './fixtures.js';

const SEED = 4242;
const RUNS = 60;

// ---------------------------------------------------------------------------------------------
// Generators

const arbBoundary = fc.oneof(
  fc.integer({ min: 0, max: 288 }).map((n) => n * 5),
  // The small hours, where the transitions are.
  fc.integer({ min: 12, max: 54 }).map((n) => n * 5),
);

/** Up to three disjoint, non-touching windows as `HH:mm` pairs (24:00 allowed as an end). */
const arbDayWindows = fc.uniqueArray(arbBoundary, { minLength: 0, maxLength: 6 }).map((bounds) => {
  const sorted = [...bounds].sort((a, b) => a - b);
  const slots: { startTime: string; endTime: string }[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) {
    slots.push({ startTime: hhmm(sorted[i]), endTime: hhmm(sorted[i + 1]) });
  }
  return slots;
});

const arbHours: fc.Arbitrary<WorkHours[]> = fc
  .tuple(...ALL_DAYS.map(() => arbDayWindows))
  .map((perDay) => perDay.map((timeSlots, i) => ({ day: ALL_DAYS[i], timeSlots })));

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const arbStaff = (id: string) =>
  fc
    .record({
      useBusinessHours: fc.boolean(),
      workingHours: arbHours,
      timeZone: fc.option(fc.constantFrom(...ZONES), { nil: null }),
      isBookable: fc.constantFrom(true, true, true, false),
    })
    .map((s): StaffMember => staff(id, s));

interface Scenario {
  input: AvailabilityInput;
  viewerZones: [string, string];
}

const arbScenario: fc.Arbitrary<Scenario> = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    anchorZone: fc.constantFrom(...ZONES.filter((z) => DST_DAYS[z])),
    whichTransition: fc.constantFrom(0, 1),
    dayShift: fc.integer({ min: -1, max: 0 }),
    hours: arbHours,
    staff: fc.tuple(arbStaff('anna'), arbStaff('ben'), arbStaff('cleo')),
    assigned: fc.subarray(['anna', 'ben', 'cleo'], { minLength: 1 }),
    duration: fc.constantFrom(15, 20, 30, 45, 60, 90),
    interval: fc.constantFrom(10, 15, 20, 30, 45, 60),
    pre: fc.constantFrom(0, 0, 5, 15),
    post: fc.constantFrom(0, 0, 10, 15),
    capacity: fc.constantFrom(1, 1, 1, 3),
    lead: fc.constantFrom(0, 60, 120),
    advanceDays: fc.integer({ min: 2, max: 5 }),
    nowShift: fc.integer({ min: -24 * 12, max: 24 * 12 }).map((n) => n * 5 * MIN),
    notBookableShift: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    appointments: fc.array(
      fc.record({
        staff: fc.constantFrom('anna', 'ben', 'cleo'),
        offset: fc.integer({ min: 0, max: 3 * 24 * 12 }).map((n) => n * 5 * MIN),
        length: fc.constantFrom(15, 30, 60, 90),
        pre: fc.constantFrom(0, 10),
        post: fc.constantFrom(0, 10, 15),
        attendees: fc.constantFrom(1, 1, 2),
        sameService: fc.constantFrom(true, true, false),
        aligned: fc.boolean(),
      }),
      { maxLength: 12 },
    ),
    timeOff: fc.array(
      fc.record({
        staff: fc.constantFrom('anna', 'ben', 'cleo'),
        offset: fc.integer({ min: 0, max: 3 * 24 * 4 }).map((n) => n * 15 * MIN),
        length: fc.integer({ min: 1, max: 16 }).map((n) => n * 15 * MIN),
      }),
      { maxLength: 2 },
    ),
    viewerZones: fc.tuple(fc.constantFrom(...ZONES), fc.constantFrom(...ZONES)),
  })
  .map((g): Scenario => {
    const date = addDays(DST_DAYS[g.anchorZone]![g.whichTransition], g.dayShift);
    const rangeStart = startOfZonedDay(date, g.zone);
    const rangeEnd = startOfZonedDay(addDays(date, 3), g.zone);
    const biz: Business = business({
      businessTimeZone: g.zone,
      businessHours: g.hours,
      schedulingPolicy: policy({
        timeSlotInterval: `PT${g.interval}M`,
        minimumLeadTime: `PT${g.lead}M`,
        maximumAdvance: `P${g.advanceDays}D`,
        customAvailabilities:
          g.notBookableShift === undefined
            ? []
            : [
                {
                  startDate: addDays(date, g.notBookableShift),
                  endDate: addDays(date, g.notBookableShift),
                  availabilityType: 'notBookable',
                },
              ],
      }),
      services: [
        service({
          defaultDuration: `PT${g.duration}M`,
          preBuffer: `PT${g.pre}M`,
          postBuffer: `PT${g.post}M`,
          maximumAttendeesCount: g.capacity,
          staffMemberIds: g.assigned,
        }),
      ],
      staffMembers: [...g.staff],
      timeOff: g.timeOff.map((t, i) => ({
        id: `t${i}`,
        staffMemberId: t.staff,
        start: new Date(rangeStart + t.offset).toISOString(),
        end: new Date(rangeStart + t.offset + t.length).toISOString(),
        title: `Off ${i}`,
      })),
    });
    const appointments: BusyAppointment[] = g.appointments.map((a, i) => {
      // Aligned appointments sit on a business-zone grid point, so classes get joined.
      const start = a.aligned
        ? rangeStart + Math.floor(a.offset / (g.interval * MIN)) * g.interval * MIN
        : rangeStart + a.offset;
      return {
        id: `a${i}`,
        serviceId: a.sameService ? 'svc' : 'other',
        staffMemberId: a.staff,
        start,
        end: start + a.length * MIN,
        preBuffer: a.pre * MIN,
        postBuffer: a.post * MIN,
        attendees: a.attendees,
      };
    });
    return {
      input: {
        business: biz,
        serviceId: 'svc',
        range: { start: rangeStart, end: rangeEnd },
        now: rangeStart + g.nowShift,
        appointments,
      },
      viewerZones: g.viewerZones,
    };
  });

const params = { seed: SEED, numRuns: RUNS };

// ---------------------------------------------------------------------------------------------
// Independent re-checks

function staffHours(biz: Business, s: StaffMember): { zone: string; hours: WorkHours[] } {
  if (!s.useBusinessHours && s.workingHours) return { zone: s.timeZone ?? biz.businessTimeZone, hours: s.workingHours };
  return { zone: biz.businessTimeZone, hours: biz.businessHours };
}

/**
 * A staff member's windows on one wall-clock date, as instants: each configured window converted
 * on its own, then merged where they touch or overlap (a gap can push one into the next).
 */
function windowsOn(hours: WorkHours[], date: string, zone: string): [number, number][] {
  const list: [number, number][] = [];
  for (const h of hours) {
    if (h.day !== dayOfWeek(date)) continue;
    for (const t of h.timeSlots) {
      const ws = wallToEpoch(date, minutes(t.startTime), zone);
      const we = wallToEpoch(date, minutes(t.endTime), zone);
      if (we > ws) list.push([ws, we]);
    }
  }
  list.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const w of list) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  return merged;
}

/**
 * Why the engine should not have offered `slot` for staff `id`; null when it may. With
 * `checkCapacity`, the slot's remainingCapacity (one staff member) must be the seats left.
 */
function violation(input: AvailabilityInput, slot: Slot, id: string, checkCapacity = true): string | null {
  const biz = input.business;
  const svc = biz.services[0];
  const pol = biz.schedulingPolicy;
  const s = biz.staffMembers.find((m) => m.id === id)!;
  const dur = durationMs(svc.defaultDuration);
  const pre = durationMs(svc.preBuffer);
  const post = durationMs(svc.postBuffer);
  const step = durationMs(pol.timeSlotInterval);
  const { start } = slot;
  if (slot.end !== start + dur) return 'duration';
  if (!s.isBookable || !svc.staffMemberIds.includes(id)) return 'R4 eligibility';
  if (start < input.range.start || start >= input.range.end) return 'range';
  if (start < input.now + durationMs(pol.minimumLeadTime)) return 'R5 lead';
  if (start >= input.now + durationMs(pol.maximumAdvance)) return 'R5 advance';
  // R3: inside one window of that wall-clock day, on the grid from the window's start.
  const { zone, hours } = staffHours(biz, s);
  const w = epochToWall(start, zone);
  if (!wallTimeExists(w.date, w.minutes, zone)) return 'non-existent wall time';
  const fits = windowsOn(hours, w.date, zone).some(
    ([ws, we]) => ws <= start && start + dur <= we && (start - ws) % step === 0,
  );
  if (!fits) return 'R3 window/grid';
  // R4: the buffered interval is clear of other appointments (widened by theirs), time off, closed dates.
  const from = start - pre;
  const to = start + dur + post;
  let seats = 0;
  for (const a of input.appointments) {
    if (a.staffMemberId !== id) continue;
    if (a.start - a.preBuffer >= to || a.end + a.postBuffer <= from) continue;
    if (svc.maximumAttendeesCount > 1 && a.serviceId === svc.id && a.start === start) seats += a.attendees;
    else return `R4 busy ${a.id}`;
  }
  if (seats >= svc.maximumAttendeesCount) return 'R8 full';
  if (checkCapacity && slot.remainingCapacity !== svc.maximumAttendeesCount - seats) return 'R8 capacity';
  for (const t of biz.timeOff) {
    if (t.staffMemberId === id && Date.parse(t.start) < to && Date.parse(t.end) > from) return 'R7 time off';
  }
  for (const c of pol.customAvailabilities ?? []) {
    const closedFrom = startOfZonedDay(c.startDate, biz.businessTimeZone);
    const closedTo = startOfZonedDay(addDays(c.endDate, 1), biz.businessTimeZone);
    if (closedFrom < to && closedTo > from) return 'R7 closed';
  }
  return null;
}

function minutes(hm: string): number {
  const [h, m] = hm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

function single(input: AvailabilityInput, id: string): Slot[] {
  return computeAvailability({ ...input, staffMemberId: id });
}

// ---------------------------------------------------------------------------------------------

describe('engine properties across DST in five zones', () => {
  it('R3 R4 R5 R7 R8: every slot lies in a working window, on its grid, in the lead-time window, clear of busy time', () => {
    let slots = 0;
    fc.assert(
      fc.property(arbScenario, ({ input }) => {
        for (const id of ['anna', 'ben', 'cleo']) {
          for (const slot of single(input, id)) {
            slots++;
            const why = violation(input, slot, id);
            if (why) throw new Error(`${id} ${new Date(slot.start).toISOString()}: ${why}`);
          }
        }
      }),
      params,
    );
    expect(slots, 'slots checked').to.be.greaterThan(500);
  });

  it('R3 R4: no start is missed: every grid start that passes the re-check is offered', () => {
    fc.assert(
      fc.property(arbScenario, ({ input }) => {
        const biz = input.business;
        const step = durationMs(biz.schedulingPolicy.timeSlotInterval);
        const dur = durationMs(biz.services[0].defaultDuration);
        for (const s of biz.staffMembers) {
          const offered = new Set(single(input, s.id).map((x) => x.start));
          const { zone, hours } = staffHours(biz, s);
          for (let d = -1; d <= 3; d++) {
            const date = addDays(epochToWall(input.range.start, zone).date, d);
            for (const [ws, we] of windowsOn(hours, date, zone)) {
              for (let start = ws; start + dur <= we; start += step) {
                const slot = { start, end: start + dur, staffMemberIds: [s.id], remainingCapacity: 0 };
                const why = violation(input, slot, s.id, false);
                if ((why === null) !== offered.has(start)) {
                  throw new Error(
                    `${s.id} ${new Date(start).toISOString()}: re-check ${why ?? 'ok'}, engine ${offered.has(start)}`,
                  );
                }
              }
            }
          }
        }
      }),
      params,
    );
  });

  it('R9: Anyone equals the union of the single-staff results', () => {
    fc.assert(
      fc.property(arbScenario, ({ input }) => {
        const union = new Map<number, { ids: string[]; capacity: number }>();
        for (const s of input.business.staffMembers) {
          for (const slot of single(input, s.id)) {
            const u = union.get(slot.start) ?? { ids: [], capacity: 0 };
            u.ids.push(s.id);
            u.capacity += slot.remainingCapacity;
            union.set(slot.start, u);
          }
        }
        const expected = [...union.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([start, u]) => [start, u.ids.join(), u.capacity]);
        const got = computeAvailability(input).map((s) => [s.start, s.staffMemberIds.join(), s.remainingCapacity]);
        expect(got).to.deep.equal(expected);
      }),
      params,
    );
  });

  it('no slot twice: starts strictly increase', () => {
    fc.assert(
      fc.property(arbScenario, ({ input }) => {
        const all = [computeAvailability(input), ...['anna', 'ben', 'cleo'].map((id) => single(input, id))];
        return all.every((list) => list.every((s, i) => i === 0 || s.start > list[i - 1].start));
      }),
      params,
    );
  });

  it("results do not depend on the viewer's zone (it only moves the range)", () => {
    fc.assert(
      fc.property(arbScenario, ({ input, viewerZones: [v1, v2] }) => {
        const date = epochToWall(input.range.start, input.business.businessTimeZone).date;
        const rangeIn = (zone: string) => ({
          start: startOfZonedDay(date, zone),
          end: startOfZonedDay(addDays(date, 3), zone),
        });
        const a = computeAvailability({ ...input, range: rangeIn(v1) });
        const b = computeAvailability({ ...input, range: rangeIn(v2) });
        const lo = Math.max(rangeIn(v1).start, rangeIn(v2).start);
        const hi = Math.min(rangeIn(v1).end, rangeIn(v2).end);
        const clip = (list: Slot[]) => list.filter((s) => s.start >= lo && s.start < hi);
        expect(clip(a)).to.deep.equal(clip(b));
        // And a sub-range is a filter of the whole.
        const whole = computeAvailability({ ...input, range: { start: lo - DAY, end: hi + DAY } });
        expect(clip(whole)).to.deep.equal(clip(a));
      }),
      params,
    );
  });

  it('the explainer agrees with the engine: no reasons ⇔ offered', () => {
    fc.assert(
      fc.property(
        arbScenario,
        fc.array(fc.integer({ min: 0, max: 3 * 24 * 12 }), { minLength: 8, maxLength: 8 }),
        ({ input }, picks) => {
          const offered = new Map<number, string[]>(computeAvailability(input).map((s) => [s.start, s.staffMemberIds]));
          const starts = [...[...offered.keys()].slice(0, 8), ...picks.map((p) => input.range.start + p * 5 * MIN)];
          for (const start of starts) {
            const e = explainAvailability(input, start);
            const free = e.staff.filter((s) => s.reasons.length === 0).map((s) => s.staffMemberId);
            const expected = start >= input.range.start && start < input.range.end ? (offered.get(start) ?? []) : free;
            expect(free, new Date(start).toISOString()).to.deep.equal(expected);
            expect(e.offered).to.equal(free.length > 0);
          }
        },
      ),
      params,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Recurring busy time in wall-clock time (R7), on the daylight-saving days of the five zones.

/** The first instant at or after `from` whose wall date and time in `zone` is at or after `date` + `minutes`. */
function firstInstantAtOrAfter(date: string, minutes: number, zone: string, from: number): number {
  const target = `${date} ${String(minutes).padStart(4, '0')}`;
  for (let t = from; ; t += MIN) {
    const w = epochToWall(t, zone);
    if (`${w.date} ${String(w.minutes).padStart(4, '0')}` >= target) return t;
  }
}

const arbRecurringBusy = fc.record({
  zone: fc.constantFrom(...ZONES.filter((z) => DST_DAYS[z]), 'Europe/Berlin'),
  whichTransition: fc.constantFrom(0, 1),
  // Starts in the small hours, where the transitions are (Lord Howe's and Chatham's included).
  start: fc.integer({ min: 0, max: 4 * 12 }).map((n) => n * 5),
  length: fc.integer({ min: 1, max: 36 }).map((n) => n * 5),
  kind: fc.constantFrom('closure', 'timeOff'),
  duration: fc.constantFrom(15, 30, 45),
  interval: fc.constantFrom(15, 30),
});

const BERLIN_DST: [string, string] = ['2026-03-29', '2026-10-25'];

describe('engine properties: recurring busy time across DST (R7)', () => {
  it('R7: a daily closure or time off blocks exactly the instants whose wall time lies in its wall-time range, gaps and repeats included', () => {
    let checked = 0;
    fc.assert(
      fc.property(arbRecurringBusy, (g) => {
        const day = (DST_DAYS[g.zone] ?? BERLIN_DST)[g.whichTransition];
        const first = addDays(day, -3);
        const end = g.start + g.length;
        const endTime = hhmm(end % 1440);
        const rrule = 'FREQ=DAILY';
        const biz = business({
          businessTimeZone: g.zone,
          businessHours: ALL_DAYS.map((d) => ({ day: d, timeSlots: [{ startTime: '00:00', endTime: '24:00' }] })),
          schedulingPolicy: policy({
            timeSlotInterval: `PT${g.interval}M`,
            closures:
              g.kind === 'closure' ? [{ rrule, startDate: first, startTime: hhmm(g.start), endTime, title: 'c' }] : [],
          }),
          services: [service({ defaultDuration: `PT${g.duration}M`, staffMemberIds: ['anna'] })],
          staffMembers: [staff('anna')],
          timeOff:
            g.kind === 'timeOff'
              ? [
                  {
                    id: 't',
                    staffMemberId: 'anna',
                    start: new Date(wallToEpoch(first, g.start, g.zone)).toISOString(),
                    end: new Date(wallToEpoch(first, g.start, g.zone) + g.length * MIN).toISOString(),
                    rrule,
                  },
                ]
              : [],
        });
        // Time off is given by its first occurrence's instants: keep that occurrence clear of any transition.
        const rangeStart = startOfZonedDay(addDays(day, -1), g.zone);
        const rangeEnd = startOfZonedDay(addDays(day, 2), g.zone);
        const input: AvailabilityInput = {
          business: biz,
          serviceId: 'svc',
          staffMemberId: 'anna',
          range: { start: rangeStart, end: rangeEnd },
          now: rangeStart - 30 * DAY,
          appointments: [],
          recurrence: expandRecurrence,
        };
        const offered = new Set(computeAvailability(input).map((s) => s.start));
        // The busy intervals, found by walking instants minute by minute.
        const busy: [number, number][] = [];
        for (let d = -2; d <= 2; d++) {
          const date = addDays(day, d);
          const scanFrom = startOfZonedDay(addDays(date, -1), g.zone);
          const s = firstInstantAtOrAfter(date, g.start, g.zone, scanFrom);
          const e = firstInstantAtOrAfter(addDays(date, Math.floor(end / 1440)), end % 1440, g.zone, scanFrom);
          if (e > s) busy.push([s, e]);
        }
        const dur = g.duration * MIN;
        for (let d = -1; d <= 1; d++) {
          const date = addDays(day, d);
          const dayStart = startOfZonedDay(date, g.zone);
          const dayEnd = startOfZonedDay(addDays(date, 1), g.zone);
          for (let s = dayStart; s + dur <= dayEnd; s += g.interval * MIN) {
            const free = busy.every(([bs, be]) => be <= s || bs >= s + dur);
            checked++;
            if (free !== offered.has(s)) {
              throw new Error(`${g.zone} ${new Date(s).toISOString()}: expected ${free ? 'offered' : 'blocked'}`);
            }
          }
        }
      }),
      { seed: SEED, numRuns: 40 },
    );
    expect(checked).to.be.greaterThan(1000);
  });
});

// ---------------------------------------------------------------------------------------------
// No slot twice, also where a zone skipped a whole calendar day (Pacific/Apia, 2011-12-30).

const APIA = 'Pacific/Apia';
const DUPLICATE_ZONES = [...ZONES, APIA] as const;

describe('engine properties: a slot never appears twice', () => {
  it('no slot appears twice, for Anyone or one staff member, across DST days and a skipped day', () => {
    fc.assert(
      fc.property(
        fc.record({
          zone: fc.constantFrom(...DUPLICATE_ZONES),
          hours: arbHours,
          staff: fc
            .tuple(arbStaff('anna'), arbStaff('ben'))
            .map((list) => list.map((s, i) => (i === 0 ? { ...s, timeZone: APIA, useBusinessHours: false } : s))),
          anchor: fc.constantFrom(...DUPLICATE_ZONES),
          which: fc.constantFrom(0, 1),
          interval: fc.constantFrom(15, 30, 45),
        }),
        (g) => {
          const date = g.anchor === APIA ? '2011-12-29' : addDays(DST_DAYS[g.anchor]?.[g.which] ?? '2026-03-29', -1);
          const biz = business({
            businessTimeZone: g.zone,
            businessHours: g.hours,
            schedulingPolicy: policy({ timeSlotInterval: `PT${g.interval}M` }),
            services: [service({ staffMemberIds: ['anna', 'ben'] })],
            staffMembers: g.staff,
          });
          const start = startOfZonedDay(date, g.zone);
          const input: AvailabilityInput = {
            business: biz,
            serviceId: 'svc',
            range: { start, end: startOfZonedDay(addDays(date, 3), g.zone) },
            now: start - 30 * DAY,
            appointments: [],
          };
          for (const who of [undefined, 'anna', 'ben']) {
            const slots = computeAvailability(who ? { ...input, staffMemberId: who } : input);
            const starts = slots.map((s) => s.start);
            if (new Set(starts).size !== starts.length) return false;
            if (!starts.every((s, i) => i === 0 || s > starts[i - 1])) return false;
          }
          return true;
        },
      ),
      params,
    );
  });
});
