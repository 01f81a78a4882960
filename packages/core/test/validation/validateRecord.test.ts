import { describe, expect, it } from 'vitest';
import { validateRecord } from '../../src/index';

const daily = {
  id: '0192f3a0-1c2d-7e4f-8a9b-0c1d2e3f4a5b',
  recordType: 'daily-check',
  schemaVersion: 1,
  revision: 1,
  status: 'final',
  enterprise: '91350100M000100Y43',
  date: '2026-11-27',
  site: 'mawei',
  riskList: { recordId: '0192f3a0-0000-7000-8000-000000000001', version: 'V1' },
  inspector: { personId: 'P003', name: '王磊' },
  items: [{ rowId: 'R01', result: 'hazard', hazardId: 'H-1', finding: '绝缘层偏心' }],
  zeroRisk: false,
};

describe('validateRecord', () => {
  it('accepts a valid record and returns it', () => {
    const result = validateRecord(daily);
    expect(result).toEqual({ ok: true, value: daily });
  });

  for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    it(`rejects a top-level key named ${key} (Object.prototype names must not pass as evaluated)`, () => {
      const value = JSON.parse(JSON.stringify(daily).replace('{', `{"${key}":{"x":1},`));
      const result = validateRecord(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.map((i) => i.instancePath)).toContain(`/${key}`);
    });
  }

  it('names the field by its title and the condition that made it required', () => {
    const result = validateRecord({ ...daily, items: [{ rowId: 'R01', result: 'hazard' }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const finding = result.issues.find((i) => i.instancePath === '/items/0/finding');
    expect(finding?.message.zh).toBe('检查项 › 第 1 项 › 存在问题：当「检查结果」为「发现隐患」时必须填写「存在问题」');
    expect(finding?.message.en).toBe('Items › #1 › Finding: Finding is required when Result is Hazard found');
  });

  it('explains an identifier failure with the check character', () => {
    const result = validateRecord({ ...daily, enterprise: '91350100M000100Y44' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.message.zh).toContain('校验码应为 3');
  });

  it('dispatches on schemaVersion and refuses an unknown one', () => {
    const result = validateRecord({ ...daily, schemaVersion: 9 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ keyword: 'schemaVersion', instancePath: '/schemaVersion' });
  });

  it('refuses non-objects and unknown record types without throwing', () => {
    for (const value of [null, 42, 'x', [daily], { recordType: 'weekly-check' }, {}]) {
      const result = validateRecord(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues[0]?.message.zh.length).toBeGreaterThan(0);
    }
  });
});

describe('validateRecord messages', () => {
  it('says once that an empty text field must be filled', () => {
    const result = validateRecord({ ...daily, items: [{ rowId: 'R01', result: 'hazard', hazardId: 'H-1', finding: '' }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const about = result.issues.filter((i) => i.instancePath === '/items/0/finding');
    expect(about).toHaveLength(1);
    expect(about[0]?.message.zh).toContain('不能为空');
  });

  it('rejects whitespace-only text as blank', () => {
    const result = validateRecord({ ...daily, items: [{ rowId: 'R01', result: 'hazard', hazardId: 'H-1', finding: ' \u3000 ' }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message.zh).toContain('不能只有空格');
  });
});
