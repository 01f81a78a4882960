/**
 * Each revision event's record against its `contentHash` (the hash of the record's RFC 8785 bytes without
 * `createdAt`; the event carries the record without `signatures` and `status`), and against the event's own id,
 * revision, type and enterprise — the event and its record must tell the same story.
 */
import { contentCanonical, EVENT_RECORD_EXCLUDED } from '@order75/core';
import { type ArchiveIssue, makeIssue } from '../report/issue';
import { algOf, type HasherFor } from './hashers';
import { hashLines } from './hashLines';
import type { RevisionState } from './revisions';

const utf8 = new TextEncoder();

/** Content-hash and envelope checks for every revision. */
export async function checkContent(revisions: readonly RevisionState[], file: string, enterprise: string | undefined, hasherFor: HasherFor): Promise<ArchiveIssue[]> {
  const issues: ArchiveIssue[] = [];
  const byAlg = new Map<string, { states: RevisionState[]; bytes: Uint8Array[] }>();
  for (const state of revisions) {
    const at = { file, line: state.line, recordId: state.id, revision: state.revision };
    const r = state.record;
    const mismatched = [
      r.id !== state.id && 'id',
      r.revision !== state.revision && 'revision',
      r.recordType !== state.recordType && 'recordType',
      enterprise !== undefined && r.enterprise !== enterprise && 'enterprise',
    ].filter(Boolean);
    if (mismatched.length) {
      issues.push(makeIssue('content-hash', 'content.envelope', at, { zh: `记录的 ${mismatched.join('、')} 与事件不一致`, en: `the record's ${mismatched.join(', ')} differ from the event's` }));
    }
    const inline = EVENT_RECORD_EXCLUDED.filter((k) => k in r);
    if (inline.length) {
      issues.push(makeIssue('content-hash', 'content.excluded-inline', at, {
        zh: `修订版事件中的记录不应含 ${inline.join('、')}（状态与签名另行记录）`,
        en: `the record in a revision event must not hold ${inline.join(', ')} (status and signatures are recorded apart)`,
      }));
    }
    const alg = algOf(state.contentHash) ?? 'sha256';
    let canonical: string;
    try {
      canonical = contentCanonical(r);
    } catch {
      issues.push(makeIssue('content-hash', 'content.not-canonicalisable', at, { zh: '记录无法规范化（含非法字符）', en: 'the record cannot be canonicalised (it holds invalid characters)' }));
      continue;
    }
    const group = byAlg.get(alg) ?? { states: [], bytes: [] };
    group.states.push(state);
    group.bytes.push(utf8.encode(canonical));
    byAlg.set(alg, group);
  }
  for (const [alg, group] of byAlg) {
    const hashes = await hashLines(group.bytes, hasherFor(alg as 'sha256' | 'sm3'));
    group.states.forEach((state, i) => {
      if (hashes[i] !== state.contentHash) {
        issues.push(makeIssue('content-hash', 'content.hash-mismatch', { file, line: state.line, recordId: state.id, revision: state.revision }, {
          zh: '记录内容与其内容哈希（contentHash）不符：内容被改动',
          en: 'the record content does not match its contentHash: the content was changed',
        }));
      }
    });
  }
  return issues;
}
