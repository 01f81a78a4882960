/** The three SQL dialects, by name. */
import { mssqlDialect } from './mssql';
import { mysqlDialect } from './mysql';
import { postgresDialect } from './postgres';
import type { Dialect, SqlDialectName } from './types';

/** The dialect for a name, for tables in `schema` (PostgreSQL/SQL Server schema, MySQL database). */
export function dialectFor(name: SqlDialectName, schema?: string): Dialect {
  if (name === 'postgres') return postgresDialect(schema);
  if (name === 'mysql') return mysqlDialect(schema);
  return mssqlDialect(schema);
}

export { mssqlDialect, mysqlDialect, postgresDialect };
export type { Dialect, SqlDialectName, Statement } from './types';
