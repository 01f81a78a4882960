/**
 * Record ⇄ flat host row. Columns carry the scalar top-level fields, child rows carry the scalar fields of each
 * array item with the parent id and position, and `raw` carries the whole record; reading back uses `raw` only,
 * so what a host cannot represent (or a person edits in a column) never corrupts the record.
 */
import type { AnyRecord } from '@order75/schemas';
import { rawJson, fromRawJson } from './rawJson';
import { recordShape, type ColumnSpec, type RecordShape } from './recordShape';

/** A value a flat column holds. */
export type ColumnValue = string | number | boolean | null;

export interface ChildRow {
  parentId: string;
  /** 0-based position in the array. */
  position: number;
  /** By host column name. */
  columns: Record<string, ColumnValue>;
}

export interface HostRow {
  id: string;
  revision: number;
  recordType: AnyRecord['recordType'];
  /** By host column name. */
  columns: Record<string, ColumnValue>;
  /** By child table name. */
  children: Record<string, ChildRow[]>;
  /** The canonical JSON of the whole record. */
  raw: string;
}

function pick(source: Record<string, unknown>, columns: readonly ColumnSpec[]): Record<string, ColumnValue> {
  const out: Record<string, ColumnValue> = {};
  for (const c of columns) {
    const v = source[c.key];
    out[c.name] = v === undefined || v === null || typeof v === 'object' ? null : (v as ColumnValue);
  }
  return out;
}

/** Flattens a record into columns, child rows and the raw JSON. */
export function toHostRow(record: AnyRecord, shape: RecordShape = recordShape(record.recordType)): HostRow {
  const rec = record as unknown as Record<string, unknown>;
  const children: Record<string, ChildRow[]> = {};
  for (const child of shape.children) {
    const items = rec[child.key];
    children[child.name] = Array.isArray(items)
      ? items.map((item, position) => ({ parentId: record.id, position, columns: pick((item ?? {}) as Record<string, unknown>, child.columns) }))
      : [];
  }
  return { id: record.id, revision: record.revision, recordType: record.recordType, columns: pick(rec, shape.columns), children, raw: rawJson(record) };
}

/** Reads a record back from a host row's raw JSON field. */
export function fromHostRow(row: { raw: string }): AnyRecord {
  return fromRawJson(row.raw);
}
