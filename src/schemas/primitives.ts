/**
 * The building blocks of every schema (fields.ts) and the recurrence rule. The rule is kept apart
 * because its syntax checker (core/rrule-syntax.ts, installed through rrule-checker.ts) is only needed
 * by the business configuration and admin payloads: the customer schemas import fields.ts, and a page
 * that only books does not download the checker.
 */
// The layer rule's 'zod' pattern also matches 'zod/mini', the one zod entry schemas may use.
import * as z from 'zod/mini';
import { parseRruleSyntax } from '../core/rrule-syntax.js';
import { LIMITS, messageCheck } from './fields.js';
import { checkRruleSyntax, useRruleSyntax } from './rrule-checker.js';

export * from './fields.js';
export * from './fields-extra.js';

/** Defined (true) by vite.config.ts in the script-tag bundle and the demo site built like it. */
declare const __SCRIPT_TAG_BUNDLE__: boolean | undefined;

// The checker comes with the schema that calls it, except in the script-tag bundle: there the
// minifier drops this statement and with it the checker, which the bundle's lazy paths install
// (rrule-checker.ts), so that a booking page on config-src without rules never downloads it.
if (typeof __SCRIPT_TAG_BUNDLE__ === 'undefined' || !__SCRIPT_TAG_BUNDLE__) useRruleSyntax(parseRruleSyntax);

const SUB_DAILY = new Set(['HOURLY', 'MINUTELY', 'SECONDLY']);

/**
 * A recurrence rule (closures, repeated time off). Syntax only (core/rrule-syntax.ts, through
 * rrule-checker.ts); rules repeating more than daily are refused too, since closures and time off
 * are whole days or one window a day, and a per-second rule would make the engine expand millions
 * of occurrences.
 */
export const rruleSchema = z.string().check(
  z.maxLength(LIMITS.rrule),
  messageCheck<string>((value) => {
    const r = checkRruleSyntax(value);
    if (!r.ok) return r.message;
    return SUB_DAILY.has(r.rule.freq)
      ? `FREQ=${r.rule.freq}: repeat at most daily (DAILY, WEEKLY, MONTHLY or YEARLY)`
      : null;
  }),
);
