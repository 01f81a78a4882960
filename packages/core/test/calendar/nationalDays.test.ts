import { describe, expect, it } from 'vitest';
import { CN_HOLIDAYS } from '../../src/calendar/cn-holidays';
import { dayNumber, isoWeekday } from '../../src/calendar/days';
import { nationalDayKind, unknownHolidayYears } from '../../src/calendar/nationalDays';

describe('national holiday table', () => {
  it('has the counts of the notices and cites each one', () => {
    const counts = Object.fromEntries(Object.entries(CN_HOLIDAYS).map(([y, v]) => [y, [v.off.length, v.work.length]]));
    expect(counts).toEqual({ '2023': [27, 7], '2024': [28, 8], '2025': [28, 5], '2026': [33, 6] });
    for (const v of Object.values(CN_HOLIDAYS)) expect(v.notice).toMatch(/^国办发明电〔\d{4}〕\d+号, \d{4}-\d{2}-\d{2}$/);
  });

  it('makes every make-up working day a Saturday or Sunday', () => {
    for (const v of Object.values(CN_HOLIDAYS)) for (const d of v.work) expect(isoWeekday(dayNumber(d))).toBeGreaterThanOrEqual(6);
  });

  it.each([
    ['2026-10-01', 'off'],
    ['2026-10-10', 'work'],
    ['2022-12-31', 'off'],
    ['2024-02-09', 'normal'],
    ['2026-11-28', 'normal'],
    ['2027-01-01', 'unknown'],
    ['2027-10-01', 'unknown'],
  ])('%s is %s', (date, kind) => expect(nationalDayKind(date)).toBe(kind));

  it('reports the years it does not know', () => {
    expect(unknownHolidayYears('2026-12-01', '2027-02-01')).toEqual([2027]);
    expect(unknownHolidayYears('2023-05-05', '2026-12-31')).toEqual([]);
  });
});
