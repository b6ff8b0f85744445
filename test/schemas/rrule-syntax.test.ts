import { expect } from '@open-wc/testing';
import { rrulestr } from 'rrule';
import { isValidRruleSyntax, parseRruleSyntax } from '../../src/core/rrule-syntax.js';

const GOOD = [
  'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1',
  'FREQ=WEEKLY;BYDAY=MO,WE,FR',
  'RRULE:FREQ=DAILY;INTERVAL=2;COUNT=10',
  'FREQ=MONTHLY;BYDAY=-1FR',
  'FREQ=MONTHLY;BYDAY=+2TU',
  'FREQ=YEARLY;BYDAY=20MO',
  'FREQ=WEEKLY;UNTIL=20261231T235959Z',
  'FREQ=WEEKLY;UNTIL=20261231',
  'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
  'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO',
  'FREQ=YEARLY;BYYEARDAY=1,-1',
  'FREQ=WEEKLY;WKST=SU;BYDAY=SU,SA',
  'FREQ=DAILY;BYHOUR=9,17;BYMINUTE=0,30;BYSECOND=0',
  'DTSTART;TZID=Europe/Copenhagen:20260105T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO',
  'DTSTART:20260101T000000Z\nRRULE:FREQ=YEARLY',
  'DTSTART:20260101\r\nRRULE:FREQ=YEARLY;COUNT=3',
];

