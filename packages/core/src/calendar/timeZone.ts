/**
 * Instants (RFC 3339 with offset) and the enterprise's time zone. Asia/Shanghai — the default — is a fixed +08:00
 * with no daylight saving since 1991, so its conversions are plain arithmetic; other zones ask `Intl` once per
 * conversion (cached per hour), never per day of a loop.
 */
import type { DayNumber } from './days';
import { civilToDay } from './days';

const MS_PER_DAY = 86_400_000;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** Parses an RFC 3339 instant to epoch milliseconds without a `Date`; `NaN` when malformed. */
export function parseInstant(text: string): number {
  const m = INSTANT.exec(text);
  if (!m) return Number.NaN;
  const day = civilToDay(Number(m[1]), Number(m[2]), Number(m[3]));
  const frac = m[7] ? Math.round(Number(`0${m[7]}`) * 1000) : 0;
  const local = day * MS_PER_DAY + Number(m[4]) * 3_600_000 + Number(m[5]) * 60_000 + Number(m[6]) * 1000 + frac;
  const zone = m[8] as string;
  if (zone === 'Z' || zone === 'z') return local;
  const sign = zone[0] === '-' ? -1 : 1;
  const offset = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  return local - offset;
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

function fixedZone(name: string, offsetMinutes: number): TimeZone {
  const offset = offsetMinutes * 60_000;
  return {
    name,
    localDay: (ms) => Math.floor((ms + offset) / MS_PER_DAY),
    startOfDay: (day) => day * MS_PER_DAY - offset,
  };
}

function intlZone(name: string): TimeZone {
  // Throws RangeError for an unknown zone name: a configuration error worth stopping for.
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: name,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const cache = new Map<number, number>();
  const offsetAt = (ms: number): number => {
    const hour = Math.floor(ms / 3_600_000);
    const hit = cache.get(hour);
    if (hit !== undefined) return hit;
    const parts: Record<string, number> = {};
    for (const p of format.formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
    const local =
      civilToDay(parts.year as number, parts.month as number, parts.day as number) * MS_PER_DAY +
      (parts.hour as number) * 3_600_000 +
      (parts.minute as number) * 60_000 +
      (parts.second as number) * 1000;
    const offset = local - (ms - (ms % 1000));
    cache.set(hour, offset);
    return offset;
  };
  return {
    name,
    localDay: (ms) => Math.floor((ms + offsetAt(ms)) / MS_PER_DAY),
    startOfDay: (day) => {
      const guess = day * MS_PER_DAY - offsetAt(day * MS_PER_DAY);
      return day * MS_PER_DAY - offsetAt(guess);
    },
  };
}

/** The time zone of an IANA name; Asia/Shanghai (default) and UTC without `Intl`. */
export function timeZone(name: string = DEFAULT_TIME_ZONE): TimeZone {
  const fixed = FIXED[name];
  return fixed === undefined ? intlZone(name) : fixedZone(name, fixed);
}

/** An instant given as RFC 3339 text, epoch milliseconds or a `Date`, as epoch milliseconds (throws when invalid). */
export function instantMs(value: string | number | Date): number {
  const ms = typeof value === 'string' ? parseInstant(value) : typeof value === 'number' ? value : value.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`not an instant (RFC 3339 with offset): ${JSON.stringify(String(value))}`);
  return ms;
}
