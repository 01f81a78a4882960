/** 统一社会信用代码 (unified social credit code, USCC) per GB 32100-2015 (+ XG1-2016); MOD 31 check per GB/T 17710; inner 组织机构代码 check per GB 11714. */
import type { IdentifierCheck, Message } from './types';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** W[i] = 3^i mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** ASCII char code → value 0..30; -1 for anything the code never uses. */
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < CHARSET.length; i++) VALUE[CHARSET.charCodeAt(i)] = i;

interface Authority {
  zh: string;
  en: string;
  /** Allowed 机构类别代码 (position 2) for this authority. */
  categories: string;
}

/**
 * 登记管理部门代码 (position 1) and its 机构类别代码 (position 2), per the GB 32100 code-assignment table as
 * replicated by the standard's implementers (see regulation-research.md §5.1).
 */
const AUTHORITIES: Readonly<Record<string, Authority>> = {
  '1': { zh: '机构编制', en: 'staffing', categories: '1239' },
  '2': { zh: '外交', en: 'foreign affairs', categories: '19' },
  '3': { zh: '司法行政', en: 'judicial administration', categories: '123459' },
  '4': { zh: '文化', en: 'culture', categories: '19' },
  '5': { zh: '民政', en: 'civil affairs', categories: '1239' },
  '6': { zh: '旅游', en: 'tourism', categories: '129' },
  '7': { zh: '宗教', en: 'religious affairs', categories: '129' },
  '8': { zh: '工会', en: 'trade unions', categories: '19' },
  '9': { zh: '工商', en: 'market regulation', categories: '123' },
  A: { zh: '中央军委改革和编制办公室', en: 'CMC reform and staffing office', categories: '19' },
  N: { zh: '农业', en: 'agriculture', categories: '1239' },
  Y: { zh: '其他', en: 'other', categories: '1' },
};

const fail = (zh: string, en: string): IdentifierCheck => ({ ok: false, reason: { zh, en } });
const list = (chars: string, zhSep: string, enSep: string) => ({ zh: chars.split('').join(zhSep), en: chars.split('').join(enSep) });

/**
 * Checks a 统一社会信用代码: 18 characters from `0-9A-Z` without I, O, S, V, Z; a known registration authority
 * and entity category; a 6-digit region; the MOD 31 check character. Surrounding whitespace is trimmed; lower case
 * is rejected (the code is upper case by definition). A failing inner organisation-code (GB 11714) check is
 * reported in `warnings` only, because not every 主体标识码 follows it.
 */
export function checkUscc(value: string): IdentifierCheck {
  const s = value.trim();
  if (s.length === 0) return fail('统一社会信用代码不能为空', 'the unified social credit code must not be empty');
  if (s.length !== 18) {
    const n = [...s].length;
    return fail(`统一社会信用代码应为 18 位，实际为 ${n} 位`, `a unified social credit code has 18 characters, found ${n}`);
  }

  let sum = 0;
  for (let i = 0; i < 18; i++) {
    const code = s.charCodeAt(i);
    const v = code < 128 ? (VALUE[code] as number) : -1;
    if (v < 0) return badChar(s, i, code);
    if (i < 17) sum += v * (WEIGHTS[i] as number);
  }

  const authority = AUTHORITIES[s[0] as string];
  if (authority === undefined) {
    return fail(
      `第 1 位（登记管理部门代码）"${s[0]}" 无效，应为 1–9、A、N 或 Y`,
      `position 1 (registration authority) "${s[0]}" is not a known code; use 1–9, A, N or Y`,
    );
  }
  if (!authority.categories.includes(s[1] as string)) {
    const allowed = list(authority.categories, '、', ', ');
    return fail(
      `第 2 位（机构类别代码）"${s[1]}" 不适用于登记管理部门 ${s[0]}（${authority.zh}），应为 ${allowed.zh} 之一`,
      `position 2 (entity category) "${s[1]}" is not valid for registration authority ${s[0]} (${authority.en}); use one of ${allowed.en}`,
    );
  }
  for (let i = 2; i < 8; i++) {
    const code = s.charCodeAt(i);
    if (code < 48 || code > 57) {
      return fail(
        `第 3–8 位（登记管理机关行政区划码）应为 6 位数字，第 ${i + 1} 位是 "${s[i]}"`,
        `positions 3–8 (the registering authority's region code) must be 6 digits; position ${i + 1} is "${s[i]}"`,
      );
    }
  }

  const expected = CHARSET[(31 - (sum % 31)) % 31] as string;
  if (s[17] !== expected) {
    return fail(
      `校验码应为 ${expected}，而不是 ${s[17]}（请核对前 17 位是否有录入错误）`,
      `check character should be ${expected}, not ${s[17]} (check the first 17 characters for a typo)`,
    );
  }

  const warning = orgCodeWarning(s);
  return warning === undefined ? { ok: true, normalized: s } : { ok: true, normalized: s, warnings: [warning] };
}

function badChar(s: string, i: number, code: number): IdentifierCheck {
  const ch = String.fromCodePoint(s.codePointAt(i) as number);
  const pos = i + 1;
  if (code >= 97 && code <= 122) {
    const upper = ch.toUpperCase();
    if ((VALUE[upper.charCodeAt(0)] as number) >= 0) {
      return fail(
        `第 ${pos} 位 "${ch}" 是小写字母，统一社会信用代码只用大写字母，请改为 "${upper}"`,
        `position ${pos} "${ch}" is lower case; unified social credit codes use upper case only, write "${upper}"`,
      );
    }
  }
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
    return fail(
      `第 ${pos} 位 "${ch}" 不是允许的字符（统一社会信用代码不使用 I、O、S、V、Z）`,
      `position ${pos} "${ch}" is not an allowed character (unified social credit codes never use I, O, S, V, Z)`,
    );
  }
  return fail(
    `第 ${pos} 位 "${ch}" 不是允许的字符（只能使用数字 0–9 和除 I、O、S、V、Z 以外的大写字母）`,
    `position ${pos} "${ch}" is not an allowed character (use digits 0–9 and upper-case letters other than I, O, S, V, Z)`,
  );
}

/** GB 11714 check on the 主体标识码 (positions 9–17); digits count as themselves, A–Z as 10–35. */
function orgCodeWarning(s: string): Message | undefined {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const code = s.charCodeAt(8 + i);
    sum += (code <= 57 ? code - 48 : code - 55) * (ORG_WEIGHTS[i] as number);
  }
  const c9 = 11 - (sum % 11);
  const expected = c9 === 10 ? 'X' : c9 === 11 ? '0' : String(c9);
  if (s[16] === expected) return undefined;
  const org = s.slice(8, 17);
  return {
    zh: `第 9–17 位的组织机构代码 ${org} 未通过 GB 11714 校验（第 17 位应为 ${expected}），请与证照核对；个体工商户等主体的代码可能不遵循此规则`,
    en: `the organisation code ${org} in positions 9–17 fails its GB 11714 check (position 17 should be ${expected}); compare it with the licence — some entities such as sole traders may not follow this rule`,
  };
}
