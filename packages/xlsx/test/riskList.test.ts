import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { riskListTemplate, validateRecord } from '@order75/core';
import { riskListFromXlsx, riskListToXlsx } from '../src/index';

const enterprise = '91350100M000100Y43';
const profile = { enterprise, name: '福州示例电缆有限公司' };
const template = riskListTemplate('wire-cable', profile, {
  id: '0190f0d8-7c00-7000-8000-000000000001',
  effectiveDate: '2026-01-01',
  sites: ['S1', 'S2'],
});

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  return wb;
}

async function save(wb: ExcelJS.Workbook) {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('riskListToXlsx', () => {
  it('writes the zh-CN header row, the rows, and a metadata sheet with the date as a serial', async () => {
    const wb = await load(await riskListToXlsx(template));
    const sheet = wb.getWorksheet('风险管控清单')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined, '序号', '环节', '控制环节', '风险点', '管控措施', '管控频次', '责任人员', '适用厂区', '依据', '备注', '行编号',
    ]);
    expect(sheet.rowCount).toBe(template.rows.length + 1);
    expect(sheet.getCell('F2').value).toBe('日管控');
    expect(sheet.getCell('G2').value).toBe('质量安全员');
    expect(sheet.getCell('K2').value).toBe('WC-01');
    const meta = wb.getWorksheet('清单信息')!;
    const dateRow = [...Array(meta.rowCount).keys()].map((i) => meta.getRow(i + 1)).find((r) => r.getCell(1).value === '生效日期')!;
    // exceljs decodes a date-formatted serial into a UTC Date; the serial in the file is 46023.
    expect(dateRow.getCell(2).numFmt).toBe('yyyy-mm-dd');
    expect((dateRow.getCell(2).value as Date).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('riskListFromXlsx', () => {
  for (const key of ['generic', 'wire-cable', 'food-contact', 'e-bike']) {
    it(`round-trips the ${key} template deep-equal, dates included`, async () => {
      const record = riskListTemplate(key, profile, { id: '0190f0d8-7c00-7000-8000-000000000002', effectiveDate: '2024-02-29' });
      const back = await riskListFromXlsx(await riskListToXlsx(record), { enterprise });
      expect(back).toStrictEqual({ ok: true, record });
    });
  }

  it('keeps sites, remarks, risk levels and descriptions', async () => {
    const record = structuredClone(template);
    record.rows[0]!.remarks = '新进厂铜杆每批必检';
    record.rows[1]!.riskLevel = 'high';
    record.rows[1]!.riskDescription = '绝缘料老化性能不足会导致使用中开裂';
    record.rows[2]!.sites = ['S2'];
    const back = await riskListFromXlsx(await riskListToXlsx(record), { enterprise });
    expect(back).toStrictEqual({ ok: true, record });
  });

  it('accepts the words people write for cadences and roles, and fills in missing row ids', async () => {
    const wb = await load(await riskListToXlsx(template));
    const sheet = wb.getWorksheet('风险管控清单')!;
    sheet.getCell('F2').value = '每日';
    sheet.getCell('G2').value = '安全员';
    sheet.getCell('F3').value = 'Weekly';
    sheet.getCell('G3').value = 'director';
    sheet.getCell('F4').value = '每月';
    sheet.getCell('G4').value = '主要负责人';
    sheet.getCell('K4').value = null;
    const back = await riskListFromXlsx(await save(wb), { enterprise });
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(back.record.rows.slice(0, 3).map((r) => [r.cadence, r.responsibleRole])).toEqual([
      ['daily', 'officer'], ['weekly', 'director'], ['monthly', 'principal'],
    ]);
    expect(back.record.rows[2]!.rowId).toBe('R003');
  });

  it('reports a malformed sheet cell by cell and imports nothing', async () => {
    const wb = await load(await riskListToXlsx(template));
    const sheet = wb.getWorksheet('风险管控清单')!;
    sheet.getCell('F3').value = '偶尔';
    sheet.getCell('G5').value = '保安';
    sheet.getCell('D7').value = null;
    sheet.getCell('A8').value = 'eight';
    sheet.getCell('K9').value = 'WC-01';
    const meta = wb.getWorksheet('清单信息')!;
    meta.getCell('B3').value = '2026-13-01';
    const back = await riskListFromXlsx(await save(wb), { enterprise });
    expect(back.ok).toBe(false);
    if (back.ok) return;
    const where = back.errors.map((e) => `${e.sheet}!${e.cell}`).sort();
    expect(where).toEqual(['清单信息!B3', '风险管控清单!A8', '风险管控清单!D7', '风险管控清单!F3', '风险管控清单!G5', '风险管控清单!K9']);
    for (const e of back.errors) {
      expect(e.message.zh.length).toBeGreaterThan(0);
      expect(e.message.en.length).toBeGreaterThan(0);
    }
    expect(back.errors.find((e) => e.cell === 'F3')!.message.zh).toContain('偶尔');
  });

  it('locates schema problems at their cell (an empty risk point)', async () => {
    const wb = await load(await riskListToXlsx(template));
    wb.getWorksheet('风险管控清单')!.getCell('D7').value = null;
    const back = await riskListFromXlsx(await save(wb), { enterprise });
    expect(back.ok).toBe(false);
    if (back.ok) return;
    expect(back.errors).toHaveLength(1);
    expect(back.errors[0]).toMatchObject({ sheet: '风险管控清单', cell: 'D7' });
    expect(back.errors[0]!.message.zh).toContain('风险点');
  });

  it('reports unknown and missing columns, a foreign enterprise, and a file that is not XLSX', async () => {
    const wb = await load(await riskListToXlsx(template));
    const sheet = wb.getWorksheet('风险管控清单')!;
    sheet.getCell('E1').value = '检查方法';
    const back = await riskListFromXlsx(await save(wb), { enterprise: '9144030071526726XG' });
    expect(back.ok).toBe(false);
    if (back.ok) return;
    const messages = back.errors.map((e) => `${e.cell} ${e.message.en}`);
    expect(messages.some((m) => m.startsWith('E1 unknown column "检查方法"'))).toBe(true);
    expect(messages.some((m) => m.includes('missing required column "管控措施"'))).toBe(true);
    expect(messages.some((m) => m.includes('belongs to 91350100M000100Y43'))).toBe(true);

    const notXlsx = await riskListFromXlsx(new TextEncoder().encode('序号,环节\n1,进货'), { enterprise });
    expect(notXlsx.ok).toBe(false);
  });

  it('builds a list from a hand-made sheet without a metadata sheet, using the options', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['序号', '环节', '风险点', '管控措施', '频次', '责任人']);
    ws.addRow([1, '原材料进货', '铜杆电阻率超标', '每批抽测', '每日', '安全员']);
    ws.addRow([2, '出厂检验', '导体电阻超标', '逐盘测量', '每周', '总监']);
    const back = await riskListFromXlsx(await save(wb), {
      enterprise, title: '风险管控清单', version: 'V1', effectiveDate: '2026-03-01', productCategories: ['电线电缆'],
    });
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(validateRecord(back.record).ok).toBe(true);
    expect(back.record.rows.map((r) => r.rowId)).toEqual(['R001', 'R002']);
    expect(back.record.status).toBe('draft');
  });
});
