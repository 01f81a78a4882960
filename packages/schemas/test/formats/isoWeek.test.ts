import { describe, expect, it } from 'vitest';
import { checkIsoWeek, isoWeeksInYear } from '../../src/formats/isoWeek';

/** Reference from Date: 28 December always lies in the last ISO week of its year. */
function weeksByDate(year: number): number {
  const d = new Date(Date.UTC(year, 11, 28));
  const thursday = new Date(d);
  thursday.setUTCDate(d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7));
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - jan1) / 86_400_000 / 7) + 1;
}

describe('checkIsoWeek', () => {
  it.each(['2026-W01', '2025-W52', '2020-W53', '2026-W53', '2015-W53', '2032-W53', ' 2024-W10 '])('accepts %j', (value) => {
    expect(checkIsoWeek(value)).toEqual({ ok: true, normalized: value.trim() });
  });

  it.each([
    ['', '不能为空', 'must not be empty'],
    ['2021-W53', '2021 年只有 52 个 ISO 周，没有 W53；2021-W52 之后是 2022-W01', '2021 has only 52 ISO weeks'],
    ['2025-W53', '2025-W52 之后是 2026-W01', 'the week after 2025-W52 is 2026-W01'],
    ['2026-W00', '周数应为 01–53，而不是 00', 'the week must be 01–53, not 00'],
    ['2026-W54', '而不是 54', 'not 54'],
    ['2026-w05', '周标记应为大写 W，如 2026-W05', 'upper-case W: 2026-W05'],
    ['2026W05', '应写作 YYYY-Www', 'found "2026W05"'],
    ['2026-W5', '应写作 YYYY-Www', 'written YYYY-Www'],
    ['2026-05', '应写作 YYYY-Www', 'written YYYY-Www'],
    ['26-W05', '应写作 YYYY-Www', 'written YYYY-Www'],
    ['2026-W05-1', '应写作 YYYY-Www', 'written YYYY-Www'],
  ])('rejects %j', (value, zh, en) => {
    const result = checkIsoWeek(value);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.zh).toContain(zh);
    expect(result.reason.en).toContain(en);
  });

  it('counts 52 or 53 weeks exactly as Date does, 1600–2400', () => {
    for (let year = 1600; year <= 2400; year++) {
      expect(isoWeeksInYear(year), String(year)).toBe(weeksByDate(year));
      expect(checkIsoWeek(`${year}-W53`).ok, String(year)).toBe(weeksByDate(year) === 53);
    }
  });
});
