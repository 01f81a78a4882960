/**
 * SM4-CBC + HMAC-SM3 for the person registry (the national-algorithm option), encrypt-then-MAC: a fresh random
 * 16-byte IV per value, PKCS#7 padding, and an HMAC-SM3 tag over version ‖ IV ‖ length ‖ ciphertext ‖ the row
 * and field, checked in constant time before anything is decrypted. Values `sm4v1.<iv>.<ciphertext>.<mac>`;
 * blind index `sm3:` + 64 hex digits of HMAC-SM3. The encryption, MAC and index keys come from the master key
 * through HKDF-SM3 under three labels, so none is another.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { hmacSm3, sm4CbcDecrypt, sm4CbcEncrypt } from '@order75/core';
import { strictBase64, type FieldCipher } from './fieldCipher';
import { hkdfSm3 } from './hkdfSm3';

const TAG = 'sm4v1';
const VERSION = new TextEncoder().encode(TAG);
const NO_SALT = new Uint8Array(0);

/** The bytes the MAC covers: fixed-size version and IV, the ciphertext behind its length, then the row and field. */
function macInput(iv: Uint8Array, ct: Uint8Array, ad: Uint8Array): Uint8Array {
  const out = new Uint8Array(VERSION.length + iv.length + 4 + ct.length + ad.length);
  const ivAt = VERSION.length;
  const lengthAt = ivAt + iv.length;
  const ctAt = lengthAt + 4;
  out.set(VERSION, 0);
  out.set(iv, ivAt);
  new DataView(out.buffer).setUint32(lengthAt, ct.length);
  out.set(ct, ctAt);
  out.set(ad, ctAt + ct.length);
  return out;
}

/** Builds the SM4-CBC + HMAC-SM3 field cipher from the 32-byte master key. */
export function sm4HmacField(master: Uint8Array): FieldCipher {
  const enc = hkdfSm3(master, NO_SALT, 'order75/person/sm4-cbc', 16);
  const mac = hkdfSm3(master, NO_SALT, 'order75/person/hmac-sm3', 32);
  const index = hkdfSm3(master, NO_SALT, 'order75/person/blind-index-sm3', 32);
  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
  return {
    name: 'sm4-cbc-hmac-sm3',
    tag: TAG,
    seal(ad, plaintext) {
      const iv = randomBytes(16);
      const ct = sm4CbcEncrypt(enc, iv, plaintext);
      return `${TAG}.${b64(iv)}.${b64(ct)}.${b64(hmacSm3(mac, macInput(iv, ct, ad)))}`;
    },
    open(ad, sealed) {
      const [v, ivText, ctText, tagText, extra] = sealed.split('.');
      if (v !== TAG || extra !== undefined) throw new Error('format');
      const iv = strictBase64(ivText);
      const ct = strictBase64(ctText);
      const tag = strictBase64(tagText);
      if (iv.length !== 16 || tag.length !== 32 || ct.length === 0 || ct.length % 16 !== 0) throw new Error('format');
      if (!timingSafeEqual(tag, hmacSm3(mac, macInput(iv, ct, ad)))) throw new Error('mac');
      return sm4CbcDecrypt(enc, iv, ct);
    },
    blindIndex(data) {
      return `sm3:${Buffer.from(hmacSm3(index, data)).toString('hex')}`;
    },
  };
}
