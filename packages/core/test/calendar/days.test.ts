import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, formatDay, isoWeekday, tryDayNumber } from '../../src/calendar/days';
import { isoWeekByIndex, isoWeekOf, monthByIndex, monthOf, parseIsoWeek, parseMonth } from '../../src/calendar/periods';

describe('day numbers', () => {
  it('round-trips every day from 1999 to 2041 and agrees with the epoch', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01')).toBe(11017);
    for (let n = dayNumber('1999-01-01'); n <= dayNumber('2041-12-31'); n++) expect(dayNumber(formatDay(n))).toBe(n);
  });

  it.each([
    ['2026-11-28', 6],
    ['2023-05-05', 5],
    ['2024-02-29', 4],
    ['2027-01-01', 5],
    ['1970-01-01', 4],
  ])('%s is ISO weekday %i', (date, weekday) => expect(isoWeekday(dayNumber(date))).toBe(weekday));

  it('rejects impossible dates', () => {
    expect(tryDayNumber('2025-02-29')).toBeNaN();
    expect(tryDayNumber('2024-13-01')).toBeNaN();
    expect(tryDayNumber('2024-1-01')).toBeNaN();
    expect(() => dayNumber('2026/01/01')).toThrow(RangeError);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});

describe('ISO weeks and months', () => {
  it.each([
    ['2026-12-31', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2025-12-29', '2026-W01'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
    ['2023-05-05', '2023-W18'],
  ])('%s falls in %s', (date, label) => expect(isoWeekOf(dayNumber(date)).label).toBe(label));

  it('gives Monday–Sunday and consecutive indices across week 53', () => {
    const w53 = parseIsoWeek('2026-W53');
    expect(w53 && [formatDay(w53.monday), formatDay(w53.sunday)]).toEqual(['2026-12-28', '2027-01-03']);
    const w1 = parseIsoWeek('2027-W01');
    expect(w1 && w53 && w1.index - w53.index).toBe(1);
    expect(isoWeekByIndex(w53?.index ?? 0).label).toBe('2026-W53');
    expect(parseIsoWeek('2025-W53')).toBeUndefined();
    expect(parseIsoWeek('2026-W00')).toBeUndefined();
  });

  it('gives months with first and last days and consecutive indices across a year', () => {
    const feb = parseMonth('2024-02');
    expect(feb && [formatDay(feb.first), formatDay(feb.last)]).toEqual(['2024-02-01', '2024-02-29']);
    expect(monthOf(dayNumber('2026-12-31')).index + 1).toBe(monthOf(dayNumber('2027-01-01')).index);
    expect(monthByIndex(monthOf(dayNumber('2026-12-05')).index).label).toBe('2026-12');
    expect(parseMonth('2026-13')).toBeUndefined();
  });
});
