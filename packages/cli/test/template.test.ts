import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateRecord } from '@order75/core';
import { riskListFromXlsx } from '@order75/xlsx';
import { run } from './helpers';

const enterprise = '91350100M000100Y43';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'o75-template-'));
  writeFileSync(join(dir, 'profile.json'), JSON.stringify({ recordType: 'enterprise-profile', enterprise, name: '福州示例电缆有限公司' }));
});

describe('order75 template', () => {
  for (const [kind, type] of [['system', 'management-system'], ['duties', 'director-duties'], ['code', 'officer-code'], ['risk-list', 'risk-list']]) {
    it(`${kind}: prints a valid draft ${type}`, async () => {
      const r = await run(['template', kind!, '--profile', 'profile.json', '--effective-date', '2026-01-01'], { cwd: dir });
      expect(r.code).toBe(0);
      const record = JSON.parse(r.stdout);
      expect(record).toMatchObject({ recordType: type, status: 'draft', enterprise, effectiveDate: '2026-01-01' });
      expect(validateRecord(record).ok).toBe(true);
    });
  }

  it('risk-list --category 电动自行车 --xlsx writes a workbook that imports back to the same list', async () => {
    const r = await run(
      ['template', 'risk-list', '--category', '电动自行车', '--enterprise', enterprise, '--name', '示例车业', '--sites', 'S1,S2', '--effective-date', '2026-02-01', '--xlsx', 'list.xlsx', '--out', 'list.json'],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'list.json'), 'utf8'));
    expect(json.sites).toEqual(['S1', 'S2']);
    expect(json.rows[0].rowId).toBe('EB-01');
    const back = await riskListFromXlsx(readFileSync(join(dir, 'list.xlsx')), { enterprise });
    expect(back).toStrictEqual({ ok: true, record: json });
  });

  it('exits 2 on an unknown kind or category, a bad USCC, or no profile', async () => {
    expect((await run(['template', 'manual', '--profile', 'profile.json'], { cwd: dir })).code).toBe(2);
    const unknown = await run(['template', 'risk-list', '--category', 'toys', '--profile', 'profile.json'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('wire-cable');
    expect((await run(['template', 'system', '--enterprise', '91350100M000100Y44', '--name', 'x'], { cwd: dir })).code).toBe(2);
    const none = await run(['template', 'system'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--profile');
  });
});
