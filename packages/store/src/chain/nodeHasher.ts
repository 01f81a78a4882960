/** Node's native SHA-256 as a `Hasher` with `digestSync` (faster than WebCrypto for many small lines). */
import { createHash } from 'node:crypto';
import { sm3Hasher, type HashAlg, type Hasher } from '@order75/core';

function sha256(bytes: Uint8Array): Uint8Array {
  return createHash('sha256').update(bytes).digest();
}

/** SHA-256 through `node:crypto`. */
export const nodeSha256Hasher: Hasher = { alg: 'sha256', digest: async (bytes) => sha256(bytes), digestSync: sha256 };

/** The store's hasher for an algorithm. */
export function hasherFor(alg: HashAlg): Hasher {
  return alg === 'sm3' ? sm3Hasher : nodeSha256Hasher;
}
