/**
 * SM4 (GB/T 32907-2016, GM/T 0002-2012) in pure JavaScript: the 128-bit block cipher with its 32-round key
 * schedule, and CBC mode with PKCS#7 padding. Browser-safe. CBC gives confidentiality only: authenticate the
 * IV and ciphertext (encrypt-then-MAC, e.g. with {@link hmacSm3}) and check the MAC before decrypting, or a
 * padding error becomes an oracle. Table lookups are not constant-time against cache-timing observers.
 */

/** SM4 block and key size in bytes. */
export const SM4_BLOCK_SIZE = 16;

// prettier-ignore
const SBOX = new Uint8Array([
  0xd6, 0x90, 0xe9, 0xfe, 0xcc, 0xe1, 0x3d, 0xb7, 0x16, 0xb6, 0x14, 0xc2, 0x28, 0xfb, 0x2c, 0x05,
  0x2b, 0x67, 0x9a, 0x76, 0x2a, 0xbe, 0x04, 0xc3, 0xaa, 0x44, 0x13, 0x26, 0x49, 0x86, 0x06, 0x99,
  0x9c, 0x42, 0x50, 0xf4, 0x91, 0xef, 0x98, 0x7a, 0x33, 0x54, 0x0b, 0x43, 0xed, 0xcf, 0xac, 0x62,
  0xe4, 0xb3, 0x1c, 0xa9, 0xc9, 0x08, 0xe8, 0x95, 0x80, 0xdf, 0x94, 0xfa, 0x75, 0x8f, 0x3f, 0xa6,
  0x47, 0x07, 0xa7, 0xfc, 0xf3, 0x73, 0x17, 0xba, 0x83, 0x59, 0x3c, 0x19, 0xe6, 0x85, 0x4f, 0xa8,
  0x68, 0x6b, 0x81, 0xb2, 0x71, 0x64, 0xda, 0x8b, 0xf8, 0xeb, 0x0f, 0x4b, 0x70, 0x56, 0x9d, 0x35,
  0x1e, 0x24, 0x0e, 0x5e, 0x63, 0x58, 0xd1, 0xa2, 0x25, 0x22, 0x7c, 0x3b, 0x01, 0x21, 0x78, 0x87,
  0xd4, 0x00, 0x46, 0x57, 0x9f, 0xd3, 0x27, 0x52, 0x4c, 0x36, 0x02, 0xe7, 0xa0, 0xc4, 0xc8, 0x9e,
  0xea, 0xbf, 0x8a, 0xd2, 0x40, 0xc7, 0x38, 0xb5, 0xa3, 0xf7, 0xf2, 0xce, 0xf9, 0x61, 0x15, 0xa1,
  0xe0, 0xae, 0x5d, 0xa4, 0x9b, 0x34, 0x1a, 0x55, 0xad, 0x93, 0x32, 0x30, 0xf5, 0x8c, 0xb1, 0xe3,
  0x1d, 0xf6, 0xe2, 0x2e, 0x82, 0x66, 0xca, 0x60, 0xc0, 0x29, 0x23, 0xab, 0x0d, 0x53, 0x4e, 0x6f,
  0xd5, 0xdb, 0x37, 0x45, 0xde, 0xfd, 0x8e, 0x2f, 0x03, 0xff, 0x6a, 0x72, 0x6d, 0x6c, 0x5b, 0x51,
  0x8d, 0x1b, 0xaf, 0x92, 0xbb, 0xdd, 0xbc, 0x7f, 0x11, 0xd9, 0x5c, 0x41, 0x1f, 0x10, 0x5a, 0xd8,
  0x0a, 0xc1, 0x31, 0x88, 0xa5, 0xcd, 0x7b, 0xbd, 0x2d, 0x74, 0xd0, 0x12, 0xb8, 0xe5, 0xb4, 0xb0,
  0x89, 0x69, 0x97, 0x4a, 0x0c, 0x96, 0x77, 0x7e, 0x65, 0xb9, 0xf1, 0x09, 0xc5, 0x6e, 0xc6, 0x84,
  0x18, 0xf0, 0x7d, 0xec, 0x3a, 0xdc, 0x4d, 0x20, 0x79, 0xee, 0x5f, 0x3e, 0xd7, 0xcb, 0x39, 0x48,
]);

const FK = [0xa3b1bac6, 0x56aa3350, 0x677d9197, 0xb27022dc];

