/** Instants and local dates as the records write them, from the device clock and time zone. */

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11-28T09:30:00+08:00`: RFC 3339 with the device's offset (seconds kept, milliseconds dropped). */
export function toInstant(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${toLocalDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `2026-11-28` in the device's time zone. */
export function toLocalDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The value of an `<input type="datetime-local">` (`2026-11-28T09:30`) for an instant; '' when absent or unreadable. */
export function instantToInput(instant: string | undefined): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  return toInstant(date).slice(0, 16);
}

/** The instant of an `<input type="datetime-local">` value, read in the device's time zone; undefined when empty. */
export function inputToInstant(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value.length === 16 ? `${value}:00` : value);
  return Number.isNaN(date.getTime()) ? undefined : toInstant(date);
}

/** A short local display of an instant: `2026-11-28 09:30`. */
export function showInstant(instant: string | undefined): string {
  const v = instantToInput(instant);
  return v ? v.replace('T', ' ') : (instant ?? '');
}
