import { createCipheriv, getCiphers } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSm4, fromHex, sm4CbcDecrypt, sm4CbcEncrypt, toHex } from '../../src/integrity/index';

// GB/T 32907-2016 Appendix A (= GM/T 0002-2012 A.1, A.2).
const KEY = fromHex('0123456789abcdeffedcba9876543210');

describe('SM4 block cipher (GB/T 32907-2016 Appendix A)', () => {
  it('encrypts example 1 to 681edf34… and decrypts it back', () => {
    const sm4 = createSm4(KEY);
    const ct = sm4.encryptBlock(KEY);
    expect(toHex(ct)).toBe('681edf34d206965e86b3e94f536e4246');
    expect(toHex(sm4.decryptBlock(ct))).toBe('0123456789abcdeffedcba9876543210');
  });

  it('reaches 595298c7… after encrypting example 2 one million times, and comes back', () => {
    const sm4 = createSm4(KEY);
    const block = Uint8Array.from(KEY);
    for (let i = 0; i < 1_000_000; i++) sm4.encryptBlock(block, block);
    expect(toHex(block)).toBe('595298c7c6fd271f0402f804c33d3f66');
    for (let i = 0; i < 1_000_000; i++) sm4.decryptBlock(block, block);
    expect(toHex(block)).toBe('0123456789abcdeffedcba9876543210');
  });

  it('refuses keys that are not 16 bytes', () => {
    expect(() => createSm4(new Uint8Array(15))).toThrowError(RangeError);
    expect(() => createSm4(new Uint8Array(32))).toThrowError(/16 bytes/);
  });
});

// draft-ribose-cfrg-sm4-10 Appendix A.2.2 (CBC, no padding): with PKCS#7 the same blocks come first,
// followed by one block that encrypts the full padding block.
const CBC_VECTORS = [
  { key: '0123456789abcdeffedcba9876543210', ct: '78ebb11cc40b0a48312aaeb2040244cb4cb7016951909226979b0d15dc6a8f6d' },
  { key: 'fedcba98765432100123456789abcdef', ct: '0d3a6ddc2d21c698857215587b7bb59a91f2c147911a4144665e1fa1d40bae38' },
];
const CBC_IV = fromHex('000102030405060708090a0b0c0d0e0f');
const CBC_PT = fromHex('aaaaaaaabbbbbbbbccccccccddddddddeeeeeeeeffffffffaaaaaaaabbbbbbbb');

const bytes = (min: number, max: number) => fc.uint8Array({ minLength: min, maxLength: max });

describe('SM4-CBC with PKCS#7 padding', () => {
  it.each(CBC_VECTORS)('matches the draft-ribose-cfrg-sm4 CBC vector under key $key', ({ key, ct }) => {
    const out = sm4CbcEncrypt(fromHex(key), CBC_IV, CBC_PT);
    expect(out.length).toBe(48);
    expect(toHex(out.subarray(0, 32))).toBe(ct);
    expect(toHex(sm4CbcDecrypt(fromHex(key), CBC_IV, out))).toBe(toHex(CBC_PT));
  });

  it('round-trips any plaintext, padding to the next whole block', () => {
    fc.assert(
      fc.property(bytes(16, 16), bytes(16, 16), bytes(0, 100), (key, iv, pt) => {
        const ct = sm4CbcEncrypt(key, iv, pt);
        expect(ct.length).toBe((Math.floor(pt.length / 16) + 1) * 16);
        expect(toHex(sm4CbcDecrypt(key, iv, ct))).toBe(toHex(pt));
      }),
      { numRuns: 300 },
    );
  });

  it.skipIf(!getCiphers().includes('sm4-cbc'))('agrees with OpenSSL sm4-cbc (an independent implementation) on random inputs', () => {
    fc.assert(
      fc.property(bytes(16, 16), bytes(16, 16), bytes(0, 100), (key, iv, pt) => {
        const cipher = createCipheriv('sm4-cbc', key, iv);
        const expected = Buffer.concat([cipher.update(pt), cipher.final()]);
        expect(toHex(sm4CbcEncrypt(key, iv, pt))).toBe(expected.toString('hex'));
      }),
      { numRuns: 300 },
    );
  });

  it('does not change its inputs', () => {
    const iv = CBC_IV.slice();
    const pt = CBC_PT.slice();
    const ct = sm4CbcEncrypt(KEY, iv, pt);
    const ctCopy = ct.slice();
    sm4CbcDecrypt(KEY, iv, ct);
    expect([toHex(iv), toHex(pt), toHex(ct)]).toEqual([toHex(CBC_IV), toHex(CBC_PT), toHex(ctCopy)]);
  });

  it('rejects a ciphertext of the wrong length and an IV that is not 16 bytes', () => {
    expect(() => sm4CbcDecrypt(KEY, CBC_IV, new Uint8Array(0))).toThrowError(/multiple of 16/);
    expect(() => sm4CbcDecrypt(KEY, CBC_IV, new Uint8Array(31))).toThrowError(/multiple of 16/);
    expect(() => sm4CbcEncrypt(KEY, new Uint8Array(12), CBC_PT)).toThrowError(/IV must be 16 bytes/);
  });

  // A last block is built by hand (one raw block, XORed with the IV) so its padding is exactly what the case says.
  it.each([
    { name: 'a zero pad byte', last: '000102030405060708090a0b0c0d0e00' },
    { name: 'a pad byte above 16', last: '11111111111111111111111111111111' },
    { name: 'pad bytes that disagree', last: '0f0e0d0c0b0a09080706050403020303' },
  ])('rejects $name', ({ last }) => {
    const block = fromHex(last).map((b, i) => b ^ (CBC_IV[i] as number));
    const ct = createSm4(KEY).encryptBlock(block);
    expect(() => sm4CbcDecrypt(KEY, CBC_IV, ct)).toThrowError(/malformed padding/);
  });

  it('accepts a last block that is all padding (sixteen 0x10)', () => {
    const block = new Uint8Array(16).fill(16).map((b, i) => b ^ (CBC_IV[i] as number));
    expect(sm4CbcDecrypt(KEY, CBC_IV, createSm4(KEY).encryptBlock(block)).length).toBe(0);
  });
});
