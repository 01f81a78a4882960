/**
 * Splits a JSON Lines file into the raw bytes of each line. Strict, because every byte is evidence: each line
 * ends with `\n` (the last one too) and nothing is trimmed — a stray `\r`, BOM or space
 * stays in the line and changes its hash.
 */
import { type ArchiveIssue, makeIssue } from '../report/issue';

type IndexOf = (value: number, from: number) => number;
type BufferLike = { from(buffer: ArrayBufferLike, offset: number, length: number): { indexOf: IndexOf } };

/**
 * `indexOf` of a newline: Node's Buffer searches with memchr, several times faster than the typed-array
 * method; browsers have no Buffer and use the typed array's own.
 */
function newlineFinder(bytes: Uint8Array): IndexOf {
  const B = (globalThis as { Buffer?: BufferLike }).Buffer;
  if (B) {
    const view = B.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return (value, from) => view.indexOf(value, from);
  }
  return (value, from) => bytes.indexOf(value, from);
}

/** The lines (views into `bytes`, without their `\n`) and any framing problems. */
export function splitLines(bytes: Uint8Array, file: string): { lines: Uint8Array[]; issues: ArchiveIssue[] } {
  const lines: Uint8Array[] = [];
  const issues: ArchiveIssue[] = [];
  const find = newlineFinder(bytes);
  let start = 0;
  while (start < bytes.length) {
    let end = find(0x0a, start);
    if (end < 0) {
      issues.push(makeIssue('lines', 'lines.no-final-newline', { file, line: lines.length + 1 }, {
        zh: '文件末尾缺少换行符（文件被截断或改动）',
        en: 'the file does not end with a newline (truncated or edited)',
      }));
      end = bytes.length;
    }
    lines.push(bytes.subarray(start, end));
    start = end + 1;
  }
  return { lines, issues };
}
