/**
 * ISO 8601 weeks (Monday–Sunday, weeks 52 and 53) and calendar months over day numbers. Weeks and months also get
 * a running index so that adjacent weeks (2026-W53, 2027-W01) or months (2026-12, 2027-01) differ by exactly 1.
 */
import { civilToDay, type DayNumber, dayToCivil, daysInMonth, isoWeekday } from './days';

/** An ISO week: its label `YYYY-Www`, week-numbering year, number, and Monday…Sunday. */
export interface IsoWeek {
  label: string;
  year: number;
  week: number;
  monday: DayNumber;
  sunday: DayNumber;
  /** Running index: weeks since the week of 1970-01-05 (a Monday). */
  index: number;
}

/** A calendar month: its label `YYYY-MM`, first and last day. */
export interface CalendarMonth {
  label: string;
  year: number;
  month: number;
  first: DayNumber;
  last: DayNumber;
  /** Running index: `year * 12 + month - 1`. */
  index: number;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Monday of ISO week 1 of a week-numbering year (the week holding 4 January). */
function week1Monday(year: number): DayNumber {
  const jan4 = civilToDay(year, 1, 4);
  return jan4 - (isoWeekday(jan4) - 1);
}

/** The ISO week a day falls in; the week belongs to the year of its Thursday. */
export function isoWeekOf(n: DayNumber): IsoWeek {
  const monday = n - (isoWeekday(n) - 1);
  const year = dayToCivil(monday + 3).year;
  const week = (monday - week1Monday(year)) / 7 + 1;
  return weekFrom(year, week, monday);
}

function weekFrom(year: number, week: number, monday: DayNumber): IsoWeek {
  return {
    label: `${String(year).padStart(4, '0')}-W${pad2(week)}`,
    year,
    week,
    monday,
    sunday: monday + 6,
    index: Math.floor((monday - 4) / 7),
  };
}

/** The week of a running index (inverse of `IsoWeek.index`). */
export function isoWeekByIndex(index: number): IsoWeek {
  return isoWeekOf(4 + index * 7);
}

/** Parses `YYYY-Www`; `undefined` when malformed or when the year has no such week (W53 of a 52-week year). */
export function parseIsoWeek(label: string): IsoWeek | undefined {
  const m = /^(\d{4})-W(\d{2})$/.exec(label);
  if (!m) return undefined;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1) return undefined;
  const monday = week1Monday(year) + (week - 1) * 7;
  if (week > 52 && isoWeekOf(monday).year !== year) return undefined;
  return weekFrom(year, week, monday);
}

/** The month a day falls in. */
export function monthOf(n: DayNumber): CalendarMonth {
  const { year, month } = dayToCivil(n);
  return monthFrom(year, month);
}

function monthFrom(year: number, month: number): CalendarMonth {
  const first = civilToDay(year, month, 1);
  return {
    label: `${String(year).padStart(4, '0')}-${pad2(month)}`,
    year,
    month,
    first,
    last: first + daysInMonth(year, month) - 1,
    index: year * 12 + month - 1,
  };
}

/** The month of a running index (inverse of `CalendarMonth.index`). */
export function monthByIndex(index: number): CalendarMonth {
  return monthFrom(Math.floor(index / 12), (index % 12) + 1);
}

/** Parses `YYYY-MM`; `undefined` when malformed. */
export function parseMonth(label: string): CalendarMonth | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(label);
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  return monthFrom(Number(m[1]), month);
}
