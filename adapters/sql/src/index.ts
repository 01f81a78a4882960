/**
 * @order75/adapter-sql — Order 75 records in SQL staging tables (中间表): PostgreSQL (and PostgreSQL-compatible
 * KingbaseES 人大金仓 / openGauss), MariaDB/MySQL, and generated SQL Server statements.
 */
export { createSqlAdapter, type SqlAdapterOptions } from './createSqlAdapter';
export { connectSql, mysqlClient, pgClient, type SqlClient, type SqlExecutor, type SqlResult } from './client';
export { dialectFor, mssqlDialect, mysqlDialect, postgresDialect, type Dialect, type SqlDialectName, type Statement } from './dialects/index';
export { generateDdl } from './ddl';
export { allTables, metaTableName, parentTableName, tablesOf, PARENT_SYSTEM_COLUMNS, type ColumnDef, type TableDef } from './tables';
export type { StatementInfo } from './push';
export { sqlAdapterPlugin, type SqlPluginOptions } from './plugin';
