/**
 * Syntactic validation of RFC 5545 recurrence rules, without the `rrule` package (which
 * `core/recurrence.ts` alone imports, lazily). The schemas call this so that a malformed rule in
 * a configuration is refused with a message naming the bad part, instead of throwing later
 * inside the engine.
 *
 * Accepted forms: a bare rule (`FREQ=WEEKLY;BYDAY=MO`), an `RRULE:`-prefixed one, and either of
 * those on a line after a `DTSTART[;TZID=Zone]:yyyyMMdd[THHmmss[Z]]` line. Names and values are
 * upper case, as RFC 5545 writes them: rrule.js upper-cases some values but not weekdays, so
 * accepting lower case here would let through rules that rrule.js then misreads.
 */

import { isValidTimeZone } from './time-zones.js';

export const RRULE_FREQUENCIES = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'MINUTELY', 'SECONDLY'] as const;
export type RruleFrequency = (typeof RRULE_FREQUENCIES)[number];

export interface RruleParts {
  freq: RruleFrequency;
  /** Every `NAME=value` part of the rule, FREQ included, in the order written. */
  parts: Record<string, string>;
  /** The DTSTART value (`20260101` or `20260101T090000[Z]`) when the text has a DTSTART line. */
  dtstart?: string;
  /** The DTSTART line's TZID. */
  tzid?: string;
}

export type RruleSyntaxResult = { ok: true; rule: RruleParts } | { ok: false; message: string };

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const DATE_VALUE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/;
const BYDAY_ITEM = /^([+-]?\d{1,2})?([A-Z]{2})$/;

interface NumberList {
  min: number;
  max: number;
  /** Negative values count from the end (`-1` = last); zero is then meaningless. */
  signed: boolean;
  what: string;
}

const NUMBER_LISTS: Record<string, NumberList> = {
  BYMONTH: { min: 1, max: 12, signed: false, what: 'month numbers from 1 to 12' },
  BYMONTHDAY: { min: 1, max: 31, signed: true, what: 'days of the month from 1 to 31 or -31 to -1' },
  BYYEARDAY: { min: 1, max: 366, signed: true, what: 'days of the year from 1 to 366 or -366 to -1' },
  BYWEEKNO: { min: 1, max: 53, signed: true, what: 'week numbers from 1 to 53 or -53 to -1' },
  BYSETPOS: { min: 1, max: 366, signed: true, what: 'positions from 1 to 366 or -366 to -1' },
  BYHOUR: { min: 0, max: 23, signed: false, what: 'hours from 0 to 23' },
  BYMINUTE: { min: 0, max: 59, signed: false, what: 'minutes from 0 to 59' },
  BYSECOND: { min: 0, max: 60, signed: false, what: 'seconds from 0 to 60' },
};

const KNOWN_NAMES = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'WKST', ...Object.keys(NUMBER_LISTS)];

function fail(message: string): RruleSyntaxResult {
  return { ok: false, message };
}

/** True for `yyyyMMdd` / `yyyyMMddTHHmmss[Z]` naming a real calendar day and time. */
function isDateValue(value: string): boolean {
  const m = DATE_VALUE.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC avoids any host-zone effect.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > lastDay) return false;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59)) return false;
  return true;
}

function checkNumberList(name: string, value: string, spec: NumberList): string | null {
  for (const item of value.split(',')) {
    const ok = /^[+-]?\d{1,3}$/.test(item);
    const n = Number(item);
    const magnitude = Math.abs(n);
    const inRange = spec.signed
      ? magnitude >= spec.min && magnitude <= spec.max
      : !item.startsWith('-') && n >= spec.min && n <= spec.max;
    if (!ok || !inRange) return `${name}=${value}: expected ${spec.what}`;
  }
  return null;
}

function checkByDay(value: string): string | null {
  for (const item of value.split(',')) {
    const m = BYDAY_ITEM.exec(item);
    const ordinal = m?.[1] === undefined ? undefined : Number(m[1]);
    const badOrdinal = ordinal !== undefined && (ordinal === 0 || Math.abs(ordinal) > 53);
    if (!m || !DAY_CODES.includes(m[2] ?? '') || badOrdinal) {
      return `BYDAY=${value}: expected days such as MO,WE or, monthly, 1MO,-1FR`;
    }
  }
  return null;
}

function checkValue(name: string, value: string): string | null {
  if (value === '') return `${name}= has no value`;
  switch (name) {
    case 'FREQ':
      return (RRULE_FREQUENCIES as readonly string[]).includes(value)
        ? null
        : `FREQ=${value}: expected one of ${RRULE_FREQUENCIES.join(', ')}`;
    case 'INTERVAL':
    case 'COUNT':
      return /^[1-9]\d{0,5}$/.test(value) ? null : `${name}=${value}: expected a whole number of 1 or more`;
    case 'UNTIL':
      return isDateValue(value) ? null : `UNTIL=${value}: expected a date such as 20261231 or 20261231T235959Z`;
    case 'WKST':
      return DAY_CODES.includes(value) ? null : `WKST=${value}: expected a day such as MO`;
    case 'BYDAY':
      return checkByDay(value);
    default: {
      const spec = NUMBER_LISTS[name];
      return spec ? checkNumberList(name, value, spec) : null;
    }
  }
}

