/**
 * The staging tables (中间表) of each record type, derived from the schemas through adapter-kit's `recordShape`:
 * system columns (`record_id`, `revision`, `record_type`, `schema_version`, `status`, `content_hash`, `raw_json`,
 * `o75_changed_at`, `o75_seq`), one column per scalar top-level field, and a child table per array of objects
 * (`parent_id`, `position`, its scalar fields and `item_json`).
 */
import { recordShape, snakeCase, type ColumnKind } from '@order75/adapter-kit';
import { RECORD_TYPES, type Message, type RecordType } from '@order75/schemas';

/** Column types the dialects map to SQL types. */
export type SqlColumnType = ColumnKind | 'bigint' | 'json' | 'hash' | 'short-text' | 'changed-at';

export interface ColumnDef {
  name: string;
  type: SqlColumnType;
  maxLength?: number;
  nullable: boolean;
  /** The record property (or item property) it is read from; absent for system columns. */
  key?: string;
  label: Message;
}

export interface TableDef {
  name: string;
  recordType: RecordType;
  kind: 'parent' | 'child';
  /** For a child table: the array property it holds. */
  childKey?: string;
  columns: ColumnDef[];
  primaryKey: string[];
  label: Message;
}

/** Envelope fields kept in system columns rather than `o75_*` data columns. */
const SYSTEM_KEYS = new Set(['id', 'recordType', 'revision', 'schemaVersion', 'status']);

const sys = (name: string, type: SqlColumnType, zh: string, en: string, nullable = false, maxLength?: number): ColumnDef => ({
  name, type, nullable, label: { zh, en }, ...(maxLength ? { maxLength } : {}),
});

/** System columns of a parent table, in table order. */
export const PARENT_SYSTEM_COLUMNS: readonly ColumnDef[] = [
  sys('record_id', 'uuid', '记录编号', 'Record id'),
  sys('revision', 'integer', '修订版', 'Revision'),
  sys('record_type', 'short-text', '记录类型', 'Record type', false, 40),
  sys('schema_version', 'integer', '结构版本', 'Schema version'),
  sys('status', 'short-text', '状态', 'Status', false, 16),
  sys('content_hash', 'hash', '行内容哈希（raw_json 的 SHA-256）', 'Row content hash (SHA-256 of raw_json)'),
  sys('raw_json', 'json', '完整记录（规范化 JSON）', 'Whole record (canonical JSON)'),
  sys('o75_seq', 'bigint', '变更序号', 'Change sequence'),
  sys('o75_changed_at', 'changed-at', '变更时间', 'Changed at'),
];

/** Table name of a record type: `o75_daily_check`. */
export function parentTableName(recordType: RecordType, prefix: string): string {
  return `${prefix}${snakeCase(recordType).replace(/-/g, '_')}`;
}

/** The parent table and child tables of one record type. */
export function tablesOf(recordType: RecordType, prefix: string): TableDef[] {
  const shape = recordShape(recordType);
  const parent = parentTableName(recordType, prefix);
  const data = shape.columns
    .filter((c) => !SYSTEM_KEYS.has(c.key))
    .map((c): ColumnDef => ({ name: c.name, type: c.kind, nullable: true, key: c.key, label: c.label, ...(c.maxLength ? { maxLength: c.maxLength } : {}) }));
  const tables: TableDef[] = [
    { name: parent, recordType, kind: 'parent', columns: [...PARENT_SYSTEM_COLUMNS, ...data], primaryKey: ['record_id'], label: shape.label },
  ];
  for (const child of shape.children) {
    tables.push({
      name: `${parent}__${snakeCase(child.key)}`,
      recordType,
      kind: 'child',
      childKey: child.key,
      columns: [
        sys('parent_id', 'uuid', '所属记录编号', 'Parent record id'),
        sys('position', 'integer', '序号（从 0 开始）', 'Position (from 0)'),
        ...child.columns.map((c): ColumnDef => ({ name: c.name, type: c.kind, nullable: true, key: c.key, label: c.label, ...(c.maxLength ? { maxLength: c.maxLength } : {}) })),
        sys('item_json', 'json', '本行完整内容（JSON）', 'Whole item (JSON)'),
      ],
      primaryKey: ['parent_id', 'position'],
      label: child.label,
    });
  }
  return tables;
}

/** Tables of the given record types (default all), parents before their children. */
export function allTables(prefix: string, recordTypes: readonly RecordType[] = RECORD_TYPES): TableDef[] {
  return recordTypes.flatMap((t) => tablesOf(t, prefix));
}

/** The meta table holding the change counter that orders `pull` and serialises writers. */
export function metaTableName(prefix: string): string {
  return `${prefix}meta`;
}
