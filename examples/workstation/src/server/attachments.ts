/**
 * Attachment bytes (photos, drawn signatures, paper-signed scans) kept as files named by their SHA-256,
 * beside the record store. Records hold only `{ hash, mediaType, … }`; the same bytes are stored once.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Media types the workstation accepts for upload. */
export const ACCEPTED_MEDIA = /^(image\/(jpeg|png|webp|gif|heic|svg\+xml)|application\/pdf)$/;

/** At most 10 MiB per file (a phone photo or a multi-page scan). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export interface StoredAttachment {
  hash: string;
  mediaType: string;
  size: number;
}

export class AttachmentStore {
  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** Stores the bytes (idempotent) and returns their `sha256:` hash. */
  put(bytes: Uint8Array, mediaType: string): StoredAttachment {
    const hex = createHash('sha256').update(bytes).digest('hex');
    const file = join(this.dir, hex);
    if (!existsSync(file)) {
      // Write then rename, so a reader never sees half a file under its final name.
      writeFileSync(`${file}.tmp`, bytes);
      renameSync(`${file}.tmp`, file);
    }
    writeFileSync(`${file}.type`, mediaType);
    return { hash: `sha256:${hex}`, mediaType, size: bytes.byteLength };
  }

  /** Bytes and media type by hash, or undefined. */
  get(hash: string): { bytes: Buffer; mediaType: string } | undefined {
    const m = /^sha256:([0-9a-f]{64})$/.exec(hash);
    if (!m) return undefined;
    const file = join(this.dir, m[1] as string);
    if (!existsSync(file)) return undefined;
    const type = existsSync(`${file}.type`) ? readFileSync(`${file}.type`, 'utf8') : 'application/octet-stream';
    return { bytes: readFileSync(file), mediaType: type };
  }

  has(hash: string): boolean {
    return this.get(hash) !== undefined;
  }
}
