/**
 * Small JSON bodies of the server's own routes (staff sign-in). The size limit holds while the
 * body is read: a 50 MB body is refused after the first `limit` bytes, not buffered whole first,
 * so many of them at once cannot fill the process's memory.
 */
import { BookingError } from '../contract/errors.js';

function refused(status: number, message: string): BookingError {
  return Object.assign(new BookingError('invalid-input', message, { issues: [{ path: '', message }] }), { status });
}

/** The body as text: 413 past `limit` bytes (declared or read), 400 when it is not UTF-8. */
export async function readLimitedText(request: Request, limit: number): Promise<string> {
  const tooLarge = () => refused(413, `the body must be at most ${limit} bytes`);
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) throw tooLarge();
  if (request.body === null) return '';
  const reader = request.body.getReader() as ReadableStreamDefaultReader<Uint8Array>;
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks, total));
  } catch {
    throw refused(400, 'the body is not valid UTF-8');
  }
}

/** A JSON object body (an empty body is `{}`), read with `readLimitedText`. */
export async function readSmallJson(request: Request, limit: number): Promise<Record<string, unknown>> {
  const text = await readLimitedText(request, limit);
  try {
    const value: unknown = JSON.parse(text || '{}');
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new BookingError('invalid-input', 'The body must be a JSON object.', {
    issues: [{ path: '', message: 'not a JSON object' }],
  });
}
