/**
 * `verifyArchive`: everything an inspector needs to trust an `.o75.zip` without the enterprise's systems —
 * raw-byte line hashes and the chain, canonical form, content hashes, signatures, schemas, attachments, the
 * person registry and the manifest's claims — and names exactly what failed. Browser-safe: verify.html runs
 * this same function.
 */
import type { Hasher } from '@order75/core';
import { checkManifest } from '../manifest/checkManifest';
import { type ArchiveManifest, ENTRY } from '../manifest/manifest';
import { recordDate } from '../manifest/recordDate';
import { type ArchiveIssue, makeIssue } from '../report/issue';
import { type ReportRecord, summarize, type VerifyReport } from '../report/report';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from '../zip/limits';
import { attachmentRefs } from './attachmentRefs';
import { checkAttachments } from './checkAttachments';
import { checkChain } from './checkChain';
import { type Checkpoint, checkCheckpoints } from './checkCheckpoints';
import { checkContent } from './checkContent';
import { checkManifestClaims, recordsInPeriod } from './checkManifestClaims';
import { checkPeople } from './checkPeople';
import { checkSchema } from './checkSchema';
import { checkSignatures } from './checkSignatures';
import { algOf, hashersFrom } from './hashers';
import { hashLines } from './hashLines';
import { parseEvents } from './parseEvents';
import { type ArchiveParts, readArchive } from './readArchive';
import { foldRevisions, type RevisionState } from './revisions';
import { splitLines } from './splitLines';

export interface VerifyOptions {
  /** Hasher for its algorithm (a fast Node SHA-256, say); others fall back to WebCrypto SHA-256 and pure-JS SM3. */
  hasher?: Hasher;
  /** Zip limits; defaults in `DEFAULT_ZIP_LIMITS`. */
  limits?: Partial<ZipLimits>;
  /** Most issues kept in the report (default 1000); the rest are counted in `omittedIssues`. */
  maxIssues?: number;
  /** Chain positions known from elsewhere (an earlier archive's head, a published hash) the chain must agree with. */
  checkpoints?: readonly Checkpoint[];
}

const FILE = ENTRY.records;

/** Everything verification read, for callers that go on to use it (import). */
export interface Inspection {
  report: VerifyReport;
  manifest?: ArchiveManifest;
  parts: ArchiveParts;
  /** Every revision in chain order. */
  revisions: RevisionState[];
}

/** Verifies archive bytes; never throws on bad data. */
export async function verifyArchive(bytes: Uint8Array, options: VerifyOptions = {}): Promise<VerifyReport> {
  return (await inspectArchive(bytes, options)).report;
}

