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
 */
import * as rrulePackage from 'rrule';
import type { Options } from 'rrule';
import type { RecurrenceExpander, WallDateTime } from './engine-types.js';
import { DAY_MS, MINUTE_MS, dateOfDayNumber, dayNumberOrNaN } from './time.js';

// rrule ships ESM for bundlers and a UMD build as `main`, which plain Node imports as CommonJS
// (named exports then live on `default`).
const { RRule } = (rrulePackage as unknown as { default?: typeof rrulePackage }).default ?? rrulePackage;

type Rule = InstanceType<typeof RRule>;

const DEFAULT_DTSTART = Date.UTC(2000, 0, 1);
const MAX_CACHED = 512;

const parsed = new Map<string, Partial<Options>>();
const rules = new Map<string, Rule>();
const expansions = new Map<string, WallDateTime[]>();

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
export const expandRecurrence: RecurrenceExpander = (rule, dtstart, fromDate, toDate) => {
  const from = dayOf(fromDate, 'fromDate');
  const to = dayOf(toDate, 'toDate');
  if (to < from) return [];
  const options = parseRule(rule);
  const start = dtstart ? floatingMs(dtstart, 'dtstart') : (options.dtstart?.getTime() ?? DEFAULT_DTSTART);
  const key = `${start}|${from}|${to}|${rule}`;
  const hit = expansions.get(key);
  if (hit) return hit.map((o) => ({ ...o }));

  const ruleKey = `${start}|${rule}`;
  let rrule = rules.get(ruleKey);
  if (!rrule) {
    rrule = remember(rules, ruleKey, new RRule({ ...options, dtstart: new Date(start), tzid: null }));
  }
  const out: WallDateTime[] = [];
  for (const d of rrule.between(new Date(from * DAY_MS), new Date((to + 1) * DAY_MS - 1), true)) {
    const ms = d.getTime();
    const day = Math.floor(ms / DAY_MS);
    out.push({ date: dateOfDayNumber(day), minutes: (ms - day * DAY_MS) / MINUTE_MS });
  }
  remember(expansions, key, out);
  return out.map((o) => ({ ...o }));
};
