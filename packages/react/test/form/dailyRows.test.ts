import { riskListTemplate } from '@order75/core';
import { describe, expect, it } from 'vitest';
import { dailyRowsFor, isZeroRisk, itemsFor, newHazardId } from '../../src/form/dailyRows';

const list = riskListTemplate('wire-cable', { enterprise: '91350105MA2Y3K8N71', name: '测试电缆厂' }, { effectiveDate: '2026-07-01' });

describe('daily rows from the risk list', () => {
  it('takes the daily rows only, in list order', () => {
    const rows = dailyRowsFor(list, 'S1');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((r) => r.cadence === 'daily')).toBe(true);
    expect(rows.map((r) => r.seq)).toEqual([...rows.map((r) => r.seq)].sort((a, b) => (a ?? 0) - (b ?? 0)));
  });

  it('respects the sites of the list and of each row', () => {
    const withSites = { ...list, rows: list.rows.map((r, i) => (i === 0 ? { ...r, sites: ['S2'] } : r)) };
    expect(dailyRowsFor(withSites, 'S1').some((r) => r.rowId === list.rows[0]?.rowId)).toBe(false);
    expect(dailyRowsFor(withSites, 'S2').some((r) => r.rowId === list.rows[0]?.rowId)).toBe(true);
    expect(dailyRowsFor({ ...list, sites: ['S2'] }, 'S1')).toEqual([]);
  });

  it('keeps results already entered by row id', () => {
    const rows = dailyRowsFor(list, 'S1');
    const items = itemsFor(rows, [{ rowId: rows[1]?.rowId, result: 'na' }]);
    expect(items[0]).toEqual({ rowId: rows[0]?.rowId });
    expect(items[1]).toEqual({ rowId: rows[1]?.rowId, result: 'na' });
  });

  it('makes hazard ids in the schema alphabet, distinct per call', () => {
    const a = newHazardId('2026-11-23', 'S1', 'WC-05', () => 0.5);
    expect(a).toMatch(/^H-20261123-S1-WC-05-[0-9a-z]{4}$/);
    expect(a).toMatch(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/);
    expect(newHazardId('2026-11-23', 'S1', 'WC-05', () => 0.1)).not.toBe(a);
  });

  it('is a zero-risk report only when every item is OK or not applicable', () => {
    expect(isZeroRisk([{ rowId: 'a', result: 'ok' }, { rowId: 'b', result: 'na' }])).toBe(true);
    expect(isZeroRisk([{ rowId: 'a', result: 'ok' }, { rowId: 'b', result: 'hazard' }])).toBe(false);
    expect(isZeroRisk([{ rowId: 'a', result: 'ok' }, { rowId: 'b' }])).toBe(false);
    expect(isZeroRisk([])).toBe(false);
  });
});
