/**
 * R11's idempotency keys: a retried booking with the same key answers with the first booking.
 * Only a hash of the key is stored, and the manage token is sealed with a pad derived from the
 * key, so a retry gets the token back while a reader of the store does not.
 */
import type { EpochMs } from '../core/types.js';
import { DAY } from './backend.js';
import { base64url, toHex } from './crypto.js';
import { sha256, sha256Hex } from './hash.js';

const IDEMPOTENCY_TTL = DAY;

export function idempotencyRecordId(businessId: string, key: string): string {
  return `${businessId}:${sha256Hex(`idempotency:${key}`)}`;
}

/** The hash of what a request asks for, so a key reused for another request is refused. */
export function fingerprintOf(request: unknown): string {
  return sha256Hex(JSON.stringify(request));
}

/** The token XOR a pad only the key's holder can derive: retries get the token back, a reader of the store does not. */
export function sealToken(bytes: Uint8Array, businessId: string, key: string): string {
  const pad = sha256(`seal:${businessId}:${key}`);
  return toHex(bytes.map((b, i) => b ^ (pad[i] ?? 0)));
}

export function unsealToken(sealed: string, businessId: string, key: string): string {
  const pad = sha256(`seal:${businessId}:${key}`);
  const bytes = new Uint8Array(sealed.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(sealed.slice(i * 2, i * 2 + 2), 16) ^ (pad[i] ?? 0);
  return base64url(bytes);
}

export function idempotencyExpiry(now: EpochMs): EpochMs {
  return now + IDEMPOTENCY_TTL;
}
