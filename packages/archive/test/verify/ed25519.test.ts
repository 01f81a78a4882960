import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ed25519Engine, verifyEd25519 } from '../../src/verify/ed25519';

const hex = (h: string) => Buffer.from(h, 'hex');
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

// RFC 8032 §7.1, tests 1–3.
const VECTORS = [
  ['d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', '', 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b'],
  ['3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c', '72', '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00'],
  ['fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025', 'af82', '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a'],
] as const;

describe.each(['webcrypto', 'noble'] as const)('verifyEd25519 with %s', (engine) => {
  it.each(VECTORS)('accepts the RFC 8032 vector with key %s', (key, message, sig) => {
    return expect(verifyEd25519(b64(hex(key)), b64(hex(sig)), hex(message), engine)).resolves.toBe(true);
  });

  it('refuses a signature over another message, by another key, or malformed', async () => {
    const [key, message, sig] = VECTORS[1];
    expect(await verifyEd25519(b64(hex(key)), b64(hex(sig)), hex('73'), engine)).toBe(false);
    expect(await verifyEd25519(b64(hex(VECTORS[0][0])), b64(hex(sig)), hex(message), engine)).toBe(false);
    expect(await verifyEd25519(b64(hex(key)), 'not base64!', hex(message), engine)).toBe(false);
    expect(await verifyEd25519('AAAA', b64(hex(sig)), hex(message), engine)).toBe(false);
  });

  it('agrees with node:crypto on fresh keys', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const raw = Buffer.from((publicKey.export({ format: 'jwk' }) as { x: string }).x, 'base64url');
    const message = new TextEncoder().encode('{"context":"order75/signature/v1"}');
    expect(await verifyEd25519(b64(raw), b64(sign(null, message, privateKey)), message, engine)).toBe(true);
  });
});

it('Node 20 verifies Ed25519 through WebCrypto, so the fallback is for older browsers only', async () => {
  expect(await ed25519Engine()).toBe('webcrypto');
});
