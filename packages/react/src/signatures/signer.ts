/**
 * Building signatures (DESIGN.md § Identity): every method signs `(id, revision, contentHash, role, signedAt)`;
 * a key signature carries the signer's signature over {@link signaturePayload}, a drawn or paper signature the
 * image or scan by hash.
 */
import { signaturePayload } from '@order75/core';
import type { Attachment, PersonRef, Role, Signature } from '@order75/schemas';

/** A key signer the host injects (a hardware token, a WebCrypto Ed25519 key, a remote CA service). */
export interface Signer {
  /** Who holds the key and in which role they sign. */
  person: PersonRef;
  role: Role;
  alg: 'ed25519' | 'sm2';
  keyId?: string;
  /** Signs the payload bytes; returns the raw signature or its Base64. */
  sign(payload: Uint8Array): Promise<Uint8Array | string>;
}

/** What every method signs. */
export interface SignedFields {
  id: string;
  revision: number;
  contentHash: string;
  signedAt: string;
  slot: number;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** A `key` signature from the injected signer. */
export async function keySignature(fields: SignedFields, signer: Signer): Promise<Signature> {
  const raw = await signer.sign(signaturePayload({ ...fields, role: signer.role }));
  const sig: Signature = {
    slot: fields.slot,
    role: signer.role,
    personId: signer.person.personId,
    name: signer.person.name,
    signedAt: fields.signedAt,
    contentHash: fields.contentHash,
    method: 'key',
    alg: signer.alg,
    sig: typeof raw === 'string' ? raw : base64(raw),
  };
  if (signer.keyId) sig.keyId = signer.keyId;
  return sig;
}

/** A `drawn` (signature pad) or `paper` (signed or sealed scan) signature. */
export function imageSignature(fields: SignedFields, method: 'drawn' | 'paper', person: PersonRef, role: Role, attachment: Attachment): Signature {
  return {
    slot: fields.slot,
    role,
    personId: person.personId,
    name: person.name,
    signedAt: fields.signedAt,
    contentHash: fields.contentHash,
    method,
    attachment,
  };
}
