import { riskListTemplate } from '@order75/core';
import { describe, expect, it } from 'vitest';
import { recordDocument } from '../../src/view/documentModel';

const list = riskListTemplate('wire-cable', { enterprise: '91350105MA2Y3K8N71', name: '测试电缆厂' }, { effectiveDate: '2026-07-01', id: '0193a8f1-0000-7000-8000-00000000a001' });
const daily = {
  id: '0193b000-0000-7000-8000-000000000101',
  recordType: 'daily-check',
  schemaVersion: 1,
  revision: 1,
  status: 'final',
  enterprise: '91350105MA2Y3K8N71',
  date: '2026-11-23',
  site: 'S1',
  riskList: { recordId: list.id, version: 'V1.0' },
  inspector: { personId: 'E0023', name: '王丽娟' },
  items: [
    { rowId: 'WC-01', result: 'ok' },
    { rowId: 'WC-05', result: 'hazard', hazardId: 'H-1', finding: '绝缘最薄点偏小', measure: '停机隔离' },
  ],
  zeroRisk: false,
  signatures: [{ slot: 0, role: 'officer', personId: 'E0023', name: '王丽娟', signedAt: '2026-11-23T10:00:00+08:00', contentHash: `sha256:${'a'.repeat(64)}`, method: 'key', alg: 'ed25519', sig: 'AAAA' }],
};

describe('recordDocument', () => {
  it('titles the document as the regulation does and cites the article', () => {
    const doc = recordDocument(daily, 'zh-CN', list);
    expect(doc.title).toBe('《每日工业产品质量安全检查记录》');
    expect(doc.articles).toEqual(['10']);
    expect(doc.status).toBe('定稿');
  });

  it('prints the items as a table with the risk points and each hazard in full', () => {
    const doc = recordDocument(daily, 'zh-CN', list);
    const items = doc.sections.find((s) => s.title === '逐项检查');
    const table = items?.blocks[0];
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.columns).toEqual(['序号', '清单行编号', '风险点', '检查结果', '检查说明']);
    expect(table.rows[1]?.[3]).toBe('发现隐患');
    expect(table.rows[0]?.[2]).toContain('导体电阻');
    const hazards = items?.blocks[1];
    expect(hazards?.kind).toBe('items');
    expect(JSON.stringify(hazards)).toContain('停机隔离');
  });

  it('lists every signature slot, signed or blank, with people by name', () => {
    const doc = recordDocument(daily, 'en');
    expect(doc.slots).toHaveLength(1);
    expect(doc.slots[0]?.roles).toBe('Quality-safety officer');
    expect(doc.slots[0]?.signature?.name).toBe('王丽娟');
    const basics = doc.sections[0];
    expect(basics?.blocks).toContainEqual({ kind: 'field', label: 'Inspector', value: '王丽娟（E0023）', wide: true });
  });
});
