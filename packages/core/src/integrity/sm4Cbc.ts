/**
 * SM4 in CBC mode (GB/T 17964-2021 § CBC) with PKCS#7 padding: the ciphertext is always a whole number of
 * blocks and one to sixteen bytes longer than the plaintext. CBC does not authenticate: check a MAC over the
 * IV and ciphertext first (encrypt-then-MAC), and only then call {@link sm4CbcDecrypt}.
 */
import { createSm4, SM4_BLOCK_SIZE } from './sm4';

function checkIv(iv: Uint8Array): void {
  if (iv.length !== SM4_BLOCK_SIZE) throw new RangeError('sm4-cbc: the IV must be 16 bytes (SM4-CBC 初始向量应为 16 字节)');
}

/** Encrypts with SM4-CBC under a 16-byte key and a 16-byte IV (fresh and unpredictable per message), PKCS#7-padded. */
export function sm4CbcEncrypt(key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array): Uint8Array {
  checkIv(iv);
  const cipher = createSm4(key);
  const pad = SM4_BLOCK_SIZE - (plaintext.length % SM4_BLOCK_SIZE);
  const out = new Uint8Array(plaintext.length + pad);
  out.set(plaintext);
  out.fill(pad, plaintext.length);
  let prev: Uint8Array = iv;
  let prevOffset = 0;
  for (let o = 0; o < out.length; o += SM4_BLOCK_SIZE) {
    for (let i = 0; i < SM4_BLOCK_SIZE; i++) out[o + i] = (out[o + i] as number) ^ (prev[prevOffset + i] as number);
    cipher.encryptBlock(out, out, o, o);
    prev = out;
    prevOffset = o;
  }
  return out;
}

/**
 * Decrypts SM4-CBC and removes the PKCS#7 padding. Throws `RangeError` when the length is not a positive
 * multiple of 16 or the padding is malformed (wrong key, or altered data that no MAC caught).
 */
export function sm4CbcDecrypt(key: Uint8Array, iv: Uint8Array, ciphertext: Uint8Array): Uint8Array {
  checkIv(iv);
  if (ciphertext.length === 0 || ciphertext.length % SM4_BLOCK_SIZE !== 0) {
    throw new RangeError('sm4-cbc: the ciphertext must be a positive multiple of 16 bytes (SM4-CBC 密文长度应为 16 的正整数倍)');
  }
  const cipher = createSm4(key);
  const out = new Uint8Array(ciphertext.length);
  for (let o = 0; o < ciphertext.length; o += SM4_BLOCK_SIZE) {
    cipher.decryptBlock(ciphertext, out, o, o);
    const prev = o === 0 ? iv : ciphertext.subarray(o - SM4_BLOCK_SIZE, o);
    for (let i = 0; i < SM4_BLOCK_SIZE; i++) out[o + i] = (out[o + i] as number) ^ (prev[i] as number);
  }
  const pad = out[out.length - 1] as number;
  let bad = pad === 0 || pad > SM4_BLOCK_SIZE;
  for (let i = 1; i <= pad && !bad; i++) bad = out[out.length - i] !== pad;
  if (bad) throw new RangeError('sm4-cbc: malformed padding (SM4-CBC 填充无效：密钥不符或数据被改动)');
  return out.slice(0, out.length - pad);
}
