/**
 * Reads a zip's central directory without decompressing anything, and refuses what an archive must never hold:
 * unsafe names, duplicates (also case-folded), encrypted or ZIP64 entries, unknown compression, entries whose data
 * overlap or run outside the file, and declared sizes or ratios beyond the limits. Sizes are checked again when an
 * entry is inflated (`inflateEntry`), since a declared size is only a claim.
 */
import type { Message } from '@order75/schemas';
import { type ArchiveIssue, makeIssue } from '../report/issue';
import { collisionKey, unsafeEntryName } from './entryName';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './limits';

/** One entry as the central directory declares it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** Declared uncompressed size. */
  size: number;
  /** Offset of the entry's data in the zip bytes. */
  dataOffset: number;
}

export interface OpenedZip {
  entries: ZipEntry[];
  /** Problems found; entries with a problem are left out of `entries`. */
  issues: ArchiveIssue[];
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const names = new TextDecoder('utf-8');

const fail = (code: string, what: Message, file?: string) => makeIssue('zip', code, file === undefined ? {} : { file }, what);

/** Opens the central directory of `bytes` and checks every entry against `limits`. */
export function openZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): OpenedZip {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const u16 = (at: number) => view.getUint16(at, true);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === EOCD && at + 22 + u16(at + 20) === bytes.length) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) {
    return { entries: [], issues: [fail('zip.not-zip', { zh: '不是 zip 文件或文件不完整（未找到目录结尾），请重新导出或重新传送', en: 'not a zip file, or truncated (no end of central directory); export or transfer it again' })] };
  }
  const count = u16(eocd + 10);
  const cdSize = u32(eocd + 12);
  const cdOffset = u32(eocd + 16);
  if (u16(eocd + 4) !== 0 || u16(eocd + 6) !== 0 || u16(eocd + 8) !== count) {
    return { entries: [], issues: [fail('zip.unsupported', { zh: '不支持分卷 zip', en: 'multi-part zip files are not supported' })] };
  }
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    return { entries: [], issues: [fail('zip.unsupported', { zh: '不支持 ZIP64 格式', en: 'ZIP64 is not supported' })] };
  }
  if (cdOffset + cdSize > eocd) {
    return { entries: [], issues: [fail('zip.corrupt', { zh: '目录超出文件范围', en: 'the central directory lies outside the file' })] };
  }
  if (count > limits.maxEntries) {
    return { entries: [], issues: [fail('zip.too-many-entries', { zh: `条目数 ${count} 超过上限 ${limits.maxEntries}`, en: `${count} entries exceed the limit of ${limits.maxEntries}` })] };
  }
  const issues: ArchiveIssue[] = [];
  const entries: ZipEntry[] = [];
  const seen = new Map<string, string>();
  const spans: Array<[number, number, string]> = [];
  let total = 0;
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > cdOffset + cdSize || u32(at) !== CENTRAL) {
      issues.push(fail('zip.corrupt', { zh: `目录第 ${i + 1} 项损坏`, en: `central directory record ${i + 1} is damaged` }));
      break;
    }
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressedSize = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    const localOffset = u32(at + 42);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at = next;
    const unsafe = unsafeEntryName(name);
    if (unsafe) {
      issues.push(fail('zip.entry-name', { zh: `${unsafe.zh}，已拒绝`, en: `${unsafe.en}; refused` }, name));
      continue;
    }
    const key = collisionKey(name);
    if (seen.has(key)) {
      issues.push(fail('zip.duplicate', { zh: `重复条目（与「${seen.get(key)}」同名），已拒绝`, en: `duplicate entry (same name as "${seen.get(key)}"); refused` }, name));
      continue;
    }
    seen.set(key, name);
    if (name.endsWith('/')) continue;
    if (flags & 1) {
      issues.push(fail('zip.unsupported', { zh: '条目已加密，不支持', en: 'the entry is encrypted, which is not supported' }, name));
      continue;
    }
    if (method !== 0 && method !== 8) {
      issues.push(fail('zip.unsupported', { zh: `不支持压缩方式 ${method}（仅支持存储与 deflate）`, en: `compression method ${method} is not supported (only stored and deflate)` }, name));
      continue;
    }
    if (size > limits.maxEntryBytes) {
      issues.push(fail('zip.entry-too-large', { zh: `解压后 ${size} 字节，超过单个条目上限 ${limits.maxEntryBytes}`, en: `${size} bytes uncompressed exceed the per-entry limit of ${limits.maxEntryBytes}` }, name));
      continue;
    }
    if (size >= limits.ratioFloorBytes && size > compressedSize * limits.maxRatio) {
      const ratio = compressedSize === 0 ? '∞' : (size / compressedSize).toFixed(0);
      issues.push(fail('zip.ratio', { zh: `压缩比 ${ratio} 超过上限 ${limits.maxRatio}，疑似 zip 炸弹，已拒绝`, en: `compression ratio ${ratio} exceeds ${limits.maxRatio} (zip bomb suspected); refused` }, name));
      continue;
    }
    if (method === 0 && size !== compressedSize) {
      issues.push(fail('zip.corrupt', { zh: '存储条目的压缩前后大小不一致', en: 'a stored entry has different compressed and uncompressed sizes' }, name));
      continue;
    }
    const local = localOffset + 30 <= cdOffset && u32(localOffset) === LOCAL;
    const localNameLength = local ? u16(localOffset + 26) : 0;
    const dataOffset = localOffset + 30 + localNameLength + (local ? u16(localOffset + 28) : 0);
    if (!local || dataOffset + compressedSize > cdOffset || names.decode(bytes.subarray(localOffset + 30, localOffset + 30 + localNameLength)) !== name) {
      issues.push(fail('zip.corrupt', { zh: '本地文件头缺失、与目录不一致或数据越界', en: 'the local header is missing, disagrees with the central directory, or the data runs out of bounds' }, name));
      continue;
    }
    total += size;
    spans.push([localOffset, dataOffset + compressedSize, name]);
    entries.push({ name, method, compressedSize, size, dataOffset });
  }
  if (total > limits.maxTotalBytes) {
    issues.push(fail('zip.total-too-large', { zh: `解压后总计 ${total} 字节，超过上限 ${limits.maxTotalBytes}`, en: `${total} bytes uncompressed in all exceed the limit of ${limits.maxTotalBytes}` }));
    return { entries: [], issues };
  }
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) {
    const [start, , name] = spans[i] as [number, number, string];
    if (start < (spans[i - 1] as [number, number, string])[1]) {
      issues.push(fail('zip.overlap', { zh: '条目数据与其他条目重叠（zip 炸弹手法），已拒绝', en: 'the entry data overlaps another entry (a zip-bomb technique); refused' }, name));
      return { entries: [], issues };
    }
  }
  return { entries, issues };
}
