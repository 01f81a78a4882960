/**
 * The `Hasher` every integrity function takes: SHA-256 through WebCrypto by default, SM3 in pure JS as the
 * national-standard option. Injected, so core stays browser-safe and a Node caller may pass a faster one.
 */

/** Hash algorithms a content hash or chain may use; the prefix of every hash string (`sha256:…`). */
export type HashAlg = 'sha256' | 'sm3';

/** A hash function. `digestSync`, when present, lets synchronous callers (a SQLite transaction) avoid a promise. */
export interface Hasher {
  alg: HashAlg;
  digest(bytes: Uint8Array): Promise<Uint8Array>;
  digestSync?(bytes: Uint8Array): Uint8Array;
  /** Optional: `digestSync` as lower-case hex (Node's one-shot `crypto.hash` returns hex itself, saving a conversion). */
  digestHexSync?(bytes: Uint8Array): string;
}

/** SHA-256 through `crypto.subtle` (browsers, Node 20+, Deno, workers). */
export const sha256Hasher: Hasher = {
  alg: 'sha256',
  async digest(bytes: Uint8Array): Promise<Uint8Array> {
    const subtle = globalThis.crypto?.subtle;
    if (!subtle) throw new Error('sha256Hasher: crypto.subtle is not available here; pass another Hasher (crypto.subtle 不可用)');
    return new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  },
};

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Lower-case hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i] as number];
  return out;
}

/** Bytes of a hex string (even length, 0-9a-f in either case). */
export function fromHex(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || /[^0-9a-fA-F]/.test(hex)) throw new TypeError('fromHex: not a hex string (不是十六进制字符串)');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** `'<alg>:<hex>'`, the form of every hash this project stores or exchanges. */
export async function hashString(bytes: Uint8Array, hasher: Hasher): Promise<string> {
  if (hasher.digestHexSync) return `${hasher.alg}:${hasher.digestHexSync(bytes)}`;
  const digest = hasher.digestSync ? hasher.digestSync(bytes) : await hasher.digest(bytes);
  return `${hasher.alg}:${toHex(digest)}`;
}

/** Whether the hasher hashes synchronously (`digestSync` or `digestHexSync`). */
export function canHashSync(hasher: Hasher): boolean {
  return hasher.digestHexSync !== undefined || hasher.digestSync !== undefined;
}

/** Synchronous `hashString`; throws when the hasher has no `digestSync` (or `digestHexSync`). */
export function hashStringSync(bytes: Uint8Array, hasher: Hasher): string {
  if (hasher.digestHexSync) return `${hasher.alg}:${hasher.digestHexSync(bytes)}`;
  if (!hasher.digestSync) throw new TypeError(`hashStringSync: the ${hasher.alg} hasher has no digestSync (该哈希实现不支持同步计算)`);
  return `${hasher.alg}:${toHex(hasher.digestSync(bytes))}`;
}
