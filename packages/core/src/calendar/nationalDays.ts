/** Lookup over the national holiday table: is a date an off day, a make-up working day, ordinary, or unknown? */
import { CN_HOLIDAYS, type HolidayYear } from './cn-holidays';
import { type DayNumber, dayToCivil, dayNumber, toDay } from './days';

/**
 * `off` public holiday (every site rests), `work` make-up working day, `normal` an ordinary day of a year the table
 * covers, `unknown` a day of a year the table does not cover (its notice is not in the table).
 */
export type NationalDayKind = 'off' | 'work' | 'normal' | 'unknown';

/** A holiday table: years covered and the two date sets. */
export interface HolidayTable {
  readonly years: ReadonlySet<number>;
  readonly off: ReadonlySet<DayNumber>;
  readonly work: ReadonlySet<DayNumber>;
}

/** Builds a lookup table from data in the shape of `CN_HOLIDAYS` (pass another table to test or to extend). */
export function holidayTable(data: Readonly<Record<string, HolidayYear>> = CN_HOLIDAYS): HolidayTable {
  const years = new Set<number>();
  const off = new Set<DayNumber>();
  const work = new Set<DayNumber>();
  for (const [year, entry] of Object.entries(data)) {
    years.add(Number(year));
    for (const d of entry.off) off.add(dayNumber(d));
    for (const d of entry.work) work.add(dayNumber(d));
  }
  return { years, off, work };
}

let defaultTable: HolidayTable | undefined;

/** The national table of `CN_HOLIDAYS`, built once. */
export function nationalTable(): HolidayTable {
  defaultTable ??= holidayTable();
  return defaultTable;
}

/** What the national table says about a date. */
export function nationalDayKind(date: DayNumber | string, table: HolidayTable = nationalTable()): NationalDayKind {
  const n = toDay(date);
  if (table.off.has(n)) return 'off';
  if (table.work.has(n)) return 'work';
  return table.years.has(dayToCivil(n).year) ? 'normal' : 'unknown';
}

/** Years between two dates (inclusive) that the table does not cover, ascending. */
export function unknownHolidayYears(from: DayNumber | string, to: DayNumber | string, table: HolidayTable = nationalTable()): number[] {
  const a = dayToCivil(toDay(from)).year;
  const b = dayToCivil(toDay(to)).year;
  const out: number[] = [];
  for (let y = a; y <= b; y++) if (!table.years.has(y)) out.push(y);
  return out;
}
