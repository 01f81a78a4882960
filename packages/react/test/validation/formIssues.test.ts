import { riskListTemplate } from '@order75/core';
import { describe, expect, it } from 'vitest';
import { blocks, formIssues } from '../../src/validation/formIssues';

const list = riskListTemplate('wire-cable', { enterprise: '91350105MA2Y3K8N71', name: '测试电缆厂' }, { effectiveDate: '2026-07-01', id: '0193a8f1-0000-7000-8000-00000000a001' });
const rows = list.rows.filter((r) => r.cadence === 'daily');
const daily = (hazard: Record<string, unknown>) => ({
  id: '0193b000-0000-7000-8000-000000000101',
  recordType: 'daily-check',
  schemaVersion: 1,
  revision: 1,
  status: 'final',
  enterprise: '91350105MA2Y3K8N71',
  date: '2026-11-23',
  site: 'S1',
  riskList: { recordId: list.id, version: list.version },
  inspector: { personId: 'E0023', name: '王丽娟' },
  items: rows.map((r, i) => (i === 2 ? { rowId: r.rowId, result: 'hazard', hazardId: 'H-1', finding: '绝缘偏薄', ...hazard } : { rowId: r.rowId, result: 'ok' })),
  zeroRisk: false,
});

describe('formIssues', () => {
  it('reports structure first, as blocking errors naming fields by title', () => {
    const issues = formIssues({ ...daily({}), inspector: undefined });
    expect(issues.map((i) => [i.instancePath, i.source, i.level])).toEqual([['/inspector', 'schema', 'error']]);
    expect(issues[0]?.message.zh).toBe('检查人：缺少必填项「检查人」，请填写');
    expect(blocks(issues)).toBe(true);
  });

  it('blocks a hazard without an immediate measure with the engine rule and its message', () => {
    const issues = formIssues(daily({ reportedTo: { personId: 'E0007', name: '林晓峰' }, reportedAt: '2026-11-23T10:05:00+08:00' }));
    const rule = issues.find((i) => i.source === 'art10.hazard-no-measure');
    expect(rule).toMatchObject({ instancePath: expect.stringMatching(/^\/items\/2/), level: 'error' });
    expect(rule?.message.zh).toMatch(/措施/);
    expect(blocks(issues)).toBe(true);
  });

  it('passes a complete hazard', () => {
    const issues = formIssues(
      daily({
        measure: '立即停机隔离',
        measureAt: '2026-11-23T09:55:00+08:00',
        reportedTo: { personId: 'E0007', name: '林晓峰' },
        reportedAt: '2026-11-23T10:05:00+08:00',
      }),
    );
    expect(issues).toEqual([]);
  });
});
