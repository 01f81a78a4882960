/**
 * The chain over `records.jsonl`: sequence numbers contiguous from the manifest's anchor, each `prev` equal to
 * the raw-byte hash of the line before, the first `prev` equal to the anchor's, the last hash equal to the head,
 * one enterprise throughout. A changed line shows as a hash mismatch at that line (the next line's `prev` no
 * longer matches it); a removed, inserted or moved line as a sequence break.
 */
import type { ArchiveManifest } from '../manifest/manifest';
import { type ArchiveIssue, makeIssue } from '../report/issue';
import type { ParsedLine } from './parseEvents';

/** Checks the links between lines; `hashes[i]` is the hash of line i + 1. */
export function checkChain(parsed: readonly ParsedLine[], hashes: readonly string[], file: string, manifest?: ArchiveManifest): ArchiveIssue[] {
  const issues: ArchiveIssue[] = [];
  const anchor = manifest?.chain.anchor;
  let expectedSeq = anchor?.seq;
  let expectedPrev: string | null | undefined = anchor?.prev;
  for (let i = 0; i < parsed.length; i++) {
    const { line, event } = parsed[i] as ParsedLine;
    const at = { file, line, ...(event ? { recordId: event.id, revision: event.revision } : {}) };
    if (event) {
      let broken = false;
      if (expectedSeq !== undefined && event.seq !== expectedSeq) {
        broken = true;
        const what = event.seq > expectedSeq
          ? { zh: `序号应为 ${expectedSeq}，实为 ${event.seq}：其前有事件被删除，或事件顺序被调换`, en: `sequence number should be ${expectedSeq} but is ${event.seq}: events before it were removed or reordered` }
          : { zh: `序号应为 ${expectedSeq}，实为 ${event.seq}：有事件被插入、重复或顺序被调换`, en: `sequence number should be ${expectedSeq} but is ${event.seq}: an event was inserted, duplicated or reordered` };
        issues.push(makeIssue('chain', 'chain.seq', at, what));
      }
      if (event.seq === 1 && event.prev !== null) {
        issues.push(makeIssue('chain', 'chain.genesis', at, { zh: '链的第一个事件（序号 1）的 prev 应为 null', en: 'the first event of a chain (seq 1) must have prev null' }));
      } else if (expectedPrev !== undefined && event.prev !== expectedPrev && !broken) {
        issues.push(
          i === 0
            ? makeIssue('chain', 'chain.anchor', at, { zh: 'prev 与清单中的链锚点不符（开头的事件被改动或删除）', en: "prev differs from the manifest's chain anchor (the first events were changed or removed)" })
            : makeIssue('chain', 'chain.hash-mismatch', { file, line: line - 1, ...(parsed[i - 1]?.event ? { recordId: parsed[i - 1]?.event?.id, revision: parsed[i - 1]?.event?.revision } : {}) }, {
                zh: `哈希不符：本行的哈希与第 ${line} 行记载的 prev 不同——本行被改动，或第 ${line} 行被改动`,
                en: `hash mismatch: this line's hash differs from the prev recorded on line ${line} — this line or line ${line} was changed`,
              }),
        );
      }
      if (manifest && event.enterprise !== manifest.enterprise.uscc) {
        issues.push(makeIssue('chain', 'chain.enterprise', at, { zh: `属于另一企业（${event.enterprise}），与清单的 ${manifest.enterprise.uscc} 不同`, en: `belongs to another enterprise (${event.enterprise}) than the manifest's ${manifest.enterprise.uscc}` }));
      }
      // After a jump back (a moved or duplicated line) keep counting from the furthest point reached.
      expectedSeq = Math.max(expectedSeq ?? 0, event.seq + 1);
    } else if (expectedSeq !== undefined) {
      expectedSeq++;
    }
    expectedPrev = hashes[i];
  }
  if (manifest) {
    const last = parsed.length;
    const head = manifest.chain.head;
    if (last === 0) {
      issues.push(makeIssue('chain', 'chain.empty', { file }, { zh: '没有任何事件，但清单声明了链头', en: 'holds no events although the manifest declares a chain head' }));
    } else if (hashes[last - 1] !== head.hash || parsed[last - 1]?.event?.seq !== head.seq) {
      issues.push(makeIssue('chain', 'chain.head', { file, line: last }, {
        zh: `哈希不符：最后一行的哈希或序号与清单记载的链头（序号 ${head.seq}）不同——最后的事件被改动、删除或追加`,
        en: `hash mismatch: the last line's hash or sequence number differs from the manifest's chain head (seq ${head.seq}) — events at the end were changed, removed or appended`,
      }));
    }
    if (manifest.chain.events !== last) {
      issues.push(makeIssue('manifest', 'manifest.events', { file }, { zh: `清单声明 ${manifest.chain.events} 个事件，实有 ${last} 行`, en: `the manifest declares ${manifest.chain.events} events but there are ${last} lines` }));
    }
  }
  return issues;
}