/** Bad rules and the exact message naming the bad part. */
const BAD: [string, string][] = [
  ['', 'is empty: expected a rule such as FREQ=WEEKLY;BYDAY=MO'],
  ['BYDAY=MO', 'FREQ is required, such as FREQ=WEEKLY'],
  ['FREQ=FORTNIGHTLY', 'FREQ=FORTNIGHTLY: expected one of YEARLY, MONTHLY, WEEKLY, DAILY, HOURLY, MINUTELY, SECONDLY'],
  [
    'FREQ=WEEKLY;FOO=1',
    '"FOO" is not a recurrence rule part (expected FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTH, …)',
  ],
  ['freq=weekly', '"freq=weekly": write names and values in upper case, such as FREQ=…'],
  ['FREQ=WEEKLY;BYDAY=XX', 'BYDAY=XX: expected days such as MO,WE or, monthly, 1MO,-1FR'],
  ['FREQ=WEEKLY;BYDAY=mo', 'BYDAY=mo: expected days such as MO,WE or, monthly, 1MO,-1FR'],
  ['FREQ=MONTHLY;BYDAY=0MO', 'BYDAY=0MO: expected days such as MO,WE or, monthly, 1MO,-1FR'],
  ['FREQ=WEEKLY;BYDAY=MO,', 'BYDAY=MO,: expected days such as MO,WE or, monthly, 1MO,-1FR'],
  ['FREQ=WEEKLY;BYDAY=1MO', 'BYDAY=1MO: a number before the day needs FREQ=MONTHLY or FREQ=YEARLY'],
  ['FREQ=YEARLY;BYMONTH=13', 'BYMONTH=13: expected month numbers from 1 to 12'],
  ['FREQ=YEARLY;BYMONTH=-1', 'BYMONTH=-1: expected month numbers from 1 to 12'],
  ['FREQ=MONTHLY;BYMONTHDAY=0', 'BYMONTHDAY=0: expected days of the month from 1 to 31 or -31 to -1'],
  ['FREQ=MONTHLY;BYMONTHDAY=32', 'BYMONTHDAY=32: expected days of the month from 1 to 31 or -31 to -1'],
  ['FREQ=DAILY;BYHOUR=24', 'BYHOUR=24: expected hours from 0 to 23'],
  ['FREQ=DAILY;INTERVAL=0', 'INTERVAL=0: expected a whole number of 1 or more'],
  ['FREQ=DAILY;COUNT=x', 'COUNT=x: expected a whole number of 1 or more'],
  ['FREQ=DAILY;UNTIL=2026-12-31', 'UNTIL=2026-12-31: expected a date such as 20261231 or 20261231T235959Z'],
  ['FREQ=DAILY;UNTIL=20260231', 'UNTIL=20260231: expected a date such as 20261231 or 20261231T235959Z'],
  ['FREQ=DAILY;WKST=XX', 'WKST=XX: expected a day such as MO'],
  ['FREQ=DAILY;COUNT=3;UNTIL=20261231', 'COUNT and UNTIL cannot both be given: use one of them'],
  ['FREQ=DAILY;FREQ=WEEKLY', 'FREQ is given twice'],
  ['FREQ=DAILY;;COUNT=2', 'has an empty part (";;")'],
  ['FREQ=WEEKLY;BYDAY=MO;', 'ends with ";": remove it'],
  ['FREQ=DAILY;COUNT', '"COUNT": expected NAME=value, such as FREQ=WEEKLY'],
  ['FREQ=DAILY;COUNT=', 'COUNT= has no value'],
  ['FREQ=WEEKLY;BYWEEKNO=3', 'BYWEEKNO needs FREQ=YEARLY'],
  ['FREQ=WEEKLY;BYMONTHDAY=3', 'BYMONTHDAY cannot be used with FREQ=WEEKLY'],
  ['FREQ=MONTHLY;BYYEARDAY=3', 'BYYEARDAY cannot be used with FREQ=MONTHLY'],
  ['FREQ=MONTHLY;BYSETPOS=1', 'BYSETPOS needs another BY… part, such as BYDAY'],
  ['RRULE:FREQ=DAILY\nRRULE:FREQ=WEEKLY', 'has more than one rule: give one RRULE (and optionally a DTSTART line)'],
  ['EXDATE:20260101\nRRULE:FREQ=DAILY', 'EXDATE: only DTSTART and RRULE lines are supported'],
  ['RRULE;X=1:FREQ=DAILY', 'RRULE takes no parameters: write RRULE:FREQ=…'],
  ['rrule:FREQ=DAILY', 'rrule: write RRULE in upper case'],
  ['DTSTART:2026-01-01\nRRULE:FREQ=DAILY', 'DTSTART 2026-01-01: expected a date such as 20260101 or 20260101T090000Z'],
  [
    'DTSTART;TZID=Mars/Base:20260101T090000\nRRULE:FREQ=DAILY',
    'DTSTART TZID=Mars/Base: expected an IANA time zone such as Europe/Copenhagen',
  ],
  [
    'DTSTART;TZID=Europe/Copenhagen:20260101T090000Z\nRRULE:FREQ=DAILY',
    'DTSTART 20260101T090000Z: a time with TZID is local, drop the Z',
  ],
  ['DTSTART:20260101\nDTSTART:20260102\nRRULE:FREQ=DAILY', 'DTSTART is given twice'],
  ['DTSTART:20260101', 'has no rule: expected a rule such as FREQ=WEEKLY;BYDAY=MO'],
];

describe('core/rrule-syntax', () => {
  it('accepts well-formed rules and reports their parts', () => {
    for (const rule of GOOD) expect(parseRruleSyntax(rule), rule).to.have.property('ok', true);
    const r = parseRruleSyntax('DTSTART;TZID=Europe/Copenhagen:20260105T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO');
    expect(r).to.deep.equal({
      ok: true,
      rule: {
        freq: 'WEEKLY',
        parts: { FREQ: 'WEEKLY', BYDAY: 'MO' },
        dtstart: '20260105T090000',
        tzid: 'Europe/Copenhagen',
      },
    });
  });

  for (const [rule, message] of BAD) {
    it(`refuses ${JSON.stringify(rule)}`, () => {
      expect(parseRruleSyntax(rule)).to.deep.equal({ ok: false, message });
      expect(isValidRruleSyntax(rule)).to.equal(false);
    });
  }

  it('accepts nothing that rrule.js itself cannot read', () => {
    // The engine hands accepted rules to rrule.js; a rule passing here must parse and expand there.
    for (const rule of GOOD) {
      const parsed = rrulestr(rule.includes('DTSTART') ? rule : `DTSTART:20260101T000000Z\n${rule}`);
      expect(parsed.all((_, i) => i < 3).length, rule).to.be.greaterThan(0);
    }
  });
});
