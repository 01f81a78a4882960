/**
 * Checkpoints the verifier already trusts — the head of an earlier archive, a hash the enterprise published or
 * registered with the regulator — against this archive's chain. A chain rewritten since cannot match them,
 * which is what an archive alone cannot show.
 */
import { type ArchiveIssue, makeIssue } from '../report/issue';
import type { ParsedLine } from './parseEvents';

/** A chain position and the hash of its event. */
export interface Checkpoint {
  seq: number;
  hash: string;
}

/** Issues for checkpoints the chain contradicts; a warning for those it cannot speak to. */
export function checkCheckpoints(checkpoints: readonly Checkpoint[], parsed: readonly ParsedLine[], hashes: readonly string[], file: string): ArchiveIssue[] {
  const issues: ArchiveIssue[] = [];
  const first = parsed[0]?.event;
  for (const cp of checkpoints) {
    const at = first ? cp.seq - first.seq : -2;
    let found: string | null | undefined;
    if (first && at === -1) found = first.prev;
    else if (at >= 0 && at < hashes.length && parsed[at]?.event?.seq === cp.seq) found = hashes[at];
    if (found === undefined) {
      issues.push(makeIssue('chain', 'chain.checkpoint-outside', { file }, {
        zh: `已知链位置（序号 ${cp.seq}）不在本归档的链段内，无法比对`,
        en: `the known chain position (seq ${cp.seq}) lies outside this archive's segment and cannot be compared`,
      }, 'warning'));
    } else if (found !== cp.hash) {
      issues.push(makeIssue('chain', 'chain.checkpoint', { file, ...(at >= 0 ? { line: at + 1 } : {}) }, {
        zh: `序号 ${cp.seq} 处的哈希与已知值 ${cp.hash} 不符：该链在此之前被改写过`,
        en: `the hash at seq ${cp.seq} differs from the known ${cp.hash}: the chain was rewritten up to there`,
      }));
    }
  }
  return issues;
}
