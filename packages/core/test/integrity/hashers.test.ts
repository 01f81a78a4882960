import { describe, expect, it } from 'vitest';
import { fromHex, sha256Hasher, sm3, sm3Hasher, toHex } from '../../src/integrity/index';

const utf8 = new TextEncoder();

describe('sm3 (GB/T 32905-2016 Appendix A)', () => {
  it('hashes "abc"', () => {
    expect(toHex(sm3(utf8.encode('abc')))).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('hashes the 64-byte "abcd"×16 message (two blocks after padding)', () => {
    expect(toHex(sm3(utf8.encode('abcd'.repeat(16))))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });

  it('hashes the empty message', () => {
    expect(toHex(sm3(new Uint8Array(0)))).toBe('1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b');
  });

  it('gives the same digest through the async Hasher and across padding boundaries', async () => {
    for (const n of [55, 56, 63, 64, 65, 119, 120, 1000]) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 31) & 0xff);
      expect(toHex(await sm3Hasher.digest(bytes))).toBe(toHex(sm3(bytes)));
    }
  });
});

describe('sha256Hasher (WebCrypto)', () => {
  it('hashes "abc" (FIPS 180-2 example)', async () => {
    expect(toHex(await sha256Hasher.digest(utf8.encode('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('hex', () => {
  it('round-trips and rejects non-hex', () => {
    expect(toHex(fromHex('00ff10Ab'))).toBe('00ff10ab');
    expect(() => fromHex('0g')).toThrowError(TypeError);
  });
});
