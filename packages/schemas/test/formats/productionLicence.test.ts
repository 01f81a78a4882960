import { describe, expect, it } from 'vitest';
import { checkProductionLicence } from '../../src/formats/productionLicence';

const ABBREVIATIONS = [...'京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新港澳台'];

describe('checkProductionLicence', () => {
  it.each([
    ['XK08-001-04763', 'XK08-001-04763'],
    ['(闽)XK06-001-00012', '(闽)XK06-001-00012'],
    ['（鄂）XK12-001-00018', '(鄂)XK12-001-00018'],
    ['(鄂）XK12-001-00018', '(鄂)XK12-001-00018'],
    ['  (黔)XK21-007-12345 ', '(黔)XK21-007-12345'],
    ['（粤）ＸＫ１６－２０４－０１２３４', '(粤)XK16-204-01234'],
    ['XK08–001—04763', 'XK08-001-04763'],
  ])('accepts %j as %s', (value, normalized) => {
    expect(checkProductionLicence(value)).toEqual({ ok: true, normalized });
  });

  it('accepts all 39 provincial abbreviations (34 regions, 5 alternates)', () => {
    expect(ABBREVIATIONS).toHaveLength(39);
    for (const abbr of ABBREVIATIONS) {
      expect(checkProductionLicence(`(${abbr})XK06-001-00012`).ok, abbr).toBe(true);
      expect(checkProductionLicence(`（${abbr}）XK06-001-00012`).ok, abbr).toBe(true);
    }
  });

  it.each([
    ['', '不能为空', 'must not be empty'],
    ['(中)XK06-001-00012', '"中" 不是省级行政区简称', '"中" is not a provincial abbreviation'],
    ['（A）XK06-001-00012', '"A" 不是省级行政区简称', '"A" is not a provincial abbreviation'],
    ['(福建)XK06-001-00012', '括号内应为一个省份简称', 'one provincial abbreviation'],
    ['()XK06-001-00012', '括号内应为一个省份简称', 'one provincial abbreviation'],
    ['闽XK06-001-00012', '省份简称须放在括号内', 'in brackets'],
    ['XK06-001-0001', '实际为 13 个字符', 'found 13'],
    ['(闽)XK06-001-000123', '括号后实际为 15 个字符', 'after the brackets; found 15'],
    ['xk06-001-00012', '"XK" 应为大写字母', 'must be upper case'],
    ['QS06-001-00012', '应以 XK 开头', 'starts with XK'],
    ['XK06_001-00012', '第 5 个字符应为连字符 "-"，而不是 "_"', 'character 5 should be a hyphen "-", not "_"'],
    ['(闽)XK06-001-0001A', '第 17 个字符应为数字，而不是 "A"', 'character 17 should be a digit, not "A"'],
    ['XK0６-00l-00012', '第 8 个字符应为数字，而不是 "l"', 'character 8 should be a digit'],
    ['XK06 001 00012', '第 5 个字符应为连字符', 'should be a hyphen'],
  ])('rejects %j', (value, zh, en) => {
    const result = checkProductionLicence(value);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.zh).toContain(zh);
    expect(result.reason.en).toContain(en);
  });
});