/** {@link verifyArchive}, also returning the parts and revisions it read. */
export async function inspectArchive(bytes: Uint8Array, options: VerifyOptions = {}): Promise<Inspection> {
  const parts = readArchive(bytes, { ...DEFAULT_ZIP_LIMITS, ...options.limits });
  const issues: ArchiveIssue[] = [...parts.issues];
  const checked = checkManifest(parts.manifest);
  issues.push(...checked.issues);
  const manifest: ArchiveManifest | undefined = checked.manifest;
  const hasherFor = hashersFrom(options.hasher);

  if (!parts.records) issues.push(makeIssue('lines', 'lines.missing', { file: FILE }, { zh: '缺少记录文件，归档不完整', en: 'the records file is missing; the archive is incomplete' }));
  const { lines, issues: framing } = splitLines(parts.records ?? new Uint8Array(0), FILE);
  issues.push(...framing);
  const { parsed, issues: parseIssues } = parseEvents(lines, FILE);
  issues.push(...parseIssues);
  const firstEvent = parsed.find((p) => p.event)?.event;
  const alg = manifest?.hashAlgorithm ?? (firstEvent?.kind === 'revision' ? algOf(firstEvent.contentHash) : undefined) ?? 'sha256';
  const hashes = await hashLines(lines, hasherFor(alg));
  issues.push(...checkChain(parsed, hashes, FILE, manifest));
  if (options.checkpoints?.length) issues.push(...checkCheckpoints(options.checkpoints, parsed, hashes, FILE));

  const folded = foldRevisions(parsed, FILE);
  issues.push(...folded.issues);
  const revisions = [...folded.revisions.values()];
  issues.push(...(await checkContent(revisions, FILE, manifest?.enterprise.uscc ?? firstEvent?.enterprise, hasherFor)));
  issues.push(...checkSchema(revisions, FILE));

  // Signatures on revisions saved before the segment: checked against the content hash they name.
  const earlier: RevisionState[] = [];
  for (const { line, event } of folded.orphans) {
    if (event.kind !== 'signature') continue;
    issues.push(makeIssue('signatures', 'signature.revision-outside', { file: FILE, line, recordId: event.id, revision: event.revision }, {
      zh: '所签修订版早于本归档的链段，签名只能按其所记的内容哈希核验',
      en: "the signed revision precedes this archive's chain segment; the signature is checked against the content hash it names",
    }, 'warning'));
    earlier.push({ id: event.id, revision: event.revision, recordType: '', line, seq: event.seq, record: {}, contentHash: String(event.signature.contentHash), status: '', signatures: [{ line, at: event.at, signature: event.signature }] });
  }
  const signatures = await checkSignatures([...revisions, ...earlier], manifest?.keys ?? [], FILE);
  issues.push(...signatures.issues);

  const referenced = new Map<string, { recordId: string; revision: number }>();
  for (const state of revisions) {
    const refs = attachmentRefs(state.signatures.map((s) => s.signature), attachmentRefs(state.record));
    for (const hash of refs) if (!referenced.has(hash)) referenced.set(hash, { recordId: state.id, revision: state.revision });
  }
  issues.push(...(await checkAttachments(parts.attachments, referenced, manifest, hasherFor)));
  if (manifest) issues.push(...checkManifestClaims(manifest, folded.revisions));
  const people = await checkPeople(parts.people, manifest, hasherFor);
  issues.push(...people.issues);

  const failed = new Set(issues.filter((i) => i.severity === 'error' && i.recordId !== undefined).map((i) => `${i.recordId}#${i.revision}`));
  const inPeriod = manifest ? recordsInPeriod(revisions, manifest.period.from, manifest.period.to) : revisions;
  const records: ReportRecord[] = inPeriod
    .map((s) => ({ id: s.id, revision: s.revision, recordType: s.recordType, recordDate: recordDate(s.record), status: s.status, signatures: s.signatures.length, line: s.line, ok: !failed.has(`${s.id}#${s.revision}`) }))
    .sort((a, b) => a.recordType.localeCompare(b.recordType) || (a.recordDate ?? '').localeCompare(b.recordDate ?? '') || a.line - b.line);
  const counts: Record<string, number> = {};
  for (const type of new Set(records.map((r) => r.recordType))) counts[type] = new Set(records.filter((r) => r.recordType === type).map((r) => r.id)).size;

  const max = options.maxIssues ?? 1000;
  const first = parsed[0]?.event;
  const last = parsed[parsed.length - 1]?.event;
  const report: VerifyReport = {
    ...summarize(issues),
    ...(manifest ? { format: { version: manifest.version, createdAt: manifest.createdAt, generator: manifest.generator }, enterprise: manifest.enterprise, period: manifest.period, hashAlgorithm: manifest.hashAlgorithm } : {}),
    ...(first && last ? { chain: { fromSeq: first.seq, toSeq: last.seq, head: hashes[hashes.length - 1] as string, anchorPrev: first.prev } } : {}),
    records,
    counts,
    stats: {
      events: lines.length,
      revisions: revisions.length,
      signatures: signatures.tally.checked,
      validSignatures: signatures.tally.valid,
      attachments: parts.attachments.size,
      people: people.count,
      bytes: bytes.length,
    },
    ...(signatures.tally.engine ? { ed25519: signatures.tally.engine } : {}),
    keys: (manifest?.keys ?? []).map(({ keyId, personId, alg }) => ({ keyId, personId, alg })),
    issues: issues.slice(0, max),
    omittedIssues: Math.max(0, issues.length - max),
  };
  return { report, ...(manifest ? { manifest } : {}), parts, revisions };
}
