/**
 * Field encryption for the person registry: AES-256-GCM with a fresh 96-bit IV per value, the row's
 * `personId` and the field name as associated data (a ciphertext moved to another row or field fails to
 * open), and an HMAC-SHA-256 blind index for equality lookups. Both keys come from one 32-byte master key
 * through HKDF-SHA-256, so the index key is never the encryption key.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { StoreError } from '../errors';

export interface PersonCrypto {
  seal(personId: string, field: string, plaintext: string): string;
  open(personId: string, field: string, sealed: string): string;
  blindIndex(field: string, normalised: string): string;
}

/** Environment variable read when no key is passed: 32 bytes, Base64 or 64 hex digits. */
export const PERSON_KEY_ENV = 'ORDER75_PERSON_KEY';

function parseKey(key: string | Uint8Array): Buffer {
  if (typeof key !== 'string') return Buffer.from(key);
  return /^[0-9a-fA-F]{64}$/.test(key) ? Buffer.from(key, 'hex') : Buffer.from(key, 'base64');
}

/**
 * Builds the registry's crypto from a key, or from `ORDER75_PERSON_KEY`. Without either, returns `undefined`
 * and the registry refuses to store ID numbers and phones (names still work).
 */
export function createPersonCrypto(key?: string | Uint8Array): PersonCrypto | undefined {
  const source = key ?? process.env[PERSON_KEY_ENV];
  if (source === undefined || source === '') return undefined;
  const master = parseKey(source);
  if (master.length !== 32) {
    throw new StoreError({
      zh: `人员加密密钥应为 32 字节（Base64 或 64 位十六进制），实为 ${master.length} 字节`,
      en: `the person key must be 32 bytes (Base64 or 64 hex digits), found ${master.length}`,
    });
  }
  const enc = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'order75/person/aes-256-gcm', 32));
  const mac = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'order75/person/blind-index', 32));
  return {
    seal(personId, field, plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', enc, iv);
      cipher.setAAD(Buffer.from(`${personId}\u0000${field}`));
      const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return `v1.${iv.toString('base64')}.${ct.toString('base64')}.${cipher.getAuthTag().toString('base64')}`;
    },
    open(personId, field, sealed) {
      const [v, iv, ct, tag] = sealed.split('.');
      try {
        if (v !== 'v1' || !iv || ct === undefined || !tag) throw new Error('format');
        const decipher = createDecipheriv('aes-256-gcm', enc, Buffer.from(iv, 'base64'));
        decipher.setAAD(Buffer.from(`${personId}\u0000${field}`));
        decipher.setAuthTag(Buffer.from(tag, 'base64'));
        return Buffer.concat([decipher.update(Buffer.from(ct, 'base64')), decipher.final()]).toString('utf8');
      } catch (cause) {
        throw new StoreError(
          { zh: `人员 ${personId} 的加密字段 ${field} 无法解密（密钥不符或数据被改动）`, en: `cannot decrypt ${field} of person ${personId} (wrong key or altered data)` },
          { cause },
        );
      }
    },
    blindIndex(field, normalised) {
      return createHmac('sha256', mac).update(`${field}\u0000${normalised}`).digest('hex');
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
