/**
 * The Jiandaoyun form of each record type: the widgets a person adds in the form designer (alias, label, widget
 * type) and how a record fills them. The whole record goes into `o75_raw` (a multi-line text), so nested data
 * round-trips; the flat widgets, from the schema's scalar top-level fields, serve reports and views.
 */
import { rawJson, rawJsonHash, recordShape, type ColumnSpec, type ProvisioningField } from '@order75/adapter-kit';
import type { AnyRecord, RecordType } from '@order75/schemas';

/** Widget types used here, as Jiandaoyun names them in `widget/list`. */
export type JdyWidgetType = 'text' | 'textarea' | 'number' | 'datetime' | 'radiogroup';

/** One widget of an Order 75 form. */
export interface JdyFieldSpec {
  /** The alias (字段别名) the API addresses the widget by. */
  alias: string;
  label: { zh: string; en: string };
  type: JdyWidgetType;
  required: boolean;
  /** Record property it comes from (undefined for the adapter's own fields). */
  source: string;
  column?: ColumnSpec;
}

export const ID_FIELD = 'o75_record_id';
export const REVISION_FIELD = 'o75_revision';
export const HASH_FIELD = 'o75_hash';
export const RAW_FIELD = 'o75_raw';

/** Radio options a boolean widget gets; the record's booleans are written as these. */
export const BOOLEAN_OPTIONS = { true: '是', false: '否' } as const;

function widgetType(c: ColumnSpec): JdyWidgetType {
  switch (c.kind) {
    case 'integer':
    case 'number':
      return 'number';
    case 'date':
    case 'date-time':
      return 'datetime';
    case 'boolean':
      return 'radiogroup';
    default:
      return c.maxLength !== undefined && c.maxLength > 200 ? 'textarea' : 'text';
  }
}

const cache = new Map<RecordType, JdyFieldSpec[]>();

/** The widgets of a record type's form, the adapter's own first. */
export function formFields(recordType: RecordType): JdyFieldSpec[] {
  const hit = cache.get(recordType);
  if (hit) return hit;
  const shape = recordShape(recordType);
  const fields: JdyFieldSpec[] = [
    { alias: ID_FIELD, label: { zh: '记录编号', en: 'Record id' }, type: 'text', required: true, source: '/id' },
    { alias: REVISION_FIELD, label: { zh: '修订版', en: 'Revision' }, type: 'number', required: true, source: '/revision' },
    { alias: HASH_FIELD, label: { zh: '内容校验值', en: 'Content check value' }, type: 'text', required: true, source: '(adapter)' },
    { alias: RAW_FIELD, label: { zh: '原始记录（JSON，勿手工修改）', en: 'Raw record (JSON, do not edit)' }, type: 'textarea', required: true, source: '/' },
  ];
  for (const c of shape.columns) {
    if (c.key === 'id' || c.key === 'revision') continue;
    fields.push({ alias: c.name, label: c.label, type: widgetType(c), required: c.required, source: c.path, column: c });
  }
  cache.set(recordType, fields);
  return fields;
}

/** The fields for a provisioning step. */
export function provisioningFields(recordType: RecordType): ProvisioningField[] {
  return formFields(recordType).map((f) => ({
    name: f.alias,
    label: f.label,
    hostType: f.type === 'radiogroup' ? `radiogroup(${BOOLEAN_OPTIONS.true}/${BOOLEAN_OPTIONS.false})` : f.type,
    required: f.required,
    source: f.source,
  }));
}

/** A date (YYYY-MM-DD) as the company-zone midnight Jiandaoyun reads from `yyyy-MM-dd HH:mm:ss`. */
const localMidnight = (date: string) => `${date} 00:00:00`;

/** The v5 `data` object of a record: every widget wrapped as `{ value }`. */
export function recordData(record: AnyRecord): Record<string, { value: unknown }> {
  const raw = rawJson(record);
  const data: Record<string, { value: unknown }> = {
    [ID_FIELD]: { value: record.id },
    [REVISION_FIELD]: { value: record.revision },
    [HASH_FIELD]: { value: rawJsonHash(raw) },
    [RAW_FIELD]: { value: raw },
  };
  const rec = record as unknown as Record<string, unknown>;
  for (const f of formFields(record.recordType)) {
    if (!f.column) continue;
    const v = rec[f.column.key];
    let value: unknown = v === undefined ? null : v;
    if (typeof v === 'boolean') value = v ? BOOLEAN_OPTIONS.true : BOOLEAN_OPTIONS.false;
    else if (f.column.kind === 'date' && typeof v === 'string') value = localMidnight(v);
    data[f.alias] = { value };
  }
  return data;
}

