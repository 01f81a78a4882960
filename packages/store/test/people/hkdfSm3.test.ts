import { getHashes, hkdfSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hkdfSm3 } from '../../src/people/hkdfSm3';

const hex = (b: Uint8Array | ArrayBuffer) => Buffer.from(b instanceof ArrayBuffer ? new Uint8Array(b) : b).toString('hex');

describe('hkdfSm3 (RFC 5869 over HMAC-SM3)', () => {
  it.skipIf(!getHashes().includes('sm3'))('agrees with OpenSSL HKDF-SM3 for any key, salt, label and length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), fc.uint8Array({ maxLength: 80 }), fc.string({ maxLength: 40 }), fc.integer({ min: 1, max: 200 }), (ikm, salt, info, length) => {
        expect(hex(hkdfSm3(ikm, salt, info, length))).toBe(hex(hkdfSync('sm3', ikm, salt, info, length)));
      }),
      { numRuns: 200 },
    );
  });

  it('gives unrelated keys for different labels, and a prefix of the same stream for a shorter length', () => {
    const master = new Uint8Array(32).fill(7);
    const a = hkdfSm3(master, new Uint8Array(0), 'order75/person/sm4-cbc', 48);
    expect(hex(hkdfSm3(master, new Uint8Array(0), 'order75/person/sm4-cbc', 16))).toBe(hex(a.subarray(0, 16)));
    expect(hex(hkdfSm3(master, new Uint8Array(0), 'order75/person/hmac-sm3', 16))).not.toBe(hex(a.subarray(0, 16)));
    expect(() => hkdfSm3(master, new Uint8Array(0), 'x', 255 * 32 + 1)).toThrowError(RangeError);
  });
});
