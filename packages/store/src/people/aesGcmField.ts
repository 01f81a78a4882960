/**
 * AES-256-GCM for the person registry (the default): a fresh 96-bit IV per value, the row and field as
 * associated data, values `v1.<iv>.<ciphertext>.<tag>`; blind index HMAC-SHA-256 as 64 hex digits. Keys come
 * from the master key through HKDF-SHA-256 under their own labels, so the index key is never the encryption key.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { strictBase64, type FieldCipher } from './fieldCipher';

/** Builds the AES-256-GCM field cipher from the 32-byte master key. */
export function aesGcmField(master: Uint8Array): FieldCipher {
  const enc = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'order75/person/aes-256-gcm', 32));
  const mac = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'order75/person/blind-index', 32));
  return {
    name: 'aes-256-gcm',
    tag: 'v1',
    seal(ad, plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', enc, iv);
      cipher.setAAD(ad);
      const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      return `v1.${iv.toString('base64')}.${ct.toString('base64')}.${cipher.getAuthTag().toString('base64')}`;
    },
    open(ad, sealed) {
      const [v, iv, ct, tag, extra] = sealed.split('.');
      if (v !== 'v1' || ct === undefined || extra !== undefined) throw new Error('format');
      const nonce = strictBase64(iv);
      if (nonce.length !== 12) throw new Error('format');
      // A fixed tag length: GCM would otherwise accept a tag truncated to 4 bytes, which is easy to forge.
      const decipher = createDecipheriv('aes-256-gcm', enc, nonce, { authTagLength: 16 });
      decipher.setAAD(ad);
      decipher.setAuthTag(strictBase64(tag));
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64')), decipher.final()]);
    },
    blindIndex(data) {
      return createHmac('sha256', mac).update(data).digest('hex');
    },
  };
}
