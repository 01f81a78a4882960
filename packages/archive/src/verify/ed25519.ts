/**
 * Ed25519 verification: WebCrypto where the runtime has it (Node 20+, Chromium 137+, Firefox 129+, Safari 17+),
 * else @noble/ed25519 (pure JS, audited; its SHA-512 still comes from WebCrypto, which every browser with
 * `crypto.subtle` has). Older Chromium cores, common in 360 and QQ browsers on government desktops, take the
 * fallback, so a signature is verified everywhere verify.html runs.
 */
import { verifyAsync } from '@noble/ed25519';

/** Which implementation verified the signatures: reported so a reader knows what ran. */
export type Ed25519Engine = 'webcrypto' | 'noble';

let engine: Promise<Ed25519Engine> | undefined;

/** A fixed RFC 8032 test vector (§7.1 test 1): public key and signature over the empty message. */
const VECTOR_KEY = '11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=';
const VECTOR_SIG = '5VZDAMNgrHKQhuLMgG6CioSHfx645dl02HPgZSJJAVVfuIIVkKM7rMYeOXAc+bRr0lv18FlbviRlUUFDjnoQCw==';

function fromBase64(text: string): Uint8Array {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

type Key = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>;

/** Imported keys by their Base64 form: an archive has a handful of keys and thousands of signatures. */
const imported = new Map<string, Promise<Key>>();

async function webcrypto(publicKey: Uint8Array, sig: Uint8Array, message: Uint8Array, cacheAs?: string): Promise<boolean> {
  const subtle = globalThis.crypto.subtle;
  const load = () => subtle.importKey('raw', publicKey as Uint8Array<ArrayBuffer>, { name: 'Ed25519' }, false, ['verify']);
  let key: Promise<Key>;
  if (cacheAs === undefined) key = load();
  else {
    key = imported.get(cacheAs) ?? load();
    if (imported.size > 1000) imported.clear();
    imported.set(cacheAs, key);
  }
  return subtle.verify({ name: 'Ed25519' }, await key, sig as Uint8Array<ArrayBuffer>, message as Uint8Array<ArrayBuffer>);
}

/** Detects once whether WebCrypto verifies Ed25519 correctly here. */
export function ed25519Engine(): Promise<Ed25519Engine> {
  engine ??= webcrypto(fromBase64(VECTOR_KEY), fromBase64(VECTOR_SIG), new Uint8Array(0)).then(
    (ok) => (ok ? 'webcrypto' : 'noble'),
    () => 'noble' as const,
  );
  return engine;
}

/**
 * Whether `sig` (Base64, 64 bytes) is a valid Ed25519 signature by `publicKey` (Base64, 32 bytes) over
 * `message`. Malformed keys or signatures are `false`, never a throw. `use` forces an engine (tests).
 */
export async function verifyEd25519(
  publicKey: string,
  sig: string,
  message: Uint8Array,
  use?: Ed25519Engine,
): Promise<boolean> {
  let key: Uint8Array;
  let signature: Uint8Array;
  try {
    key = fromBase64(publicKey);
    signature = fromBase64(sig);
  } catch {
    return false;
  }
  if (key.length !== 32 || signature.length !== 64) return false;
  try {
    if ((use ?? (await ed25519Engine())) === 'webcrypto') return await webcrypto(key, signature, message, publicKey);
    return await verifyAsync(signature, message, key, { zip215: false });
  } catch {
    return false;
  }
}
