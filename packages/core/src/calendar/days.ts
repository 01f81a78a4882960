/**
 * Local calendar dates as integer day numbers (days since 1970-01-01 in the proleptic Gregorian calendar).
 * The engine converts every `YYYY-MM-DD` once and then works on integers: no `Date` and no `Intl` per record.
 */

/** Days since 1970-01-01 (0 = 1970-01-01, negative before). */
export type DayNumber = number;

/** Day number of a year, month (1–12) and day (1–31), after H. Hinnant's `days_from_civil`. */
export function civilToDay(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1–12) and day of a day number. */
export function dayToCivil(n: DayNumber): { year: number; month: number; day: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function digitsAt(s: string, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    n = n * 10 + c;
  }
  return n;
}

/** Parses `YYYY-MM-DD` without a `Date`; `NaN` when the text is not a valid date. */
export function tryDayNumber(date: string): DayNumber {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return Number.NaN;
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 2);
  const day = digitsAt(date, 8, 2);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return Number.NaN;
  return civilToDay(year, month, day);
}

/** Parses `YYYY-MM-DD`; throws a `RangeError` for anything else (a programmer error: records are validated first). */
export function dayNumber(date: string): DayNumber {
  const n = tryDayNumber(date);
  if (Number.isNaN(n)) throw new RangeError(`not a local date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return n;
}

/** Accepts a day number or a `YYYY-MM-DD` string. */
export function toDay(date: DayNumber | string): DayNumber {
  return typeof date === 'number' ? date : dayNumber(date);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number) => String(n).padStart(4, '0');

/** Formats a day number as `YYYY-MM-DD`. */
export function formatDay(n: DayNumber): string {
  const { year, month, day } = dayToCivil(n);
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(n: DayNumber): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Adds `days` to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  return formatDay(dayNumber(date) + days);
}
