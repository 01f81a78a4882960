import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/index';
import { createPersonCrypto, type PersonCrypto } from '../../src/people/personCrypto';

const KEY = Buffer.alloc(32, 7);
const ID = '11010519491231002X';
const sm4 = createPersonCrypto(KEY, { cipher: 'sm4-cbc-hmac-sm3' }) as PersonCrypto;
const aes = createPersonCrypto(KEY) as PersonCrypto;

/** Replaces one Base64 part of a sealed value by `change(bytes)`, re-encoded canonically. */
function alter(sealed: string, part: number, change: (b: Buffer) => Buffer): string {
  const parts = sealed.split('.');
  parts[part] = change(Buffer.from(parts[part] as string, 'base64')).toString('base64');
  return parts.join('.');
}

describe('person crypto: SM4-CBC + HMAC-SM3 and AES-256-GCM field values', () => {
  it('seals with the chosen cipher (AES by default) and opens values of either', () => {
    expect(aes.cipher).toBe('aes-256-gcm');
    expect(sm4.cipher).toBe('sm4-cbc-hmac-sm3');
    const a = aes.seal('P1', 'idNumber', ID);
    const s = sm4.seal('P1', 'idNumber', ID);
    expect([a.split('.')[0], s.split('.')[0]]).toEqual(['v1', 'sm4v1']);
    for (const c of [aes, sm4]) expect([c.open('P1', 'idNumber', a), c.open('P1', 'idNumber', s)]).toEqual([ID, ID]);
  });

  it('round-trips any text, with a fresh IV each time', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const one = sm4.seal('P1', 'phone', text);
        expect(sm4.open('P1', 'phone', one)).toBe(text);
        expect(sm4.seal('P1', 'phone', text)).not.toBe(one);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects any single flipped bit in the IV, ciphertext or MAC of an SM4 value', () => {
    const sealed = sm4.seal('P1', 'idNumber', ID);
    const sizes = sealed.split('.').map((p) => Buffer.from(p, 'base64').length);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.nat(), fc.integer({ min: 0, max: 7 }), (part, at, bit) => {
        const tampered = alter(sealed, part, (b) => {
          b[at % (sizes[part] as number)] = (b[at % (sizes[part] as number)] as number) ^ (1 << bit);
          return b;
        });
        expect(() => sm4.open('P1', 'idNumber', tampered)).toThrowError(StoreError);
      }),
      { numRuns: 300 },
    );
  });

  it('binds a value to its person and field (both ciphers)', () => {
    for (const c of [aes, sm4]) {
      const sealed = c.seal('P1', 'idNumber', ID);
      expect(() => c.open('P2', 'idNumber', sealed)).toThrowError(/cannot decrypt idNumber of person P2/);
      expect(() => c.open('P1', 'phone', sealed)).toThrowError(/cannot decrypt phone of person P1/);
    }
  });

  it('refuses non-canonical Base64, extra parts, unknown tags, and a GCM tag cut to 4 bytes', () => {
    const s = sm4.seal('P1', 'idNumber', ID);
    const a = aes.seal('P1', 'idNumber', ID);
    const cases = [
      `${s}.AAAA`,
      s.replace(/^sm4v1\./, 'sm4v1.!'),
      s.replace(/^sm4v1/, 'SM4V1'),
      'plain text',
      alter(a, 3, (b) => b.subarray(0, 4)),
      alter(s, 3, (b) => b.subarray(0, 16)),
      `${a.slice(0, a.lastIndexOf('.'))}.`,
    ];
    for (const bad of cases) {
      const error = (() => {
        try {
          sm4.open('P1', 'idNumber', bad);
        } catch (e) {
          return e;
        }
      })();
      expect(error, bad).toBeInstanceOf(StoreError);
      expect(String(error)).not.toContain(ID);
    }
  });

  it('keeps blind indexes per cipher: deterministic, field-separated, and both searched', () => {
    const s = sm4.blindIndex('idNumber', ID);
    expect(s).toMatch(/^sm3:[0-9a-f]{64}$/);
    expect(sm4.blindIndex('idNumber', ID)).toBe(s);
    expect(sm4.blindIndex('phone', ID)).not.toBe(s);
    expect(aes.blindIndex('idNumber', ID)).toMatch(/^[0-9a-f]{64}$/);
    expect(sm4.blindIndexes('idNumber', ID)).toEqual([s, aes.blindIndex('idNumber', ID)]);
    expect(aes.blindIndexes('idNumber', ID)).toEqual([aes.blindIndex('idNumber', ID), s]);
    const other = createPersonCrypto(Buffer.alloc(32, 8), { cipher: 'sm4-cbc-hmac-sm3' }) as PersonCrypto;
    expect(other.blindIndex('idNumber', ID)).not.toBe(s);
  });

  it('refuses an unknown cipher name and a key that is not 32 bytes, in both languages', () => {
    expect(() => createPersonCrypto(KEY, { cipher: 'sm4-ecb' as never })).toThrowError(/the person cipher must be aes-256-gcm or sm4-cbc-hmac-sm3/);
    expect(() => createPersonCrypto(Buffer.alloc(16), { cipher: 'sm4-cbc-hmac-sm3' })).toThrowError(/人员加密密钥应为 32 字节/);
  });
});
