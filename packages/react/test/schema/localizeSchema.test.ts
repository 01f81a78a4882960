import { bundledSchemas } from '@order75/schemas';
import { describe, expect, it } from 'vitest';
import { enumLabel, localizeSchema, titleOf } from '../../src/schema/localizeSchema';

// biome-ignore lint/suspicious/noExplicitAny: schema trees are walked loosely in tests
type Node = Record<string, any>;

describe('localizeSchema', () => {
  const schema = bundledSchemas['daily-check'] as unknown as Node;

  it('keeps zh-CN titles and turns enums into titled constants', () => {
    const zh = localizeSchema(schema, 'zh-CN') as Node;
    const result = zh.properties.items.items.properties.result;
    expect(result.oneOf).toEqual([
      { const: 'ok', title: '正常' },
      { const: 'hazard', title: '发现隐患' },
      { const: 'na', title: '不适用' },
    ]);
    expect(result.enum).toBeUndefined();
    expect(zh.properties.date.title).toBe('检查日期');
  });

  it('uses x-title-en, x-description-en and x-enum-en in English', () => {
    const en = localizeSchema(schema, 'en') as Node;
    expect(en.title).toBe('Daily quality-safety check record');
    expect(en.properties.items.items.properties.result.oneOf[1]).toEqual({ const: 'hazard', title: 'Hazard found' });
    expect(en.properties.zeroRisk.description).toBe('true when this check found nothing.');
  });

  it('drops the conditional keywords that only validateRecord evaluates', () => {
    const text = JSON.stringify(localizeSchema(schema, 'zh-CN'));
    for (const k of ['"if"', '"then"', '"allOf"', '"unevaluatedProperties"', '"$id"']) expect(text).not.toContain(k);
  });

  it('reads titles and enum labels in either language', () => {
    const role = (bundledSchemas['risk-list'] as unknown as Node).properties.rows.items.properties.responsibleRole;
    expect(enumLabel(role, 'director', 'zh-CN')).toBe('质量安全总监');
    expect(enumLabel(role, 'director', 'en')).toBe('Quality-safety director');
    expect(enumLabel(role, 'unknown', 'en')).toBe('unknown');
    expect(titleOf(role, 'en')).toBe('Responsible role');
  });
});
