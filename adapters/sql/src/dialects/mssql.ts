/**
 * SQL Server: `MERGE … WITH (HOLDLOCK)` keeps the newest revision; text is `NVARCHAR` (Unicode), instants
 * `DATETIMEOFFSET`. Parameters are `@p1…`; a statement carries at most 2 000 of them (the server allows 2 100).
 * Generated and checked by golden files only — no SQL Server runs on the project's machines.
 */
import type { ColumnDef } from '../tables';
import { changedAtColumn, COUNTER_KEY, likePrefix, writableColumns } from './common';
import { chunkRows, type Dialect, type Statement } from './types';

const q = (name: string) => `[${name.replace(/]/g, ']]')}]`;
const MAX_PARAMS = 2_000;
const nstr = (s: string) => `N'${s.replace(/'/g, "''")}'`;

function msType(c: ColumnDef): string {
  switch (c.type) {
    case 'uuid': return 'VARCHAR(36)';
    case 'text': return c.maxLength !== undefined && c.maxLength <= 4000 ? `NVARCHAR(${c.maxLength})` : 'NVARCHAR(MAX)';
    case 'short-text': return `NVARCHAR(${c.maxLength ?? 255})`;
    case 'integer': return 'INT';
    case 'bigint': return 'BIGINT';
    case 'number': return 'FLOAT';
    case 'boolean': return 'BIT';
    case 'date': return 'DATE';
    case 'date-time': return 'DATETIMEOFFSET(3)';
    case 'json': return 'NVARCHAR(MAX)';
    case 'hash': return 'VARCHAR(80)';
    case 'changed-at': return 'DATETIME2(6)';
  }
}

