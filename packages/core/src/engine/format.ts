/** Local date-time text for messages (`2026-03-02 10:30`), without `Date`. */
import { formatDay } from '../calendar/days';
import type { TimeZone } from '../calendar/timeZone';

/** `YYYY-MM-DD HH:mm` in the time zone. */
export function formatLocal(tz: TimeZone, ms: number): string {
  const day = tz.localDay(ms);
  const minutes = Math.floor((ms - tz.startOfDay(day)) / 60_000);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${formatDay(day)} ${hh}:${mm}`;
}
