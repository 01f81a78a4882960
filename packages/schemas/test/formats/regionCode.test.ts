import { describe, expect, it } from 'vitest';
import { checkRegionCode, isProvinceCode } from '../../src/formats/regionCode';

describe('checkRegionCode', () => {
  it.each(['110000', '110105', '350100', '350102', '419001', '469000', '500200', '654326', '710000', '810000', '820000', ' 440305 '])(
    'accepts %j',
    (value) => {
      expect(checkRegionCode(value)).toEqual({ ok: true, normalized: value.trim() });
    },
  );

  it.each([
    ['', '不能为空', 'must not be empty'],
    ['11010', '应为 6 位数字', 'a region code is 6 digits'],
    ['1101050', '应为 6 位数字', 'found "1101050"'],
    ['11A105', '应为 6 位数字', 'is 6 digits'],
    ['100000', '第 1–2 位 "10" 不是省级行政区划代码', 'positions 1–2 "10" are not a province code'],
    ['160000', '"16" 不是省级行政区划代码', 'not a province code'],
    ['660100', '"66" 不是省级行政区划代码', 'not a province code'],
    ['830000', '"83" 不是省级行政区划代码', 'not a province code'],
    ['990000', '"99" 不是省级行政区划代码', 'not a province code'],
    ['810100', '应写作 810000', 'write 810000'],
    ['710001', '应写作 710000', 'write 710000'],
    ['110001', '第 5–6 位（县）也必须为 00', 'positions 5–6 (county) must be 00 too'],
  ])('rejects %j', (value, zh, en) => {
    const result = checkRegionCode(value);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.zh).toContain(zh);
    expect(result.reason.en).toContain(en);
  });

  it('knows exactly the 34 province-level prefixes', () => {
    const accepted = Array.from({ length: 100 }, (_, p) => p).filter(isProvinceCode);
    expect(accepted).toEqual([
      11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
      64, 65, 71, 81, 82,
    ]);
  });
});
