import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { riskListTemplate, validateRecord } from '@order75/core';
import type { DailyCheck } from '@order75/schemas';
import { dailyChecksToXlsx } from '../src/index';

const enterprise = '91350100M000100Y43';
const list = riskListTemplate('generic', { enterprise, name: '示例' }, { id: '0190f0d8-7c00-7000-8000-000000000001', effectiveDate: '2026-01-01' });

function check(id: string, date: string, site: string, hazard: boolean): DailyCheck {
  return {
    id, recordType: 'daily-check', schemaVersion: 1, revision: 1, status: 'final', enterprise,
    date, site, riskList: { recordId: list.id, version: list.version },
    inspector: { personId: 'E001', name: '李安全' }, checkedAt: `${date}T16:30:00+08:00`, zeroRisk: !hazard,
    items: [
      { rowId: 'GEN-01', result: 'ok' },
      hazard
        ? { rowId: 'GEN-02', result: 'hazard', hazardId: `H-${date}`, finding: '挤出温度偏高', measure: '停机调整', measureAt: `${date}T16:40:00+08:00` }
        : { rowId: 'GEN-02', result: 'na' },
    ],
  };
}

describe('dailyChecksToXlsx', () => {
  it('writes one row per item, sorted by date and site, dates as serials', async () => {
    const records = [
      check('0190f0d8-7c00-7000-8000-000000000012', '2026-01-06', 'S1', true),
      check('0190f0d8-7c00-7000-8000-000000000011', '2026-01-05', 'S2', false),
      check('0190f0d8-7c00-7000-8000-000000000010', '2026-01-05', 'S1', false),
    ];
    for (const r of records) expect(validateRecord(r).ok).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await dailyChecksToXlsx(records, { riskLists: [list] })) as never);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(7);
    expect(ws.getCell('A1').value).toBe('检查日期');
    expect(ws.getCell('A2').numFmt).toBe('yyyy-mm-dd');
    expect((ws.getCell('A2').value as Date).toISOString()).toBe('2026-01-05T00:00:00.000Z');
    expect([2, 4, 6].map((r) => ws.getCell(`B${r}`).value)).toEqual(['S1', 'S2', 'S1']);
    expect(ws.getCell('G2').value).toBe(list.rows[0]!.riskPoint);
    expect(ws.getCell('H7').value).toBe('发现隐患');
    expect(ws.getCell('I7').value).toBe('H-2026-01-06');
  });
});
