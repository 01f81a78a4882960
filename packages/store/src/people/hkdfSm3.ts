/**
 * HKDF (RFC 5869) over HMAC-SM3, so the registry's SM4 option derives its keys with national algorithms only
 * (GM/T 0054 reviews look at the whole chain, not just the cipher).
 */
import { hmacSm3 } from '@order75/core';

/** `length` bytes (at most 255 × 32) of key material from `ikm` under the context label `info`. */
export function hkdfSm3(ikm: Uint8Array, salt: Uint8Array, info: string, length: number): Uint8Array {
  if (length > 255 * 32) throw new RangeError('hkdfSm3: at most 8160 bytes');
  const prk = hmacSm3(salt.length > 0 ? salt : new Uint8Array(32), ikm);
  const label = new TextEncoder().encode(info);
  const out = new Uint8Array(length);
  let t: Uint8Array = new Uint8Array(0);
  for (let i = 1, filled = 0; filled < length; i++) {
    const input = new Uint8Array(t.length + label.length + 1);
    input.set(t);
    input.set(label, t.length);
    input[input.length - 1] = i;
    t = hmacSm3(prk, input);
    out.set(t.subarray(0, Math.min(32, length - filled)), filled);
    filled += 32;
  }
  return out;
}
