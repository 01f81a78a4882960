/** A record as staging-table rows: the parent row and each child table's rows, in column order. */
import { createHash } from 'node:crypto';
import { rawJson } from '@order75/adapter-kit';
import type { AnyRecord } from '@order75/schemas';
import { writableColumns } from './dialects/common';
import type { Dialect } from './dialects/types';
import type { TableDef } from './tables';

/** `sha256:<hex>` of the raw JSON text: detects a change at the same revision (a signature added). */
export function rowHash(raw: string): string {
  return `sha256:${createHash('sha256').update(raw, 'utf8').digest('hex')}`;
}

export interface PreparedRecord {
  record: AnyRecord;
  raw: string;
  hash: string;
}

export function prepare(record: AnyRecord): PreparedRecord {
  const raw = rawJson(record);
  return { record, raw, hash: rowHash(raw) };
}

function scalar(v: unknown): unknown {
  return v === undefined || v === null || typeof v === 'object' ? null : v;
}

/** The parent row's values in the order of the table's writable columns. */
export function parentRow(table: TableDef, p: PreparedRecord, seq: number, dialect: Dialect): unknown[] {
  const rec = p.record as unknown as Record<string, unknown>;
  const system: Record<string, unknown> = {
    record_id: p.record.id, revision: p.record.revision, record_type: p.record.recordType, schema_version: p.record.schemaVersion,
    status: p.record.status, content_hash: p.hash, raw_json: p.raw, o75_seq: seq,
  };
  return writableColumns(table).map((c) => dialect.encode(c, c.key ? scalar(rec[c.key]) : system[c.name]));
}

/** Rows of one child table for a record, in column order. */
export function childRows(table: TableDef, p: PreparedRecord, dialect: Dialect): unknown[][] {
  const items = (p.record as unknown as Record<string, unknown>)[table.childKey ?? ''];
  if (!Array.isArray(items)) return [];
  const cols = writableColumns(table);
  return items.map((item, position) => {
    const obj = (item ?? {}) as Record<string, unknown>;
    const system: Record<string, unknown> = { parent_id: p.record.id, position, item_json: rawJson(obj) };
    return cols.map((c) => dialect.encode(c, c.key ? scalar(obj[c.key]) : system[c.name]));
  });
}
