/**
 * RRULE expansion for closures and repeating time off (R7): the only importer of `rrule`.
 *
 * How it is wired (rrule costs ~13 KB gzip of the 40 KB script-tag budget, so it loads lazily):
 * - Nothing in core imports this module statically. The engine takes the expander as data,
 *   `AvailabilityInput.recurrence: RecurrenceExpander`, and throws a TypeError when the
 *   configuration has an RRULE and no expander was passed, rather than ignore a closure.
 * - Callers ask `needsRecurrence(business)` and only then load it:
 *     const recurrence = needsRecurrence(business) ? await loadRecurrenceExpander() : undefined;
 *     computeAvailability({ ...input, recurrence });
 *   `loadRecurrenceExpander()` (core/load-recurrence.ts) is a dynamic `import('./recurrence.js')`,
 *   which bundlers split into its own chunk. A server may import this module directly.
 *
 * Recurrences repeat in wall-clock time: a weekly 13:00–17:00 stays 13:00–17:00 local across
 * daylight-saving changes. So rules are expanded in "floating" time (the wall date and time
 * written as if it were UTC, no TZID) and each occurrence is converted to an instant by the
 * caller through time.ts, in the business zone or the staff member's zone.
 *
 * Speed: rrule walks from DTSTART on every query. Expansion starts a whole number of periods
 * before the window instead (same occurrences, see `startNear`) and keeps a few months ahead,
 * so the engine's repeated calls are binary searches.
 */
import * as rrulePackage from 'rrule';
import type { Options } from 'rrule';
import type { RecurrenceExpander, WallDateTime } from './engine-types.js';
import { DAY_MS, MINUTE_MS, dateOfDayNumber, dayNumberOrNaN, zoneOffsetMs } from './time.js';

// rrule ships ESM for bundlers and a UMD build as `main`, which plain Node imports as CommonJS
// (named exports then live on `default`; Reflect.get keeps bundlers from flagging the probe).
function rruleExports(): typeof rrulePackage {
  if ('RRule' in rrulePackage) return rrulePackage;
  const cjs: unknown = Reflect.get(rrulePackage, 'default');
  return cjs as typeof rrulePackage;
}
const { RRule, Frequency } = rruleExports();

const DEFAULT_DTSTART = Date.UTC(2000, 0, 1);
const MAX_CACHED = 256;

const parsed = new Map<string, Partial<Options>>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}

function parseRule(rule: string): Partial<Options> {
  const hit = parsed.get(rule);
  if (hit) return hit;
  let options: Partial<Options>;
  try {
    options = RRule.parseString(rule.trim());
  } catch (e) {
    throw new RangeError(`invalid RRULE ${JSON.stringify(rule)}: ${e instanceof Error ? e.message : String(e)}`, {
      cause: e,
    });
  }
  if (options.freq === undefined || options.freq === null) {
    throw new RangeError(`invalid RRULE ${JSON.stringify(rule)}: FREQ is required`);
  }
  return remember(parsed, rule, options);
}

// UNTIL as written: a date (`20260105`) or a date-time (`20260105T120000Z`, or without the Z).
const UNTIL = /(?:^|[;:\s])UNTIL=(\d{8})(T\d{6}Z?)?(?=;|\s|$)/i;

/**
 * RFC 5545 3.3.10: UNTIL is inclusive. A date `UNTIL` bounds occurrences by their wall date, so
 * `FREQ=DAILY;UNTIL=20260105` includes a 13:00 occurrence on 5 January as it does an all-day one
 * (rrule reads the date as midnight, which excluded every timed occurrence that day). A date-time
 * `UNTIL` is an instant in UTC (required when DTSTART has a zone, as ours do): it becomes the wall
 * time it is in `zone`, since the rule is expanded in wall-clock time.
 */
function withUntil(rule: string, options: Partial<Options>, zone: string | undefined): Partial<Options> {
  const until = options.until;
  if (!until) return options;
  const written = UNTIL.exec(rule);
  if (!written) return options;
  const ms = until.getTime();
  if (written[2] === undefined) {
    const day = Math.floor(ms / DAY_MS);
    return { ...options, until: new Date((day + 1) * DAY_MS - 1) };
  }
  if (!zone) return options;
  return { ...options, until: new Date(ms + zoneOffsetMs(zone, ms)) };
}

function floatingMs(w: WallDateTime, what: string): number {
  const day = dayNumberOrNaN(w.date);
  if (Number.isNaN(day) || !Number.isFinite(w.minutes)) {
    // rrule would throw the unhelpful "Invalid options: dtstart".
    throw new RangeError(`invalid ${what} ${JSON.stringify(w)}`);
  }
  return day * DAY_MS + w.minutes * MINUTE_MS;
}

function dayOf(date: string, what: string): number {
  const day = dayNumberOrNaN(date);
  if (Number.isNaN(day)) throw new RangeError(`invalid ${what} ${JSON.stringify(date)}`);
  return day;
}

/**
 * The occurrences of `rule` whose wall date lies in `[fromDate, toDate]`, in order, as wall
 * dates and times. `dtstart` is the first occurrence; without it, the rule's own DTSTART (its
 * wall time, any TZID ignored) or 2000-01-01 00:00. Throws RangeError for an invalid rule or date.
 */
