import { describe, expect, it } from 'vitest';
import { detectIdentifier } from '../../src/formats/detect';

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function usccCheckChar(first17: string): string {
  let sum = 0;
  let weight = 1;
  for (const ch of first17) {
    sum += USCC_CHARS.indexOf(ch) * weight;
    weight = (weight * 3) % 31;
  }
  return USCC_CHARS.charAt((31 - (sum % 31)) % 31);
}
function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const c = (12 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}

describe('detectIdentifier', () => {
  it.each([
    ['91350100M000100Y43', 'uscc', true],
    ['9144030071526726XG', 'uscc', true],
    ['91350100M000100Y4Y', 'uscc', false],
    ['9135I100M000100Y43', 'uscc', false],
    ['91350100m000100y43', 'uscc', false],
    ['11010519491231002X', 'cn-resident-id', true],
    ['11010519491231002x', 'cn-resident-id', true],
    ['440524188001010014', 'cn-resident-id', true],
    ['440524188001010015', 'cn-resident-id', false],
    ['110105194913310021', 'cn-resident-id', false],
    ['XK08-001-04763', 'cn-production-licence', true],
    ['（鄂）XK12-001-00018', 'cn-production-licence', true],
    ['(中)XK12-001-00018', 'cn-production-licence', false],
    ['xk12-001-00018', 'cn-production-licence', false],
    ['ＸＫ12-001-00018', 'cn-production-licence', true],
    ['闽XK06-001-00012', 'cn-production-licence', false],
    ['12345', 'unknown', false],
    ['', 'unknown', false],
  ] as const)('%j is %s (valid: %s)', (value, kind, ok) => {
    const detected = detectIdentifier(value);
    expect(detected.kind).toBe(kind);
    expect(detected.check.ok).toBe(ok);
  });

  it('does not mistake a USCC containing "XK" for a licence number', () => {
    const first17 = '91350100MXK000001';
    const value = first17 + usccCheckChar(first17);
    expect(detectIdentifier(value)).toEqual({ kind: 'uscc', check: expect.objectContaining({ ok: true }) });
  });

  it('reports an all-digit USCC with a bad check character as a USCC when it is not ID-shaped', () => {
    // Positions 7–8 "00" cannot start a birth year, so this is no resident ID.
    const first17 = '91350100000100000';
    const wrong = usccCheckChar(first17) === '0' ? '1' : '0';
    expect(detectIdentifier(first17 + wrong).kind).toBe('uscc');
  });

  it('treats a value valid as both kinds as a resident ID, with a warning', () => {
    // Search ID numbers whose first two digits are also a USCC authority + category (11 机关, 51 社会团体, 52 民办非企业单位)
    // until one's ID check character equals its USCC check character.
    let both: string | undefined;
    outer: for (const head of ['110105', '510104', '520102']) {
      for (let seq = 0; seq < 1000; seq++) {
        const first17 = `${head}19800615${String(seq).padStart(3, '0')}`;
        if (idCheckChar(first17) === usccCheckChar(first17)) {
          both = first17 + idCheckChar(first17);
          break outer;
        }
      }
    }
    expect(both).toBeDefined();
    const detected = detectIdentifier(both as string);
    expect(detected.kind).toBe('cn-resident-id');
    expect(detected.check.ok && detected.check.warnings?.[0]?.en).toContain('also passes as a unified social credit code');
  });

  it('says why it cannot tell, without echoing the value', () => {
    const detected = detectIdentifier('1101051949123100');
    expect(detected.kind).toBe('unknown');
    expect(detected.check.ok).toBe(false);
    if (detected.check.ok) return;
    expect(detected.check.reason.zh).toContain('实际为 16 位');
    expect(detected.check.reason.en).toContain('found 16');
    expect(detected.check.reason.en).not.toContain('1101051949123100');
  });
});
