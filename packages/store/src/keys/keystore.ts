/**
 * Per-person signing keys (DESIGN.md § Identity: `method: 'key'`) with a passphrase-encrypted keystore: the
 * private key sealed with AES-256-GCM under a key derived by scrypt from the passphrase. Ed25519 through
 * `node:crypto`; SM2 through `@order75/core`'s GB/T 32918 implementation (tested against the standard's
 * known-answer example) — never `node:crypto`'s "SM2" curve, which signs with plain ECDSA.
 * Keys give integrity, not a claim of legal equivalence to a handwritten signature.
 */
import { createCipheriv, createDecipheriv, createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, scrypt, sign, verify } from 'node:crypto';
import { signaturePayload, sm2PublicKey, sm2Sign, sm2Verify, type SignatureFields } from '@order75/core';
import { StoreError } from '../errors';

/** The stored, encrypted form of one private key; safe to write to disk. */
export interface Keystore {
  v: 1;
  alg: KeyAlg;
  keyId: string;
  /** Public key, Base64: raw 32 bytes (Ed25519) or uncompressed `04 ‖ x ‖ y`, 65 bytes (SM2). */
  publicKey: string;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  cipher: { name: 'aes-256-gcm'; iv: string; tag: string };
  ciphertext: string;
}

/** Signature algorithms of key signatures. */
export type KeyAlg = 'ed25519' | 'sm2';

/** Scrypt cost (2^15, r 8): about 32 MiB and ~0.1 s per unlock, the OWASP-recommended floor. */
const KDF = { N: 1 << 15, r: 8, p: 1 } as const;

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const unb64 = (s: string) => Buffer.from(s, 'base64');

function deriveKey(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, 32, { ...params, maxmem: 256 * params.N * params.r }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** The algorithm, a colon and the first 16 hex digits of SHA-256 of the public key bytes. */
export function keyIdOf(publicKeyRaw: Uint8Array, alg: KeyAlg = 'ed25519'): string {
  return `${alg}:${createHash('sha256').update(publicKeyRaw).digest('hex').slice(0, 16)}`;
}

function newSm2Key(): { secret: Buffer; publicKey: Uint8Array } {
  for (;;) {
    const secret = randomBytes(32);
    try {
      return { secret, publicKey: sm2PublicKey(secret) };
    } catch {
      // out of [1, n-2]: draw again (probability ~2^-32)
    }
  }
}

function rawPublicKey(key: ReturnType<typeof createPublicKey>): Buffer {
  const jwk = key.export({ format: 'jwk' }) as { x: string };
  return Buffer.from(jwk.x, 'base64url');
}

/** Makes a new key pair (Ed25519 by default, or SM2) and seals the private key with the passphrase. */
export async function generateSigningKey(passphrase: string, options: { alg?: KeyAlg } = {}): Promise<Keystore> {
  if (passphrase.length < 8) throw new StoreError({ zh: '口令至少 8 个字符', en: 'the passphrase needs at least 8 characters' });
  const alg = options.alg ?? 'ed25519';
  let raw: Uint8Array;
  let secret: Buffer;
  if (alg === 'sm2') {
    const made = newSm2Key();
    raw = made.publicKey;
    secret = made.secret;
  } else {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    raw = rawPublicKey(publicKey);
    secret = privateKey.export({ format: 'der', type: 'pkcs8' });
  }
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await deriveKey(passphrase, salt, KDF);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const keyId = keyIdOf(raw, alg);
  cipher.setAAD(Buffer.from(keyId));
  const ct = Buffer.concat([cipher.update(secret), cipher.final()]);
  secret.fill(0);
  return {
    v: 1,
    alg,
    keyId,
    publicKey: b64(raw),
    kdf: { name: 'scrypt', ...KDF, salt: b64(salt) },
    cipher: { name: 'aes-256-gcm', iv: b64(iv), tag: b64(cipher.getAuthTag()) },
    ciphertext: b64(ct),
  };
}

async function unlock(store: Keystore, passphrase: string): Promise<Buffer> {
  const key = await deriveKey(passphrase, unb64(store.kdf.salt), store.kdf);
  const decipher = createDecipheriv('aes-256-gcm', key, unb64(store.cipher.iv));
  decipher.setAAD(Buffer.from(store.keyId));
  decipher.setAuthTag(unb64(store.cipher.tag));
  try {
    return Buffer.concat([decipher.update(unb64(store.ciphertext)), decipher.final()]);
  } catch (cause) {
    throw new StoreError({ zh: '口令错误或密钥文件已损坏', en: 'wrong passphrase or damaged keystore' }, { cause });
  }
}

/**
 * Signs `(id, revision, contentHash, role, signedAt)` with the keystore's key and returns the fields to put
 * on the signature: `{ method: 'key', alg, keyId, sig }` (SM2: `r ‖ s`, 64 bytes, default signer id).
 */
export async function signWithKeystore(
  store: Keystore,
  passphrase: string,
  fields: SignatureFields,
): Promise<{ method: 'key'; alg: KeyAlg; keyId: string; sig: string }> {
  const secret = await unlock(store, passphrase);
  try {
    const payload = signaturePayload(fields);
    const sig = store.alg === 'sm2'
      ? Buffer.from(sm2Sign(secret, payload))
      : sign(null, payload, createPrivateKey({ key: secret, format: 'der', type: 'pkcs8' }));
    return { method: 'key', alg: store.alg, keyId: store.keyId, sig: sig.toString('base64') };
  } finally {
    secret.fill(0);
  }
}

/** Verifies a key signature over the signature payload with a public key (Base64). Never throws. */
export function verifyKeySignature(publicKeyB64: string, fields: SignatureFields, sigB64: string, alg: KeyAlg = 'ed25519'): boolean {
  try {
    if (alg === 'sm2') return sm2Verify(unb64(publicKeyB64), signaturePayload(fields), unb64(sigB64));
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: unb64(publicKeyB64).toString('base64url') }, format: 'jwk' });
    return verify(null, signaturePayload(fields), key, unb64(sigB64));
  } catch {
    return false;
  }
}