function parseDtstartLine(line: string): { dtstart: string; tzid?: string } | string {
  const m = /^DTSTART(?:;TZID=([^:;]+))?:(.*)$/.exec(line);
  if (!m) return `"${line}": expected DTSTART:20260101T090000Z or DTSTART;TZID=Europe/Copenhagen:20260101T090000`;
  const [, tzid, value = ''] = m;
  if (!isDateValue(value)) return `DTSTART ${value}: expected a date such as 20260101 or 20260101T090000Z`;
  if (tzid !== undefined) {
    if (!isValidTimeZone(tzid)) return `DTSTART TZID=${tzid}: expected an IANA time zone such as Europe/Copenhagen`;
    if (value.endsWith('Z')) return `DTSTART ${value}: a time with TZID is local, drop the Z`;
    return { dtstart: value, tzid };
  }
  return { dtstart: value };
}

function parseRuleBody(body: string): RruleSyntaxResult {
  if (body.trim() === '') return fail('is empty: expected a rule such as FREQ=WEEKLY;BYDAY=MO');
  // rrule.js rejects a trailing ";", so it is refused here too rather than passed on to fail later.
  if (body.endsWith(';')) return fail('ends with ";": remove it');
  const pieces = body.split(';');
  const parts: Record<string, string> = {};
  for (const piece of pieces) {
    if (piece === '') return fail('has an empty part (";;")');
    const eq = piece.indexOf('=');
    if (eq <= 0 || piece.indexOf('=', eq + 1) !== -1)
      return fail(`"${piece}": expected NAME=value, such as FREQ=WEEKLY`);
    const name = piece.slice(0, eq);
    const value = piece.slice(eq + 1);
    if (!KNOWN_NAMES.includes(name)) {
      if (KNOWN_NAMES.includes(name.toUpperCase())) {
        return fail(`"${piece}": write names and values in upper case, such as ${name.toUpperCase()}=…`);
      }
      return fail(`"${name}" is not a recurrence rule part (expected FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTH, …)`);
    }
    if (Object.hasOwn(parts, name)) return fail(`${name} is given twice`);
    const problem = checkValue(name, value);
    if (problem) return fail(problem);
    parts[name] = value;
  }

  const freq = parts['FREQ'] as RruleFrequency | undefined;
  if (freq === undefined) return fail('FREQ is required, such as FREQ=WEEKLY');
  if (parts['COUNT'] !== undefined && parts['UNTIL'] !== undefined) {
    return fail('COUNT and UNTIL cannot both be given: use one of them');
  }
  // RFC 5545 §3.3.10 restricts some BYxxx parts to some frequencies.
  const byday = parts['BYDAY'];
  if (byday !== undefined && freq !== 'MONTHLY' && freq !== 'YEARLY' && /\d/.test(byday)) {
    return fail(`BYDAY=${byday}: a number before the day needs FREQ=MONTHLY or FREQ=YEARLY`);
  }
  if (parts['BYWEEKNO'] !== undefined && freq !== 'YEARLY') return fail('BYWEEKNO needs FREQ=YEARLY');
  if (parts['BYYEARDAY'] !== undefined && (freq === 'DAILY' || freq === 'WEEKLY' || freq === 'MONTHLY')) {
    return fail(`BYYEARDAY cannot be used with FREQ=${freq}`);
  }
  if (parts['BYMONTHDAY'] !== undefined && freq === 'WEEKLY') return fail('BYMONTHDAY cannot be used with FREQ=WEEKLY');
  if (parts['BYSETPOS'] !== undefined && !Object.keys(parts).some((k) => k.startsWith('BY') && k !== 'BYSETPOS')) {
    return fail('BYSETPOS needs another BY… part, such as BYDAY');
  }
  return { ok: true, rule: { freq, parts } };
}

/** Checks a recurrence rule's syntax; on failure the message names the bad part. */
export function parseRruleSyntax(text: string): RruleSyntaxResult {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) return fail('is empty: expected a rule such as FREQ=WEEKLY;BYDAY=MO');
  let dtstart: { dtstart: string; tzid?: string } | undefined;
  let body: string | undefined;
  for (const line of lines) {
    if (line.startsWith('DTSTART')) {
      if (dtstart) return fail('DTSTART is given twice');
      const d = parseDtstartLine(line);
      if (typeof d === 'string') return fail(d);
      dtstart = d;
      continue;
    }
    if (body !== undefined) return fail('has more than one rule: give one RRULE (and optionally a DTSTART line)');
    const property = /^([A-Z][A-Z-]*)([:;])/i.exec(line);
    if (property) {
      const [, name = '', separator] = property;
      if (name === 'RRULE' && separator === ':') {
        body = line.slice('RRULE:'.length);
        continue;
      }
      if (name === 'RRULE') return fail('RRULE takes no parameters: write RRULE:FREQ=…');
      if (name.toUpperCase() === 'RRULE' || name.toUpperCase() === 'DTSTART') {
        return fail(`${name}: write ${name.toUpperCase()} in upper case`);
      }
      return fail(`${name}: only DTSTART and RRULE lines are supported`);
    }
    body = line;
  }
  if (body === undefined) return fail('has no rule: expected a rule such as FREQ=WEEKLY;BYDAY=MO');
  const parsed = parseRuleBody(body);
  if (!parsed.ok || !dtstart) return parsed;
  return { ok: true, rule: { ...parsed.rule, ...dtstart } };
}

/** True when `text` is a syntactically valid recurrence rule (see `parseRruleSyntax`). */
export function isValidRruleSyntax(text: string): boolean {
  return parseRruleSyntax(text).ok;
}
