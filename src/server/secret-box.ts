/**
 * Credentials at rest: AES-256-GCM under a key derived (HKDF-SHA-256) from the server's
 * `CALENDAR_SECRET`, one key per purpose (calendar credentials — the secret address of an ICS feed
 * is a credential too — and webhook signing secrets), so a value sealed for one never opens as the
 * other. Each value has its own random 96-bit nonce, and is bound to its owner (the caller's
 * `context`, e.g. business and staff member) as associated data, so a ciphertext copied into
 * another row does not decrypt. Without the secret the server stores no such value at all
 * (calendar-service.ts refuses to connect, webhook-secrets.ts to keep a signing secret).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
/** Shorter secrets are refused: the whole protection rests on this value. */
export const MIN_SECRET_LENGTH = 16;

export class SecretBox {
  private readonly key: Buffer;

  constructor(secret: string, purpose = 'calendar credentials v1') {
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new Error(
        `CALENDAR_SECRET must be at least ${MIN_SECRET_LENGTH} characters (e.g. the output of: openssl rand -base64 32).`,
      );
    }
    this.key = Buffer.from(hkdfSync('sha256', secret, 'booking-elements', purpose, 32));
  }

  seal(plaintext: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), body]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  /** Throws when the value was sealed with another secret or for another row. */
  open(sealed: string, context: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('not a sealed value');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }
}
