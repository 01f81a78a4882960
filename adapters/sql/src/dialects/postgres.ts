/**
 * PostgreSQL (also 人大金仓 KingbaseES and openGauss in PostgreSQL mode): `INSERT … ON CONFLICT … DO UPDATE …
 * WHERE` keeps the newest revision; rows travel as one array per column through `unnest`, so a batch is one
 * statement with as many parameters as columns, whatever its size.
 */
import type { ColumnDef } from '../tables';
import { changedAtColumn, COUNTER_KEY, likePrefix, writableColumns } from './common';
import type { Dialect, Statement } from './types';

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

function pgType(c: ColumnDef): string {
  switch (c.type) {
    case 'uuid': return 'varchar(36)';
    case 'text': return 'text';
    case 'short-text': return `varchar(${c.maxLength ?? 255})`;
    case 'integer': return 'integer';
    case 'bigint': return 'bigint';
    case 'number': return 'double precision';
    case 'boolean': return 'boolean';
    case 'date': return 'date';
    case 'date-time': return 'timestamptz';
    case 'json': return 'jsonb';
    case 'hash': return 'varchar(80)';
    case 'changed-at': return 'timestamptz';
  }
}

/** Makes the PostgreSQL dialect for tables in `schema` (default `public`). */
export function postgresDialect(schema = 'public'): Dialect {
  const table = (name: string) => `${q(schema)}.${q(name)}`;
  const columnSql = (c: ColumnDef) =>
    `${q(c.name)} ${pgType(c)}${c.nullable ? '' : ' NOT NULL'}${c.type === 'changed-at' ? ' DEFAULT now()' : ''}`;
  const unnest = (cols: ColumnDef[], rows: unknown[][]): Statement => ({
    sql: `unnest(${cols.map((c, i) => `$${i + 1}::${pgType(c)}[]`).join(', ')})`,
    params: cols.map((_, i) => rows.map((r) => r[i] ?? null)),
  });
  return {
    name: 'postgres',
    ident: q,
    table,
    columnType: pgType,
    createCommon: (meta) => [
      `CREATE SCHEMA IF NOT EXISTS ${q(schema)}`,
      `CREATE TABLE IF NOT EXISTS ${table(meta)} (${q('k')} varchar(64) PRIMARY KEY, ${q('v')} bigint NOT NULL)`,
      `INSERT INTO ${table(meta)} (${q('k')}, ${q('v')}) VALUES ('${COUNTER_KEY}', 0) ON CONFLICT (${q('k')}) DO NOTHING`,
    ],
    createTable: (t) => [
      `CREATE TABLE IF NOT EXISTS ${table(t.name)} (\n  ${t.columns.map(columnSql).join(',\n  ')},\n  PRIMARY KEY (${t.primaryKey.map(q).join(', ')})\n)`,
      ...(t.kind === 'parent' ? [`CREATE INDEX IF NOT EXISTS ${q(`${t.name}_seq`)} ON ${table(t.name)} (${q('o75_seq')})`] : []),
    ].join(';\n'),
    addColumn: (t, c) => `ALTER TABLE ${table(t.name)} ADD COLUMN IF NOT EXISTS ${columnSql(c)}`,
    encode: (_c, v) => v,
    upsert(t, rows) {
      const cols = writableColumns(t);
      const stamp = changedAtColumn(t);
      const u = unnest(cols, rows);
      const target = [...cols.map((c) => q(c.name)), ...(stamp ? [q(stamp.name)] : [])].join(', ');
      const sets = [...cols.filter((c) => c.name !== 'record_id').map((c) => c.name), ...(stamp ? [stamp.name] : [])]
        .map((n) => `${q(n)} = EXCLUDED.${q(n)}`)
        .join(', ');
      return [{
        sql:
          `INSERT INTO ${table(t.name)} AS t (${target})\nSELECT u.*${stamp ? ', now()' : ''} FROM ${u.sql} AS u\n` +
          `ON CONFLICT (${q('record_id')}) DO UPDATE SET ${sets}\n` +
          `WHERE t.${q('revision')} < EXCLUDED.${q('revision')} OR (t.${q('revision')} = EXCLUDED.${q('revision')} AND t.${q('content_hash')} <> EXCLUDED.${q('content_hash')})`,
        params: u.params,
      }];
    },
    insert(t, rows) {
      if (rows.length === 0) return [];
      const cols = writableColumns(t);
      const u = unnest(cols, rows);
      return [{ sql: `INSERT INTO ${table(t.name)} (${cols.map((c) => q(c.name)).join(', ')})\nSELECT * FROM ${u.sql}`, params: u.params }];
    },
    deleteChildren: (t, ids) => ({ sql: `DELETE FROM ${table(t.name)} WHERE ${q('parent_id')} = ANY($1::varchar[])`, params: [ids] }),
    selectExisting: (t, ids) => ({
      sql: `SELECT ${q('record_id')} AS record_id, ${q('revision')} AS revision, ${q('content_hash')} AS content_hash FROM ${table(t.name)} WHERE ${q('record_id')} = ANY($1::varchar[]) FOR UPDATE`,
      params: [ids],
    }),
    lockCounter: (meta) => ({ sql: `SELECT ${q('v')} AS v FROM ${table(meta)} WHERE ${q('k')} = $1 FOR UPDATE`, params: [COUNTER_KEY] }),
    setCounter: (meta, v) => ({ sql: `UPDATE ${table(meta)} SET ${q('v')} = $1 WHERE ${q('k')} = $2`, params: [v, COUNTER_KEY] }),
    selectChanged: (t, since, limit) => ({
      sql: `SELECT ${q('record_id')} AS record_id, ${q('raw_json')}::text AS raw_json, ${q('o75_seq')} AS o75_seq, ${q('o75_changed_at')} AS o75_changed_at FROM ${table(t.name)} WHERE ${q('o75_seq')} > $1 ORDER BY ${q('o75_seq')} LIMIT $2`,
      params: [since, limit],
    }),
    listColumns: (prefix) => ({
      sql: `SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name LIKE $2 ORDER BY table_name, ordinal_position`,
      params: [schema, likePrefix(prefix)],
    }),
    savepoint: (n) => `SAVEPOINT ${q(n)}`,
    rollbackTo: (n) => `ROLLBACK TO SAVEPOINT ${q(n)}`,
    release: (n) => `RELEASE SAVEPOINT ${q(n)}`,
  };
}
