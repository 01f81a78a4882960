/** 行政区划代码 (administrative division code) per GB/T 2260, checked structurally (no code table). */
import type { IdentifierCheck } from './types';

/** Province-level prefixes in GB/T 2260: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71 台湾, 81 香港, 82 澳门. */
const PROVINCES = new Uint8Array(100);
for (const [from, to] of [
  [11, 15],
  [21, 23],
  [31, 37],
  [41, 46],
  [50, 54],
  [61, 65],
  [71, 71],
  [81, 82],
] as const) {
  for (let p = from; p <= to; p++) PROVINCES[p] = 1;
}

/** Whether `prefix` (0–99) is a province-level code of GB/T 2260, e.g. 11 北京, 65 新疆, 81 香港. */
export function isProvinceCode(prefix: number): boolean {
  return PROVINCES[prefix] === 1;
}

const fail = (zh: string, en: string): IdentifierCheck => ({ ok: false, reason: { zh, en } });

/**
 * Checks a 6-digit 行政区划代码 (province 2 + prefecture 2 + county 2) by structure only: a real province prefix,
 * no county part under a `00` prefecture part, and 台湾/香港/澳门 only as `710000`/`810000`/`820000` (GB/T 2260
 * lists no subdivisions for them). Whether the code exists in a given year's MCA table is not checked, so retired
 * codes (still found in older USCCs and IDs) pass.
 */
export function checkRegionCode(value: string): IdentifierCheck {
  const s = value.trim();
  if (s.length === 0) return fail('行政区划代码不能为空', 'the region code must not be empty');
  if (s.length !== 6) return sixDigits(s);
  for (let i = 0; i < 6; i++) {
    const code = s.charCodeAt(i);
    if (code < 48 || code > 57) return sixDigits(s);
  }

  const province = (s.charCodeAt(0) - 48) * 10 + (s.charCodeAt(1) - 48);
  if (!isProvinceCode(province)) {
    return fail(
      `第 1–2 位 "${s.slice(0, 2)}" 不是省级行政区划代码（应为 11–15、21–23、31–37、41–46、50–54、61–65、71、81 或 82）`,
      `positions 1–2 "${s.slice(0, 2)}" are not a province code (use 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81 or 82)`,
    );
  }
  const prefecture = (s.charCodeAt(2) - 48) * 10 + (s.charCodeAt(3) - 48);
  const county = (s.charCodeAt(4) - 48) * 10 + (s.charCodeAt(5) - 48);
  if (province >= 71 && (prefecture !== 0 || county !== 0)) {
    return fail(
      `GB/T 2260 中台湾、香港、澳门只有省级代码，应写作 ${s.slice(0, 2)}0000`,
      `GB/T 2260 has only a province-level code for Taiwan, Hong Kong and Macao; write ${s.slice(0, 2)}0000`,
    );
  }
  if (prefecture === 0 && county !== 0) {
    return fail(
      `第 3–4 位（地市）为 00 时第 5–6 位（县）也必须为 00；县级代码前须有地市代码`,
      `when positions 3–4 (prefecture) are 00, positions 5–6 (county) must be 00 too; a county code needs its prefecture`,
    );
  }
  return { ok: true, normalized: s };
}

function sixDigits(s: string): IdentifierCheck {
  return fail(
    `行政区划代码应为 6 位数字（如 350100），实际为 "${s}"`,
    `a region code is 6 digits (e.g. 350100); found "${s}"`,
  );
}