/** Makes the SQL Server dialect for tables in `schema` (default `dbo`). */
export function mssqlDialect(schema = 'dbo'): Dialect {
  const table = (name: string) => `${q(schema)}.${q(name)}`;
  const columnSql = (c: ColumnDef) =>
    `${q(c.name)} ${msType(c)}${c.nullable ? ' NULL' : ' NOT NULL'}${c.type === 'changed-at' ? ' DEFAULT SYSUTCDATETIME()' : ''}`;
  const params = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `@p${from + i}`);
  const rowsSql = (chunk: unknown[][], width: number) => chunk.map((_, r) => `(${params(width, r * width + 1).join(', ')})`).join(',\n    ');
  return {
    name: 'mssql',
    ident: q,
    table,
    columnType: msType,
    createCommon: (meta) => [
      `IF SCHEMA_ID(${nstr(schema)}) IS NULL EXEC(N'CREATE SCHEMA ${q(schema).replace(/'/g, "''")}')`,
      `IF OBJECT_ID(${nstr(`${schema}.${meta}`)}, N'U') IS NULL CREATE TABLE ${table(meta)} (${q('k')} VARCHAR(64) NOT NULL PRIMARY KEY, ${q('v')} BIGINT NOT NULL)`,
      `IF NOT EXISTS (SELECT 1 FROM ${table(meta)} WHERE ${q('k')} = '${COUNTER_KEY}') INSERT INTO ${table(meta)} (${q('k')}, ${q('v')}) VALUES ('${COUNTER_KEY}', 0)`,
    ],
    createTable: (t) =>
      `IF OBJECT_ID(${nstr(`${schema}.${t.name}`)}, N'U') IS NULL\nCREATE TABLE ${table(t.name)} (\n  ${t.columns.map(columnSql).join(',\n  ')},\n` +
      `  CONSTRAINT ${q(`pk_${t.name}`)} PRIMARY KEY (${t.primaryKey.map(q).join(', ')})` +
      `${t.kind === 'parent' ? `,\n  INDEX ${q(`${t.name}_seq`)} NONCLUSTERED (${q('o75_seq')})` : ''}\n)`,
    addColumn: (t, c) => `IF COL_LENGTH(${nstr(`${schema}.${t.name}`)}, ${nstr(c.name)}) IS NULL ALTER TABLE ${table(t.name)} ADD ${columnSql(c)}`,
    encode: (c, v) => (v === undefined ? null : c.type === 'boolean' && v !== null ? (v ? 1 : 0) : v),
    upsert(t, rows) {
      const cols = writableColumns(t);
      const stamp = changedAtColumn(t);
      const names = cols.map((c) => q(c.name));
      const updates = [...cols.filter((c) => c.name !== 'record_id').map((c) => `t.${q(c.name)} = s.${q(c.name)}`), ...(stamp ? [`t.${q(stamp.name)} = SYSUTCDATETIME()`] : [])];
      return chunkRows(rows, cols.length, MAX_PARAMS).map((chunk): Statement => ({
        sql:
          `MERGE INTO ${table(t.name)} WITH (HOLDLOCK) AS t\nUSING (VALUES\n    ${rowsSql(chunk, cols.length)}\n) AS s (${names.join(', ')})\n` +
          `ON t.${q('record_id')} = s.${q('record_id')}\n` +
          `WHEN MATCHED AND (s.${q('revision')} > t.${q('revision')} OR (s.${q('revision')} = t.${q('revision')} AND s.${q('content_hash')} <> t.${q('content_hash')})) THEN\n` +
          `  UPDATE SET ${updates.join(', ')}\n` +
          `WHEN NOT MATCHED BY TARGET THEN\n  INSERT (${[...names, ...(stamp ? [q(stamp.name)] : [])].join(', ')}) VALUES (${[...names.map((n) => `s.${n}`), ...(stamp ? ['SYSUTCDATETIME()'] : [])].join(', ')});`,
        params: chunk.flat(),
      }));
    },
    insert(t, rows) {
      const cols = writableColumns(t);
      return chunkRows(rows, cols.length, MAX_PARAMS).map((chunk) => ({
        sql: `INSERT INTO ${table(t.name)} (${cols.map((c) => q(c.name)).join(', ')}) VALUES\n    ${rowsSql(chunk, cols.length)}`,
        params: chunk.flat(),
      }));
    },
    deleteChildren: (t, ids) => ({ sql: `DELETE FROM ${table(t.name)} WHERE ${q('parent_id')} IN (${params(ids.length).join(', ')})`, params: ids }),
    selectExisting: (t, ids) => ({
      sql: `SELECT ${q('record_id')} AS record_id, ${q('revision')} AS revision, ${q('content_hash')} AS content_hash FROM ${table(t.name)} WITH (UPDLOCK, HOLDLOCK) WHERE ${q('record_id')} IN (${params(ids.length).join(', ')})`,
      params: ids,
    }),
    lockCounter: (meta) => ({ sql: `SELECT ${q('v')} AS v FROM ${table(meta)} WITH (UPDLOCK, HOLDLOCK) WHERE ${q('k')} = @p1`, params: [COUNTER_KEY] }),
    setCounter: (meta, v) => ({ sql: `UPDATE ${table(meta)} SET ${q('v')} = @p1 WHERE ${q('k')} = @p2`, params: [v, COUNTER_KEY] }),
    selectChanged: (t, since, limit) => ({
      sql: `SELECT TOP (@p2) ${q('record_id')} AS record_id, ${q('raw_json')} AS raw_json, ${q('o75_seq')} AS o75_seq, ${q('o75_changed_at')} AS o75_changed_at FROM ${table(t.name)} WHERE ${q('o75_seq')} > @p1 ORDER BY ${q('o75_seq')}`,
      params: [since, limit],
    }),
    listColumns: (prefix) => ({
      sql: `SELECT TABLE_NAME AS table_name, COLUMN_NAME AS column_name, DATA_TYPE AS data_type FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = @p1 AND TABLE_NAME LIKE @p2 ESCAPE '\\' ORDER BY TABLE_NAME, ORDINAL_POSITION`,
      params: [schema, likePrefix(prefix)],
    }),
    savepoint: (n) => `SAVE TRANSACTION ${q(n)}`,
    rollbackTo: (n) => `ROLLBACK TRANSACTION ${q(n)}`,
    release: () => undefined,
  };
}
