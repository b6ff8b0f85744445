// The reference adapter's hashing (@noble/hashes) and base64url (@scure/base): FIPS 180-4 test
// vectors, and the same answers as Node's own crypto for any text, so hashes and sealed tokens
// stored before the switch still match.
import assert from 'node:assert/strict';
import { createHash, randomBytes as nodeRandomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { base64url, newId, newToken, toHex } from '../../src/backend/crypto.js';
import { sha256, sha256Hex } from '../../src/backend/hash.js';

describe('backend crypto', () => {
  it('SHA-256 answers the FIPS 180-4 test vectors', () => {
    assert.equal(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(
      sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'),
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    assert.equal(sha256Hex('a'.repeat(1_000_000)), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
    assert.equal(sha256('abc').length, 32);
  });

  it('agrees with node:crypto on any text (UTF-8, astral characters, lone surrogates as U+FFFD)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        assert.equal(sha256Hex(text), createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
      { numRuns: 300 },
    );
  });

  it('base64url without padding, as Buffer writes it; tokens and ids have the promised length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        assert.equal(base64url(bytes), Buffer.from(bytes).toString('base64url'));
      }),
      { numRuns: 300 },
    );
    const bytes = nodeRandomBytes(32);
    assert.equal(toHex(bytes), bytes.toString('hex'));
    assert.match(newToken(), /^[A-Za-z0-9_-]{43}$/);
    assert.match(newId('apt'), /^apt_[A-Za-z0-9_-]{22}$/);
  });
});
