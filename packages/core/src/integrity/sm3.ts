/**
 * SM3 (GB/T 32905-2016, GM/T 0004-2012) in pure JavaScript, for browsers and verify.html where no native
 * SM3 exists. Follows the standard's padding, message expansion (W, W′) and compression function.
 */
import type { Hasher } from './hasher';

const IV = [0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e];

function rotl(x: number, n: number): number {
  const s = n & 31;
  return s === 0 ? x : ((x << s) | (x >>> (32 - s))) >>> 0;
}

/** T_j rotated left by j mod 32, precomputed once. */
const TJ = Array.from({ length: 64 }, (_, j) => rotl(j < 16 ? 0x79cc4519 : 0x7a879d8a, j % 32));

const W = new Uint32Array(68);
const W1 = new Uint32Array(64);

function compress(v: Uint32Array, block: Uint8Array, offset: number): void {
  for (let i = 0; i < 16; i++) {
    const o = offset + 4 * i;
    W[i] = (((block[o] as number) << 24) | ((block[o + 1] as number) << 16) | ((block[o + 2] as number) << 8) | (block[o + 3] as number)) >>> 0;
  }
  for (let j = 16; j < 68; j++) {
    const x = (W[j - 16] as number) ^ (W[j - 9] as number) ^ rotl(W[j - 3] as number, 15);
    const p1 = x ^ rotl(x, 15) ^ rotl(x, 23);
    W[j] = p1 ^ rotl(W[j - 13] as number, 7) ^ (W[j - 6] as number);
  }
  for (let j = 0; j < 64; j++) W1[j] = (W[j] as number) ^ (W[j + 4] as number);
  let a = v[0] as number, b = v[1] as number, c = v[2] as number, d = v[3] as number;
  let e = v[4] as number, f = v[5] as number, g = v[6] as number, h = v[7] as number;
  for (let j = 0; j < 64; j++) {
    const a12 = rotl(a, 12);
    const ss1 = rotl((a12 + e + (TJ[j] as number)) >>> 0, 7);
    const ss2 = ss1 ^ a12;
    const ff = j < 16 ? a ^ b ^ c : (a & b) | (a & c) | (b & c);
    const gg = j < 16 ? e ^ f ^ g : (e & f) | (~e & g);
    const tt1 = (ff + d + ss2 + (W1[j] as number)) >>> 0;
    const tt2 = (gg + h + ss1 + (W[j] as number)) >>> 0;
    d = c;
    c = rotl(b, 9);
    b = a;
    a = tt1;
    h = g;
    g = rotl(f, 19);
    f = e;
    e = (tt2 ^ rotl(tt2, 9) ^ rotl(tt2, 17)) >>> 0;
  }
  v[0] = (v[0] as number) ^ a;
  v[1] = (v[1] as number) ^ b;
  v[2] = (v[2] as number) ^ c;
  v[3] = (v[3] as number) ^ d;
  v[4] = (v[4] as number) ^ e;
  v[5] = (v[5] as number) ^ f;
  v[6] = (v[6] as number) ^ g;
  v[7] = (v[7] as number) ^ h;
}

/** The SM3 digest (32 bytes) of `bytes`. */
export function sm3(bytes: Uint8Array): Uint8Array {
  const v = Uint32Array.from(IV);
  const full = bytes.length - (bytes.length % 64);
  for (let off = 0; off < full; off += 64) compress(v, bytes, off);
  // Padding: 0x80, zeros, then the bit length as a 64-bit big-endian integer.
  const restLen = bytes.length - full;
  const tail = new Uint8Array(restLen < 56 ? 64 : 128);
  tail.set(bytes.subarray(full));
  tail[restLen] = 0x80;
  const bits = bytes.length * 8;
  const hi = Math.floor(bits / 0x100000000);
  const lo = bits >>> 0;
  const end = tail.length;
  tail[end - 8] = hi >>> 24; tail[end - 7] = hi >>> 16; tail[end - 6] = hi >>> 8; tail[end - 5] = hi;
  tail[end - 4] = lo >>> 24; tail[end - 3] = lo >>> 16; tail[end - 2] = lo >>> 8; tail[end - 1] = lo;
  for (let off = 0; off < tail.length; off += 64) compress(v, tail, off);
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    const w = v[i] as number;
    out[4 * i] = w >>> 24; out[4 * i + 1] = w >>> 16; out[4 * i + 2] = w >>> 8; out[4 * i + 3] = w;
  }
  return out;
}

/** SM3 as a {@link Hasher}; synchronous underneath. */
export const sm3Hasher: Hasher = {
  alg: 'sm3',
  digest: async (bytes) => sm3(bytes),
  digestSync: sm3,
};
