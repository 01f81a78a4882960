/** 公民身份号码 (citizen ID number) per GB 11643-1999: address code (GB/T 2260), birth date, sequence, ISO 7064 MOD 11-2 check. */
import { isProvinceCode } from './regionCode';
import type { IdentifierCheck } from './types';

/** W[i] = 2^(17−i) mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
/** Oldest accepted birth year: real records of people born in the 1880s exist (test vector 440524188001010014). */
const MIN_YEAR = 1800;
/** Newest accepted birth year; the check cannot know today's date, so this only catches mistyped centuries. */
const MAX_YEAR = 2099;
/** 830000: 台湾居民居住证 numbers (810000/820000 serve Hong Kong and Macao, as in GB/T 2260). */
const TAIWAN_RESIDENCE_PERMIT = 83;

// Reasons never quote the number or any part of it: an ID number is personal data and messages end up in logs.
const fail = (zh: string, en: string): IdentifierCheck => ({ ok: false, reason: { zh, en } });

/**
 * Checks an 18-character 公民身份号码 (also the 港澳台居民居住证 numbers, prefixes 81/82/83). Accepts a province
 * prefix of GB/T 2260 (11–65 as listed there, 71, 81, 82) or 83; a real calendar birth date from 1800-01-01 to
 * 2099-12-31; the MOD 11-2 check character. A lower-case `x` is accepted and normalised to `X`; surrounding
 * whitespace is trimmed. Reasons never echo the number.
 */
export function checkResidentId(value: string): IdentifierCheck {
  const s = value.trim();
  if (s.length === 0) return fail('公民身份号码不能为空', 'the resident ID number must not be empty');
  if (s.length !== 18) {
    if (s.length === 15 && allDigits(s, 15)) {
      return fail(
        '这是已停用的 15 位第一代身份证号码，请填写 18 位号码',
        'this is a retired 15-digit first-generation ID number; enter the 18-digit number',
      );
    }
    const n = [...s].length;
    return fail(`公民身份号码应为 18 位，实际为 ${n} 位`, `a resident ID number has 18 characters, found ${n}`);
  }

  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) {
      return fail(`第 ${i + 1} 位应为数字`, `position ${i + 1} must be a digit (only the last character may be X)`);
    }
    sum += d * (WEIGHTS[i] as number);
  }
  const last = s.charCodeAt(17);
  const lastIsX = last === 88 || last === 120;
  if (!lastIsX && (last < 48 || last > 57)) {
    return fail('第 18 位（校验码）应为数字或 X', 'position 18 (check character) must be a digit or X');
  }

  const province = num(s, 0, 2);
  if (!isProvinceCode(province) && province !== TAIWAN_RESIDENCE_PERMIT) {
    return fail(
      '第 1–2 位不是有效的省级行政区划代码，请核对号码',
      'positions 1–2 are not a valid province code; check the number',
    );
  }

  const dateProblem = birthDateProblem(num(s, 6, 4), num(s, 10, 2), num(s, 12, 2));
  if (dateProblem !== undefined) return dateProblem;

  if (CHECK.charCodeAt(sum % 11) !== (lastIsX ? 88 : last)) {
    return fail('校验码不正确，请核对号码是否有录入错误', 'check character is wrong; check the number for a typo');
  }
  return { ok: true, normalized: last === 120 ? `${s.slice(0, 17)}X` : s };
}

function birthDateProblem(year: number, month: number, day: number): IdentifierCheck | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return fail(
      `第 7–14 位出生日期的年份应在 ${MIN_YEAR}–${MAX_YEAR} 之间，请核对号码`,
      `the birth year in positions 7–14 must be between ${MIN_YEAR} and ${MAX_YEAR}; check the number`,
    );
  }
  if (month < 1 || month > 12) {
    return fail('第 7–14 位出生日期的月份应为 01–12，请核对号码', 'the birth month in positions 7–14 must be 01–12; check the number');
  }
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  if (day < 1 || day > days) {
    return fail(
      '第 7–14 位出生日期的日不存在于该月份，请核对号码',
      'the birth day in positions 7–14 does not exist in that month; check the number',
    );
  }
  return undefined;
}

/** The decimal number in `s[from, from + length)`; callers have checked these are digits. */
function num(s: string, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}

function allDigits(s: string, length: number): boolean {
  for (let i = 0; i < length; i++) {
    const code = s.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
