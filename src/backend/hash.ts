/**
 * Hashing for the backend (manage tokens, idempotency fingerprints). SHA-256 is @noble/hashes
 * (audited, synchronous): it must run inside an IndexedDB transaction, where an
 * `await crypto.subtle.digest` would let the transaction commit early, and in insecure contexts,
 * where `crypto.subtle` is missing. Apart from crypto.ts (randomness) so that a page on the
 * reference adapter downloads it with the code that books, not before its first free times.
 */
import { sha256 as sha256Bytes } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { toHex } from './crypto.js';

/** SHA-256 (FIPS 180-4) of the UTF-8 bytes of `text`, as 32 bytes. */
export function sha256(text: string): Uint8Array {
  return sha256Bytes(utf8ToBytes(text));
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
