/**
 * `createSqlAdapter()`: Order 75 records into SQL staging tables (中间表) that an ERP, MES or report tool reads.
 * PostgreSQL (and PostgreSQL-compatible KingbaseES / openGauss) and MariaDB/MySQL run through `pg` and `mysql2`;
 * SQL Server statements are generated for a client the caller supplies.
 */
import type pg from 'pg';
import type mysql from 'mysql2/promise';
import { AdapterConfigError, createRedactor, DEFAULT_RETRY, type AdapterEvents, type RecordAdapter, type RetryOptions } from '@order75/adapter-kit';
import { RECORD_TYPES } from '@order75/schemas';
import { connectSql, isSqlClient, mysqlClient, pgClient, type SqlClient } from './client';
import { dialectFor } from './dialects/index';
import type { SqlDialectName } from './dialects/types';
import { provisionTables, verifyTables } from './provision';
import { pullRecords } from './pull';
import { pushRecords, type StatementInfo } from './push';

/** Options of {@link createSqlAdapter}. */
export interface SqlAdapterOptions {
  dialect: SqlDialectName;
  /** A `SqlClient`, or a `pg.Pool` / `mysql2/promise` pool (not closed by the adapter). */
  client?: SqlClient | pg.Pool | mysql.Pool;
  /** A connection URL, used when no client is given (the adapter owns and closes the pool). */
  url?: string;
  /** PostgreSQL / SQL Server schema, MySQL database. Default: `public`, `dbo`, the connection's database. */
  schema?: string;
  /** Table name prefix. Default `o75_`. */
  tablePrefix?: string;
  /** Records per upsert statement. Default 500. */
  batchSize?: number;
  /** Retries of a transaction after a serialization failure, deadlock or lost connection. */
  retry?: RetryOptions;
  /** `apply` (default) runs the DDL; `manual` only returns it in the plan, for a DBA. */
  ddl?: 'apply' | 'manual';
  /** Log lines (redacted). */
  events?: AdapterEvents;
  /** Called for each write statement, for metrics. */
  onStatement?: (info: StatementInfo) => void;
  /** Rows per `pull` call. Default 10 000. */
  pullLimit?: number;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]{0,40}$/;

function toClient(options: SqlAdapterOptions): SqlClient {
  const c = options.client;
  if (isSqlClient(c)) return c;
  if (c && options.dialect === 'postgres') return pgClient(c as pg.Pool);
  if (c && options.dialect === 'mysql') return mysqlClient(c as mysql.Pool);
  if (options.url) return connectSql(options.dialect, options.url);
  throw new AdapterConfigError('sql', 'url', { zh: '需要提供 client 或 url（数据库连接）', en: 'give either `client` or `url` (the database connection)' });
}

function secretsOf(url: string | undefined): string[] {
  if (!url) return [];
  try {
    const u = new URL(url);
    return [decodeURIComponent(u.password), u.password, url].filter((s) => s.length >= 4);
  } catch {
    return [url];
  }
}

/** Makes the SQL staging-table adapter. */
export function createSqlAdapter(options: SqlAdapterOptions): RecordAdapter {
  if (!['postgres', 'mysql', 'mssql'].includes(options.dialect)) {
    throw new AdapterConfigError('sql', 'dialect', { zh: `不支持的方言「${options.dialect}」，应为 postgres、mysql 或 mssql`, en: `unsupported dialect "${options.dialect}"; use postgres, mysql or mssql` });
  }
  const prefix = options.tablePrefix ?? 'o75_';
  if (!IDENT.test(prefix)) throw new AdapterConfigError('sql', 'tablePrefix', { zh: '表名前缀只能含字母、数字和下划线，且不以数字开头', en: 'the table prefix may hold letters, digits and underscores only, not starting with a digit' });
  if (options.schema !== undefined && !IDENT.test(options.schema)) throw new AdapterConfigError('sql', 'schema', { zh: '模式名只能含字母、数字和下划线', en: 'the schema name may hold letters, digits and underscores only' });
  const dialect = dialectFor(options.dialect, options.schema);
  const redactor = createRedactor({ secrets: secretsOf(options.url) });
  const name = `sql-${options.dialect}`;
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  let client: SqlClient | undefined;
  const db = () => (client ??= toClient(options));

  return {
    describe: () => ({
      name,
      title: { zh: `SQL 中间表（${options.dialect}）`, en: `SQL staging tables (${options.dialect})` },
      recordTypes: RECORD_TYPES,
      batchCap: options.batchSize ?? 500,
      nativeUpsert: true,
      provisioning: options.ddl === 'manual' ? 'manual' : 'automatic',
      pull: true,
    }),
    provision: async (types) => provisionTables(options.ddl === 'manual' ? undefined : db(), dialect, prefix, name, types),
    verifyProvisioning: async (types) => verifyTables(db(), dialect, prefix, types),
    push: async (records, events) =>
      pushRecords(
        {
          adapter: name, client: db(), dialect, prefix, batchSize: options.batchSize ?? 500, retries: retry.retries,
          baseDelayMs: retry.baseDelayMs, maxDelayMs: retry.maxDelayMs, redactor, sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
          ...(options.onStatement ? { onStatement: options.onStatement } : {}),
        },
        records,
        { ...options.events, ...events },
      ),
    pull: async (since, types) => pullRecords(db(), dialect, prefix, since, types, options.pullLimit),
    close: async () => {
      await client?.close();
      client = undefined;
    },
  };
}
