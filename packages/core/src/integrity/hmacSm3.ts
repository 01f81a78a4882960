/**
 * HMAC-SM3: the RFC 2104 / GB/T 15852.2 construction over SM3 (block 64 bytes, output 32), as in
 * GM/T 0042-2015 Appendix D.3. Keys longer than a block are hashed first; shorter ones are zero-padded.
 */
import { sm3 } from './sm3';

const BLOCK = 64;

/** HMAC-SM3 of `message` under `key` (any length): 32 bytes. */
export function hmacSm3(key: Uint8Array, message: Uint8Array): Uint8Array {
  const k = new Uint8Array(BLOCK);
  k.set(key.length > BLOCK ? sm3(key) : key);
  const inner = new Uint8Array(BLOCK + message.length);
  const outer = new Uint8Array(BLOCK + 32);
  for (let i = 0; i < BLOCK; i++) {
    inner[i] = (k[i] as number) ^ 0x36;
    outer[i] = (k[i] as number) ^ 0x5c;
  }
  inner.set(message, BLOCK);
  outer.set(sm3(inner), BLOCK);
  return sm3(outer);
}
