/**
 * The flat shape of a record type, read from its bundled schema: scalar top-level fields become columns, arrays
 * of objects become child tables (with parent id and position), and everything else lives only in the raw JSON
 * field. Every host mapping (SQL tables, low-code forms, ERP bills) starts from this.
 */
import { bundledSchemas, type JsonSchema, type Message, type RecordType } from '@order75/schemas';
import { hostFieldName, type HostFieldNameOptions } from './hostFieldName';

/** The value kinds a flat column holds. */
export type ColumnKind = 'text' | 'integer' | 'number' | 'boolean' | 'date' | 'date-time' | 'uuid';

/** One flat column. */
export interface ColumnSpec {
  /** The property name in the record (or in a child row). */
  key: string;
  /** The host name, from {@link hostFieldName}. */
  name: string;
  /** JSON Pointer with `*` for array items: `/date`, `/items/*\/hazardId`. */
  path: string;
  kind: ColumnKind;
  /** The schema's `maxLength`, for sizing text columns. */
  maxLength?: number;
  enum?: readonly (string | number)[];
  required: boolean;
  label: Message;
  /** Envelope fields (`id`, `recordType`, `revision`, …) that hosts usually keep in their own system columns. */
  envelope: boolean;
}

/** One child table: a top-level array of objects. */
export interface ChildTableSpec {
  key: string;
  name: string;
  path: string;
  label: Message;
  columns: ColumnSpec[];
}

export interface RecordShape {
  recordType: RecordType;
  label: Message;
  columns: ColumnSpec[];
  children: ChildTableSpec[];
}

/** Envelope properties every record has (DESIGN.md § Identity). */
export const ENVELOPE_KEYS: readonly string[] = ['id', 'recordType', 'schemaVersion', 'revision', 'status', 'enterprise', 'createdAt', 'remarks'];

type Schema = Record<string, unknown>;

function label(s: Schema, fallback: string): Message {
  return { zh: typeof s.title === 'string' ? s.title : fallback, en: typeof s['x-title-en'] === 'string' ? s['x-title-en'] : fallback };
}

function scalarKind(s: Schema): ColumnKind | undefined {
  const type = s.type ?? (s.const !== undefined ? typeof s.const : undefined);
  if (type === 'integer') return 'integer';
  if (type === 'number') return 'number';
  if (type === 'boolean') return 'boolean';
  if (type !== 'string') return undefined;
  if (s.format === 'date') return 'date';
  if (s.format === 'date-time') return 'date-time';
  if (s.format === 'uuid') return 'uuid';
  return 'text';
}

function columnsOf(schema: Schema, base: string, envelope: boolean, naming: HostFieldNameOptions): ColumnSpec[] {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required ?? []) as string[]);
  const out: ColumnSpec[] = [];
  for (const [key, s] of Object.entries(props)) {
    const kind = scalarKind(s);
    if (!kind) continue;
    out.push({
      key, name: hostFieldName(key, naming), path: `${base}/${key}`, kind,
      ...(typeof s.maxLength === 'number' ? { maxLength: s.maxLength } : {}),
      ...(Array.isArray(s.enum) ? { enum: s.enum as (string | number)[] } : {}),
      required: required.has(key), label: label(s, key), envelope: envelope && ENVELOPE_KEYS.includes(key),
    });
  }
  return out;
}

const cache = new Map<string, RecordShape>();

/** The flat shape of a record type from its bundled schema (cached per naming option). */
export function recordShape(recordType: RecordType, naming: HostFieldNameOptions = {}): RecordShape {
  const cacheKey = `${recordType}|${naming.prefix ?? ''}|${naming.maxLength ?? ''}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const schema = bundledSchemas[recordType] as JsonSchema as Schema;
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const children: ChildTableSpec[] = [];
  for (const [key, s] of Object.entries(props)) {
    const items = s.items as Schema | undefined;
    if (s.type !== 'array' || !items || items.type !== 'object') continue;
    children.push({ key, name: hostFieldName(key, naming), path: `/${key}`, label: label(s, key), columns: columnsOf(items, `/${key}/*`, false, naming) });
  }
  const shape: RecordShape = { recordType, label: label(schema, recordType), columns: columnsOf(schema, '', true, naming), children };
  cache.set(cacheKey, shape);
  return shape;
}
