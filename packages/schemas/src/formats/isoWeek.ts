/** ISO 8601 week date (GB/T 7408), week form `YYYY-Www`; week-numbering years have 52 or 53 weeks. */
import type { IdentifierCheck } from './types';

const fail = (zh: string, en: string): IdentifierCheck => ({ ok: false, reason: { zh, en } });

/** Weekday of 31 December of `year` in the proleptic Gregorian calendar, 0 = Sunday … 6 = Saturday. */
function dec31Weekday(year: number): number {
  const p = year + Math.floor(year / 4) - Math.floor(year / 100) + Math.floor(year / 400);
  return ((p % 7) + 7) % 7;
}

/**
 * How many ISO weeks the week-numbering year has: 53 when 1 January is a Thursday, or a Wednesday in a leap year
 * (equivalently: 31 December is a Thursday, or 31 December of the year before is a Wednesday), else 52.
 */
export function isoWeeksInYear(year: number): 52 | 53 {
  return dec31Weekday(year) === 4 || dec31Weekday(year - 1) === 3 ? 53 : 52;
}

/**
 * Checks an ISO week `YYYY-Www` (extended form, upper-case W), e.g. `2026-W05`: week 01–52, or 53 in the years that
 * have it (2020, 2026 — not 2021 or 2025). Surrounding whitespace is trimmed.
 */
export function checkIsoWeek(value: string): IdentifierCheck {
  const s = value.trim();
  if (s.length === 0) return fail('ISO 周不能为空', 'the ISO week must not be empty');
  if (s.length !== 8 || s.charCodeAt(4) !== 45 || !digits(s, 0, 4) || !digits(s, 6, 2) || (s[5] !== 'W' && s[5] !== 'w')) {
    return fail(
      `ISO 周应写作 YYYY-Www（如 2026-W05），实际为 "${s}"`,
      `an ISO week is written YYYY-Www (e.g. 2026-W05); found "${s}"`,
    );
  }
  if (s[5] === 'w') return fail(`周标记应为大写 W，如 ${s.slice(0, 5)}W${s.slice(6)}`, `write the week marker as upper-case W: ${s.slice(0, 5)}W${s.slice(6)}`);

  const year = num(s, 0, 4);
  const week = num(s, 6, 2);
  if (week < 1 || week > 53) {
    return fail(`周数应为 01–53，而不是 ${s.slice(6)}`, `the week must be 01–53, not ${s.slice(6)}`);
  }
  if (week === 53 && isoWeeksInYear(year) === 52) {
    const next = String(year + 1).padStart(4, '0');
    return fail(
      `${s.slice(0, 4)} 年只有 52 个 ISO 周，没有 W53；${s.slice(0, 4)}-W52 之后是 ${next}-W01`,
      `${s.slice(0, 4)} has only 52 ISO weeks, no W53; the week after ${s.slice(0, 4)}-W52 is ${next}-W01`,
    );
  }
  return { ok: true, normalized: s };
}

function digits(s: string, from: number, length: number): boolean {
  for (let i = from; i < from + length; i++) {
    const code = s.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function num(s: string, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}
