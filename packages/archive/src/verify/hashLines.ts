/**
 * Hashes many byte strings: synchronously when the hasher can (Node's SHA-256, pure-JS SM3), else through its
 * promise in bounded batches (WebCrypto), so the browser keeps a few hundred digests in flight, not thousands.
 */
import { type Hasher, toHex } from '@order75/core';

const BATCH = 256;

/** A hasher that can also return lower-case hex directly (Node's one-shot `crypto.hash` can), saving a conversion per line. */
export interface HexHasher extends Hasher {
  digestHexSync?(bytes: Uint8Array): string;
}

/** `'<alg>:<hex>'` of each item, in order. */
export async function hashLines(items: readonly Uint8Array[], hasher: HexHasher): Promise<string[]> {
  const prefix = `${hasher.alg}:`;
  const out = new Array<string>(items.length);
  const hex = hasher.digestHexSync?.bind(hasher);
  if (hex) {
    for (let i = 0; i < items.length; i++) out[i] = prefix + hex(items[i] as Uint8Array);
    return out;
  }
  const sync = hasher.digestSync?.bind(hasher);
  if (sync) {
    for (let i = 0; i < items.length; i++) out[i] = prefix + toHex(sync(items[i] as Uint8Array));
    return out;
  }
  for (let start = 0; start < items.length; start += BATCH) {
    const batch = items.slice(start, start + BATCH);
    const digests = await Promise.all(batch.map((item) => hasher.digest(item)));
    for (let k = 0; k < digests.length; k++) out[start + k] = prefix + toHex(digests[k] as Uint8Array);
  }
  return out;
}
