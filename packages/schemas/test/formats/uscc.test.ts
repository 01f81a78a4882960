import { describe, expect, it } from 'vitest';
import { checkUscc } from '../../src/formats/uscc';

const ALLOWED = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const VECTORS = ['91350100M000100Y43', '9144030071526726XG'];

/** Check character written from GB 32100 §5.1 independently of the module: Σ value·3^i, then (31 − S mod 31) mod 31. */
function checkChar(first17: string): string {
  let sum = 0;
  let weight = 1;
  for (const ch of first17) {
    sum += ALLOWED.indexOf(ch) * weight;
    weight = (weight * 3) % 31;
  }
  return ALLOWED.charAt((31 - (sum % 31)) % 31);
}
const complete = (first17: string) => first17 + checkChar(first17);

function reasonOf(value: string) {
  const result = checkUscc(value);
  if (result.ok) throw new Error(`expected ${value} to be invalid`);
  return result.reason;
}

describe('checkUscc', () => {
  it.each(VECTORS)('accepts the vector %s without warnings', (value) => {
    expect(checkUscc(value)).toEqual({ ok: true, normalized: value });
  });

  it.each([
    // 机关, 事业单位, 社会团体, 个体工商户, 农民专业合作社, 律师事务所, 农村集体经济组织, Y1, national-level region 100000
    '11100000000013127', '12350100488888888', '51350100MJ0000001', '92350100MA2Y00000', '93350100MA3C0000X',
    '31350000E00000001', 'N2350100MF0000001', 'Y1350100MA0000001', '91100000100000000',
  ].map(complete))('accepts the generated code %s', (value) => {
    expect(checkUscc(value).ok).toBe(true);
  });

  it('trims surrounding whitespace into normalized', () => {
    expect(checkUscc('  91350100M000100Y43\t')).toEqual({ ok: true, normalized: '91350100M000100Y43' });
  });

  describe.each(VECTORS)('every single-character change of %s is invalid', (vector) => {
    it.each(Array.from({ length: 18 }, (_, i) => i))('position %i', (i) => {
      let checked = 0;
      for (const ch of ALLOWED) {
        if (ch === vector[i]) continue;
        const mutated = vector.slice(0, i) + ch + vector.slice(i + 1);
        expect(checkUscc(mutated).ok, mutated).toBe(false);
        checked++;
      }
      expect(checked).toBe(30);
    });
  });

  it.each([
    ['', '不能为空', 'must not be empty'],
    ['91350100M000100Y4', '实际为 17 位', 'found 17'],
    ['91350100M000100Y433', '实际为 19 位', 'found 19'],
    ['9135I100M000100Y43', '第 5 位 "I" 不是允许的字符（统一社会信用代码不使用 I、O、S、V、Z）', 'position 5 "I" is not an allowed character'],
    ['91350100O000100Y43', '第 9 位 "O"', 'never use I, O, S, V, Z'],
    ['91350100M000100Y4Z', '第 18 位 "Z"', 'position 18 "Z"'],
    ['91350100m000100Y43', '第 9 位 "m" 是小写字母', 'use upper case only, write "M"'],
    ['91350100M000100y43', '请改为 "Y"', 'position 16 "y" is lower case'],
    ['91350100-000100Y43', '第 9 位 "-" 不是允许的字符（只能使用数字', 'use digits 0–9 and upper-case letters'],
    ['91350100Ｍ000100Y43', '第 9 位 "Ｍ"', 'position 9 "Ｍ"'],
  ])('rejects %j: %s', (value, zh, en) => {
    const reason = reasonOf(value);
    expect(reason.zh).toContain(zh);
    expect(reason.en).toContain(en);
  });

  it('names the expected and the found check character', () => {
    const reason = reasonOf('91350100M000100Y4Y');
    expect(reason.zh).toContain('校验码应为 3，而不是 Y');
    expect(reason.en).toContain('check character should be 3, not Y');
  });

  it.each([
    ['B1350100M000100Y4', '第 1 位（登记管理部门代码）"B" 无效', 'position 1 (registration authority) "B"'],
    ['0135010000000000X', '"0" 无效', '"0" is not a known code'],
    ['94350100M000100Y4', '第 2 位（机构类别代码）"4" 不适用于登记管理部门 9（工商），应为 1、2、3 之一', 'use one of 1, 2, 3'],
    ['99350100M000100Y4', '"9" 不适用于登记管理部门 9', 'entity category'],
    ['Y2350100M000100Y4', '应为 1 之一', 'registration authority Y (other)'],
    ['36350100M000100Y4', '登记管理部门 3（司法行政）', 'use one of 1, 2, 3, 4, 5, 9'],
    ['913501A0M000100Y4', '第 3–8 位（登记管理机关行政区划码）应为 6 位数字，第 7 位是 "A"', 'position 7 is "A"'],
  ])('rejects %s (with a correct check character) for its structure', (first17, zh, en) => {
    const reason = reasonOf(complete(first17));
    expect(reason.zh).toContain(zh);
    expect(reason.en).toContain(en);
  });

  it('warns, without failing, when the organisation code fails GB 11714', () => {
    // 71526726X passes GB 11714; 715267260 does not (position 17 should be X).
    const value = complete('91440300715267260');
    const result = checkUscc(value);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.normalized).toBe(value);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings?.[0]?.zh).toContain('GB 11714');
    expect(result.warnings?.[0]?.en).toContain('position 17 should be X');
  });
});
