import { bundledSchemas, RECORD_TYPES } from '@order75/schemas';
import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../../src/layout/layouts';
import { uiSchemaFor } from '../../src/layout/uiSchemaFor';
import { renderSchema } from '../../src/schema/renderSchema';

// biome-ignore lint/suspicious/noExplicitAny: schema trees are walked loosely in tests
type Node = Record<string, any>;

describe('layouts and uiSchemas', () => {
  it.each(RECORD_TYPES.map((t) => [t]))('%s: every section field and help path exists in the schema', (type) => {
    const props = (bundledSchemas[type] as unknown as Node).properties;
    for (const s of LAYOUTS[type].sections) for (const f of s.fields) expect(props, `${type}.${f}`).toHaveProperty(f);
    for (const path of Object.keys(LAYOUTS[type].help ?? {})) expect(props, `${type} help ${path}`).toHaveProperty(path.split('.')[0] as string);
    const fields = Object.keys(renderSchema(type, 'zh-CN').properties as Node);
    const ui = uiSchemaFor(type, 'zh-CN', fields);
    expect((ui['ui:order'] as string[]).filter((f) => f !== '*').every((f) => fields.includes(f))).toBe(true);
  });

  it('picks widgets by shape: people, photos, dates, long text, enum sets, the fast table', () => {
    const daily = uiSchemaFor('daily-check', 'zh-CN') as Node;
    expect(daily.inspector['ui:field']).toBe('o75Person');
    expect(daily.date['ui:widget']).toBe('o75Date');
    expect(daily.checkedAt['ui:widget']).toBe('o75DateTime');
    expect(daily.items['ui:field']).toBe('o75Table');
    const weekly = uiSchemaFor('weekly-report', 'en') as Node;
    expect(weekly.participants['ui:field']).toBe('o75People');
    expect(weekly.hazards.items.sourceRecordIds['ui:field']).toBe('o75Sources');
    expect(weekly.assessment['ui:widget']).toBe('o75Text');
    expect(weekly.assessment['ui:help']).toBe('How quality-safety management went this week.');
    expect(weekly.hazards.items['ui:help']).toBeUndefined();
    expect((uiSchemaFor('opinion', 'zh-CN') as Node).evidence['ui:field']).toBe('o75Attachments');
    expect((uiSchemaFor('opinion', 'zh-CN') as Node).requestedActions['ui:widget']).toBe('checkboxes');
    expect((uiSchemaFor('monthly-meeting', 'zh-CN') as Node).month['ui:widget']).toBe('o75Month');
  });

  it('the rendered schema hides the envelope and stands the table in with a placeholder', () => {
    const s = renderSchema('daily-check', 'zh-CN', { hide: ['riskList', 'zeroRisk'] }) as Node;
    for (const k of ['id', 'recordType', 'status', 'signatures', 'supersedes', 'riskList', 'zeroRisk']) expect(s.properties).not.toHaveProperty(k);
    expect(s.properties.items).toEqual({ type: 'null', title: '检查项' });
    expect(s.required).toEqual(['date', 'site', 'inspector']);
    expect(renderSchema('daily-check', 'zh-CN', { correction: true }).properties).toHaveProperty('supersedes');
  });
});
