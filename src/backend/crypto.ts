/**
 * Randomness for the backend: tokens and ids come from `crypto.getRandomValues` (R14). Hashing is
 * hash.ts, apart, because its SHA-256 (@noble/hashes) is only needed once something is booked: a
 * page on the reference adapter shows its first free times without downloading it.
 *
 * base64url stays these dozen lines: @scure/base's encoder would add 1.4 KB gzip to the page for
 * the same output (test/node/crypto.test.ts checks it against Node's own encoder).
 */

/** `n` bytes from the platform's cryptographic generator (browsers and Node 20 alike). */
export function randomBytes(n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
}

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64url without padding: URL-safe, so tokens travel in links unchanged. */
export function base64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const n = (b0 << 16) | (b1 << 8) | b2;
    out += B64URL[(n >> 18) & 63] + B64URL[(n >> 12) & 63];
    if (i + 1 < bytes.length) out += B64URL[(n >> 6) & 63];
    if (i + 2 < bytes.length) out += B64URL[n & 63];
  }
  return out;
}

/** A manage token (R14) with its random bytes: 256 bits from `crypto.getRandomValues`, base64url. */
export function newManageToken(): { token: string; bytes: Uint8Array } {
  const bytes = randomBytes(32);
  return { token: base64url(bytes), bytes };
}

/** A manage token: 256 random bits, base64url (43 characters). */
export function newToken(): string {
  return base64url(randomBytes(32));
}

/** An id that is unique across tabs and devices without coordination (128 random bits). */
export function newId(prefix: string): string {
  return `${prefix}_${base64url(randomBytes(16))}`;
}

/** Lowercase hexadecimal, two digits a byte. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}
