/**
 * Business dates as Excel serials, computed arithmetically from the local date (DESIGN.md: never from a
 * `Date` in Asia/Shanghai, whose UTC instant falls on the previous day). Serial 1 is 1900-01-01 in Excel's
 * 1900 date system; counting from 1899-12-30 absorbs Excel's phantom 1900-02-29 for every date from 1900-03-01.
 */

/** Days from 1970-01-01 to the civil date (proleptic Gregorian; H. Hinnant's `days_from_civil`). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day count from 1970-01-01, as `[year, month, day]`. */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const EPOCH = daysFromCivil(1899, 12, 30);
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-01-01` → 46023. Throws on a malformed date (programmer error: records are validated first). */
export function localDateToSerial(date: string): number {
  const m = LOCAL_DATE.exec(date);
  if (!m) throw new RangeError(`not a local date (YYYY-MM-DD): ${date}`);
  return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3])) - EPOCH;
}

/** 46023 → `2026-01-01`; the fractional part (a time of day) is dropped. */
export function serialToLocalDate(serial: number): string {
  const [y, m, d] = civilFromDays(Math.floor(serial) + EPOCH);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Reads a date a person typed or Excel stored: a serial, a `Date` that exceljs decoded from a serial
 * (its UTC fields carry the date), or text `2026-01-01`, `2026/1/1`, `2026.1.1`, `2026年1月1日`.
 * Returns `undefined` when it is none of these or not a real calendar date.
 */
export function parseLocalDate(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 1) return serialToLocalDate(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return `${value.getUTCFullYear()}-${String(value.getUTCMonth() + 1).padStart(2, '0')}-${String(value.getUTCDate()).padStart(2, '0')}`;
  }
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [cy, cm, cd] = civilFromDays(daysFromCivil(y, mo, d));
  if (cy !== y || cm !== mo || cd !== d) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
