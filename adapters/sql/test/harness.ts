/**
 * Test hosts for the SQL adapter: a fresh PostgreSQL schema or MariaDB table prefix per case, dropped after.
 * Faults are real database behaviour installed as triggers: a host rule that rejects chosen records (its message
 * echoes the record's remarks, as real constraint errors echo row data), serialization failures (SQLSTATE 40001)
 * and, on PostgreSQL, the server terminating the connection mid-transaction.
 */
import pg from 'pg';
import mysql from 'mysql2/promise';
import type { ConformanceHarness, Fault, FaultCapability, FaultControl } from '@order75/adapter-kit/testing';
import type { AdapterEvents } from '@order75/adapter-kit';
import { RECORD_TYPES } from '@order75/schemas';
import { createSqlAdapter, parentTableName, type StatementInfo } from '../src/index';

export const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const MYSQL_URL = process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';

let counter = 0;
/** A name unique to this run and call: `t<pid>_<time>_<n>`. */
export function uniqueName(): string {
  return `t${process.pid}_${Date.now().toString(36)}_${counter++}`;
}

interface Counters { writes: number; maxRows: number }

function counting(c: Counters) {
  return (info: StatementInfo) => {
    if (info.kind !== 'upsert') return;
    c.writes += 1;
    c.maxRows = Math.max(c.maxRows, info.rows);
  };
}

const fastRetry = { retries: 4, baseDelayMs: 5, maxDelayMs: 50 };

/** A PostgreSQL host in its own schema. */
export async function postgresHost(events: AdapterEvents = {}, batchSize?: number): Promise<ConformanceHarness & { pool: pg.Pool; schema: string }> {
  const schema = uniqueName();
  const pool = new pg.Pool({ connectionString: PG_URL, max: 4 });
  pool.on('error', () => undefined);
  const c: Counters = { writes: 0, maxRows: 0 };
  const adapter = createSqlAdapter({ dialect: 'postgres', client: pool, schema, retry: fastRetry, events, onStatement: counting(c), ...(batchSize ? { batchSize } : {}) });
  const s = (n: string) => `"${schema}"."${n}"`;
  let installed = false;
  const install = async () => {
    if (installed) return;
    installed = true;
    await pool.query(`
      CREATE TABLE ${s('fault_reject')} (id varchar(36) PRIMARY KEY);
      CREATE TABLE ${s('fault_budget')} (k int PRIMARY KEY, upto bigint NOT NULL);
      INSERT INTO ${s('fault_budget')} VALUES (1, 0), (2, 0);
      CREATE SEQUENCE ${s('fault_seq1')}; CREATE SEQUENCE ${s('fault_seq2')};
      CREATE FUNCTION ${s('fault_fn')}() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        IF EXISTS (SELECT 1 FROM ${s('fault_reject')} WHERE id = NEW.record_id) THEN
          RAISE EXCEPTION 'host rule rejected record: %', NEW.o75_remarks USING ERRCODE = '23514';
        END IF;
        IF (SELECT upto FROM ${s('fault_budget')} WHERE k = 1) >= nextval('${schema}.fault_seq1') THEN
          RAISE EXCEPTION 'could not serialize access (injected)' USING ERRCODE = '40001';
        END IF;
        IF (SELECT upto FROM ${s('fault_budget')} WHERE k = 2) >= nextval('${schema}.fault_seq2') THEN
          PERFORM pg_terminate_backend(pg_backend_pid());
        END IF;
        RETURN NEW;
      END $f$;
      ${RECORD_TYPES.map((t) => `CREATE TRIGGER fault BEFORE INSERT OR UPDATE ON ${s(parentTableName(t, 'o75_'))} FOR EACH ROW EXECUTE FUNCTION ${s('fault_fn')}();`).join('\n')}
    `);
  };
  const arm = async (k: 1 | 2, times: number) => {
    await install();
    await pool.query(
      `UPDATE ${s('fault_budget')} SET upto = (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM ${s(`fault_seq${k}`)}) + $1 WHERE k = $2`,
      [times, k],
    );
  };
  const faults: FaultControl = {
    supports: ['transient', 'network', 'reject'] satisfies FaultCapability[],
    async inject(fault: Fault, times = 1) {
      if (fault.kind === 'transient' || fault.kind === 'status') return arm(1, times);
      if (fault.kind === 'network') return arm(2, times);
      throw new Error(`postgres host cannot simulate ${fault.kind}`);
    },
    async reject(ids) {
      await install();
      await pool.query(`DELETE FROM ${s('fault_reject')}`);
      if (ids.length) await pool.query(`INSERT INTO ${s('fault_reject')} SELECT unnest($1::varchar[])`, [ids]);
    },
    writeRequests: () => c.writes,
    maxRecordsPerWrite: () => c.maxRows,
    async hostRecordIds() {
      const sql = RECORD_TYPES.map((t) => `SELECT record_id FROM ${s(parentTableName(t, 'o75_'))}`).join(' UNION ALL ');
      return (await pool.query<{ record_id: string }>(sql)).rows.map((r) => r.record_id);
    },
    async reset() {
      c.writes = 0;
      c.maxRows = 0;
      if (!installed) return;
      await arm(1, 0);
      await arm(2, 0);
      await pool.query(`DELETE FROM ${s('fault_reject')}`);
    },
  };
  return {
    adapter, faults, pool, schema, secrets: [],
    async cleanup() {
      await adapter.close?.();
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
    },
  };
}

