/** The whole DDL script for a dialect: schema, change counter, and every staging table, for review or golden files. */
import { RECORD_TYPES, type RecordType } from '@order75/schemas';
import type { Dialect } from './dialects/types';
import { metaTableName, tablesOf } from './tables';

/** DDL statements separated by `;` and blank lines, safe to run twice. */
export function generateDdl(dialect: Dialect, prefix = 'o75_', recordTypes: readonly RecordType[] = RECORD_TYPES): string {
  const parts = [...dialect.createCommon(metaTableName(prefix))];
  for (const type of recordTypes) for (const t of tablesOf(type, prefix)) parts.push(dialect.createTable(t));
  return `-- Order75 Kit staging tables (${dialect.name}); generated from the record schemas — regenerate, do not edit\n\n${parts.join(';\n\n')};\n`;
}
