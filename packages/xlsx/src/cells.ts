/** Reading cell values the way a person meant them, whatever exceljs hands back. */
import type { CellValue } from 'exceljs';

/** Column number (1-based) → letters: 1 → A, 28 → AB. */
export function columnLetter(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** The raw value under rich text, hyperlinks, formulas and shared strings; `undefined` for empty cells. */
export function plainValue(value: CellValue): string | number | boolean | Date | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return plainValue((value.result ?? null) as CellValue);
    if ('error' in value) return undefined;
  }
  return undefined;
}

/** The trimmed text of a cell (numbers as written); `''` for empty cells. */
export function cellText(value: CellValue): string {
  const plain = plainValue(value);
  if (plain === undefined) return '';
  if (plain instanceof Date) return plain.toISOString();
  return String(plain).trim();
}
