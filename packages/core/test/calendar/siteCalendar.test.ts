import { describe, expect, it } from 'vitest';
import { siteCalendar } from '../../src/calendar/siteCalendar';
import { at, productionCalendar, profile } from '../helpers/records';

const sites = [
  { siteId: 'S1', name: '一厂', weeklyPattern: [1, 2, 3, 4, 5] },
  { siteId: 'S2', name: '二厂', weeklyPattern: [1, 2, 3, 4] },
  { siteId: 'S3', name: '三厂', weeklyPattern: [1, 2, 3, 4, 5, 6, 7] },
];

describe('production days per site', () => {
  const records = [
    profile({ sites }),
    productionCalendar('S1', [{ date: '2026-03-04', kind: 'non-production', reason: '设备检修' }, { date: '2026-03-07', kind: 'production', reason: '赶工' }], at('2026-03-01')),
  ];
  const cal = siteCalendar(records);

  it('follows the weekly pattern, holidays and make-up days', () => {
    expect(cal.productionDays('S1', '2026-09-28', '2026-10-11')).toEqual(['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10']);
    // S2 does not work every weekday, so the make-up Saturday stays a rest day.
    expect(cal.isProductionDay('S2', '2026-10-10')).toBe(false);
    expect(cal.isProductionDay('S3', '2026-10-01')).toBe(false);
    expect(cal.isProductionDay('S3', '2026-10-11')).toBe(true);
    expect(cal.dayOf('S1', '2026-10-10')).toMatchObject({ production: true, reason: 'make-up', national: 'work' });
  });

  it('lets declarations override both', () => {
    expect(cal.dayOf('S1', '2026-03-04')).toMatchObject({ production: false, reason: 'declared' });
    expect(cal.isProductionDay('S1', '2026-03-07')).toBe(true);
    expect(cal.isProductionDay('S2', '2026-03-04')).toBe(true);
  });

  it('makes every day a production day with strictCalendarDays, ignoring declarations', () => {
    const strict = siteCalendar(records, { strictCalendarDays: true });
    expect(strict.isProductionDay('S1', '2026-03-04')).toBe(true);
    expect(strict.isProductionDay('S2', '2026-10-01')).toBe(true);
    expect(strict.dayOf('S1', '2026-03-04').declaration?.kind).toBe('non-production');
  });

  it('treats unknown years by the pattern alone and unknown sites as never producing', () => {
    expect(cal.dayOf('S1', '2027-01-01')).toMatchObject({ production: true, national: 'unknown' });
    expect(cal.isProductionDay('S9', '2026-03-02')).toBe(false);
    expect(cal.sites()).toEqual(['S1', 'S2', 'S3']);
  });
});
