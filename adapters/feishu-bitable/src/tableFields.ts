/**
 * The Bitable table of each record type: the adapter's own fields (`o75_record_id` first, so it is the primary
 * field; `o75_raw` holds the whole record so nested data round-trips), then readable fields named by the schema's
 * Chinese titles for views and reports — scalar top-level fields with their Bitable types, and people as text.
 * Dates are written as ms timestamps of the local midnight in Asia/Shanghai, computed from the date itself.
 */
import { rawJson, rawJsonHash, recordShape, type ColumnSpec, type ProvisioningField } from '@order75/adapter-kit';
import { bundledSchemas, type AnyRecord, type Message, type RecordType } from '@order75/schemas';

/** Bitable field type codes used here (platforms.md § 6.3). */
export const FieldType = { text: 1, number: 2, date: 5, checkbox: 7, attachment: 17 } as const;

export interface BitableFieldSpec {
  /** The field name in Bitable (what people see as the column title). */
  name: string;
  type: number;
  property?: Record<string, unknown>;
  label: Message;
  /** The JSON path it comes from. */
  source: string;
  column?: ColumnSpec;
  /** For a person field: the record property holding `{ personId, name }`. */
  personKey?: string;
}

export const ID_FIELD = 'o75_record_id';
export const REVISION_FIELD = 'o75_revision';
export const HASH_FIELD = 'o75_hash';
export const RAW_FIELD = 'o75_raw';
export const ATTACHMENTS_FIELD = 'o75_attachments';

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Ms timestamp of 00:00 in Asia/Shanghai on a local date (YYYY-MM-DD), from the date's own digits (no `Date` zone). */
export function shanghaiMidnight(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) - SHANGHAI_OFFSET_MS;
}

function typeOf(c: ColumnSpec): { type: number; property?: Record<string, unknown> } {
  switch (c.kind) {
    case 'integer':
      return { type: FieldType.number, property: { formatter: '0' } };
    case 'number':
      return { type: FieldType.number, property: { formatter: '0.00' } };
    case 'boolean':
      return { type: FieldType.checkbox };
    case 'date':
      return { type: FieldType.date, property: { date_formatter: 'yyyy/MM/dd', auto_fill: false } };
    case 'date-time':
      return { type: FieldType.date, property: { date_formatter: 'yyyy/MM/dd HH:mm', auto_fill: false } };
    default:
      return { type: FieldType.text };
  }
}

/** Top-level properties that are person references (`{ personId, name }`), with their titles. */
function personProperties(recordType: RecordType): { key: string; label: Message }[] {
  const props = ((bundledSchemas[recordType] as Record<string, unknown>).properties ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(props)
    .filter(([, s]) => {
      const inner = s.properties as Record<string, unknown> | undefined;
      return s.type === 'object' && !!inner?.personId && !!inner.name;
    })
    .map(([key, s]) => ({ key, label: { zh: String(s.title ?? key), en: String(s['x-title-en'] ?? key) } }));
}

const cache = new Map<RecordType, BitableFieldSpec[]>();

/** The fields of a record type's table, the adapter's own first. */
export function tableFields(recordType: RecordType): BitableFieldSpec[] {
  const hit = cache.get(recordType);
  if (hit) return hit;
  const fields: BitableFieldSpec[] = [
    { name: ID_FIELD, type: FieldType.text, label: { zh: '记录编号', en: 'Record id' }, source: '/id' },
    { name: REVISION_FIELD, type: FieldType.number, property: { formatter: '0' }, label: { zh: '修订版', en: 'Revision' }, source: '/revision' },
    { name: HASH_FIELD, type: FieldType.text, label: { zh: '内容校验值', en: 'Content check value' }, source: '(adapter)' },
    { name: RAW_FIELD, type: FieldType.text, label: { zh: '原始记录（JSON，勿手工修改）', en: 'Raw record (JSON, do not edit)' }, source: '/' },
    { name: ATTACHMENTS_FIELD, type: FieldType.attachment, label: { zh: '附件', en: 'Attachments' }, source: '//hash (attachments)' },
  ];
  const taken = new Set(fields.map((f) => f.name));
  const unique = (label: string, key: string) => {
    const name = taken.has(label) ? `${label}（${key}）` : label;
    taken.add(name);
    return name;
  };
  for (const c of recordShape(recordType).columns) {
    if (c.key === 'id' || c.key === 'revision') continue;
    fields.push({ name: unique(c.label.zh, c.name), ...typeOf(c), label: c.label, source: c.path, column: c });
  }
  for (const p of personProperties(recordType)) {
    fields.push({ name: unique(p.label.zh, p.key), type: FieldType.text, label: p.label, source: `/${p.key}`, personKey: p.key });
  }
  cache.set(recordType, fields);
  return fields;
}

/** The fields for a provisioning plan. */
export function provisioningFields(recordType: RecordType): ProvisioningField[] {
  const names: Record<number, string> = { 1: 'text(1)', 2: 'number(2)', 5: 'date(5)', 7: 'checkbox(7)', 17: 'attachment(17)' };
  return tableFields(recordType).map((f) => ({ name: f.name, label: f.label, hostType: names[f.type] ?? String(f.type), required: f.name === ID_FIELD, source: f.source }));
}

/** The `fields` object of a record; absent values are `null` (so an update clears them). */
export function recordFields(record: AnyRecord, fileTokens?: readonly string[]): Record<string, unknown> {
  const raw = rawJson(record);
  const rec = record as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = { [ID_FIELD]: record.id, [REVISION_FIELD]: record.revision, [HASH_FIELD]: rawJsonHash(raw), [RAW_FIELD]: raw };
  if (fileTokens) out[ATTACHMENTS_FIELD] = fileTokens.map((file_token) => ({ file_token }));
  for (const f of tableFields(record.recordType)) {
    if (f.personKey) {
      const p = rec[f.personKey] as { personId?: string; name?: string } | undefined;
      out[f.name] = p?.name ? `${p.name}（${p.personId ?? ''}）` : null;
      continue;
    }
    if (!f.column) continue;
    const v = rec[f.column.key];
    if (v === undefined || v === null) out[f.name] = null;
    else if (f.column.kind === 'date') out[f.name] = shanghaiMidnight(String(v));
    else if (f.column.kind === 'date-time') out[f.name] = Date.parse(String(v));
    else out[f.name] = v;
  }
  return out;
}

/** A text cell as `records/search` returns it (segments) or as a plain string. */
export function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((seg) => (seg && typeof seg === 'object' ? String((seg as { text?: unknown }).text ?? '') : '')).join('');
  return value === undefined || value === null ? '' : String(value);
}
