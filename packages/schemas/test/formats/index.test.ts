import { describe, expect, it } from 'vitest';
import { detectIdentifier, formats } from '../../src/formats/index';

describe('formats', () => {
  it.each([
    ['uscc', '91350100M000100Y43', '91350100M000100Y44'],
    ['cn-resident-id', '11010519491231002X', '110105194912310021'],
    ['cn-production-licence', '(闽)XK06-001-00012', '(中)XK06-001-00012'],
    ['cn-region-code', '350100', '990100'],
    ['iso-week', '2026-W53', '2025-W53'],
  ] as const)('%s accepts a valid value and rejects an invalid one', (name, valid, invalid) => {
    expect(formats[name](valid)).toBe(true);
    expect(formats[name](invalid)).toBe(false);
  });

  it('exports detectIdentifier', () => {
    expect(detectIdentifier('91350100M000100Y43').kind).toBe('uscc');
  });
});
