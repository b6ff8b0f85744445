/**
 * Readable validation: a result instead of a throw, issues as `{ path, message }` with paths such
 * as `services[2].defaultDuration`, and messages a person can act on. zod/mini ships no message
 * catalogue (its generic fallback is "Invalid input"), so `readableErrorMap` supplies one; it is
 * passed per parse, never installed globally, because the host page may use zod too.
 *
 * Adapters import this module rather than validate.ts, which adds `parseBusiness` and with it the
 * whole configuration schema: the HTTP adapter's customer side does not need that.
 */
// The layer rule's 'zod' pattern also matches 'zod/mini', the one zod entry schemas may use.
import type * as z from 'zod/mini';

/** One rejected field. `path` is `''` for the input as a whole. */
export interface SchemaIssue {
  path: string;
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: SchemaIssue[] };

/** Thrown by the `parse…` helpers; adapters turn it into their own `invalid-input` error. */
export class SchemaError extends Error {
  override readonly name = 'SchemaError';
  readonly issues: readonly SchemaIssue[];

  constructor(issues: readonly SchemaIssue[], what = 'input') {
    super(`invalid ${what}:\n${formatIssues(issues)}`);
    this.issues = issues;
  }
}

const SAFE_KEY = /^[A-Za-z0-9_$-]+$/;

/** `['services', 2, 'defaultDuration']` → `services[2].defaultDuration`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      if (SAFE_KEY.test(key)) out += out === '' ? key : `.${key}`;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

/** One line per issue: `services[2].defaultDuration: expected an ISO-8601 duration such as PT30M`. */
export function formatIssues(issues: readonly SchemaIssue[]): string {
  return issues.map((i) => (i.path === '' ? i.message : `${i.path}: ${i.message}`)).join('\n');
}

function listValues(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  tuple: 'a list',
  record: 'an object',
  null: 'null',
};

function sizeUnit(origin: string, n: number | bigint): string {
  const count = Number(n);
  if (origin === 'string') return count === 1 ? 'character' : 'characters';
  if (origin === 'array' || origin === 'set') return count === 1 ? 'item' : 'items';
  return '';
}

/** Messages for zod's built-in issue codes; checks written in these schemas carry their own. */
export const readableErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is required';
      if (issue.expected === 'int') return 'must be a whole number';
      if (issue.expected === 'number' && typeof issue.input === 'number') return 'expected a finite number';
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    }
    case 'too_big': {
      const unit = sizeUnit(issue.origin, issue.maximum);
      const limit = `${String(issue.maximum)}${unit ? ` ${unit}` : ''}`;
      if (unit && issue.origin === 'array') return `must have at most ${limit}`;
      return issue.inclusive === false ? `must be less than ${limit}` : `must be at most ${limit}`;
    }
    case 'too_small': {
      const unit = sizeUnit(issue.origin, issue.minimum);
      if (unit && Number(issue.minimum) === 1) return 'must not be empty';
      const limit = `${String(issue.minimum)}${unit ? ` ${unit}` : ''}`;
      if (unit && issue.origin === 'array') return `must have at least ${limit}`;
      return issue.inclusive === false ? `must be more than ${limit}` : `must be at least ${limit}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${listValues(issue.values)}`
        : `expected one of: ${listValues(issue.values)}`;
    case 'invalid_format':
      return issue.format === 'email' ? 'expected an email address such as name@example.com' : 'has the wrong format';
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'field' : 'fields'}: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'does not match any of the allowed forms';
    case 'invalid_key':
      return 'has an invalid key';
    case 'invalid_element':
      return 'has an invalid entry';
    default:
      return 'is not valid';
  }
};

/** Issues as `{ path, message }`, in zod's order, without repeats. */
export function toSchemaIssues(issues: readonly z.core.$ZodIssue[]): SchemaIssue[] {
  const seen = new Set<string>();
  const out: SchemaIssue[] = [];
  for (const issue of issues) {
    const item = { path: formatPath(issue.path), message: issue.message };
    const key = `${item.path}\u0000${item.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/** Validates `input`; the value on success is the schema's output (defaults filled in, strings trimmed). */
export function validate<T>(schema: z.ZodMiniType<T>, input: unknown): ValidationResult<T> {
  const r = schema.safeParse(input, { error: readableErrorMap });
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: toSchemaIssues(r.error.issues) };
}

/** Like `validate`, but throws a `SchemaError` naming `what` (`business configuration`, `book request`). */
export function parseWith<T>(schema: z.ZodMiniType<T>, input: unknown, what = 'input'): T {
  const r = validate(schema, input);
  if (!r.ok) throw new SchemaError(r.issues, what);
  return r.value;
}
