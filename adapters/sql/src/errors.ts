/** Which database errors are worth retrying the whole transaction for, and how failed rows are described. */
import type { Message } from '@order75/schemas';
import type { Redactor } from '@order75/adapter-kit';

const PG_TRANSIENT = new Set(['40001', '40P01', '55P03', '57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006']);
const MYSQL_TRANSIENT = new Set([1205, 1213, 1040, 1317, 1927, 2006, 2013]);
const NODE_TRANSIENT = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'PROTOCOL_CONNECTION_LOST']);

/** A serialization failure, deadlock, lock timeout, lost connection or server restart: retry the transaction. */
export function isTransient(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { code?: unknown; errno?: unknown; sqlState?: unknown; message?: unknown };
  if (typeof e.code === 'string' && (PG_TRANSIENT.has(e.code) || NODE_TRANSIENT.has(e.code))) return true;
  if (typeof e.errno === 'number' && MYSQL_TRANSIENT.has(e.errno)) return true;
  if (e.sqlState === '40001') return true;
  return typeof e.message === 'string' && /Connection terminated|connection is closed|Can't add new command when connection is in closed state/i.test(e.message);
}

/** A bilingual, redacted description of a database error for a per-record outcome. */
export function describeDbError(error: unknown, table: string, redactor: Redactor): Message {
  const e = error as { code?: unknown; errno?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' ? e.code : typeof e?.errno === 'number' ? String(e.errno) : 'unknown';
  const text = redactor.text(String(e?.message ?? error)).slice(0, 500);
  return {
    zh: `写入中间表 ${table} 失败（数据库错误 ${code}）：${text}。请检查该记录与表上的约束或触发器`,
    en: `writing staging table ${table} failed (database error ${code}): ${text}. Check the record against the table's constraints or triggers`,
  };
}
