/**
 * MariaDB / MySQL: `INSERT … ON DUPLICATE KEY UPDATE col = IF(newer, VALUES(col), col)` keeps the newest
 * revision (the guard is evaluated per column, with `content_hash` and `revision` assigned last because MySQL
 * reads already-assigned columns in later assignments). Tables are InnoDB, `utf8mb4`, so emoji and
 * supplementary-plane characters survive. `DATETIME` has no offset: instants are stored in UTC.
 */
import type { ColumnDef, TableDef } from '../tables';
import { changedAtColumn, COUNTER_KEY, likePrefix, writableColumns } from './common';
import { chunkRows, type Dialect, type Statement } from './types';

const q = (name: string) => `\`${name.replace(/`/g, '``')}\``;
const MAX_PARAMS = 30_000;

function myType(c: ColumnDef): string {
  switch (c.type) {
    case 'uuid': return 'VARCHAR(36)';
    case 'text':
      if (c.maxLength !== undefined && c.maxLength <= 255) return `VARCHAR(${c.maxLength})`;
      return c.maxLength !== undefined && c.maxLength <= 16_000 ? 'TEXT' : 'MEDIUMTEXT';
    case 'short-text': return `VARCHAR(${c.maxLength ?? 255})`;
    case 'integer': return 'INT';
    case 'bigint': return 'BIGINT';
    case 'number': return 'DOUBLE';
    case 'boolean': return 'TINYINT(1)';
    case 'date': return 'DATE';
    case 'date-time': return 'DATETIME(3)';
    case 'json': return 'LONGTEXT';
    case 'hash': return 'VARCHAR(80)';
    case 'changed-at': return 'DATETIME(6)';
  }
}

/** `2026-11-27T09:30:00+08:00` → `2026-11-27 01:30:00.000` (UTC), as DATETIME takes it. */
function utcDateTime(value: string): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return d.toISOString().replace('T', ' ').replace('Z', '');
}

