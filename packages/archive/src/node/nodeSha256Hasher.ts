/**
 * SHA-256 through `node:crypto`, synchronous: the one-shot `crypto.hash` where Node has it (20.12+), which
 * costs a fraction of a `createHash` object per line — it matters when an archive has 100 000 short lines.
 * Node only; the browser path uses WebCrypto.
 */
import * as nodeCrypto from 'node:crypto';
import type { Hasher } from '@order75/core';

type OneShot = (alg: string, data: Uint8Array, encoding: 'buffer') => Buffer;
const oneShot = (nodeCrypto as unknown as { hash?: OneShot }).hash;

function digestSync(bytes: Uint8Array): Uint8Array {
  return oneShot ? oneShot('sha256', bytes, 'buffer') : nodeCrypto.createHash('sha256').update(bytes).digest();
}

/** A `Hasher` for `sha256` with `digestSync`. */
export const nodeSha256Hasher: Hasher = {
  alg: 'sha256',
  digestSync,
  digest: async (bytes) => digestSync(bytes),
};
