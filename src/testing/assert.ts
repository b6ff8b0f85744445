/**
 * The few assertions the contract suite needs, shipped with it so that it runs under any test
 * framework (mocha, node:test, vitest) without pulling in chai or node:assert.
 */

export class ContractAssertionError extends Error {
  override readonly name = 'ContractAssertionError';
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (v instanceof Error ? `${v.name}: ${v.message}` : v));
  } catch {
    return String(value);
  }
}

export function fail(message: string): never {
  throw new ContractAssertionError(message);
}

export function ok(value: unknown, message = 'expected a truthy value'): asserts value {
  if (!value) fail(message);
}

export function equal<T>(actual: T, expected: T, message = ''): void {
  if (!Object.is(actual, expected))
    fail(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
}

function deepEqualValues(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqualValues((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function deepEqual(actual: unknown, expected: unknown, message = ''): void {
  if (!deepEqualValues(actual, expected)) {
    fail(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
  }
}

export function includes<T>(list: readonly T[], item: T, message = ''): void {
  if (!list.includes(item)) fail(`${message ? `${message}: ` : ''}expected ${show(list)} to include ${show(item)}`);
}

export function notIncludes(haystack: string, needle: string, message = ''): void {
  if (haystack.includes(needle)) fail(`${message ? `${message}: ` : ''}did not expect ${show(needle)} in ${haystack}`);
}

export interface ErrorLike {
  code?: unknown;
  name?: unknown;
  message?: unknown;
  issues?: readonly { path: string; message: string }[];
}

/**
 * Awaits `promise` and checks that it rejected with a `BookingError`-like error of `code`
 * (matched structurally, so a third-party adapter's own copy of the class passes too).
 * Returns the error for further checks.
 */
export async function rejects(promise: Promise<unknown>, code: string, message = ''): Promise<ErrorLike> {
  let result: unknown;
  try {
    result = await promise;
  } catch (error) {
    const e = error as ErrorLike;
    if (e?.code !== code) {
      fail(
        `${message ? `${message}: ` : ''}expected a ${code} error, got ${show({ name: e?.name, code: e?.code, message: e?.message })}`,
      );
    }
    return e;
  }
  return fail(`${message ? `${message}: ` : ''}expected a ${code} error, but it resolved with ${show(result)}`);
}

/** Like `rejects`, for an `invalid-input` error that names `path` (exactly, or as a prefix of an issue path). */
export async function rejectsInvalid(promise: Promise<unknown>, path: string, message = ''): Promise<ErrorLike> {
  const e = await rejects(promise, 'invalid-input', message);
  const paths = (e.issues ?? []).map((i) => i.path);
  if (!paths.some((p) => p === path || p.startsWith(`${path}.`) || p.startsWith(`${path}[`))) {
    fail(`${message ? `${message}: ` : ''}expected an issue at ${path}, got ${show(paths)}`);
  }
  return e;
}

export async function rejectsAbort(promise: Promise<unknown>, message = ''): Promise<void> {
  try {
    await promise;
  } catch (error) {
    const name = (error as { name?: unknown })?.name;
    if (name !== 'AbortError') fail(`${message ? `${message}: ` : ''}expected an AbortError, got ${show(error)}`);
    return;
  }
  fail(`${message ? `${message}: ` : ''}expected an AbortError, but it resolved`);
}
