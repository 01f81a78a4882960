/**
 * SHA-256 through `node:crypto`, synchronous: the one-shot `crypto.hash` where Node has it (20.12+), which
 * costs a fraction of a `createHash` object per line — it matters when an archive has 100 000 short lines.
 * Node only; the browser path uses WebCrypto.
 */
import * as nodeCrypto from 'node:crypto';
import type { HexHasher } from '../verify/hashLines';

type OneShot = ((alg: string, data: Uint8Array, encoding: 'buffer') => Buffer) & ((alg: string, data: Uint8Array, encoding: 'hex') => string);
const oneShot = (nodeCrypto as unknown as { hash?: OneShot }).hash;

function digestSync(bytes: Uint8Array): Uint8Array {
  return oneShot ? oneShot('sha256', bytes, 'buffer') : nodeCrypto.createHash('sha256').update(bytes).digest();
}

function digestHexSync(bytes: Uint8Array): string {
  return oneShot ? oneShot('sha256', bytes, 'hex') : nodeCrypto.createHash('sha256').update(bytes).digest('hex');
}

/** A `Hasher` for `sha256` with `digestSync` (and `digestHexSync`, which `hashLines` prefers). */
export const nodeSha256Hasher: HexHasher = {
  alg: 'sha256',
  digestSync,
  digestHexSync,
  digest: async (bytes) => digestSync(bytes),
};
