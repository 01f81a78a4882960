import { describe, expect, it } from 'vitest';
import { localDateToSerial, parseLocalDate, serialToLocalDate } from '../src/dates';

describe('Excel date serials from local dates', () => {
  const cases: Array<[string, number]> = [
    ['1900-03-01', 61],
    ['1970-01-01', 25569],
    ['2023-05-05', 45051],
    ['2024-02-29', 45351],
    ['2026-01-01', 46023],
    ['2033-05-04', 48703],
  ];
  for (const [date, serial] of cases) {
    it(`${date} ↔ ${serial}`, () => {
      expect(localDateToSerial(date)).toBe(serial);
      expect(serialToLocalDate(serial)).toBe(date);
    });
  }
  it('round-trips every day of 2023-2034', () => {
    const start = localDateToSerial('2023-01-01');
    for (let s = start; s < start + 12 * 366; s++) expect(localDateToSerial(serialToLocalDate(s))).toBe(s);
  });
  it('reads what people type and what exceljs decodes', () => {
    expect(parseLocalDate('2026/1/5')).toBe('2026-01-05');
    expect(parseLocalDate('2026年1月5日')).toBe('2026-01-05');
    expect(parseLocalDate(46027)).toBe('2026-01-05');
    expect(parseLocalDate(new Date(Date.UTC(2026, 0, 5)))).toBe('2026-01-05');
    expect(parseLocalDate('2026-02-30')).toBeUndefined();
    expect(parseLocalDate('next week')).toBeUndefined();
  });
});
