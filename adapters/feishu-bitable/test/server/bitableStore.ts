/**
 * The data side of the simulated 飞书多维表格 Bitable (platforms.md § 6.3): bases, tables, typed fields and
 * records. Writes are checked the way the platform checks them — unknown field names (1254045), values of the
 * wrong type (1254060-1254068, 1254015), attachments not uploaded to this base (1254027) — and reads return text
 * as segment arrays (`[{ type, text }]`, links split out), as `records/search` does.
 */
import { randomBytes } from 'node:crypto';

/** Field type codes used here: 1 text, 2 number, 3 single select, 4 multi select, 5 date, 7 checkbox, 11 person, 15 URL, 17 attachment, 1001 created time, 1002 modified time. */
export const FIELD_TYPES = { text: 1, number: 2, singleSelect: 3, multiSelect: 4, date: 5, checkbox: 7, person: 11, url: 15, attachment: 17, createdTime: 1001, modifiedTime: 1002 } as const;

export interface BitableField {
  field_id: string;
  field_name: string;
  type: number;
  property: Record<string, unknown> | null;
  is_primary: boolean;
}

export interface BitableRecord {
  record_id: string;
  values: Map<string, unknown>;
  created_time: number;
  last_modified_time: number;
}

export interface BitableTable {
  table_id: string;
  name: string;
  revision: number;
  fields: BitableField[];
  records: Map<string, BitableRecord>;
  /** A write to this table is being processed (the platform refuses a concurrent one with 1254291). */
  busy: boolean;
}

export interface Media {
  file_token: string;
  name: string;
  size: number;
  mediaType: string;
  bytes: Buffer;
}

export interface Base {
  app_token: string;
  tables: BitableTable[];
  media: Map<string, Media>;
}

/** A platform error: code and message, HTTP status 200 unless said otherwise (bitable's own codes mostly are). */
export class BitableError extends Error {
  constructor(readonly code: number, msg: string, readonly status = 200) {
    super(msg);
  }
}

export const newId = (prefix: string) => prefix + randomBytes(8).toString('base64url').replace(/[-_]/g, 'x').slice(0, 10);

const READ_ONLY = new Set<number>([FIELD_TYPES.createdTime, FIELD_TYPES.modifiedTime]);

/** Checks and normalises one written value; throws the platform's conversion error. */
function convert(base: Base, field: BitableField, value: unknown): unknown {
  if (value === null) return null;
  const fail = (code: number, what: string) => new BitableError(code, `${what}: field ${field.field_name}`);
  switch (field.type) {
    case FIELD_TYPES.text:
      if (typeof value !== 'string') throw fail(1254060, 'TextFieldConvFail');
      return value;
    case FIELD_TYPES.number:
      if (typeof value !== 'number' || !Number.isFinite(value)) throw fail(1254061, 'NumberFieldConvFail');
      return value;
    case FIELD_TYPES.singleSelect: {
      if (typeof value !== 'string') throw fail(1254062, 'SingleSelectFieldConvFail');
      if (!field.property) field.property = {};
      if (!Array.isArray(field.property.options)) field.property.options = [];
      const options = field.property.options as { name: string }[];
      if (!options.some((o) => o.name === value)) options.push({ name: value });
      return value;
    }
    case FIELD_TYPES.multiSelect:
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw fail(1254063, 'MultiSelectFieldConvFail');
      return value;
    case FIELD_TYPES.date:
      if (typeof value !== 'number' || !Number.isInteger(value)) throw fail(1254064, 'DatetimeFieldConvFail');
      return value;
    case FIELD_TYPES.checkbox:
      if (typeof value !== 'boolean') throw fail(1254015, 'FieldTypeValueNotMatch');
      return value;
    case FIELD_TYPES.person:
      if (!Array.isArray(value) || value.some((v) => !v || typeof (v as { id?: unknown }).id !== 'string')) throw fail(1254066, 'UserFieldConvFail');
      return value;
    case FIELD_TYPES.url:
      if (!value || typeof value !== 'object' || typeof (value as { link?: unknown }).link !== 'string') throw fail(1254068, 'URLFieldConvFail');
      return value;
    case FIELD_TYPES.attachment: {
      if (!Array.isArray(value)) throw fail(1254015, 'FieldTypeValueNotMatch');
      return value.map((v) => {
        const token = (v as { file_token?: unknown })?.file_token;
        if (typeof token !== 'string' || !base.media.has(token)) throw new BitableError(1254027, 'UploadAttachNotAllowed', 403);
        return token;
      });
    }
    default:
      if (READ_ONLY.has(field.type)) throw fail(1254015, 'FieldTypeValueNotMatch (read-only field)');
      return value;
  }
}

