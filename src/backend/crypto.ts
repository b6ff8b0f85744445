/**
 * Randomness and hashing for the reference adapter. Tokens and ids come from
 * `crypto.getRandomValues` (R14). SHA-256 is @noble/hashes (audited, synchronous): it must run
 * inside an IndexedDB transaction, where an `await crypto.subtle.digest` would let the
 * transaction commit early, and in insecure contexts, where `crypto.subtle` is missing.
 *
 * base64url stays these dozen lines: @scure/base's encoder would add 1.4 KB gzip to the page for
 * the same output (test/node/crypto.test.ts checks it against Node's own encoder).
 */
import { sha256 as sha256Bytes } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

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

/** A manage token: 256 random bits, base64url (43 characters). */
export function newToken(): string {
  return base64url(randomBytes(32));
}

/** An id that is unique across tabs and devices without coordination (128 random bits). */
export function newId(prefix: string): string {
  return `${prefix}_${base64url(randomBytes(16))}`;
}

/** SHA-256 (FIPS 180-4) of the UTF-8 bytes of `text`, as 32 bytes. */
export function sha256(text: string): Uint8Array {
  return sha256Bytes(utf8ToBytes(text));
}

export function toHex(bytes: Uint8Array): string {
  return bytesToHex(bytes);
}

export function sha256Hex(text: string): string {
  return toHex(sha256(text));
}

/** Compares two strings in time that depends only on their lengths, not on where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return diff === 0;
}
