/** The workstation's calendar: local dates, ISO weeks and months in the enterprise's time zone (Asia/Shanghai). */
import { DEFAULT_TIME_ZONE, formatDay, isoWeekOf, monthOf, timeZone, type DayNumber } from '@order75/core';

const tz = timeZone(DEFAULT_TIME_ZONE);

/** Local day number of an instant. */
export function localDay(now: Date): DayNumber {
  return tz.localDay(now.getTime());
}

/** Local date `YYYY-MM-DD` of an instant. */
export function localDate(now: Date): string {
  return formatDay(localDay(now));
}

/** The ISO week label (`2026-W48`) and month label (`2026-11`) of an instant. */
export function periodsOf(now: Date): { today: string; week: string; month: string } {
  const day = localDay(now);
  return { today: formatDay(day), week: isoWeekOf(day).label, month: monthOf(day).label };
}

/** RFC 3339 with the +08:00 offset, to the second (how records write instants). */
export function localInstant(now: Date): string {
  const shifted = new Date(now.getTime() + 8 * 3600_000);
  return `${shifted.toISOString().slice(0, 19)}+08:00`;
}
