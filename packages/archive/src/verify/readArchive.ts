/**
 * Opens an `.o75.zip` into its parts, refusing unsafe or unexpected entries (see `openZip`). Shared by
 * `verifyArchive` and `importArchive`; browser-safe.
 */
import { attachmentHashOf, ENTRY } from '../manifest/manifest';
import { type ArchiveIssue, makeIssue } from '../report/issue';
import { inflateEntry } from '../zip/inflateEntry';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from '../zip/limits';
import { openZip } from '../zip/openZip';

/** The decompressed parts of an archive. */
export interface ArchiveParts {
  manifest?: Uint8Array;
  records?: Uint8Array;
  people?: Uint8Array;
  /** Attachment bytes by the hash their entry name claims. */
  attachments: Map<string, Uint8Array>;
  issues: ArchiveIssue[];
}

const NAMED = new Set<string>([ENTRY.manifest, ENTRY.records, ENTRY.people]);

/** Decompresses every expected entry within `limits`; anything else is an issue. */
export function readArchive(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ArchiveParts {
  const { entries, issues } = openZip(bytes, limits);
  const parts: ArchiveParts = { attachments: new Map(), issues };
  for (const entry of entries) {
    const hash = attachmentHashOf(entry.name);
    if (!NAMED.has(entry.name) && hash === undefined) {
      issues.push(makeIssue('zip', 'zip.unexpected-entry', { file: entry.name }, {
        zh: '归档格式中没有此条目（只应有 manifest.json、records.jsonl、people.jsonl 与 attachments/<算法>-<哈希>）',
        en: 'is not part of the archive format (only manifest.json, records.jsonl, people.jsonl and attachments/<alg>-<hash>)',
      }));
      continue;
    }
    const data = inflateEntry(bytes, entry);
    if (!(data instanceof Uint8Array)) {
      issues.push(data);
      continue;
    }
    if (hash !== undefined) parts.attachments.set(hash, data);
    else if (entry.name === ENTRY.manifest) parts.manifest = data;
    else if (entry.name === ENTRY.records) parts.records = data;
    else parts.people = data;
  }
  return parts;
}
