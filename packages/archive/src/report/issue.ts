/**
 * What a verification or an import found wrong, as data: which check, a stable code, where (entry, line, record,
 * revision, person, attachment hash), and a bilingual sentence that says where, what and how to fix.
 */
import type { Message } from '@order75/schemas';

/** The checks `verifyArchive` runs, in the order a reader meets them. */
export const CHECKS = [
  'zip',
  'manifest',
  'lines',
  'canonical',
  'chain',
  'content-hash',
  'schema',
  'signatures',
  'attachments',
  'people',
] as const;

export type CheckName = (typeof CHECKS)[number];

/** Where an issue is. Lines count from 1, as editors show them. */
export interface IssueLocation {
  file?: string;
  line?: number;
  recordId?: string;
  revision?: number;
  personId?: string;
  hash?: string;
}

/** One finding. `error` means the archive is not intact or not valid; `warning` means something was not checked. */
export interface ArchiveIssue extends IssueLocation {
  check: CheckName;
  severity: 'error' | 'warning';
  /** Stable machine code, e.g. `line.hash-mismatch`. */
  code: string;
  /** Location, what failed and how to fix, e.g. `records.jsonl 第 17 行：哈希不符…`. */
  message: Message;
}

/** `records.jsonl 第 17 行 · 记录 X 修订版 2` / `records.jsonl line 17 · record X revision 2`. */
export function describeLocation(at: IssueLocation): Message {
  const zh: string[] = [];
  const en: string[] = [];
  if (at.file !== undefined) {
    zh.push(at.line !== undefined ? `${at.file} 第 ${at.line} 行` : at.file);
    en.push(at.line !== undefined ? `${at.file} line ${at.line}` : at.file);
  }
  if (at.recordId !== undefined) {
    zh.push(at.revision !== undefined ? `记录 ${at.recordId} 修订版 ${at.revision}` : `记录 ${at.recordId}`);
    en.push(at.revision !== undefined ? `record ${at.recordId} revision ${at.revision}` : `record ${at.recordId}`);
  }
  if (at.personId !== undefined) {
    zh.push(`人员 ${at.personId}`);
    en.push(`person ${at.personId}`);
  }
  if (at.hash !== undefined) {
    zh.push(`附件 ${at.hash}`);
    en.push(`attachment ${at.hash}`);
  }
  return { zh: zh.join(' · '), en: en.join(' · ') };
}

/** Builds an issue whose message starts with its location. */
export function makeIssue(
  check: CheckName,
  code: string,
  at: IssueLocation,
  what: Message,
  severity: ArchiveIssue['severity'] = 'error',
): ArchiveIssue {
  const where = describeLocation(at);
  const message = where.zh
    ? { zh: `${where.zh}：${what.zh}`, en: `${where.en}: ${what.en}` }
    : { zh: what.zh, en: what.en };
  return { check, severity, code, ...at, message };
}
