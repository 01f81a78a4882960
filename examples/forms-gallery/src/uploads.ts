/** The gallery's attachment store: files kept in memory by content hash (a real host stores them on its server). */
import { attachmentFromFile } from '@order75/react';
import type { Attachment } from '@order75/schemas';

const blobs = new Map<string, Blob>();
const urls = new Map<string, string>();

export async function onUpload(file: File): Promise<Attachment> {
  const attachment = await attachmentFromFile(file);
  blobs.set(attachment.hash, file);
  return attachment;
}

export function resolveAttachmentUrl(attachment: Attachment): string | undefined {
  const blob = blobs.get(attachment.hash);
  if (!blob) return undefined;
  let url = urls.get(attachment.hash);
  if (!url) {
    url = URL.createObjectURL(blob);
    urls.set(attachment.hash, url);
  }
  return url;
}
