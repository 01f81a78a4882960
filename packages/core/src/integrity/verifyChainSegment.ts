/**
 * Re-verifies a contiguous run of chain event lines without the store: each line is JSON, canonical, in
 * sequence, linked to the hash of the line before, and each revision's content hash matches its record.
 * Used by the store's `verifyChain`, by archive `verify` and by verify.html (browser-safe).
 */
import type { Message } from '@order75/schemas';
import { canonicalJson } from './canonicalJson';
import { contentCanonical } from './contentHash';
import type { ChainAnchor, ChainEvent } from './chainEvent';
import { hashString, type Hasher } from './hasher';

/** What went wrong on one line. */
export type ChainIssueKind =
  | 'not-json'
  | 'not-canonical'
  | 'malformed'
  | 'seq-mismatch'
  | 'prev-mismatch'
  | 'enterprise-mismatch'
  | 'content-hash-mismatch'
  | 'signature-hash-mismatch'
  | 'head-mismatch';

/** One finding: which line (1-based) and, when readable, which sequence number. */
export interface ChainIssue {
  kind: ChainIssueKind;
  line: number;
  seq?: number;
  message: Message;
}

export interface ChainSegmentResult {
  ok: boolean;
  /** Events read. */
  count: number;
  /** Sequence number and hash of the last line (the segment's head), when there is one. */
  head?: { seq: number; hash: string };
  issues: ChainIssue[];
}

export interface VerifyChainSegmentOptions {
  hasher: Hasher;
  /** Where the segment must start (an archive manifest's chain anchor); default: wherever line 1 says. */
  anchor?: ChainAnchor;
  /** Hash the last line must have, when known (a checkpoint or a manifest's head). */
  head?: string;
  /** Called for every well-formed event with its 1-based line number and hash, for callers that replay the chain. */
  onEvent?: (line: number, hash: string, event: ChainEvent) => void;
}

const KINDS = new Set(['revision', 'signature', 'status']);
const utf8 = new TextEncoder();

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1;
}

function wellFormed(e: Record<string, unknown>): boolean {
  if (e.v !== 1 || !isInt(e.seq) || !isInt(e.revision) || !KINDS.has(e.kind as string)) return false;
  if (!(e.prev === null || typeof e.prev === 'string')) return false;
  if (typeof e.at !== 'string' || typeof e.enterprise !== 'string' || typeof e.by !== 'string' || typeof e.id !== 'string') return false;
  if (e.kind === 'revision') {
    return typeof e.contentHash === 'string' && typeof e.recordType === 'string' && typeof e.status === 'string' &&
      typeof e.record === 'object' && e.record !== null && !Array.isArray(e.record);
  }
  if (e.kind === 'signature') {
    const s = e.signature as Record<string, unknown> | null;
    return typeof s === 'object' && s !== null && typeof s.contentHash === 'string';
  }
  return typeof e.status === 'string' && typeof e.from === 'string';
}

/**
 * Verifies event lines (each the exact canonical text, without its newline). Never throws on bad data;
 * every problem comes back as an issue naming the line and sequence number.
 */