/** CK_i: byte j of word i is (4i + j) · 7 mod 256. */
const CK = Array.from({ length: 32 }, (_, i) => {
  let w = 0;
  for (let j = 0; j < 4; j++) w = (w << 8) | (((4 * i + j) * 7) & 0xff);
  return w >>> 0;
});

function rotl(x: number, n: number): number {
  return ((x << n) | (x >>> (32 - n))) >>> 0;
}

/**
 * L∘τ for one byte in the lowest position. L is an XOR of rotations, so it commutes with rotation and the
 * round function T(x) is the XOR of this table at the four byte positions, each rotated into place.
 */
const LS = Uint32Array.from(SBOX, (s) => s ^ rotl(s, 2) ^ rotl(s, 10) ^ rotl(s, 18) ^ rotl(s, 24));

function roundT(x: number): number {
  return ((LS[x & 0xff] as number) ^ rotl(LS[(x >>> 8) & 0xff] as number, 8) ^ rotl(LS[(x >>> 16) & 0xff] as number, 16) ^ rotl(LS[x >>> 24] as number, 24)) >>> 0;
}

/** T′ of the key schedule: τ, then L′(B) = B ⊕ (B ⋘ 13) ⊕ (B ⋘ 23). */
function keyT(x: number): number {
  const b = (((SBOX[x >>> 24] as number) << 24) | ((SBOX[(x >>> 16) & 0xff] as number) << 16) | ((SBOX[(x >>> 8) & 0xff] as number) << 8) | (SBOX[x & 0xff] as number)) >>> 0;
  return (b ^ rotl(b, 13) ^ rotl(b, 23)) >>> 0;
}

function word(bytes: Uint8Array, o: number): number {
  return (((bytes[o] as number) << 24) | ((bytes[o + 1] as number) << 16) | ((bytes[o + 2] as number) << 8) | (bytes[o + 3] as number)) >>> 0;
}

function putWord(out: Uint8Array, o: number, w: number): void {
  out[o] = w >>> 24; out[o + 1] = w >>> 16; out[o + 2] = w >>> 8; out[o + 3] = w;
}

/** One SM4 key, expanded once: encrypts and decrypts single 16-byte blocks. */
export interface Sm4Cipher {
  /** Encrypts the block at `input[offset..offset+16)` into `output` (a new block when omitted). */
  encryptBlock(input: Uint8Array, output?: Uint8Array, offset?: number, outOffset?: number): Uint8Array;
  decryptBlock(input: Uint8Array, output?: Uint8Array, offset?: number, outOffset?: number): Uint8Array;
}

/** Expands a 16-byte key into its 32 round keys and returns the block cipher. */
export function createSm4(key: Uint8Array): Sm4Cipher {
  if (key.length !== SM4_BLOCK_SIZE) throw new RangeError('sm4: the key must be 16 bytes (SM4 密钥应为 16 字节)');
  const rk = new Uint32Array(32);
  let k0 = word(key, 0) ^ (FK[0] as number), k1 = word(key, 4) ^ (FK[1] as number);
  let k2 = word(key, 8) ^ (FK[2] as number), k3 = word(key, 12) ^ (FK[3] as number);
  for (let i = 0; i < 32; i++) {
    const next = (k0 ^ keyT((k1 ^ k2 ^ k3 ^ (CK[i] as number)) >>> 0)) >>> 0;
    rk[i] = next;
    k0 = k1; k1 = k2; k2 = k3; k3 = next;
  }
  const dk = rk.slice().reverse();
  const crypt = (keys: Uint32Array) => (input: Uint8Array, output = new Uint8Array(SM4_BLOCK_SIZE), offset = 0, outOffset = 0): Uint8Array => {
    let x0 = word(input, offset), x1 = word(input, offset + 4), x2 = word(input, offset + 8), x3 = word(input, offset + 12);
    for (let i = 0; i < 32; i++) {
      const next = (x0 ^ roundT((x1 ^ x2 ^ x3 ^ (keys[i] as number)) >>> 0)) >>> 0;
      x0 = x1; x1 = x2; x2 = x3; x3 = next;
    }
    // The reverse transformation R: output (X35, X34, X33, X32).
    putWord(output, outOffset, x3); putWord(output, outOffset + 4, x2); putWord(output, outOffset + 8, x1); putWord(output, outOffset + 12, x0);
    return output;
  };
  return { encryptBlock: crypt(rk), decryptBlock: crypt(dk) };
}
