import { describe, expect, it } from 'vitest';
import { checkResidentId } from '../../src/formats/residentId';

/** MOD 11-2 written from ISO 7064 independently of the module: weights 2^(17−i) mod 11, check = (12 − S mod 11) mod 11. */
function checkChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const c = (12 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}
const complete = (first17: string) => first17 + checkChar(first17);
const wrongCheck = (first17: string) => first17 + (checkChar(first17) === '0' ? '1' : '0');

function reasonOf(value: string) {
  const result = checkResidentId(value);
  if (result.ok) throw new Error('expected an invalid ID');
  return result.reason;
}

/** No reason may quote the number, nor its address code, birth date or sequence-and-check part. */
function expectNoEcho(value: string, reason: { zh: string; en: string }) {
  const parts = [value, value.slice(0, 6), value.slice(6, 14), value.slice(14)].filter((p) => p.length >= 4);
  for (const text of [reason.zh, reason.en]) for (const part of parts) expect(text).not.toContain(part);
}

describe('checkResidentId', () => {
  it.each(['11010519491231002X', '440524188001010014'])('accepts the vector %s', (value) => {
    expect(checkResidentId(value)).toEqual({ ok: true, normalized: value });
  });

  it('accepts a lower-case x and normalises it to X', () => {
    expect(checkResidentId(' 11010519491231002x ')).toEqual({ ok: true, normalized: '11010519491231002X' });
  });

  it.each([
    ['a leap day in a leap year', '35010220000229123'],
    ['a leap day in a year divisible by 4', '44030519960229004'],
    ['a leap day in 1904', '11010119040229001'],
    ['the earliest accepted date', '11010118000101001'],
    ['the latest accepted date', '65010220991231001'],
    ['Hong Kong residence permit', '81000019900101001'],
    ['Macao residence permit', '82000019900101001'],
    ['Taiwan residence permit (83)', '83000019900101001'],
    ['Taiwan in GB/T 2260 (71)', '71000019900101001'],
    ['province 15 (Inner Mongolia)', '15010219851130003'],
  ])('accepts %s', (_, first17) => {
    const value = complete(first17);
    expect(checkResidentId(value)).toEqual({ ok: true, normalized: value });
  });

  it.each([
    ['29 February in 1900 (not a leap year)', '11010119000229001', '日不存在于该月份', 'does not exist in that month'],
    ['29 February in 2001', '11010120010229001', '日不存在于该月份', 'does not exist in that month'],
    ['30 February in 2000', '11010120000230001', '日不存在于该月份', 'does not exist in that month'],
    ['31 April', '11010119900431001', '日不存在于该月份', 'does not exist in that month'],
    ['day 00', '11010119900100001', '日不存在于该月份', 'does not exist in that month'],
    ['month 13', '11010119901301001', '月份应为 01–12', 'birth month in positions 7–14 must be 01–12'],
    ['month 00', '11010119900001001', '月份应为 01–12', 'must be 01–12'],
    ['year 1799', '11010117991231001', '年份应在 1800–2099 之间', 'between 1800 and 2099'],
    ['year 2100', '11010121000101001', '年份应在 1800–2099 之间', 'between 1800 and 2099'],
    ['province 00', '00010119900101001', '不是有效的省级行政区划代码', 'not a valid province code'],
    ['province 16', '16010119900101001', '不是有效的省级行政区划代码', 'not a valid province code'],
    ['province 66', '66010119900101001', '不是有效的省级行政区划代码', 'not a valid province code'],
    ['province 84', '84000019900101001', '不是有效的省级行政区划代码', 'not a valid province code'],
    ['province 99', '99010119900101001', '不是有效的省级行政区划代码', 'not a valid province code'],
  ])('rejects %s', (_, first17, zh, en) => {
    const value = complete(first17);
    const reason = reasonOf(value);
    expect(reason.zh).toContain(zh);
    expect(reason.en).toContain(en);
    expectNoEcho(value, reason);
  });

  it.each([
    ['a wrong check digit', '110105194912310021', '校验码不正确', 'check character is wrong'],
    ['X where a digit belongs', '44052418800101001X', '校验码不正确', 'check character is wrong'],
    ['a letter inside', '1101051949123A002X', '第 14 位应为数字', 'position 14 must be a digit'],
    ['a letter as check character', '11010519491231002Y', '第 18 位（校验码）应为数字或 X', 'must be a digit or X'],
    ['17 characters', '11010519491231002', '应为 18 位，实际为 17 位', 'found 17'],
    ['19 characters', '11010519491231002X0', '实际为 19 位', 'found 19'],
    ['a 15-digit first-generation number', '110105491231002', '15 位第一代身份证号码', 'retired 15-digit'],
    ['empty', '  ', '不能为空', 'must not be empty'],
  ])('rejects %s', (_, value, zh, en) => {
    const reason = reasonOf(value);
    expect(reason.zh).toContain(zh);
    expect(reason.en).toContain(en);
    expectNoEcho(value.trim(), reason);
  });

  it('gives the same check-character reason whatever the number, revealing nothing of it', () => {
    const a = reasonOf(wrongCheck('11010519491231002'));
    const b = reasonOf(wrongCheck('44052418800101001'));
    expect(a).toEqual(b);
    expect(a.zh).not.toMatch(/[0-9X]/);
    expect(a.en).not.toMatch(/[0-9]/);
  });

  it('rejects every single-digit change to the vectors', () => {
    for (const vector of ['11010519491231002X', '440524188001010014']) {
      for (let i = 0; i < 18; i++) {
        for (const ch of '0123456789X') {
          if (ch === vector[i] || (ch === 'X' && i < 17)) continue;
          const mutated = vector.slice(0, i) + ch + vector.slice(i + 1);
          expect(checkResidentId(mutated).ok, mutated).toBe(false);
        }
      }
    }
  });
});