export async function verifyChainSegment(lines: readonly string[], options: VerifyChainSegmentOptions): Promise<ChainSegmentResult> {
  const { hasher } = options;
  const issues: ChainIssue[] = [];
  const add = (kind: ChainIssueKind, line: number, seq: number | undefined, zh: string, en: string) =>
    issues.push({ kind, line, ...(seq === undefined ? {} : { seq }), message: { zh: `第 ${line} 行：${zh}`, en: `line ${line}: ${en}` } });
  let expectedSeq = options.anchor?.seq;
  let expectedPrev: string | null | undefined = options.anchor ? options.anchor.prev : undefined;
  let enterprise: string | undefined;
  let head: { seq: number; hash: string } | undefined;
  const revisionHashes = new Map<string, string>();

  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const text = lines[i] as string;
    const hash = await hashString(utf8.encode(text), hasher);
    let event: Record<string, unknown>;
    try {
      event = JSON.parse(text) as Record<string, unknown>;
    } catch {
      add('not-json', n, undefined, '不是合法的 JSON', 'is not valid JSON');
      expectedPrev = hash;
      if (expectedSeq !== undefined) expectedSeq++;
      continue;
    }
    if (typeof event !== 'object' || event === null || Array.isArray(event) || !wellFormed(event)) {
      add('malformed', n, undefined, '不是链事件（缺少或错误的 v、seq、prev、kind、at、enterprise、by、id、revision 等字段）',
        'is not a chain event (v, seq, prev, kind, at, enterprise, by, id, revision or a kind-specific field missing or wrong)');
      expectedPrev = hash;
      if (expectedSeq !== undefined) expectedSeq++;
      continue;
    }
    const seq = event.seq as number;
    let canonical: string | undefined;
    try {
      canonical = canonicalJson(event);
    } catch {
      canonical = undefined;
    }
    if (canonical !== text) add('not-canonical', n, seq, '不是 RFC 8785 规范化形式', 'is not in RFC 8785 canonical form');
    if (expectedSeq !== undefined && seq !== expectedSeq) {
      add('seq-mismatch', n, seq, `序号应为 ${expectedSeq}，实为 ${seq}（事件被删除、插入或重排）`,
        `sequence number should be ${expectedSeq} but is ${seq} (an event was removed, inserted or reordered)`);
    }
    if (expectedPrev !== undefined && event.prev !== expectedPrev) {
      add('prev-mismatch', n, seq, `prev 与上一事件的哈希不符：上一事件被改动，或其间有事件被插入或删除`,
        'prev does not match the hash of the event before: that event was changed, or an event was inserted or removed between them');
    }
    if (seq === 1 && event.prev !== null) add('prev-mismatch', n, seq, '第一个事件的 prev 应为 null', 'the first event must have prev null');
    enterprise ??= event.enterprise as string;
    if (event.enterprise !== enterprise) {
      add('enterprise-mismatch', n, seq, '企业与本链其他事件不同', 'belongs to another enterprise than the rest of the chain');
    }
    const key = `${String(event.id)}#${String(event.revision)}`;
    if (event.kind === 'revision') {
      const record = event.record as Record<string, unknown>;
      let computed: string | undefined;
      try {
        computed = await hashString(utf8.encode(contentCanonical(record)), hasher);
      } catch {
        computed = undefined;
      }
      const bad = computed !== event.contentHash || record.id !== event.id || record.revision !== event.revision ||
        'status' in record || 'signatures' in record || record.recordType !== event.recordType;
      if (bad) {
        add('content-hash-mismatch', n, seq, `记录 ${key} 的内容与其 contentHash 不符`, `the content of record ${key} does not match its contentHash`);
      }
      revisionHashes.set(key, event.contentHash as string);
    } else if (event.kind === 'signature') {
      const known = revisionHashes.get(key);
      const signed = (event.signature as { contentHash: string }).contentHash;
      if (known !== undefined && signed !== known) {
        add('signature-hash-mismatch', n, seq, `签名的 contentHash 与记录 ${key} 的内容哈希不符`, `the signature's contentHash differs from the content hash of ${key}`);
      }
    }
    options.onEvent?.(n, hash, event as unknown as ChainEvent);
    head = { seq, hash };
    expectedSeq = seq + 1;
    expectedPrev = hash;
  }
  if (options.head !== undefined && head?.hash !== options.head) {
    add('head-mismatch', lines.length, head?.seq, '最后一个事件的哈希与预期的链头不符（末尾事件被改动或删除）',
      'the hash of the last event is not the expected chain head (an event at the end was changed or removed)');
  }
  return { ok: issues.length === 0, count: lines.length, ...(head ? { head } : {}), issues };
}
