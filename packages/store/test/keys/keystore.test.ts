import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signaturePayload } from '@order75/core';
import { generateSigningKey, keyIdOf, signWithKeystore, StoreError, verifyKeySignature } from '../../src/index';

const fields = { id: '0196a0b4-0000-7000-8000-000000000001', revision: 1, contentHash: `sha256:${'a'.repeat(64)}`, role: 'officer', signedAt: '2026-05-06T18:00:00+08:00' };

describe('Ed25519 keystore', () => {
  it('signs with a passphrase-sealed key; the signature verifies with the public key only', async () => {
    const ks = await generateSigningKey('a long passphrase');
    expect(ks.keyId).toBe(keyIdOf(Buffer.from(ks.publicKey, 'base64')));
    expect(JSON.stringify(ks)).not.toContain('PRIVATE');
    const s = await signWithKeystore(ks, 'a long passphrase', fields);
    expect(s).toMatchObject({ method: 'key', alg: 'ed25519', keyId: ks.keyId });
    expect(Buffer.from(s.sig, 'base64')).toHaveLength(64);
    expect(verifyKeySignature(ks.publicKey, fields, s.sig)).toBe(true);
    expect(verifyKeySignature(ks.publicKey, { ...fields, revision: 2 }, s.sig)).toBe(false);
    expect(verifyKeySignature(ks.publicKey, { ...fields, role: 'director' }, s.sig)).toBe(false);
  });

  it('makes SM2 keystores whose signatures verify with the SM2 public key only', async () => {
    const ks = await generateSigningKey('a long passphrase', { alg: 'sm2' });
    expect(ks.alg).toBe('sm2');
    expect(ks.keyId).toBe(keyIdOf(Buffer.from(ks.publicKey, 'base64'), 'sm2'));
    expect(Buffer.from(ks.publicKey, 'base64')).toHaveLength(65);
    const s = await signWithKeystore(ks, 'a long passphrase', fields);
    expect(s.alg).toBe('sm2');
    expect(verifyKeySignature(ks.publicKey, fields, s.sig, 'sm2')).toBe(true);
    expect(verifyKeySignature(ks.publicKey, fields, s.sig, 'ed25519')).toBe(false);
    expect(verifyKeySignature(ks.publicKey, { ...fields, signedAt: '2026-05-06T18:00:01+08:00' }, s.sig, 'sm2')).toBe(false);
  });

  it('refuses a wrong passphrase and a tampered keystore', async () => {
    const ks = await generateSigningKey('a long passphrase');
    await expect(signWithKeystore(ks, 'another passphrase', fields)).rejects.toBeInstanceOf(StoreError);
    const tampered = { ...ks, keyId: 'ed25519:0000000000000000' };
    await expect(signWithKeystore(tampered, 'a long passphrase', fields)).rejects.toThrow(/wrong passphrase or damaged keystore/);
    await expect(generateSigningKey('short')).rejects.toThrow(/at least 8/);
  });

  it('verifies signatures made by any Ed25519 implementation over the same payload (RFC 8032 keys)', () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const raw = Buffer.from((publicKey.export({ format: 'jwk' }) as { x: string }).x, 'base64url').toString('base64');
    const sig = sign(null, signaturePayload(fields), privateKey).toString('base64');
    expect(verifyKeySignature(raw, fields, sig)).toBe(true);
    expect(verifyKeySignature(raw, fields, Buffer.alloc(64).toString('base64'))).toBe(false);
    expect(verifyKeySignature('bm90IGEga2V5', fields, sig)).toBe(false);
  });
});
