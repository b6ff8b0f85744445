import { expect } from '@open-wc/testing';
import { assignStaff, type AssignStaffInput } from '../../src/core/index.js';
import { CPH, DAY, HOUR, appointment, at } from './fixtures.js';

const MONDAY = '2026-01-12';
const slot = { start: at(MONDAY, '10:00'), end: at(MONDAY, '10:30') };

function input(overrides: Partial<AssignStaffInput>): AssignStaffInput {
  return {
    strategy: 'roundRobin',
    candidates: ['anna', 'ben', 'cleo'],
    slot,
    appointments: [],
    timeZone: CPH,
    ...overrides,
  };
}

describe('assignStaff (R9)', () => {
  it('R9 random: picks with the injected source, independent of candidate order', () => {
    expect(assignStaff(input({ strategy: 'random', random: () => 0 }))).to.equal('anna');
    expect(assignStaff(input({ strategy: 'random', random: () => 0.5 }))).to.equal('ben');
    expect(assignStaff(input({ strategy: 'random', random: () => 0.99 }))).to.equal('cleo');
    expect(assignStaff(input({ strategy: 'random', random: () => 0.5, candidates: ['cleo', 'anna', 'ben'] }))).to.equal(
      'ben',
    );
  });

  it('R9 random: without a random source it refuses rather than read a global', () => {
    expect(() => assignStaff(input({ strategy: 'random' }))).to.throw(TypeError);
  });

  it('R9 roundRobin: never-assigned staff first, ties by id', () => {
    const appointments = [appointment('anna', slot.start - DAY, 30, { createdAt: 1000 })];
    expect(assignStaff(input({ appointments }))).to.equal('ben');
  });

  it('R9 roundRobin: the oldest last assignment (createdAt) goes next', () => {
    const appointments = [
      appointment('anna', slot.start + DAY, 30, { createdAt: 3000 }),
      appointment('ben', slot.start + 2 * DAY, 30, { createdAt: 1000 }),
      appointment('ben', slot.start - DAY, 30, { createdAt: 2500 }),
      appointment('cleo', slot.start - 2 * DAY, 30, { createdAt: 2000 }),
    ];
    expect(assignStaff(input({ appointments }))).to.equal('cleo');
  });

  it('R9 roundRobin: rotates through everyone as assignments are recorded', () => {
    const appointments: ReturnType<typeof appointment>[] = [];
    const picks: string[] = [];
    for (let i = 0; i < 6; i++) {
      const id = assignStaff(input({ appointments }));
      picks.push(id);
      appointments.push(appointment(id, slot.start, 30, { createdAt: 10_000 + i }));
    }
    expect(picks).to.deep.equal(['anna', 'ben', 'cleo', 'anna', 'ben', 'cleo']);
  });

  it('R9 roundRobin: explicit lastAssignedAt wins over appointments, and serviceId scopes the history', () => {
    expect(assignStaff(input({ lastAssignedAt: { anna: 5, ben: 1, cleo: 3 } }))).to.equal('ben');
    const appointments = [
      appointment('anna', slot.start, 30, { createdAt: 1, serviceId: 'other' }),
      appointment('ben', slot.start, 30, { createdAt: 2 }),
      appointment('cleo', slot.start, 30, { createdAt: 3 }),
    ];
    expect(assignStaff(input({ appointments, serviceId: 'svc' }))).to.equal('anna');
    expect(assignStaff(input({ appointments }))).to.equal('anna');
    expect(assignStaff(input({ appointments, candidates: ['ben', 'cleo'] }))).to.equal('ben');
  });

  it('R9 leastBooked: fewest appointments that day (business zone)', () => {
    const appointments = [
      appointment('anna', at(MONDAY, '08:00'), 30),
      appointment('ben', at(MONDAY, '23:30'), 30),
      appointment('ben', at(MONDAY, '00:15'), 30),
      // The next Copenhagen day, though still Monday in UTC: does not count.
      appointment('cleo', at('2026-01-13', '00:30'), 30),
      appointment('cleo', at('2026-01-13', '00:45'), 30),
    ];
    expect(assignStaff(input({ strategy: 'leastBooked', appointments }))).to.equal('cleo');
  });

  it('R9 leastBooked: then fewest in the window, then oldest last assignment, then id', () => {
    const window = { start: slot.start - 7 * DAY, end: slot.start + 7 * DAY };
    const appointments = [
      appointment('anna', slot.start + 2 * DAY, 30, { createdAt: 1 }),
      appointment('anna', slot.start + 3 * DAY, 30, { createdAt: 2 }),
      appointment('ben', slot.start + 2 * DAY, 30, { createdAt: 5 }),
      appointment('cleo', slot.start + 2 * DAY, 30, { createdAt: 4 }),
      appointment('cleo', slot.start + 30 * DAY, 30, { createdAt: 3 }),
    ];
    expect(assignStaff(input({ strategy: 'leastBooked', appointments, window }))).to.equal('cleo');
    expect(assignStaff(input({ strategy: 'leastBooked', appointments }))).to.equal('ben');
    expect(assignStaff(input({ strategy: 'leastBooked', appointments: [], window }))).to.equal('anna');
  });

  it('R9: deterministic, whatever the order of candidates and appointments', () => {
    const appointments = [
      appointment('anna', slot.start - HOUR, 30, { createdAt: 7 }),
      appointment('ben', slot.start - 2 * HOUR, 30, { createdAt: 9 }),
    ];
    for (const strategy of ['roundRobin', 'leastBooked'] as const) {
      const a = assignStaff(input({ strategy, appointments }));
      const b = assignStaff(
        input({ strategy, appointments: [...appointments].reverse(), candidates: ['cleo', 'ben', 'anna'] }),
      );
      expect(a).to.equal(b);
    }
  });

  it('R9: one candidate is simply assigned; none is an error', () => {
    expect(assignStaff(input({ strategy: 'random', candidates: ['ben'], random: () => 0.9 }))).to.equal('ben');
    expect(() => assignStaff(input({ candidates: [] }))).to.throw(RangeError);
  });
});
