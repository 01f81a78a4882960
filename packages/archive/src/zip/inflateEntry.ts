/** Decompresses one checked entry, never producing more than its declared size plus one byte. */
import { inflateSync } from 'fflate';
import { type ArchiveIssue, makeIssue } from '../report/issue';
import type { ZipEntry } from './openZip';

/** The entry's bytes, or an issue when the data is damaged or its real size differs from the declared one. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array | ArchiveIssue {
  const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) return raw;
  let out: Uint8Array;
  try {
    // One spare byte: a stream longer than declared fills it, so a lie about the size shows instead of truncating.
    out = inflateSync(raw, { out: new Uint8Array(entry.size + 1) });
  } catch {
    return makeIssue('zip', 'zip.corrupt', { file: entry.name }, { zh: '压缩数据损坏，无法解压', en: 'the compressed data is damaged and cannot be inflated' });
  }
  if (out.length !== entry.size) {
    return makeIssue('zip', 'zip.size-mismatch', { file: entry.name }, {
      zh: `解压后大小与目录声明的 ${entry.size} 字节不符`,
      en: `the inflated size differs from the declared ${entry.size} bytes`,
    });
  }
  return out;
}
