/**
 * The recurrence-rule syntax checker that `rruleSchema` (primitives.ts) calls, installed rather than
 * imported there, so that the script-tag bundle can leave it out of what a booking page on
 * `config-src` downloads before its first free times (1.8 KB gzip of about 50 KB): most
 * configurations have no rule.
 *
 * Everywhere else (the npm modules, the server, tests) primitives.ts installs it as it loads. In the
 * script-tag bundle (vite.config.ts defines `__SCRIPT_TAG_BUNDLE__`) the code that validates
 * configurations installs it: the booking page's reference adapter loads it first when its
 * configuration has a rule (`pageAdapter`), and `ReferenceAdapter`, the admin schemas (the admin
 * side and the HTTP admin routes) and the back office's panels (admin-element.ts) import it. Until
 * then a rule is refused, never let through unchecked.
 */
import type { RruleSyntaxResult } from '../core/rrule-syntax.js';

type ParseRrule = (text: string) => RruleSyntaxResult;

let parse: ParseRrule | undefined;

/** Installs the checker (core/rrule-syntax.ts `parseRruleSyntax`), imported statically by the caller. */
export function useRruleSyntax(checker: ParseRrule): void {
  parse = checker;
}

/** Loads and installs the checker unless it is installed already. */
export async function loadRruleSyntax(): Promise<void> {
  parse ??= (await import('../core/rrule-syntax.js')).parseRruleSyntax;
}

/** True when a configuration, as parsed from JSON, has a recurrence rule anywhere (a string-valued `rrule`). */
export function mentionsRrule(config: unknown): boolean {
  return JSON.stringify(config ?? null).includes('"rrule":"');
}

/** The checker's verdict on `text`; without a checker, a refusal (see the module comment). */
export function checkRruleSyntax(text: string): RruleSyntaxResult {
  return parse
    ? parse(text)
    : { ok: false, message: 'cannot be checked here: the recurrence rule checker is not loaded' };
}
