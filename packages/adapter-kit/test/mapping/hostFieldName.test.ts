import { describe, expect, it } from 'vitest';
import { hostFieldName, recordShape } from '../../src/index';
import { RECORD_TYPES } from '@order75/schemas';

describe('hostFieldName', () => {
  it.each([
    ['hazardId', 'o75_hazard_id'],
    ['items/hazardId', 'o75_items_hazard_id'],
    ['/items/*/immediateMeasure', 'o75_items_immediate_measure'],
    [['nextMonthTasks', 'dueDate'], 'o75_next_month_tasks_due_date'],
    ['ISOWeek', 'o75_iso_week'],
    ['zeroRisk', 'o75_zero_risk'],
  ])('%s → %s', (path, name) => expect(hostFieldName(path)).toBe(name));

  it('cuts long names to 64 characters with a hash so they stay distinct', () => {
    const a = hostFieldName('averyveryverylongpropertyname/anotherVeryLongPropertyName/yetAnotherLongOneA');
    const b = hostFieldName('averyveryverylongpropertyname/anotherVeryLongPropertyName/yetAnotherLongOneB');
    expect(a.length).toBeLessThanOrEqual(64);
    expect(b.length).toBeLessThanOrEqual(64);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^o75_[a-z0-9_]+$/);
  });

  it('gives every record type unique, valid column and child names', () => {
    for (const type of RECORD_TYPES) {
      const shape = recordShape(type);
      const names = shape.columns.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
      for (const n of [...names, ...shape.children.map((c) => c.name)]) expect(n).toMatch(/^o75_[a-z0-9_]{1,60}$/);
      for (const child of shape.children) expect(new Set(child.columns.map((c) => c.name)).size).toBe(child.columns.length);
    }
  });

  it('reads the daily check: scalar columns, items as a child table, the rest raw only', () => {
    const shape = recordShape('daily-check');
    expect(shape.columns.map((c) => c.key)).toEqual(expect.arrayContaining(['id', 'date', 'site', 'zeroRisk', 'checkedAt']));
    expect(shape.columns.map((c) => c.key)).not.toContain('riskList');
    expect(shape.columns.find((c) => c.key === 'date')?.kind).toBe('date');
    const items = shape.children.find((c) => c.key === 'items');
    expect(items?.columns.map((c) => c.key)).toEqual(expect.arrayContaining(['hazardId']));
  });
});
