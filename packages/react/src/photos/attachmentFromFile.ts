/** Attachments by content hash: what an `onUpload` implementation returns for a file it has stored. */
import { hashString, sha256Hasher, type Hasher } from '@order75/core';
import type { Attachment } from '@order75/schemas';

/** A media type the attachment schema accepts (`image/jpeg`); `application/octet-stream` when the browser gives none. */
export function mediaTypeOf(file: { type: string }): string {
  const type = file.type.toLowerCase();
  return /^[a-z]+\/[a-z0-9.+-]+$/.test(type) ? type : 'application/octet-stream';
}

/**
 * The attachment of a file: its content hash (SHA-256 by default), name, media type and size. Use it inside
 * an `onUpload` that stores the bytes under that hash.
 *
 * @example const onUpload = async (file) => { const a = await attachmentFromFile(file); await put(a.hash, file); return a; };
 */
export async function attachmentFromFile(file: Blob & { name?: string }, hasher: Hasher = sha256Hasher): Promise<Attachment> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const attachment: Attachment = { hash: await hashString(bytes, hasher), mediaType: mediaTypeOf(file), size: bytes.length };
  if (file.name) attachment.name = file.name.slice(0, 255);
  return attachment;
}
