/**
 * Attachments: every `attachments/<alg>-<hex>` file hashes to its name; every file the manifest lists is there
 * with its size; every attachment a record references is either carried or declared as not included.
 */
import { attachmentEntryName, type ArchiveManifest } from '../manifest/manifest';
import { type ArchiveIssue, makeIssue } from '../report/issue';
import { algOf, type HasherFor } from './hashers';
import { hashLines } from './hashLines';

/** Checks attachment files against their names, the manifest and the references. */
export async function checkAttachments(
  files: ReadonlyMap<string, Uint8Array>,
  referenced: ReadonlyMap<string, { recordId: string; revision: number }>,
  manifest: ArchiveManifest | undefined,
  hasherFor: HasherFor,
): Promise<ArchiveIssue[]> {
  const issues: ArchiveIssue[] = [];
  for (const alg of ['sha256', 'sm3'] as const) {
    const names = [...files.keys()].filter((h) => algOf(h) === alg);
    if (names.length === 0) continue;
    const hashes = await hashLines(names.map((h) => files.get(h) as Uint8Array), hasherFor(alg));
    names.forEach((hash, i) => {
      if (hashes[i] !== hash) {
        issues.push(makeIssue('attachments', 'attachment.hash-mismatch', { file: attachmentEntryName(hash), hash }, { zh: '文件内容与其哈希不符：附件被替换或改动', en: 'the file does not match its hash: the attachment was replaced or altered' }));
      }
    });
  }
  const listed = new Map((manifest?.attachments ?? []).map((a) => [a.hash, a]));
  const notIncluded = new Set(manifest?.attachmentsNotIncluded ?? []);
  for (const [hash, entry] of listed) {
    const bytes = files.get(hash);
    if (!bytes) {
      issues.push(makeIssue('attachments', 'attachment.missing', { hash }, { zh: '缺失：清单列出但归档中没有此文件', en: 'missing: the manifest lists it but the archive does not hold it' }));
    } else if (bytes.length !== entry.size) {
      issues.push(makeIssue('attachments', 'attachment.size', { hash }, { zh: `大小为 ${bytes.length} 字节，清单记载 ${entry.size}`, en: `is ${bytes.length} bytes but the manifest says ${entry.size}` }));
    }
    if (notIncluded.has(hash)) {
      issues.push(makeIssue('manifest', 'manifest.attachment-listed-twice', { file: 'manifest.json', hash }, { zh: '既列为已包含又列为未包含', en: 'is listed as both included and not included' }));
    }
  }
  if (manifest) {
    for (const hash of files.keys()) {
      if (!listed.has(hash)) issues.push(makeIssue('manifest', 'manifest.attachment-unlisted', { file: 'manifest.json', hash }, { zh: '归档中有此文件，但清单未列出', en: 'is in the archive but the manifest does not list it' }));
    }
  }
  for (const [hash, where] of referenced) {
    if (files.has(hash)) continue;
    if (notIncluded.has(hash)) {
      issues.push(makeIssue('attachments', 'attachment.not-included', { recordId: where.recordId, revision: where.revision, hash }, {
        zh: '未随归档提供（导出时记录库中没有该文件）；如需核对，请向企业索取原件',
        en: 'not included (the store did not have the file when the archive was built); ask the enterprise for the original',
      }, 'warning'));
    } else if (!listed.has(hash)) {
      issues.push(makeIssue('attachments', 'attachment.missing', { recordId: where.recordId, revision: where.revision, hash }, { zh: '缺失：记录引用了此附件，但归档中没有，清单也未说明', en: 'missing: a record references it, but the archive neither holds it nor declares it as not included' }));
    }
  }
  for (const hash of notIncluded) {
    if (!referenced.has(hash)) issues.push(makeIssue('manifest', 'manifest.attachment-unreferenced', { file: 'manifest.json', hash }, { zh: '列为未包含，但没有记录引用它', en: 'is listed as not included, but no record references it' }));
  }
  return issues;
}
