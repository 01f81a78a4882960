import { describe, expect, it } from 'vitest';
import { applicabilityOn, regionCovers } from '../../src/applicability/applicabilityOn';
import { sizeClass } from '../../src/applicability/sizeClass';
import { profile } from '../helpers/records';

const standardOnly = [{ productId: 'helmet', name: '电动自行车乘员头盔', regime: 'mandatory-standard' as const, standards: ['GB 811-2022'] }];
const p = (over: Parameters<typeof profile>[0]) => profile({ products: standardOnly, ...over });

describe('size class (Art. 18(3))', () => {
  it.each([
    [{ headcount: 1000, revenue: 100 }, 'large', false],
    [{ headcount: 999, revenue: 100 }, 'medium', false],
    [{ headcount: 300, revenue: 100 }, 'medium', false],
    [{ headcount: 299, revenue: 1999.99 }, 'small', false],
    [{ headcount: 10, revenue: 40000 }, 'large', false],
    [{ headcount: 10, revenue: 2000 }, 'medium', false],
    [{ headcount: 299, revenue: undefined, revenueFiscalYear: undefined }, 'unknown', false],
    [{ headcount: 999, revenue: undefined, revenueFiscalYear: undefined }, 'medium', true],
    [{ headcount: 299, headcountAsOf: undefined, revenue: 100 }, 'unknown', false],
  ])('%o is %s (provisional %s)', (measures, cls, provisional) => {
    const s = sizeClass(p(measures as never));
    expect([s.sizeClass, s.provisional]).toEqual([cls, provisional]);
  });

  it('flags a class measured after the date as provisional', () => {
    expect(sizeClass(p({ headcount: 350, headcountAsOf: '2025-12-31' }), '2024-06-01').provisional).toBe(true);
  });
});

describe('applicability', () => {
  it('is out of scope before 2023-05-05 and in scope from then', () => {
    expect(applicabilityOn([profile()], '2023-05-04')).toMatchObject({ inScope: false, requiresDirector: false });
    expect(applicabilityOn([profile()], '2023-05-05')).toMatchObject({ inScope: true, requiresDirector: true, sizeClass: 'medium' });
  });

  it('requires a director for a licence product even at a small producer', () => {
    const a = applicabilityOn([profile({ headcount: 20, revenue: 300 })], '2026-03-02');
    expect(a).toMatchObject({ inScope: true, requiresDirector: true, sizeClass: 'small' });
    expect(a.reasons.some((r) => r.article === '5(1)')).toBe(true);
  });

  it('decides mandatory-standard producers by size, unknown size, and local guidance', () => {
    expect(applicabilityOn([p({ headcount: 20, revenue: 300 })], '2026-03-02').requiresDirector).toBe(false);
    expect(applicabilityOn([p({ headcount: 20, revenue: 300 })], '2026-03-02', { localGuidanceRegions: ['350000'] }).requiresDirector).toBe('recommended');
    expect(applicabilityOn([p({ headcount: 20, revenue: undefined, revenueFiscalYear: undefined })], '2026-03-02').requiresDirector).toBe('unknown');
    expect(applicabilityOn([p({ headcount: 300 })], '2026-03-02').requiresDirector).toBe(true);
  });

  it('leaves excluded categories and stopped production out of scope', () => {
    expect(applicabilityOn([profile({ products: [{ productId: 'f', name: '食品', regime: 'excluded', excludedCategory: 'food' }] })], '2026-03-02')).toMatchObject({ inScope: false, requiresDirector: false });
    const stopped = profile({ products: standardOnly.map((x) => ({ ...x, productionStoppedFrom: '2026-01-01' })) });
    expect(applicabilityOn([stopped], '2025-12-31').inScope).toBe(true);
    expect(applicabilityOn([stopped], '2026-01-01').inScope).toBe(false);
  });

  it('matches region codes by province and city prefix', () => {
    expect(regionCovers('350000', '350102')).toBe(true);
    expect(regionCovers('350100', '350203')).toBe(false);
    expect(regionCovers('350102', '350102')).toBe(true);
  });
});
