/**
 * The custom bill (单据) of each record type, as a developer builds it in the BOS designer: header fields keyed
 * `F_O75_<Name>` (the prefix is configurable to the developer's own), the adapter's own fields first —
 * `F_O75_RecordId` (the record id, unique), `F_O75_Revision`, `F_O75_Hash`, `F_O75_Raw` (a large text holding
 * the whole record, so nested data round-trips) — then the schema's scalar top-level fields for reports.
 */
import { rawJson, rawJsonHash, recordShape, stableHash, type ColumnSpec, type ProvisioningField } from '@order75/adapter-kit';
import type { AnyRecord, Message, RecordType } from '@order75/schemas';

export type KdFieldType = 'text' | 'textarea' | 'largetext' | 'integer' | 'decimal' | 'date' | 'datetime' | 'checkbox';

export interface KdFieldSpec {
  key: string;
  label: Message;
  type: KdFieldType;
  /** For text fields: the length to set in the designer. */
  maxLength?: number;
  required: boolean;
  source: string;
  column?: ColumnSpec;
}

/** How the BOS designer names each type, for the plan. */
export const DESIGNER_TYPES: Readonly<Record<KdFieldType, string>> = {
  text: '文本 Text',
  textarea: '多行文本 MultiLineText',
  largetext: '大文本 LargeText',
  integer: '整数 Integer',
  decimal: '小数 Decimal',
  date: '日期 Date',
  datetime: '日期时间 DateTime',
  checkbox: '复选框 CheckBox',
};

/** Keys longer than this are cut and end in a short hash (the designer's limit is not published; 30 is safe). */
export const MAX_KEY_LENGTH = 30;

function pascal(key: string): string {
  return key.replace(/(^|[^A-Za-z0-9])([a-z])/g, (_m, _s, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '').replace(/^[a-z]/, (c) => c.toUpperCase());
}

/** A field key: prefix + PascalCase name, at most {@link MAX_KEY_LENGTH} characters. */
export function fieldKey(prefix: string, name: string): string {
  const key = `${prefix}${pascal(name)}`;
  if (key.length <= MAX_KEY_LENGTH) return key;
  return `${key.slice(0, MAX_KEY_LENGTH - 7)}_${stableHash(key).slice(0, 6)}`;
}

function kind(c: ColumnSpec): Pick<KdFieldSpec, 'type' | 'maxLength'> {
  switch (c.kind) {
    case 'integer':
      return { type: 'integer' };
    case 'number':
      return { type: 'decimal' };
    case 'boolean':
      return { type: 'checkbox' };
    case 'date':
      return { type: 'date' };
    case 'date-time':
      return { type: 'datetime' };
    case 'uuid':
      return { type: 'text', maxLength: 36 };
    default:
      return c.maxLength !== undefined && c.maxLength > 255 ? { type: 'textarea', maxLength: c.maxLength } : { type: 'text', maxLength: c.maxLength ?? 255 };
  }
}

const cache = new Map<string, KdFieldSpec[]>();

/** The header fields of a record type's bill, the adapter's own first. */
export function billFields(recordType: RecordType, prefix = 'F_O75_'): KdFieldSpec[] {
  const cacheKey = `${prefix}|${recordType}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const fields: KdFieldSpec[] = [
    { key: fieldKey(prefix, 'RecordId'), label: { zh: '记录编号', en: 'Record id' }, type: 'text', maxLength: 64, required: true, source: '/id' },
    { key: fieldKey(prefix, 'Revision'), label: { zh: '修订版', en: 'Revision' }, type: 'integer', required: true, source: '/revision' },
    { key: fieldKey(prefix, 'Hash'), label: { zh: '内容校验值', en: 'Content check value' }, type: 'text', maxLength: 32, required: true, source: '(adapter)' },
    { key: fieldKey(prefix, 'Raw'), label: { zh: '原始记录（JSON）', en: 'Raw record (JSON)' }, type: 'largetext', required: true, source: '/' },
  ];
  const taken = new Set(fields.map((f) => f.key));
  for (const c of recordShape(recordType).columns) {
    if (c.key === 'id' || c.key === 'revision') continue;
    let key = fieldKey(prefix, c.key);
    if (taken.has(key)) key = fieldKey(prefix, `${c.key}Field`);
    taken.add(key);
    fields.push({ key, label: c.label, ...kind(c), required: false, source: c.path, column: c });
  }
  cache.set(cacheKey, fields);
  return fields;
}

export function provisioningFields(recordType: RecordType, prefix?: string): ProvisioningField[] {
  return billFields(recordType, prefix).map((f) => ({
    name: f.key,
    label: f.label,
    hostType: `${DESIGNER_TYPES[f.type]}${f.maxLength ? `(${f.maxLength})` : ''}`,
    required: f.required,
    source: f.source,
  }));
}

/** A local time in Asia/Shanghai (`yyyy-MM-dd HH:mm:ss`) for an RFC 3339 instant; the server keeps local times. */
export function shanghaiLocal(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** The `Model` of a record: `FID` 0 creates, an existing `FID` updates. */
export function recordModel(record: AnyRecord, fid: number, prefix?: string): Record<string, unknown> {
  const raw = rawJson(record);
  const [id, revision, hash, rawField, ...rest] = billFields(record.recordType, prefix);
  const model: Record<string, unknown> = { FID: fid, [id!.key]: record.id, [revision!.key]: record.revision, [hash!.key]: rawJsonHash(raw), [rawField!.key]: raw };
  const rec = record as unknown as Record<string, unknown>;
  for (const f of rest) {
    const v = rec[f.column!.key];
    if (v === undefined || v === null) model[f.key] = null;
    else if (f.type === 'datetime') model[f.key] = shanghaiLocal(String(v));
    else model[f.key] = v;
  }
  return model;
}
