/**
 * Folds the chain's events into the revisions they describe: each revision's record, its current status and
 * its signatures, with the line of every event, so later checks can name the line and the record.
 */
import type { ChainEvent } from '@order75/core';
import { type ArchiveIssue, makeIssue } from '../report/issue';
import type { ParsedLine } from './parseEvents';

/** A signature event, as the revision it signs sees it. */
export interface SignatureState {
  line: number;
  /** When the store appended the signature event. */
  at: string;
  signature: Record<string, unknown>;
}

/** One revision of one record as the segment describes it. */
export interface RevisionState {
  id: string;
  revision: number;
  recordType: string;
  /** Line and sequence number of the revision event. */
  line: number;
  seq: number;
  record: Record<string, unknown>;
  contentHash: string;
  status: string;
  signatures: SignatureState[];
}

/** `id#revision`, the key of a revision (and of an outbox entry). */
export const revisionKey = (id: string, revision: number) => `${id}#${revision}`;

/** The revisions in chain order, plus problems with events that refer to revisions. */
export function foldRevisions(parsed: readonly ParsedLine[], file: string): { revisions: Map<string, RevisionState>; issues: ArchiveIssue[]; orphans: Array<{ line: number; event: ChainEvent }> } {
  const revisions = new Map<string, RevisionState>();
  const orphans: Array<{ line: number; event: ChainEvent }> = [];
  const issues: ArchiveIssue[] = [];
  for (const { line, event } of parsed) {
    if (!event) continue;
    const key = revisionKey(event.id, event.revision);
    const at = { file, line, recordId: event.id, revision: event.revision };
    if (event.kind === 'revision') {
      if (revisions.has(key)) {
        issues.push(makeIssue('chain', 'chain.duplicate-revision', at, { zh: `同一修订版再次出现（首次在第 ${revisions.get(key)?.line} 行）`, en: `the same revision appears again (first on line ${revisions.get(key)?.line})` }));
        continue;
      }
      revisions.set(key, {
        id: event.id,
        revision: event.revision,
        recordType: event.recordType,
        line,
        seq: event.seq,
        record: event.record,
        contentHash: event.contentHash,
        status: event.status,
        signatures: [],
      });
      continue;
    }
    const state = revisions.get(key);
    if (!state) {
      // The revision was saved before this segment starts; its content is not here to check against.
      orphans.push({ line, event });
      continue;
    }
    if (event.kind === 'signature') {
      state.signatures.push({ line, at: event.at, signature: event.signature });
    } else {
      if (event.from !== state.status) {
        issues.push(makeIssue('chain', 'chain.status', at, { zh: `状态变更自「${event.from}」，但此前状态为「${state.status}」`, en: `status changes from "${event.from}" but it was "${state.status}"` }));
      }
      state.status = event.status;
    }
  }
  return { revisions, issues, orphans };
}
