/**
 * `#/baseline?rows=1000`: daily-check items in plain rjsf (antd theme, its standard array field), the reference
 * the fast table is measured against in bench/forms.ts. Five fields per row (text, enum, text, text, date-time),
 * as in the rjsf measurement of shared/reference/anchors.md §5.3.
 */
import { localizeSchema, order75Validator } from '@order75/react';
import { bundledSchemas } from '@order75/schemas';
import Form from '@rjsf/antd';
import type { RJSFSchema } from '@rjsf/utils';
import { useMemo, useState } from 'react';
import { bigRiskList } from './demo/riskList';

export function Baseline({ rows }: { rows: number }) {
  const schema = useMemo(() => {
    const items = (bundledSchemas['daily-check'].properties as Record<string, unknown>).items as Record<string, Record<string, unknown>>;
    const props = items.items?.properties as Record<string, unknown>;
    const five = Object.fromEntries(['rowId', 'result', 'note', 'measure', 'measureAt'].map((k) => [k, props[k]]));
    const array = { ...items, items: { type: 'object', title: items.items?.title, properties: five } };
    return { type: 'object', properties: { items: localizeSchema(array, 'zh-CN') } } as RJSFSchema;
  }, []);
  const [data, setData] = useState(() => ({ items: bigRiskList(rows).rows.map((r) => ({ rowId: r.rowId, result: 'ok' })) }));
  return (
    <div data-testid="baseline">
      <Form schema={schema} formData={data} validator={order75Validator} onChange={(e) => setData(e.formData as typeof data)} />
    </div>
  );
}
