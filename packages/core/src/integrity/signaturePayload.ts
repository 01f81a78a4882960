/**
 * What a role signature signs (DESIGN.md § Identity): `(id, revision, contentHash, role, signedAt)`, as the
 * RFC 8785 bytes of one object with a fixed context string, so a signature made here can never be replayed
 * as a signature over some other JSON a key happened to sign.
 */
import { canonicalJson } from './canonicalJson';

/** The context string inside every signature payload; a new payload format gets a new one. */
export const SIGNATURE_CONTEXT = 'order75/signature/v1';

/** The signed fields of a signature. */
export interface SignatureFields {
  id: string;
  revision: number;
  contentHash: string;
  role: string;
  signedAt: string;
}

/**
 * The bytes a key signature (`method: 'key'`) signs:
 * `{"context":"order75/signature/v1","contentHash":…,"id":…,"revision":…,"role":…,"signedAt":…}` in UTF-8.
 * Extra fields of the argument (slot, personId, sig, …) are ignored.
 */
export function signaturePayload(fields: SignatureFields): Uint8Array {
  return new TextEncoder().encode(signaturePayloadText(fields));
}

/** {@link signaturePayload} as text, for display and tests. */
export function signaturePayloadText(fields: SignatureFields): string {
  const { id, revision, contentHash, role, signedAt } = fields;
  return canonicalJson({ context: SIGNATURE_CONTEXT, id, revision, contentHash, role, signedAt });
}