/** Makes the MariaDB/MySQL dialect; `database` qualifies table names when given (else the connection's). */
export function mysqlDialect(database?: string): Dialect {
  const table = (name: string) => (database ? `${q(database)}.${q(name)}` : q(name));
  const columnSql = (c: ColumnDef) =>
    `${q(c.name)} ${myType(c)}${c.nullable ? ' NULL' : ' NOT NULL'}${c.type === 'changed-at' ? ' DEFAULT CURRENT_TIMESTAMP(6)' : ''}`;
  const values = (t: TableDef, rows: unknown[][], withStamp: boolean) => {
    const cols = writableColumns(t);
    const row = `(${cols.map(() => '?').join(', ')}${withStamp ? ', CURRENT_TIMESTAMP(6)' : ''})`;
    return { cols, statementRows: chunkRows(rows, cols.length, MAX_PARAMS), row };
  };
  return {
    name: 'mysql',
    ident: q,
    table,
    columnType: myType,
    createCommon: (meta) => [
      ...(database ? [`CREATE DATABASE IF NOT EXISTS ${q(database)} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`] : []),
      `CREATE TABLE IF NOT EXISTS ${table(meta)} (${q('k')} VARCHAR(64) NOT NULL PRIMARY KEY, ${q('v')} BIGINT NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
      `INSERT IGNORE INTO ${table(meta)} (${q('k')}, ${q('v')}) VALUES ('${COUNTER_KEY}', 0)`,
    ],
    createTable: (t) =>
      `CREATE TABLE IF NOT EXISTS ${table(t.name)} (\n  ${t.columns.map(columnSql).join(',\n  ')},\n  PRIMARY KEY (${t.primaryKey.map(q).join(', ')})` +
      `${t.kind === 'parent' ? `,\n  KEY ${q(`${t.name}_seq`.slice(0, 64))} (${q('o75_seq')})` : ''}\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    // No IF NOT EXISTS: MySQL lacks it (MariaDB has it); provision adds only columns it found missing.
    addColumn: (t, c) => `ALTER TABLE ${table(t.name)} ADD COLUMN ${columnSql(c)}`,
    encode(c, v) {
      if (v === null || v === undefined) return null;
      if (c.type === 'date-time' && typeof v === 'string') return utcDateTime(v);
      if (c.type === 'boolean') return v ? 1 : 0;
      return v;
    },
    upsert(t, rows) {
      const { cols, statementRows, row } = values(t, rows, !!changedAtColumn(t));
      const stamp = changedAtColumn(t);
      const newer = `(VALUES(${q('revision')}) > ${q('revision')} OR (VALUES(${q('revision')}) = ${q('revision')} AND VALUES(${q('content_hash')}) <> ${q('content_hash')}))`;
      const last = ['content_hash', 'revision'];
      const order = [...cols.map((c) => c.name).filter((n) => n !== 'record_id' && !last.includes(n)), ...(stamp ? [stamp.name] : []), ...last];
      const sets = order.map((n) => `${q(n)} = IF(${newer}, VALUES(${q(n)}), ${q(n)})`).join(',\n  ');
      const target = [...cols.map((c) => q(c.name)), ...(stamp ? [q(stamp.name)] : [])].join(', ');
      return statementRows.map((chunk): Statement => ({
        sql: `INSERT INTO ${table(t.name)} (${target}) VALUES\n${chunk.map(() => row).join(',\n')}\nON DUPLICATE KEY UPDATE\n  ${sets}`,
        params: chunk.flat(),
      }));
    },
    insert(t, rows) {
      const { cols, statementRows, row } = values(t, rows, false);
      return statementRows.map((chunk) => ({
        sql: `INSERT INTO ${table(t.name)} (${cols.map((c) => q(c.name)).join(', ')}) VALUES\n${chunk.map(() => row).join(',\n')}`,
        params: chunk.flat(),
      }));
    },
    deleteChildren: (t, ids) => ({ sql: `DELETE FROM ${table(t.name)} WHERE ${q('parent_id')} IN (${ids.map(() => '?').join(', ')})`, params: ids }),
    selectExisting: (t, ids) => ({
      sql: `SELECT ${q('record_id')} AS record_id, ${q('revision')} AS revision, ${q('content_hash')} AS content_hash FROM ${table(t.name)} WHERE ${q('record_id')} IN (${ids.map(() => '?').join(', ')}) FOR UPDATE`,
      params: ids,
    }),
    lockCounter: (meta) => ({ sql: `SELECT ${q('v')} AS v FROM ${table(meta)} WHERE ${q('k')} = ? FOR UPDATE`, params: [COUNTER_KEY] }),
    setCounter: (meta, v) => ({ sql: `UPDATE ${table(meta)} SET ${q('v')} = ? WHERE ${q('k')} = ?`, params: [v, COUNTER_KEY] }),
    selectChanged: (t, since, limit) => ({
      sql: `SELECT ${q('record_id')} AS record_id, ${q('raw_json')} AS raw_json, ${q('o75_seq')} AS o75_seq, ${q('o75_changed_at')} AS o75_changed_at FROM ${table(t.name)} WHERE ${q('o75_seq')} > ? ORDER BY ${q('o75_seq')} LIMIT ?`,
      params: [since, limit],
    }),
    listColumns: (prefix) => ({
      sql: `SELECT TABLE_NAME AS table_name, COLUMN_NAME AS column_name, COLUMN_TYPE AS data_type FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME LIKE ? ORDER BY TABLE_NAME, ORDINAL_POSITION`,
      params: [database ?? null, likePrefix(prefix)],
    }),
    savepoint: (n) => `SAVEPOINT ${q(n)}`,
    rollbackTo: (n) => `ROLLBACK TO SAVEPOINT ${q(n)}`,
    release: (n) => `RELEASE SAVEPOINT ${q(n)}`,
  };
}
