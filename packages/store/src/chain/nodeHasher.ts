/** Node's native SHA-256 as a `Hasher` with `digestSync` (faster than WebCrypto for many small lines). */
import * as nodeCrypto from 'node:crypto';
import { sm3Hasher, type HashAlg, type Hasher } from '@order75/core';

/** `crypto.hash` (Node ≥ 20.12) hashes in one call without a Hash object; fall back to `createHash`. */
const oneShot = (nodeCrypto as unknown as { hash?: (alg: string, data: Uint8Array, encoding: 'buffer') => Buffer }).hash;

function sha256(bytes: Uint8Array): Uint8Array {
  return oneShot ? oneShot('sha256', bytes, 'buffer') : nodeCrypto.createHash('sha256').update(bytes).digest();
}

/** The same as lower-case hex, which `crypto.hash` returns itself (no conversion of the digest in JS). */
function sha256Hex(bytes: Uint8Array): string {
  return oneShot ? (oneShot as unknown as (alg: string, data: Uint8Array, encoding: 'hex') => string)('sha256', bytes, 'hex') : nodeCrypto.createHash('sha256').update(bytes).digest('hex');
}

/** SHA-256 through `node:crypto`. */
export const nodeSha256Hasher: Hasher = { alg: 'sha256', digest: async (bytes) => sha256(bytes), digestSync: sha256, digestHexSync: sha256Hex };

/** The store's hasher for an algorithm. */
export function hasherFor(alg: HashAlg): Hasher {
  return alg === 'sm3' ? sm3Hasher : nodeSha256Hasher;
}
