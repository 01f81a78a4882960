/**
 * Reads each `records.jsonl` line as a chain event (`ChainEvent` of @order75/core): valid UTF-8, JSON, the
 * event shape, and RFC 8785 canonical form (the bytes must be exactly what `canonicalJson` writes, so a hash
 * over them is reproducible by anyone).
 */
import { type ChainEvent, canonicalJson, CHAIN_FORMAT_VERSION } from '@order75/core';
import { type ArchiveIssue, makeIssue } from '../report/issue';

const HASH = /^(sha256|sm3):[0-9a-f]{64}$/;
const STATUSES = new Set(['draft', 'final']);
const posInt = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 1;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => typeof v === 'string' && v.length > 0;

/** What is wrong with the event's shape, or `undefined` when it is a well-formed event. */
function shapeProblem(e: Record<string, unknown>): string | undefined {
  if (e.v !== CHAIN_FORMAT_VERSION) return 'v';
  if (!posInt(e.seq)) return 'seq';
  if (!(e.prev === null || (typeof e.prev === 'string' && HASH.test(e.prev)))) return 'prev';
  for (const key of ['at', 'enterprise', 'by', 'id'] as const) if (!text(e[key])) return key;
  if (!posInt(e.revision)) return 'revision';
  if (e.kind === 'revision') {
    if (!text(e.recordType)) return 'recordType';
    if (typeof e.contentHash !== 'string' || !HASH.test(e.contentHash)) return 'contentHash';
    if (!STATUSES.has(e.status as string)) return 'status';
    return isObject(e.record) ? undefined : 'record';
  }
  if (e.kind === 'signature') {
    const s = e.signature;
    if (!isObject(s) || typeof s.contentHash !== 'string' || !text(s.personId) || !text(s.role)) return 'signature';
    return undefined;
  }
  if (e.kind === 'status') return STATUSES.has(e.status as string) && STATUSES.has(e.from as string) ? undefined : 'status';
  return 'kind';
}

/** One line, read as far as it could be. */
export interface ParsedLine {
  /** 1-based line number. */
  line: number;
  /** The event, when the line is a well-formed event (canonical or not). */
  event?: ChainEvent;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeAll(lines: readonly Uint8Array[]): Array<string | undefined> {
  return lines.map((bytes) => {
    try {
      return strict.decode(bytes);
    } catch {
      return undefined;
    }
  });
}

/** Parses every line; `canonical` says whether to compare each line with its canonical form. */
export function parseEvents(lines: readonly Uint8Array[], file: string, canonical = true): { parsed: ParsedLine[]; issues: ArchiveIssue[] } {
  const issues: ArchiveIssue[] = [];
  const texts = decodeAll(lines);
  const parsed = texts.map((value, i): ParsedLine => {
    const at = { file, line: i + 1 };
    if (value === undefined) {
      issues.push(makeIssue('lines', 'line.not-utf8', at, { zh: '不是合法的 UTF-8 文本（字节被改动）', en: 'is not valid UTF-8 (bytes were altered)' }));
      return { line: i + 1 };
    }
    let json: unknown;
    try {
      json = JSON.parse(value);
    } catch {
      const what = value.length === 0 ? { zh: '空行（每行应为一个事件）', en: 'empty line (each line must be one event)' } : { zh: '不是合法的 JSON', en: 'is not valid JSON' };
      issues.push(makeIssue('lines', 'line.not-json', at, what));
      return { line: i + 1 };
    }
    const problem = isObject(json) ? shapeProblem(json) : 'object';
    if (problem !== undefined) {
      issues.push(makeIssue('lines', 'line.not-event', at, {
        zh: `不是链事件：字段 ${problem} 缺失或有误`,
        en: `is not a chain event: field ${problem} is missing or wrong`,
      }));
      return { line: i + 1 };
    }
    const event = json as unknown as ChainEvent;
    if (canonical) {
      let form: string | undefined;
      try {
        form = canonicalJson(event);
      } catch {
        form = undefined;
      }
      if (form !== value) {
        issues.push(makeIssue('canonical', 'line.not-canonical', { ...at, recordId: event.id, revision: event.revision }, {
          zh: '不是 RFC 8785 规范化形式（键序、空白、数字或转义被改动）',
          en: 'is not in RFC 8785 canonical form (key order, whitespace, numbers or escapes were changed)',
        }));
      }
    }
    return { line: i + 1, event };
  });
  return { parsed, issues };
}
