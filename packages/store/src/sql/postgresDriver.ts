/**
 * PostgreSQL driver on pg 8: a pool, one schema (search_path) per store, `?` placeholders numbered to `$n`,
 * BIGINT returned as numbers (sequence numbers stay far below 2^53).
 */
import pg from 'pg';
import type { Row, SqlDriver, SqlExecutor } from './driver';

export interface PostgresDriverOptions {
  url: string;
  /** Schema holding the store's tables (created if missing); default `public`. */
  schema?: string;
  /** Pool size (default 5). */
  max?: number;
}

const numbered = new Map<string, string>();

function toPg(sql: string): string {
  let out = numbered.get(sql);
  if (out === undefined) {
    let n = 0;
    out = sql.replace(/\?/g, () => `$${++n}`);
    numbered.set(sql, out);
  }
  return out;
}

const types = {
  getTypeParser(oid: number, format?: string) {
    // int8 (20) and numeric counts as numbers; everything else as pg parses it.
    if (oid === 20) return (v: string) => Number(v);
    return (pg.types.getTypeParser as (oid: number, format?: string) => unknown)(oid, format);
  },
};

function executor(client: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    async query<T = Row>(sql: string, params: readonly unknown[] = []) {
      return (await client.query(toPg(sql), params as unknown[])).rows as T[];
    },
    async run(sql: string, params: readonly unknown[] = []) {
      return { changes: (await client.query(toPg(sql), params as unknown[])).rowCount ?? 0 };
    },
  };
}

/** Schema names are identifiers we interpolate; keep them to a safe alphabet. */
function checkSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new TypeError('createPostgresStore: schema must match [a-z_][a-z0-9_]* (模式名只能含小写字母、数字和下划线)');
  }
  return schema;
}

export function createPostgresDriver(options: PostgresDriverOptions): SqlDriver {
  const schema = checkSchema(options.schema ?? 'public');
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 5,
    options: `-c search_path=${schema}`,
    types: types as pg.CustomTypesConfig,
  });
  // An idle client's error (server restart) must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const direct = executor(pool);
  return {
    dialect: 'postgres',
    query: direct.query,
    run: direct.run,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(executor(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async exec(script) {
      const client = await pool.connect();
      try {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        await client.query(script);
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
