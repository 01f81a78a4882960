import { describe, expect, it } from 'vitest';
import { inflateEntry } from '../../src/zip/inflateEntry';
import { DEFAULT_ZIP_LIMITS } from '../../src/zip/limits';
import { openZip, type ZipEntry } from '../../src/zip/openZip';
import { writeZip } from '../../src/zip/writeZip';
import { centralRecords, patchCentral, renameEntry, zipOf } from './zipCraft';

const codes = (zip: Uint8Array, limits = DEFAULT_ZIP_LIMITS) => openZip(zip, limits).issues.map((i) => i.code);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('openZip + inflateEntry', () => {
  it('reads back what writeZip wrote, stored and deflated, with names in order', () => {
    const zip = writeZip([
      { name: 'manifest.json', data: new TextEncoder().encode('{"a":1}') },
      { name: 'attachments/sha256-00', data: new Uint8Array([1, 2, 3]), store: true },
    ]);
    const { entries, issues } = openZip(zip);
    expect(issues).toEqual([]);
    expect(entries.map((e) => [e.name, e.method])).toEqual([['manifest.json', 8], ['attachments/sha256-00', 0]]);
    expect(text(inflateEntry(zip, (entries[0] as ZipEntry)) as Uint8Array)).toBe('{"a":1}');
    expect(Array.from(inflateEntry(zip, (entries[1] as ZipEntry)) as Uint8Array)).toEqual([1, 2, 3]);
  });

  it('writes the same bytes for the same inputs', () => {
    const files = [{ name: 'a.txt', data: new TextEncoder().encode('same') }];
    expect(writeZip(files)).toEqual(writeZip(files));
  });

  it.each([
    ['../evil.txt', 'zip.entry-name'],
    ['a/../../evil', 'zip.entry-name'],
    ['/etc/passwd', 'zip.entry-name'],
    ['C:/evil.txt', 'zip.entry-name'],
    ['a\\..\\evil', 'zip.entry-name'],
    ['a//b.txt', 'zip.entry-name'],
    ['./a.txt', 'zip.entry-name'],
  ])('refuses the entry name %j', (name, code) => {
    const zip = renameEntry(zipOf({ [`${'x'.repeat(name.length)}`]: 'data' }), 'x'.repeat(name.length), name);
    const opened = openZip(zip);
    expect(opened.issues.map((i) => [i.code, i.file])).toEqual([[code, name]]);
    expect(opened.entries).toEqual([]);
  });

  it('refuses duplicate entries, also when they differ only in case', () => {
    expect(codes(renameEntry(zipOf({ 'a.txt': '1', 'b.txt': '2' }), 'b.txt', 'a.txt'))).toEqual(['zip.duplicate']);
    expect(codes(renameEntry(zipOf({ 'a.txt': '1', 'b.txt': '2' }), 'b.txt', 'A.txt'))).toEqual(['zip.duplicate']);
  });

  it('refuses a high compression ratio before inflating (zip bomb)', () => {
    const zip = zipOf({ 'records.jsonl': new Uint8Array(4 * 1024 * 1024) }, 9);
    expect(codes(zip)).toEqual(['zip.ratio']);
  });

  it('refuses entries and totals beyond the limits', () => {
    const zip = zipOf({ 'a.bin': new Uint8Array(2000).map((_, i) => (i * 7919) % 251), 'b.bin': new Uint8Array(2000).map((_, i) => (i * 104729) % 241) });
    expect(codes(zip, { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: 1000 })).toEqual(['zip.entry-too-large', 'zip.entry-too-large']);
    expect(codes(zip, { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 3000 })).toEqual(['zip.total-too-large']);
    expect(codes(zip, { ...DEFAULT_ZIP_LIMITS, maxEntries: 1 })).toEqual(['zip.too-many-entries']);
  });

  it('catches a declared size that is smaller or larger than the real one', () => {
    const zip = zipOf({ 'records.jsonl': 'x'.repeat(10_000) });
    for (const declared of [100, 20_000]) {
      const { entries, issues } = openZip(patchCentral(zip, 0, 24, declared));
      expect(issues).toEqual([]);
      const result = inflateEntry(zip, (entries[0] as ZipEntry));
      expect(result).toMatchObject({ code: 'zip.size-mismatch', file: 'records.jsonl' });
    }
  });

  it('refuses encrypted entries, unknown methods, and data that overlaps another entry', () => {
    const zip = zipOf({ 'a.txt': 'aaaa', 'b.txt': 'bbbb' });
    expect(codes(patchCentral(zip, 0, 8, 1, 2))).toEqual(['zip.unsupported']);
    expect(codes(patchCentral(zip, 0, 10, 12, 2))).toEqual(['zip.unsupported']);
    const localOfFirst = new DataView(zip.buffer).getUint32((centralRecords(zip)[0] as number) + 42, true);
    expect(codes(patchCentral(zip, 1, 42, localOfFirst))).toEqual(['zip.corrupt']);
  });

  it('says a truncated or foreign file is not a zip', () => {
    const zip = zipOf({ 'a.txt': 'a' });
    expect(codes(zip.subarray(0, zip.length - 5))).toEqual(['zip.not-zip']);
    expect(codes(new TextEncoder().encode('{"not":"a zip"}'))).toEqual(['zip.not-zip']);
  });

  it('reports damaged deflate data instead of throwing', () => {
    const zip = zipOf({ 'a.txt': 'hello hello hello hello' });
    const { entries } = openZip(zip);
    const broken = zip.slice();
    broken.fill(0xff, (entries[0] as ZipEntry).dataOffset, (entries[0] as ZipEntry).dataOffset + (entries[0] as ZipEntry).compressedSize);
    expect(inflateEntry(broken, (entries[0] as ZipEntry))).toMatchObject({ code: 'zip.corrupt' });
  });
});
