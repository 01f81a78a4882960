/**
 * Each revision, as it stands at the end of the segment (its record, current status and signatures), against
 * its record type's schema with `validateRecord` of @order75/core.
 */
import { validateRecord } from '@order75/core';
import { type ArchiveIssue, makeIssue } from '../report/issue';
import type { RevisionState } from './revisions';

/** Shown per revision; the rest are counted. */
const PER_RECORD = 5;

/** The record with its status and signatures put back, as a host would hold it. */
export function assembleRecord(state: RevisionState): Record<string, unknown> {
  const record: Record<string, unknown> = { ...state.record, status: state.status };
  if (state.signatures.length) record.signatures = state.signatures.map((s) => s.signature);
  return record;
}

/** Schema issues of every revision. */
export function checkSchema(revisions: Iterable<RevisionState>, file: string): ArchiveIssue[] {
  const issues: ArchiveIssue[] = [];
  for (const state of revisions) {
    const result = validateRecord(assembleRecord(state));
    if (result.ok) continue;
    const at = { file, line: state.line, recordId: state.id, revision: state.revision };
    for (const found of result.issues.slice(0, PER_RECORD)) {
      issues.push(makeIssue('schema', `schema.${found.keyword}`, at, { zh: `不符合结构：${found.message.zh}`, en: `does not fit the schema: ${found.message.en}` }));
    }
    const more = result.issues.length - PER_RECORD;
    if (more > 0) issues.push(makeIssue('schema', 'schema.more', at, { zh: `另有 ${more} 处不符合结构`, en: `${more} more schema problems` }));
  }
  return issues;
}
