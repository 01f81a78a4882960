/** 工业产品生产许可证编号 (industrial product production licence number) per the 工业产品生产许可证管理条例实施办法: `[(省简称)]XKnn-nnn-nnnnn`. */
import type { IdentifierCheck } from './types';

/** The 34 provincial-level 简称, with the official alternates 蜀 黔 滇 秦 陇. */
const ABBREVIATIONS = '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新港澳台';
/** `XKnn-nnn-nnnnn`: X, K, then `d` for a digit and `-` for a hyphen. */
const PATTERN = 'XKdd-ddd-ddddd';
const EXAMPLE = '(闽)XK06-001-00012';

const fail = (zh: string, en: string): IdentifierCheck => ({ ok: false, reason: { zh, en } });

/**
 * Checks a production licence number `XKnn-nnn-nnnnn` (industry, product, enterprise), optionally preceded by a
 * provincial 简称 in brackets for provincially issued licences, e.g. `(鄂)XK12-001-00018`. Full-width forms typed
 * with a Chinese IME (`（鄂）`, `ＸＫ`, `１２`, `－`) and dash look-alikes (‐ – — −) are accepted; `normalized` is the
 * ASCII form with ASCII brackets. Lower-case `xk` is rejected.
 */
export function checkProductionLicence(value: string): IdentifierCheck {
  const raw = value.trim();
  if (raw.length === 0) return fail('生产许可证编号不能为空', 'the production licence number must not be empty');
  const s = toAscii(raw);

  let start = 0;
  const first = s[0] as string;
  if (first === '(') {
    const abbr = s[1] ?? '';
    if (s[2] !== ')') {
      return fail(
        `括号内应为一个省份简称，如 ${EXAMPLE}`,
        `the brackets must hold one provincial abbreviation, e.g. ${EXAMPLE}`,
      );
    }
    if (!ABBREVIATIONS.includes(abbr)) {
      return fail(
        `"${abbr}" 不是省级行政区简称（应为 京、津、冀、晋、蒙、辽、吉、黑、沪、苏、浙、皖、闽、赣、鲁、豫、鄂、湘、粤、桂、琼、渝、川、贵、云、藏、陕、甘、青、宁、新、港、澳、台 之一）`,
        `"${abbr}" is not a provincial abbreviation (use one of 京 津 冀 晋 蒙 辽 吉 黑 沪 苏 浙 皖 闽 赣 鲁 豫 鄂 湘 粤 桂 琼 渝 川 贵 云 藏 陕 甘 青 宁 新 港 澳 台, or 蜀 黔 滇 秦 陇)`,
      );
    }
    start = 3;
  } else if (ABBREVIATIONS.includes(first)) {
    return fail(`省份简称须放在括号内，如 ${EXAMPLE}`, `put the provincial abbreviation in brackets, e.g. ${EXAMPLE}`);
  }

  const length = s.length - start;
  if (length !== PATTERN.length) {
    return fail(
      `许可证编号应为 XKnn-nnn-nnnnn（14 个字符，n 为数字），${start ? '括号后' : ''}实际为 ${length} 个字符`,
      `a licence number is XKnn-nnn-nnnnn (14 characters, n a digit)${start ? ' after the brackets' : ''}; found ${length}`,
    );
  }
  if (s[start] !== 'X' || s[start + 1] !== 'K') {
    const lower = (s[start] === 'x' || s[start] === 'X') && (s[start + 1] === 'k' || s[start + 1] === 'K');
    return lower
      ? fail('"XK" 应为大写字母', '"XK" must be upper case')
      : fail(`许可证编号应以 XK 开头，如 ${EXAMPLE}`, `a licence number starts with XK, e.g. ${EXAMPLE}`);
  }
  for (let i = 2; i < PATTERN.length; i++) {
    const code = s.charCodeAt(start + i);
    const pos = start + i + 1;
    const ch = raw[start + i];
    if (PATTERN[i] === '-') {
      if (code !== 45) return fail(`第 ${pos} 个字符应为连字符 "-"，而不是 "${ch}"`, `character ${pos} should be a hyphen "-", not "${ch}"`);
    } else if (code < 48 || code > 57) {
      return fail(
        `第 ${pos} 个字符应为数字，而不是 "${ch}"（格式 XKnn-nnn-nnnnn）`,
        `character ${pos} should be a digit, not "${ch}" (format XKnn-nnn-nnnnn)`,
      );
    }
  }
  return { ok: true, normalized: s };
}

/** Maps full-width ASCII (U+FF01–FF5E) and dash look-alikes to ASCII, one UTF-16 unit for one; no copy when already ASCII. */
function toAscii(s: string): string {
  let out: string[] | undefined;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    let mapped = code;
    if (code >= 0xff01 && code <= 0xff5e) mapped = code - 0xfee0;
    else if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe63) mapped = 45;
    if (mapped !== code) {
      out ??= s.slice(0, i).split('');
      out.push(String.fromCharCode(mapped));
    } else if (out) {
      out.push(s[i] as string);
    }
  }
  return out ? out.join('') : s;
}
