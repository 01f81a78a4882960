/**
 * `importArchive`: brings an archive's records into another store in ONE transaction, after the archive has
 * passed every check of `verifyArchive` (which also refuses traversal, oversized or high-ratio entries,
 * duplicates and malformed JSON). Revisions already in the store with the same content hash are skipped, so a
 * re-import changes nothing; the same revision with other content refuses the whole import. Any failure leaves
 * the store as it was.
 *
 * Provenance: every imported event is written with the actor `import:<origin head hash>`, so the target chain
 * names the origin chain (and the returned `origin` gives its anchor and head) — the origin's own sequence
 * numbers cannot carry over, since the target chain has its own.
 */
import { type ChainAnchor, contentCanonical, type Hasher } from '@order75/core';
import { ArchiveImportError } from '../build/errors';
import type { ArchiveTarget } from '../build/source';
import type { ManifestKey } from '../manifest/manifest';
import { nodeSha256Hasher } from '../node/nodeSha256Hasher';
import { makeIssue } from '../report/issue';
import type { VerifyReport } from '../report/report';
import { assembleRecord } from '../verify/checkSchema';
import { hashersFrom } from '../verify/hashers';
import { hashLines } from '../verify/hashLines';
import { inspectArchive, type VerifyOptions } from '../verify/verifyArchive';

export interface ImportOptions extends VerifyOptions {
  /** Actor recorded for the imported events; default `import:<origin head hash>`. */
  actor?: string;
  /** Called inside the transaction after each revision is written; throwing aborts and rolls everything back. */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportResult {
  /** Revisions written, in chain order. */
  imported: Array<{ id: string; revision: number; seq: number }>;
  /** Revisions the store already had with the same content hash. */
  skipped: Array<{ id: string; revision: number }>;
  /** The origin chain the records came from. */
  origin: { enterprise: string; anchor: ChainAnchor; head: { seq: number; hash: string }; archiveHash: string };
  /** Public keys the archive carried; register them in the target's person registry to re-verify later. */
  keys: ManifestKey[];
  report: VerifyReport;
}

const utf8 = new TextEncoder();

/** Verifies `bytes` and writes their revisions into `store` in one transaction. */
export async function importArchive(bytes: Uint8Array, store: ArchiveTarget, options: ImportOptions = {}): Promise<ImportResult> {
  const hasher: Hasher = options.hasher ?? nodeSha256Hasher;
  const inspection = await inspectArchive(bytes, { ...options, hasher });
  const { report, manifest } = inspection;
  if (!report.ok || !manifest) {
    throw new ArchiveImportError({ zh: '归档未通过校验，未导入任何内容', en: 'the archive does not verify; nothing was imported' }, report.issues.filter((i) => i.severity === 'error'));
  }
  if (manifest.hashAlgorithm !== store.alg) {
    throw new ArchiveImportError({ zh: `归档使用 ${manifest.hashAlgorithm} 哈希，目标记录库使用 ${store.alg}，未导入`, en: `the archive hashes with ${manifest.hashAlgorithm} but the store with ${store.alg}; nothing was imported` });
  }
  const records: object[] = [];
  const skipped: ImportResult['skipped'] = [];
  const contentHasher = hashersFrom(hasher)(manifest.hashAlgorithm);
  for (const state of inspection.revisions) {
    const existing = (await store.get(state.id, state.revision)) as Record<string, unknown> | undefined;
    if (!existing) {
      records.push(assembleRecord(state));
      continue;
    }
    const [hash] = await hashLines([utf8.encode(contentCanonical(existing))], contentHasher);
    if (hash !== state.contentHash) {
      throw new ArchiveImportError(
        { zh: `记录 ${state.id} 修订版 ${state.revision} 在目标记录库中已存在且内容不同，未导入`, en: `record ${state.id} revision ${state.revision} already exists in the store with other content; nothing was imported` },
        [makeIssue('content-hash', 'import.conflict', { file: 'records.jsonl', line: state.line, recordId: state.id, revision: state.revision }, { zh: '与目标记录库中的同一修订版内容不同', en: 'differs from the same revision in the target store' })],
      );
    }
    skipped.push({ id: state.id, revision: state.revision });
  }
  const [archiveHash] = await hashLines([bytes], contentHasher);
  const origin = { enterprise: manifest.enterprise.uscc, anchor: manifest.chain.anchor, head: manifest.chain.head, archiveHash: archiveHash as string };
  let written: ReadonlyArray<{ id: string; revision: number; seq: number }> = [];
  if (records.length) {
    try {
      written = await store.putMany(records, {
        actor: options.actor ?? `import:${manifest.chain.head.hash}`,
        keepCreatedAt: true,
        trustSignatures: true,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
    } catch (cause) {
      throw new ArchiveImportError({ zh: `记录库拒绝了导入，未写入任何内容：${(cause as Error).message}`, en: `the store refused the import; nothing was written: ${(cause as Error).message}` }, [], { cause });
    }
  }
  return { imported: written.map(({ id, revision, seq }) => ({ id, revision, seq })), skipped, origin, keys: manifest.keys, report };
}
