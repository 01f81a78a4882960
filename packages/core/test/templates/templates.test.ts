import { describe, expect, it } from 'vitest';
import {
  directorDutiesTemplate,
  managementSystemTemplate,
  officerCodeTemplate,
  RISK_LIST_CATEGORIES,
  riskListTemplate,
  validateRecord,
} from '../../src/index';

const profile = { enterprise: '91350100M000100Y43', name: '福州示例电缆有限公司' };
const options = { id: '0190f0d8-7c00-7000-8000-000000000001', effectiveDate: '2026-01-01' };

function expectValid(record: unknown) {
  const result = validateRecord(record);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message.en).join('\n'));
  expect(result.ok).toBe(true);
}

describe('managementSystemTemplate', () => {
  const record = managementSystemTemplate(profile, options);
  it('is a valid draft', () => {
    expectValid(record);
    expect(record.status).toBe('draft');
    expect(record.enterprise).toBe(profile.enterprise);
    expect(record.title).toContain(profile.name);
  });
  it('has the daily, weekly and monthly rules, the three duties and the emergency plan', () => {
    const kinds = new Set(record.rules.map((r) => r.kind));
    for (const kind of [
      'daily-control', 'weekly-review', 'monthly-scheduling', 'principal-duties', 'director-duties', 'officer-duties',
      'emergency-plan', 'incoming-inspection', 'process-control', 'outgoing-inspection', 'nonconforming-product',
      'training-assessment', 'recall', 'records-archive',
    ] as const) {
      expect(kinds.has(kind), kind).toBe(true);
    }
    expect(record.rules.find((r) => r.kind === 'daily-control')?.text).toContain('零风险报告');
  });
  it('has unique rule ids', () => {
    expect(new Set(record.rules.map((r) => r.ruleId)).size).toBe(record.rules.length);
  });
});

describe('directorDutiesTemplate and officerCodeTemplate', () => {
  it('cover every key 7.1-7.7', () => {
    const record = directorDutiesTemplate(profile, options);
    expectValid(record);
    expect(record.status).toBe('draft');
    expect([...new Set(record.items.flatMap((i) => i.coverage))].sort()).toEqual(['7.1', '7.2', '7.3', '7.4', '7.5', '7.6', '7.7']);
  });
  it('cover every key 8.1-8.5', () => {
    const record = officerCodeTemplate(profile, options);
    expectValid(record);
    expect([...new Set(record.items.flatMap((i) => i.coverage))].sort()).toEqual(['8.1', '8.2', '8.3', '8.4', '8.5']);
  });
  it('mint a UUIDv7 when no id is given', () => {
    const record = officerCodeTemplate(profile, { effectiveDate: '2026-01-01' });
    expect(record.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expectValid(record);
  });
});

describe('riskListTemplate', () => {
  const owner = { daily: 'officer', weekly: 'director', monthly: 'principal' };
  for (const key of Object.keys(RISK_LIST_CATEGORIES)) {
    it(`${key}: valid, 15-40 rows, stable unique ids, cadence owned by its role`, () => {
      const record = riskListTemplate(key, profile, { ...options, sites: ['S1'] });
      expectValid(record);
      expect(record.rows.length).toBeGreaterThanOrEqual(15);
      expect(record.rows.length).toBeLessThanOrEqual(40);
      expect(new Set(record.rows.map((r) => r.rowId)).size).toBe(record.rows.length);
      for (const row of record.rows) expect(row.responsibleRole).toBe(owner[row.cadence]);
      for (const cadence of ['daily', 'weekly', 'monthly'] as const) {
        expect(record.rows.some((r) => r.cadence === cadence), cadence).toBe(true);
      }
      expect(record.sites).toEqual(['S1']);
      expect(riskListTemplate(key, profile, options).rows.map((r) => r.rowId)).toEqual(record.rows.map((r) => r.rowId));
    });
  }
  it('lists of different categories never share a row id', () => {
    const all = Object.keys(RISK_LIST_CATEGORIES).flatMap((k) => riskListTemplate(k, profile, options).rows.map((r) => r.rowId));
    expect(new Set(all).size).toBe(all.length);
  });
  it('accepts the Chinese category name and cites the category standards', () => {
    const record = riskListTemplate('电线电缆', profile, options);
    expect(record.productCategories).toEqual(['电线电缆']);
    expect(record.rows.some((r) => r.legalBasis?.includes('GB/T 5023'))).toBe(true);
    expect(riskListTemplate('food-contact', profile, options).rows.some((r) => r.legalBasis?.includes('GB 4806.1'))).toBe(true);
    expect(riskListTemplate('e-bike', profile, options).rows.some((r) => r.legalBasis?.includes('GB 17761'))).toBe(true);
  });
  it('rejects an unknown category', () => {
    expect(() => riskListTemplate('toys', profile, options)).toThrow(/unknown risk-list category/);
  });
});