/** A MariaDB host: tables with a unique prefix in the `test` database. */
export async function mariadbHost(events: AdapterEvents = {}, batchSize?: number): Promise<ConformanceHarness & { pool: mysql.Pool; prefix: string }> {
  const prefix = `${uniqueName()}_`;
  const pool = mysql.createPool({ uri: MYSQL_URL, charset: 'utf8mb4_unicode_ci', connectionLimit: 4, dateStrings: true });
  const c: Counters = { writes: 0, maxRows: 0 };
  const adapter = createSqlAdapter({ dialect: 'mysql', client: pool, tablePrefix: prefix, retry: fastRetry, events, onStatement: counting(c), ...(batchSize ? { batchSize } : {}) });
  const t = (n: string) => `\`${prefix}${n}\``;
  let installed = false;
  const install = async () => {
    if (installed) return;
    installed = true;
    await pool.query(`CREATE TABLE ${t('fault_reject')} (id VARCHAR(36) PRIMARY KEY) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await pool.query(`CREATE TABLE ${t('fault_budget')} (k INT PRIMARY KEY, upto BIGINT NOT NULL)`);
    await pool.query(`INSERT INTO ${t('fault_budget')} VALUES (1, 0)`);
    await pool.query(`CREATE SEQUENCE ${t('fault_seq1')}`);
    for (const type of RECORD_TYPES) {
      const table = parentTableName(type, prefix);
      await pool.query(`
        CREATE TRIGGER \`${table}_fault\` BEFORE INSERT ON \`${table}\` FOR EACH ROW BEGIN
          IF EXISTS (SELECT 1 FROM ${t('fault_reject')} WHERE id = NEW.record_id) THEN
            SET @o75_fault_msg = CONCAT('host rule rejected record: ', LEFT(COALESCE(NEW.o75_remarks, ''), 200));
            SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = @o75_fault_msg;
          END IF;
          IF (SELECT upto FROM ${t('fault_budget')} WHERE k = 1) >= NEXTVAL(${t('fault_seq1')}) THEN
            SIGNAL SQLSTATE '40001' SET MESSAGE_TEXT = 'injected serialization failure';
          END IF;
        END`);
    }
  };
  const faults: FaultControl = {
    supports: ['transient', 'reject'] satisfies FaultCapability[],
    async inject(fault: Fault, times = 1) {
      if (fault.kind !== 'transient' && fault.kind !== 'status') throw new Error(`mariadb host cannot simulate ${fault.kind}`);
      await install();
      const [rows] = await pool.query(`SELECT NEXTVAL(${t('fault_seq1')}) AS v`);
      const v = Number((rows as { v: number }[])[0]?.v ?? 0);
      await pool.query(`UPDATE ${t('fault_budget')} SET upto = ? WHERE k = 1`, [v + times]);
    },
    async reject(ids) {
      await install();
      await pool.query(`DELETE FROM ${t('fault_reject')}`);
      for (const id of ids) await pool.query(`INSERT INTO ${t('fault_reject')} VALUES (?)`, [id]);
    },
    writeRequests: () => c.writes,
    maxRecordsPerWrite: () => c.maxRows,
    async hostRecordIds() {
      const sql = RECORD_TYPES.map((type) => `SELECT record_id FROM \`${parentTableName(type, prefix)}\``).join(' UNION ALL ');
      const [rows] = await pool.query(sql);
      return (rows as { record_id: string }[]).map((r) => r.record_id);
    },
    async reset() {
      c.writes = 0;
      c.maxRows = 0;
      if (!installed) return;
      await pool.query(`UPDATE ${t('fault_budget')} SET upto = 0`);
      await pool.query(`DELETE FROM ${t('fault_reject')}`);
    },
  };
  return {
    adapter, faults, pool, prefix, secrets: [],
    async cleanup() {
      await adapter.close?.();
      const [rows] = await pool.query(`SELECT TABLE_NAME AS n, TABLE_TYPE AS k FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE ?`, [`${prefix.replace(/_/g, '\\_')}%`]);
      for (const r of rows as { n: string; k: string }[]) await pool.query(`DROP ${r.k === 'SEQUENCE' ? 'SEQUENCE' : 'TABLE'} IF EXISTS \`${r.n}\``);
      await pool.end();
    },
  };
}
