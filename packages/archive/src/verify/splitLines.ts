/**
 * Splits a JSON Lines file into the raw bytes of each line. Strict, because every byte is evidence: each line
 * ends with `\n` (the last one too) and nothing is trimmed — a stray `\r`, BOM or space
 * stays in the line and changes its hash.
 */
import { type ArchiveIssue, makeIssue } from '../report/issue';

/** The lines (views into `bytes`, without their `\n`) and any framing problems. */
export function splitLines(bytes: Uint8Array, file: string): { lines: Uint8Array[]; issues: ArchiveIssue[] } {
  const lines: Uint8Array[] = [];
  const issues: ArchiveIssue[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
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