export const expandRecurrence: RecurrenceExpander = (rule, dtstart, fromDate, toDate, zone) => {
  const from = dayOf(fromDate, 'fromDate');
  const to = dayOf(toDate, 'toDate');
  if (to < from) return [];
  const options = withUntil(rule, parseRule(rule), zone);
  const start = dtstart ? floatingMs(dtstart, 'dtstart') : (options.dtstart?.getTime() ?? DEFAULT_DTSTART);
  const fromMs = from * DAY_MS;
  const toMs = (to + 1) * DAY_MS - 1;
  const out: WallDateTime[] = [];
  for (const ms of occurrences(`${zone ?? ''}|${rule}`, options, start, fromMs, toMs)) {
    const day = Math.floor(ms / DAY_MS);
    out.push({ date: dateOfDayNumber(day), minutes: (ms - day * DAY_MS) / MINUTE_MS });
  }
  return out;
};

/**
 * A rule's occurrences over `[base, horizon)`, as floating epoch ms. Windows inside it are
 * binary searches; rrule is asked again only when a window falls outside.
 */
interface Expansion {
  base: number;
  horizon: number;
  list: number[];
}

/** Expanded a few months ahead of the window asked, so the next pages of a calendar are free. */
const LOOKAHEAD = 120 * DAY_MS;
/** Longer expansions (minutely rules…) are not kept. */
const MAX_KEPT = 20_000;

const expansions = new Map<string, Expansion>();

/** Floating epoch ms of the occurrences in `[fromMs, toMs]`; `ruleKey` names the rule and zone. */
function occurrences(
  ruleKey: string,
  options: Partial<Options>,
  start: number,
  fromMs: number,
  toMs: number,
): number[] {
  const key = `${start}|${ruleKey}`;
  let e = expansions.get(key);
  if (!e || fromMs < e.base || toMs >= e.horizon) {
    // Sub-daily rules (odd for closures and time off) would expand to thousands: window only.
    const fine =
      options.freq === Frequency.HOURLY || options.freq === Frequency.MINUTELY || options.freq === Frequency.SECONDLY;
    const base = fromMs;
    const horizon = fine ? toMs + 1 : toMs + LOOKAHEAD;
    const list = between(options, start, base, horizon - 1);
    e = { base, horizon, list };
    if (!fine && list.length <= MAX_KEPT) remember(expansions, key, e);
  }
  const list = e.list;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < fromMs) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < list.length && list[i] <= toMs; i++) out.push(list[i]);
  return out;
}

function between(options: Partial<Options>, start: number, fromMs: number, toMs: number): number[] {
  // noCache: rrule's own cache would keep every distinct query forever.
  const rrule = new RRule({ ...options, dtstart: new Date(startNear(options, start, fromMs)), tzid: null }, true);
  return rrule.between(new Date(fromMs), new Date(toMs), true).map((d) => d.getTime());
}

const UNIT_MS: Partial<Record<number, number>> = {
  [Frequency.WEEKLY]: 7 * DAY_MS,
  [Frequency.DAILY]: DAY_MS,
  [Frequency.HOURLY]: 3_600_000,
  [Frequency.MINUTELY]: MINUTE_MS,
  [Frequency.SECONDLY]: 1000,
};

/**
 * A first occurrence moved forward by whole periods to just before `fromMs`, which yields the
 * same occurrences from `fromMs` on: rrule walks from DTSTART on every query, so a daily rule
 * from 2000 would cost ~5 ms a call, and a minutely one seconds. Whole periods keep the phase
 * (weekday, week parity, day of month, BYSETPOS within a period). Rules with COUNT count from
 * their real start and are left alone.
 */
function startNear(options: Partial<Options>, start: number, fromMs: number): number {
  if (options.count != null || fromMs <= start) return start;
  const n = Math.max(1, options.interval ?? 1);
  const freq = options.freq;
  const unit = freq === undefined || freq === null ? undefined : UNIT_MS[freq];
  if (unit !== undefined) {
    // One spare period before the window, so no partial first period falls inside it.
    const k = Math.floor((fromMs - start) / (n * unit)) - 1;
    return k > 0 ? start + k * n * unit : start;
  }
  const s = new Date(start);
  const f = new Date(fromMs);
  const monthly = freq === Frequency.MONTHLY;
  const months = (f.getUTCFullYear() - s.getUTCFullYear()) * 12 + f.getUTCMonth() - s.getUTCMonth();
  const periods = monthly ? months : Math.floor(months / 12);
  // Back off further when the day does not exist in the target month (the 31st, 29 February).
  for (let k = Math.floor(periods / n) - 1; k > 0; k--) {
    const y = s.getUTCFullYear() + (monthly ? 0 : k * n);
    const m = s.getUTCMonth() + (monthly ? k * n : 0);
    const candidate = Date.UTC(y, m, s.getUTCDate(), s.getUTCHours(), s.getUTCMinutes(), s.getUTCSeconds());
    if (new Date(candidate).getUTCDate() === s.getUTCDate()) return candidate;
  }
  return start;
}
