/** What differs between SQL dialects: quoting, types, parameter style, upsert and DDL statements. */
import type { ColumnDef, TableDef } from '../tables';

export type SqlDialectName = 'postgres' | 'mysql' | 'mssql';

/** A statement with its parameters, never values spliced into text. */
export interface Statement {
  sql: string;
  params: unknown[];
}

export interface Dialect {
  name: SqlDialectName;
  /** A quoted identifier. */
  ident(name: string): string;
  /** A qualified table name. */
  table(name: string): string;
  /** SQL type of a column. */
  columnType(column: ColumnDef): string;
  /** Statements that create the schema (if any) and the meta table with its counter row, idempotently. */
  createCommon(metaTable: string): string[];
  createTable(table: TableDef): string;
  addColumn(table: TableDef, column: ColumnDef): string;
  /** Converts a JS value for a column (dates for MySQL, booleans for SQL Server). */
  encode(column: ColumnDef, value: unknown): unknown;
  /** Guarded upsert of parent rows (values in table column order): a row changes only for a newer revision or new content. */
  upsert(table: TableDef, rows: unknown[][]): Statement[];
  /** Plain insert of child rows, split to stay under the driver's parameter limit. */
  insert(table: TableDef, rows: unknown[][]): Statement[];
  deleteChildren(table: TableDef, parentIds: string[]): Statement;
  /** `record_id, revision, content_hash` of the given ids, locking them for the transaction. */
  selectExisting(table: TableDef, ids: string[]): Statement;
  /** Locks the change counter row and returns it as `v`. */
  lockCounter(metaTable: string): Statement;
  setCounter(metaTable: string, value: number): Statement;
  /** Rows changed after `since`: `record_id, raw_json, o75_seq, o75_changed_at`. */
  selectChanged(table: TableDef, since: number, limit: number): Statement;
  /** Column list of the tables whose names start with the prefix: `table_name, column_name, data_type`. */
  listColumns(prefix: string): Statement;
  savepoint(name: string): string;
  rollbackTo(name: string): string;
  release(name: string): string | undefined;
}

/** Largest parameter count per statement we use (PostgreSQL and MySQL allow 65 535, SQL Server 2 100). */
export function chunkRows(rows: unknown[][], width: number, maxParams: number): unknown[][][] {
  const per = Math.max(1, Math.floor(maxParams / Math.max(1, width)));
  const out: unknown[][][] = [];
  for (let i = 0; i < rows.length; i += per) out.push(rows.slice(i, i + per));
  return out;
}
