/** A demo key signer: an Ed25519 key made in the browser (WebCrypto) for the person the gallery signs as. */
import type { Person, Signer } from '@order75/react';
import type { Role } from '@order75/schemas';

let keyPair: Promise<CryptoKeyPair> | undefined;

export function demoSigner(person: Person, role: Role): Signer | undefined {
  if (!globalThis.crypto?.subtle) return undefined;
  return {
    person: { personId: person.personId, name: person.name },
    role,
    alg: 'ed25519',
    keyId: `demo:${person.personId}`,
    async sign(payload) {
      keyPair ??= crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']) as Promise<CryptoKeyPair>;
      const { privateKey } = await keyPair;
      return new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, privateKey, payload as Uint8Array<ArrayBuffer>));
    },
  };
}
