/**
 * Packs a verified chain segment into `.o75.zip` bytes: derives the manifest (records in the period, counts,
 * schema versions, anchor and head) from the events themselves, then zips `manifest.json`, `records.jsonl`,
 * `attachments/*` and, when given, `people.jsonl`. No store involved, so tests and other sources of chain lines
 * (a regulator gateway, say) can pack archives too.
 */
import { type ChainEvent, canonicalJson, type HashAlg, type Hasher } from '@order75/core';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, type ArchiveManifest, attachmentEntryName, ENTRY, type ManifestKey, type ManifestRecord } from '../manifest/manifest';
import { addTo } from '../manifest/addTo';
import { inPeriod, recordDate } from '../manifest/recordDate';
import { hashLines } from '../verify/hashLines';
import { writeZip, type ZipInput } from '../zip/writeZip';

/** Everything an archive holds, before packing. */
export interface ArchiveSegment {
  enterprise: { uscc: string; name?: string };
  period: { from: string; to: string };
  hashAlgorithm: HashAlg;
  /** Canonical event lines, contiguous in the chain, without newlines. */
  lines: readonly string[];
  /** The parsed events of `lines`, in the same order. */
  events: readonly ChainEvent[];
  /** Hash of the last line (the head). */
  headHash: string;
  attachments: ReadonlyArray<{ hash: string; bytes: Uint8Array; mediaType?: string }>;
  attachmentsNotIncluded: readonly string[];
  keys: readonly ManifestKey[];
  /** Person registry entries, only when requested; written sorted by `personId`. */
  people?: ReadonlyArray<Record<string, unknown> & { personId: string }>;
  createdAt: string;
  generator: string;
}

/** Media types whose bytes are already compressed; stored, not deflated. */
const COMPRESSED = /^(image\/(jpeg|png|gif|webp|heic|avif)|video\/|audio\/|application\/(pdf|zip|gzip))/;

const utf8 = new TextEncoder();

/** The manifest `segment` implies. */
export function manifestOf(segment: ArchiveSegment, people?: { count: number; hash: string }): ArchiveManifest {
  const { from, to } = segment.period;
  const records: ManifestRecord[] = [];
  for (const e of segment.events) {
    if (e.kind !== 'revision' || !inPeriod(e.record, from, to)) continue;
    records.push({ id: e.id, revision: e.revision, recordType: e.recordType, schemaVersion: Number(e.record.schemaVersion), recordDate: recordDate(e.record) as string, seq: e.seq });
  }
  const ids: Record<string, Set<string>> = {};
  const versions: Record<string, Set<number>> = {};
  for (const r of records) {
    addTo(ids, r.recordType, r.id);
    addTo(versions, r.recordType, r.schemaVersion);
  }
  const types = Object.keys(ids).sort();
  const first = segment.events[0];
  const last = segment.events[segment.events.length - 1];
  if (!first || !last) throw new RangeError('packArchive: the segment holds no events (归档链段为空)');
  return {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    createdAt: segment.createdAt,
    generator: segment.generator,
    enterprise: segment.enterprise,
    period: segment.period,
    hashAlgorithm: segment.hashAlgorithm,
    chain: { format: first.v, anchor: { seq: first.seq, prev: first.prev }, head: { seq: last.seq, hash: segment.headHash }, events: segment.events.length },
    records,
    counts: Object.fromEntries(types.map((t) => [t, (ids[t] as Set<string>).size])),
    schemaVersions: Object.fromEntries(types.map((t) => [t, [...(versions[t] as Set<number>)].sort((a, b) => a - b)])),
    attachments: [...segment.attachments]
      .sort((a, b) => (a.hash < b.hash ? -1 : 1))
      .map((a) => ({ hash: a.hash, size: a.bytes.length, ...(a.mediaType ? { mediaType: a.mediaType } : {}) })),
    attachmentsNotIncluded: [...segment.attachmentsNotIncluded].sort(),
    keys: [...segment.keys].sort((a, b) => (a.keyId < b.keyId ? -1 : 1)),
    ...(people ? { people } : {}),
  };
}

/** Zips the segment; `hasher` hashes `people.jsonl` for the manifest. */
export async function packArchive(segment: ArchiveSegment, hasher: Hasher): Promise<Uint8Array> {
  const files: ZipInput[] = [];
  let people: { count: number; hash: string } | undefined;
  if (segment.people) {
    const sorted = [...segment.people].sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
    const bytes = utf8.encode(sorted.map((p) => `${canonicalJson(p)}\n`).join(''));
    people = { count: sorted.length, hash: (await hashLines([bytes], hasher))[0] as string };
    files.push({ name: ENTRY.people, data: bytes });
  }
  const manifest = manifestOf(segment, people);
  files.unshift(
    { name: ENTRY.manifest, data: utf8.encode(`${JSON.stringify(manifest, null, 2)}\n`) },
    { name: ENTRY.records, data: utf8.encode(segment.lines.map((l) => `${l}\n`).join('')) },
  );
  const bytesOf = new Map(segment.attachments.map((a) => [a.hash, a.bytes]));
  for (const a of manifest.attachments) {
    files.push({ name: attachmentEntryName(a.hash), data: bytesOf.get(a.hash) as Uint8Array, store: a.mediaType !== undefined && COMPRESSED.test(a.mediaType) });
  }
  return writeZip(files);
}
