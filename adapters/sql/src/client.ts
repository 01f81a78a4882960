/**
 * A small SQL client interface over the drivers (`pg` ^8 for PostgreSQL, `mysql2` ^3 for MariaDB/MySQL): a
 * query with positional parameters, and a transaction on one connection. SQL Server users pass their own
 * implementation (for example over the `mssql` package), since no SQL Server runs where this is tested.
 */
import pg from 'pg';
import mysql from 'mysql2/promise';
import { AdapterConfigError } from '@order75/adapter-kit';
import type { SqlDialectName } from './dialects/types';

export interface SqlResult {
  rows: Record<string, unknown>[];
  /** Rows inserted, updated or deleted, where the driver reports it. */
  affected: number;
}

export interface SqlExecutor {
  query(sql: string, params?: readonly unknown[]): Promise<SqlResult>;
}

export interface SqlClient extends SqlExecutor {
  readonly dialect: SqlDialectName;
  /** Runs `fn` in one transaction on one connection: commit on success, rollback on error. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Wraps a `pg.Pool`. With `owned`, `close()` ends the pool. */
export function pgClient(pool: pg.Pool, owned = false): SqlClient {
  // An idle connection the server terminates emits 'error' on the pool; without a listener Node would crash.
  pool.on('error', () => undefined);
  const run = async (c: pg.Pool | pg.PoolClient, sql: string, params?: readonly unknown[]): Promise<SqlResult> => {
    const r = await c.query(sql, params as unknown[] | undefined);
    const last = Array.isArray(r) ? (r[r.length - 1] as pg.QueryResult) : r;
    return { rows: last.rows ?? [], affected: last.rowCount ?? 0 };
  };
  return {
    dialect: 'postgres',
    query: (sql, params) => run(pool, sql, params),
    async transaction(fn) {
      const conn = await pool.connect();
      // A connection the server terminates mid-transaction emits 'error'; the failed query reports it too.
      const onError = () => undefined;
      conn.on('error', onError);
      let broken: Error | undefined;
      try {
        await conn.query('BEGIN');
        const out = await fn({ query: (sql, params) => run(conn, sql, params) });
        await conn.query('COMMIT');
        return out;
      } catch (error) {
        try {
          await conn.query('ROLLBACK');
        } catch (rollbackError) {
          broken = rollbackError as Error;
        }
        throw error;
      } finally {
        conn.off('error', onError);
        conn.release(broken);
      }
    },
    close: async () => {
      if (owned) await pool.end();
    },
  };
}

/** Wraps a `mysql2/promise` pool. With `owned`, `close()` ends the pool. */
export function mysqlClient(pool: mysql.Pool, owned = false): SqlClient {
  const run = async (c: mysql.Pool | mysql.PoolConnection, sql: string, params?: readonly unknown[]): Promise<SqlResult> => {
    const [result] = await c.query(sql, params as unknown[] | undefined);
    if (Array.isArray(result)) return { rows: result as Record<string, unknown>[], affected: 0 };
    return { rows: [], affected: (result as mysql.ResultSetHeader).affectedRows ?? 0 };
  };
  return {
    dialect: 'mysql',
    query: (sql, params) => run(pool, sql, params),
    async transaction(fn) {
      const conn = await pool.getConnection();
      let broken = false;
      try {
        await conn.beginTransaction();
        const out = await fn({ query: (sql, params) => run(conn, sql, params) });
        await conn.commit();
        return out;
      } catch (error) {
        try {
          await conn.rollback();
        } catch {
          broken = true;
        }
        throw error;
      } finally {
        if (broken) conn.destroy();
        else conn.release();
      }
    },
    close: async () => {
      if (owned) await pool.end();
    },
  };
}

/** Opens a pool for a connection URL (`postgres://…`, `mysql://…`); SQL Server needs a client passed in. */
export function connectSql(dialect: SqlDialectName, url: string): SqlClient {
  if (dialect === 'postgres') return pgClient(new pg.Pool({ connectionString: url, max: 4 }), true);
  if (dialect === 'mysql') {
    return mysqlClient(mysql.createPool({ uri: url, charset: 'utf8mb4_unicode_ci', connectionLimit: 4, dateStrings: true, supportBigNumbers: true }), true);
  }
  throw new AdapterConfigError('sql', 'client', {
    zh: 'SQL Server 方言需要传入 client（SqlClient 实现，例如基于 mssql 包），不能只给 url',
    en: 'the mssql dialect needs a `client` (a SqlClient, e.g. over the mssql package); a url alone is not enough',
  });
}

/** Whether a value already is a {@link SqlClient}. */
export function isSqlClient(x: unknown): x is SqlClient {
  return !!x && typeof (x as SqlClient).transaction === 'function' && typeof (x as SqlClient).dialect === 'string';
}
