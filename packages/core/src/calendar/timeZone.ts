/**
 * Instants (RFC 3339 with offset) and the enterprise's time zone. Asia/Shanghai — the default — is a fixed +08:00
 * with no daylight saving since 1991, so its conversions are plain arithmetic; other zones ask `Intl` once per
 * conversion (cached per hour), never per day of a loop.
 */
import type { DayNumber } from './days';
import { civilToDay } from './days';

const MS_PER_DAY = 86_400_000;

function digits(s: string, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Parses an RFC 3339 instant (`2026-03-02T09:30:00+08:00`, `…Z`, optional fraction) to epoch milliseconds without a
 * `Date` or a regular expression (it runs once per record); `NaN` when malformed.
 */
export function parseInstant(text: string): number {
  const n = text.length;
  if (n < 20 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return Number.NaN;
  const t = text.charCodeAt(10);
  if (t !== 84 && t !== 116 && t !== 32) return Number.NaN;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60)) return Number.NaN;
  let i = 19;
  let frac = 0;
  if (text.charCodeAt(i) === 46) {
    let scale = 100;
    i++;
    const start = i;
    while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) {
      frac += (text.charCodeAt(i) - 48) * scale;
      scale /= 10;
      i++;
    }
    if (i === start) return Number.NaN;
    frac = Math.round(frac);
  }
  let offset = 0;
  const z = text.charCodeAt(i);
  if (z === 90 || z === 122) {
    if (i + 1 !== n) return Number.NaN;
  } else if ((z === 43 || z === 45) && i + 6 === n && text.charCodeAt(i + 3) === 58) {
    const oh = digits(text, i + 1, 2);
    const om = digits(text, i + 4, 2);
    if (!(oh <= 23 && om <= 59)) return Number.NaN;
    offset = (z === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
  } else return Number.NaN;
  return civilToDay(year, month, day) * MS_PER_DAY + hour * 3_600_000 + minute * 60_000 + second * 1000 + frac - offset;
}

/** A time zone as the engine needs it: instant → local day, and where a local day starts. */
export interface TimeZone {
  readonly name: string;
  /** The local date of an instant (epoch ms). */
  localDay(epochMs: number): DayNumber;
  /** The instant at 00:00 local time of a day; the end of day D (24:00) is `startOfDay(D + 1)`. */
  startOfDay(day: DayNumber): number;
}

/** The project's default time zone. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const FIXED: Readonly<Record<string, number>> = {
  'Asia/Shanghai': 480,
  'Asia/Chongqing': 480,
  'Asia/Chungking': 480,
  'Asia/Harbin': 480,
  PRC: 480,
  UTC: 0,
  'Etc/UTC': 0,
  GMT: 0,
  'Etc/GMT': 0,
};

/**
 * Zones are classes, and `timeZone()` hands out one instance per name: the engine calls `localDay` and `startOfDay` in
 * its hottest loops, and the same functions from run to run let optimised code keep its call targets (fresh closures
 * per run made it deoptimise and recompile on every run).
 */
class FixedZone implements TimeZone {
  private readonly offset: number;
  constructor(
    readonly name: string,
    offsetMinutes: number,
  ) {
    this.offset = offsetMinutes * 60_000;
  }
  localDay(ms: number): DayNumber {
    return Math.floor((ms + this.offset) / MS_PER_DAY);
  }
  startOfDay(day: DayNumber): number {
    return day * MS_PER_DAY - this.offset;
  }
}

class IntlZone implements TimeZone {
  private readonly format: Intl.DateTimeFormat;
  private readonly cache = new Map<number, number>();
  constructor(readonly name: string) {
    // Throws RangeError for an unknown zone name: a configuration error worth stopping for.
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }
  private offsetAt(ms: number): number {
    const hour = Math.floor(ms / 3_600_000);
    const hit = this.cache.get(hour);
    if (hit !== undefined) return hit;
    const parts: Record<string, number> = {};
    for (const p of this.format.formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
    const local =
      civilToDay(parts.year as number, parts.month as number, parts.day as number) * MS_PER_DAY +
      (parts.hour as number) * 3_600_000 +
      (parts.minute as number) * 60_000 +
      (parts.second as number) * 1000;
    const offset = local - (ms - (ms % 1000));
    this.cache.set(hour, offset);
    return offset;
  }
  localDay(ms: number): DayNumber {
    return Math.floor((ms + this.offsetAt(ms)) / MS_PER_DAY);
  }
  startOfDay(day: DayNumber): number {
    const guess = day * MS_PER_DAY - this.offsetAt(day * MS_PER_DAY);
    return day * MS_PER_DAY - this.offsetAt(guess);
  }
}

const zones = new Map<string, TimeZone>();

/** The time zone of an IANA name; Asia/Shanghai (default) and UTC without `Intl`. */
export function timeZone(name: string = DEFAULT_TIME_ZONE): TimeZone {
  let zone = zones.get(name);
  if (!zone) {
    const fixed = FIXED[name];
    zone = fixed === undefined ? new IntlZone(name) : new FixedZone(name, fixed);
    zones.set(name, zone);
  }
  return zone;
}

/** An instant given as RFC 3339 text, epoch milliseconds or a `Date`, as epoch milliseconds (throws when invalid). */
export function instantMs(value: string | number | Date): number {
  const ms = typeof value === 'string' ? parseInstant(value) : typeof value === 'number' ? value : value.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`not an instant (RFC 3339 with offset): ${JSON.stringify(String(value))}`);
  return ms;
}