/** Validates a whole `fields` object before anything is written (a batch is all or nothing). */
export function prepareFields(base: Base, table: BitableTable, fields: unknown): Map<string, unknown> {
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) throw new BitableError(1254001, 'WrongRequestBody', 400);
  const out = new Map<string, unknown>();
  for (const [name, value] of Object.entries(fields as Record<string, unknown>)) {
    const field = table.fields.find((f) => f.field_name === name);
    if (!field) throw new BitableError(1254045, `FieldNameNotFound: ${name}`);
    out.set(field.field_id, convert(base, field, value));
  }
  return out;
}

/** Text as `records/search` returns it: segments, with URLs split out as `url` segments. */
function textSegments(text: string): { type: string; text: string; link?: string }[] {
  const out: { type: string; text: string; link?: string }[] = [];
  let last = 0;
  for (const m of text.matchAll(/https?:\/\/[^\s"'<>]+/g)) {
    if (m.index > last) out.push({ type: 'text', text: text.slice(last, m.index) });
    out.push({ type: 'url', text: m[0], link: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length || out.length === 0) out.push({ type: 'text', text: text.slice(last) });
  return out;
}

/** A record as `records/search` returns it. */
export function presentRecord(base: Base, table: BitableTable, record: BitableRecord, fieldNames?: readonly string[], automatic = false): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const field of table.fields) {
    if (fieldNames && !fieldNames.includes(field.field_name)) continue;
    let value = record.values.get(field.field_id);
    if (field.type === FIELD_TYPES.modifiedTime) value = record.last_modified_time;
    if (field.type === FIELD_TYPES.createdTime) value = record.created_time;
    if (value === undefined || value === null) continue;
    if (field.type === FIELD_TYPES.text) value = textSegments(value as string);
    if (field.type === FIELD_TYPES.attachment) {
      value = (value as string[]).map((token) => {
        const m = base.media.get(token)!;
        return { file_token: token, name: m.name, size: m.size, type: m.mediaType, url: `https://open.feishu.cn/open-apis/drive/v1/medias/${token}/download`, tmp_url: '' };
      });
    }
    fields[field.field_name] = value;
  }
  return {
    record_id: record.record_id,
    fields,
    ...(automatic ? { created_time: record.created_time, last_modified_time: record.last_modified_time } : {}),
  };
}

interface FilterInfo {
  conjunction?: unknown;
  conditions?: unknown;
  children?: unknown;
}

/** The structured `filter` of `records/search` as a predicate. */
export function compileSearchFilter(table: BitableTable, filter: unknown): (r: BitableRecord) => boolean {
  if (filter === undefined || filter === null) return () => true;
  const info = filter as FilterInfo;
  if (info.conjunction !== 'and' && info.conjunction !== 'or') throw new BitableError(1254018, 'InvalidFilter');
  const preds: ((r: BitableRecord) => boolean)[] = [];
  for (const c of Array.isArray(info.conditions) ? info.conditions : []) {
    const { field_name, operator, value } = c as { field_name?: unknown; operator?: unknown; value?: unknown };
    const field = table.fields.find((f) => f.field_name === field_name);
    if (!field) throw new BitableError(1254045, `FieldNameNotFound: ${String(field_name)}`);
    const values = Array.isArray(value) ? value.map(String) : [];
    const get = (r: BitableRecord): unknown =>
      field.type === FIELD_TYPES.modifiedTime ? r.last_modified_time : field.type === FIELD_TYPES.createdTime ? r.created_time : r.values.get(field.field_id);
    const asText = (v: unknown) => (v === undefined || v === null ? '' : String(v));
    const asNumber = (v: unknown) => (typeof v === 'number' ? v : Number.NaN);
    switch (operator) {
      case 'is': preds.push((r) => asText(get(r)) === values[0]); break;
      case 'isNot': preds.push((r) => asText(get(r)) !== values[0]); break;
      case 'contains': preds.push((r) => asText(get(r)).includes(values[0] ?? '')); break;
      case 'doesNotContain': preds.push((r) => !asText(get(r)).includes(values[0] ?? '')); break;
      case 'isEmpty': preds.push((r) => asText(get(r)) === ''); break;
      case 'isNotEmpty': preds.push((r) => asText(get(r)) !== ''); break;
      case 'isGreater': preds.push((r) => asNumber(get(r)) > Number(values.at(-1))); break;
      case 'isGreaterEqual': preds.push((r) => asNumber(get(r)) >= Number(values.at(-1))); break;
      case 'isLess': preds.push((r) => asNumber(get(r)) < Number(values.at(-1))); break;
      case 'isLessEqual': preds.push((r) => asNumber(get(r)) <= Number(values.at(-1))); break;
      default: throw new BitableError(1254018, `InvalidFilter: operator ${String(operator)}`);
    }
  }
  for (const child of Array.isArray(info.children) ? info.children : []) preds.push(compileSearchFilter(table, child));
  if (preds.length === 0) return () => true;
  return info.conjunction === 'or' ? (r) => preds.some((p) => p(r)) : (r) => preds.every((p) => p(r));
}
