/**
 * Field encryption for the person registry (DESIGN.md § Identity): AES-256-GCM by default, or SM4-CBC +
 * HMAC-SM3 (`cipher: 'sm4-cbc-hmac-sm3'`). Either binds each value to its row's `personId` and field name (a
 * value moved to another row or field fails to open) and gives an HMAC blind index for equality lookups. New
 * values are sealed with the chosen cipher; stored values carry their cipher's tag, so both kinds open and both
 * kinds of index are searched, and a registry can move from one cipher to the other by re-saving its people.
 */
import { StoreError } from '../errors';
import { aesGcmField } from './aesGcmField';
import { PERSON_CIPHERS, type FieldCipher, type PersonCipher } from './fieldCipher';
import { sm4HmacField } from './sm4HmacField';

export interface PersonCrypto {
  /** The cipher new values are sealed with. */
  readonly cipher: PersonCipher;
  seal(personId: string, field: string, plaintext: string): string;
  /** Opens a value sealed by either cipher. Errors name the person and field, never the value. */
  open(personId: string, field: string, sealed: string): string;
  /** The index new values are stored under. */
  blindIndex(field: string, normalised: string): string;
  /** Every index the value may be stored under (one per cipher), for lookups in a mixed registry. */
  blindIndexes(field: string, normalised: string): string[];
}

/** Environment variable read when no key is passed: 32 bytes, Base64 or 64 hex digits. */
export const PERSON_KEY_ENV = 'ORDER75_PERSON_KEY';

function parseKey(key: string | Uint8Array): Buffer {
  if (typeof key !== 'string') return Buffer.from(key);
  return /^[0-9a-fA-F]{64}$/.test(key) ? Buffer.from(key, 'hex') : Buffer.from(key, 'base64');
}

const utf8 = new TextEncoder();
const bound = (a: string, b: string) => utf8.encode(`${a}\u0000${b}`);

/**
 * Builds the registry's crypto from a key, or from `ORDER75_PERSON_KEY`. Without either, returns `undefined`
 * and the registry refuses to store ID numbers and phones (names still work).
 */
export function createPersonCrypto(key?: string | Uint8Array, options: { cipher?: PersonCipher } = {}): PersonCrypto | undefined {
  const chosen = options.cipher ?? 'aes-256-gcm';
  if (!PERSON_CIPHERS.includes(chosen)) {
    throw new StoreError({
      zh: `人员字段加密算法只能是 ${PERSON_CIPHERS.join(' 或 ')}，实为 ${String(chosen)}`,
      en: `the person cipher must be ${PERSON_CIPHERS.join(' or ')}, found ${String(chosen)}`,
    });
  }
  const source = key ?? process.env[PERSON_KEY_ENV];
  if (source === undefined || source === '') return undefined;
  const master = parseKey(source);
  if (master.length !== 32) {
    throw new StoreError({
      zh: `人员加密密钥应为 32 字节（Base64 或 64 位十六进制），实为 ${master.length} 字节`,
      en: `the person key must be 32 bytes (Base64 or 64 hex digits), found ${master.length}`,
    });
  }
  const ciphers: FieldCipher[] = [aesGcmField(master), sm4HmacField(master)];
  const writer = ciphers.find((c) => c.name === chosen) as FieldCipher;
  return {
    cipher: chosen,
    seal(personId, field, plaintext) {
      return writer.seal(bound(personId, field), utf8.encode(plaintext));
    },
    open(personId, field, sealed) {
      const tag = sealed.slice(0, sealed.indexOf('.'));
      const cipher = ciphers.find((c) => c.tag === tag);
      try {
        if (!cipher) throw new Error('unknown cipher tag');
        return new TextDecoder('utf-8', { fatal: true }).decode(cipher.open(bound(personId, field), sealed));
      } catch (cause) {
        const how = cipher ? { zh: cipher.name, en: cipher.name } : { zh: '未知算法', en: 'unknown cipher' };
        throw new StoreError(
          {
            zh: `人员 ${personId} 的加密字段 ${field} 无法解密（${how.zh}：密钥不符或数据被改动）`,
            en: `cannot decrypt ${field} of person ${personId} (${how.en}: wrong key or altered data)`,
          },
          { cause },
        );
      }
    },
    blindIndex(field, normalised) {
      return writer.blindIndex(bound(field, normalised));
    },
    blindIndexes(field, normalised) {
      return [writer, ...ciphers.filter((c) => c !== writer)].map((c) => c.blindIndex(bound(field, normalised)));
    },
  };
}

/** `3501**********123X`: the first four and last four characters of an ID number. */
export function maskIdNumber(idNumber: string): string {
  return idNumber.length <= 8 ? '*'.repeat(idNumber.length) : `${idNumber.slice(0, 4)}${'*'.repeat(idNumber.length - 8)}${idNumber.slice(-4)}`;
}

/** `138****5678`: the first three and last four digits of a phone number. */
export function maskPhone(phone: string): string {
  return phone.length <= 7 ? '*'.repeat(phone.length) : `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}
