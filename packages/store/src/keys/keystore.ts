/**
 * Per-person Ed25519 signing keys (DESIGN.md § Identity: `method: 'key'`) with a passphrase-encrypted keystore:
 * the PKCS#8 private key sealed with AES-256-GCM under a key derived by scrypt from the passphrase.
 * Keys give integrity, not a claim of legal equivalence to a handwritten signature.
 *
 * SM2 is deliberately absent: `node:crypto`'s "SM2" curve signs with plain ECDSA, not GB/T 32918 SM2, and a
 * proper implementation must first pass the standard's known-answer vectors.
 */
import { createCipheriv, createDecipheriv, createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, scrypt, sign, verify } from 'node:crypto';
import { signaturePayload, type SignatureFields } from '@order75/core';
import { StoreError } from '../errors';

/** The stored, encrypted form of one private key; safe to write to disk. */
export interface Keystore {
  v: 1;
  alg: 'ed25519';
  keyId: string;
  /** Raw 32-byte public key, Base64. */
  publicKey: string;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  cipher: { name: 'aes-256-gcm'; iv: string; tag: string };
  ciphertext: string;
}

/** Scrypt cost (2^15, r 8): about 32 MiB and ~0.1 s per unlock, the OWASP-recommended floor. */
const KDF = { N: 1 << 15, r: 8, p: 1 } as const;

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const unb64 = (s: string) => Buffer.from(s, 'base64');

function deriveKey(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, 32, { ...params, maxmem: 256 * params.N * params.r }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** `ed25519:` and the first 16 hex digits of SHA-256 of the raw public key. */
export function keyIdOf(publicKeyRaw: Uint8Array): string {
  return `ed25519:${createHash('sha256').update(publicKeyRaw).digest('hex').slice(0, 16)}`;
}

function rawPublicKey(key: ReturnType<typeof createPublicKey>): Buffer {
  const jwk = key.export({ format: 'jwk' }) as { x: string };
  return Buffer.from(jwk.x, 'base64url');
}

/** Makes a new Ed25519 key pair and seals the private key with the passphrase. */
export async function generateSigningKey(passphrase: string): Promise<Keystore> {
  if (passphrase.length < 8) throw new StoreError({ zh: '口令至少 8 个字符', en: 'the passphrase needs at least 8 characters' });
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = rawPublicKey(publicKey);
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await deriveKey(passphrase, salt, KDF);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const keyId = keyIdOf(raw);
  cipher.setAAD(Buffer.from(keyId));
  const ct = Buffer.concat([cipher.update(privateKey.export({ format: 'der', type: 'pkcs8' })), cipher.final()]);
  return {
    v: 1,
    alg: 'ed25519',
    keyId,
    publicKey: b64(raw),
    kdf: { name: 'scrypt', ...KDF, salt: b64(salt) },
    cipher: { name: 'aes-256-gcm', iv: b64(iv), tag: b64(cipher.getAuthTag()) },
    ciphertext: b64(ct),
  };
}

async function unlock(store: Keystore, passphrase: string) {
  const key = await deriveKey(passphrase, unb64(store.kdf.salt), store.kdf);
  const decipher = createDecipheriv('aes-256-gcm', key, unb64(store.cipher.iv));
  decipher.setAAD(Buffer.from(store.keyId));
  decipher.setAuthTag(unb64(store.cipher.tag));
  try {
    const der = Buffer.concat([decipher.update(unb64(store.ciphertext)), decipher.final()]);
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } catch (cause) {
    throw new StoreError({ zh: '口令错误或密钥文件已损坏', en: 'wrong passphrase or damaged keystore' }, { cause });
  }
}

/**
 * Signs `(id, revision, contentHash, role, signedAt)` with the keystore's key and returns the fields to put
 * on the signature: `{ method: 'key', alg: 'ed25519', keyId, sig }`.
 */
export async function signWithKeystore(
  store: Keystore,
  passphrase: string,
  fields: SignatureFields,
): Promise<{ method: 'key'; alg: 'ed25519'; keyId: string; sig: string }> {
  const key = await unlock(store, passphrase);
  const sig = sign(null, signaturePayload(fields), key);
  return { method: 'key', alg: 'ed25519', keyId: store.keyId, sig: sig.toString('base64') };
}

/** Verifies an Ed25519 signature over the signature payload with a raw public key (Base64). */
export function verifyKeySignature(publicKeyB64: string, fields: SignatureFields, sigB64: string): boolean {
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: unb64(publicKeyB64).toString('base64url') }, format: 'jwk' });
    return verify(null, signaturePayload(fields), key, unb64(sigB64));
  } catch {
    return false;
  }
}
