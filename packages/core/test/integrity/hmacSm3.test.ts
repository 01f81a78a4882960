import { createHmac, getHashes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, hmacSm3, sm3, toHex } from '../../src/integrity/index';

const utf8 = new TextEncoder();
const counting = (n: number) => Uint8Array.from({ length: n }, (_, i) => i + 1);

// GM/T 0042-2015 Appendix D.3 (as reproduced in libxcrypt's test-alg-sm3-hmac.c).
const VECTORS = [
  {
    name: '112-byte message, 32-byte key',
    key: counting(32),
    data: utf8.encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'.repeat(2)),
    mac: 'ca05e144ed05d1857840d1f318a4a8669e559fc8391f414485bfdf7bb408963a',
  },
  { name: '50 × 0xcd, 37-byte key', key: counting(37), data: new Uint8Array(50).fill(0xcd), mac: '220bf579ded555393f0159f66c99877822a3ecf610d1552154b41d44b94db3ae' },
  { name: '"Hi There", 32 × 0x0b', key: new Uint8Array(32).fill(0x0b), data: utf8.encode('Hi There'), mac: 'c0ba18c68b90c88bc07de794bfc7d2c8d19ec31ed8773bc2b390c9604e0be11e' },
  { name: '"what do ya want…", key "Jefe"', key: utf8.encode('Jefe'), data: utf8.encode('what do ya want for nothing?'), mac: '2e87f1d16862e6d964b50a5200bf2b10b764faa9680a296a2405f24bec39f882' },
];

describe('HMAC-SM3 (GM/T 0042-2015 Appendix D.3)', () => {
  it.each(VECTORS)('$name', ({ key, data, mac }) => {
    expect(toHex(hmacSm3(key, data))).toBe(mac);
  });

  it('hashes a key longer than the 64-byte block first: HMAC(k) = HMAC(SM3(k))', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 65, maxLength: 300 }), fc.uint8Array({ maxLength: 200 }), (key, data) => {
        expect(toHex(hmacSm3(key, data))).toBe(toHex(hmacSm3(sm3(key), data)));
      }),
    );
  });

  it('zero-pads a short key, and treats a 64-byte key as it is (not hashed)', () => {
    const key = fromHex('0102');
    const padded = new Uint8Array(64);
    padded.set(key);
    expect(toHex(hmacSm3(key, utf8.encode('x')))).toBe(toHex(hmacSm3(padded, utf8.encode('x'))));
    const k64 = counting(64);
    expect(toHex(hmacSm3(k64, utf8.encode('x')))).not.toBe(toHex(hmacSm3(sm3(k64), utf8.encode('x'))));
  });

  it.skipIf(!getHashes().includes('sm3'))('agrees with OpenSSL HMAC-SM3 (an independent implementation), keys up to 200 bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.uint8Array({ maxLength: 300 }), (key, data) => {
        expect(toHex(hmacSm3(key, data))).toBe(createHmac('sm3', key).update(data).digest('hex'));
      }),
      { numRuns: 200 },
    );
  });
});
