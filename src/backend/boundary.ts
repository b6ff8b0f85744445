/**
 * What every backend call does at its boundary: validate the input (`invalid-input` with paths),
 * honour an abort, answer plain JSON.
 */
import { BookingError, type FieldIssue } from '../contract/errors.js';
import type { CallOptions } from '../contract/adapter.js';
import type { SchemaIssue } from '../schemas/validate.js';
import { validate } from '../schemas/validate.js';

/** The rejection of an aborted call: always an `AbortError` DOMException, whatever reason the signal carries. */
export function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

export function throwIfAborted(options: CallOptions | undefined): void {
  if (options?.signal?.aborted) throw abortError();
}

export function invalid(issues: readonly SchemaIssue[], message = 'The request is not valid.'): BookingError {
  const list: FieldIssue[] = issues.map((i) => ({ path: i.path, message: i.message }));
  const summary = list
    .slice(0, 3)
    .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
    .join('; ');
  return new BookingError('invalid-input', summary ? `${message} ${summary}` : message, { issues: list });
}

export function invalidAt(path: string, message: string): BookingError {
  return invalid([{ path, message }]);
}

/** Validates an input at the adapter boundary: `invalid-input` with paths, before anything is read or written. */
export function parseInput<T>(schema: Parameters<typeof validate<T>>[0], input: unknown): T {
  const r = validate(schema, input ?? {});
  if (!r.ok) throw invalid(r.issues);
  return r.value;
}

export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Plain JSON copy (no undefined members, no shared references with stored data). */
export function json<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
