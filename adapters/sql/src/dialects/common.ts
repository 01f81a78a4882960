/** Pieces the dialects share: which columns a statement writes, and the revision guard's meaning. */
import type { ColumnDef, TableDef } from '../tables';

/** Columns whose values the adapter supplies (all but the changed-at stamp, which the database sets). */
export function writableColumns(table: TableDef): ColumnDef[] {
  return table.columns.filter((c) => c.type !== 'changed-at');
}

/** The changed-at column, if the table has one. */
export function changedAtColumn(table: TableDef): ColumnDef | undefined {
  return table.columns.find((c) => c.type === 'changed-at');
}

/** Escapes `_` and `%` for a LIKE pattern with `\` as the escape character. */
export function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Name of the change counter row in the meta table. */
export const COUNTER_KEY = 'change_seq';
