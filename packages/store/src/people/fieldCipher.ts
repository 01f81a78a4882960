/**
 * The contract each person-registry cipher meets. A sealed value is `<tag>.<parts…>` (Base64 parts), so a
 * registry holding values made by different ciphers (during a migration) opens each with the cipher that made it.
 */

/** The ciphers the person registry can seal new values with. */
export type PersonCipher = 'aes-256-gcm' | 'sm4-cbc-hmac-sm3';

/** The registry's ciphers, default first. */
export const PERSON_CIPHERS: readonly PersonCipher[] = ['aes-256-gcm', 'sm4-cbc-hmac-sm3'];

export interface FieldCipher {
  readonly name: PersonCipher;
  /** First dot-separated part of every value this cipher seals; names cipher and format version. */
  readonly tag: string;
  /** Seals `plaintext` bound to `ad` (the row and field), with a fresh random IV. */
  seal(ad: Uint8Array, plaintext: Uint8Array): string;
  /** Opens a value whose tag is this cipher's; throws on any mismatch (the caller words the error). */
  open(ad: Uint8Array, sealed: string): Uint8Array;
  /** Deterministic keyed index of `data` for equality lookups. */
  blindIndex(data: Uint8Array): string;
}

/** Base64 that re-encodes to itself: a value with altered padding bits or stray characters is not accepted. */
export function strictBase64(text: string | undefined): Buffer {
  const bytes = Buffer.from(text ?? '', 'base64');
  if (text === undefined || text === '' || bytes.toString('base64') !== text) throw new Error('format');
  return bytes;
}
