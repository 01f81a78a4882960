/**
 * Reading records back: a revision's stored content plus its current status and its signatures in chain
 * order. Queries run over latest revisions by default, by record date, type, site, author and status.
 */
import type { AnyRecord } from '@order75/schemas';
import type { SqlExecutor } from '../sql/driver';
import type { AuditEntry, RecordQuery } from '../types';

interface Row {
  id: string;
  revision: number;
  status: string;
  body: string;
}

async function withSignatures(db: SqlExecutor, rows: Row[], sigWhere: string, sigParams: unknown[]): Promise<AnyRecord[]> {
  if (rows.length === 0) return [];
  const sigs = await db.query<{ id: string; revision: number; body: string }>(
    `SELECT s.id, s.revision, s.body FROM o75_signatures s ${sigWhere} ORDER BY s.event_seq`,
    sigParams,
  );
  const byKey = new Map<string, unknown[]>();
  for (const s of sigs) {
    const key = `${s.id}#${Number(s.revision)}`;
    const list = byKey.get(key) ?? [];
    list.push(JSON.parse(s.body));
    byKey.set(key, list);
  }
  return rows.map((r) => {
    const record = JSON.parse(r.body) as Record<string, unknown>;
    record.status = r.status;
    const list = byKey.get(`${r.id}#${Number(r.revision)}`);
    if (list) record.signatures = list;
    return record as unknown as AnyRecord;
  });
}

export async function getRecord(db: SqlExecutor, id: string, revision?: number): Promise<AnyRecord | undefined> {
  const rows = revision === undefined
    ? await db.query<Row>('SELECT id, revision, status, body FROM o75_records WHERE id = ? AND is_latest = 1', [id])
    : await db.query<Row>('SELECT id, revision, status, body FROM o75_records WHERE id = ? AND revision = ?', [id, revision]);
  const row = rows[0];
  if (!row) return undefined;
  const [record] = await withSignatures(db, [row], 'WHERE s.id = ? AND s.revision = ?', [row.id, row.revision]);
  return record;
}

export async function recordHistory(db: SqlExecutor, id: string): Promise<AnyRecord[]> {
  const rows = await db.query<Row>('SELECT id, revision, status, body FROM o75_records WHERE id = ? ORDER BY revision', [id]);
  return withSignatures(db, rows, 'WHERE s.id = ?', [id]);
}

export async function queryRecords(db: SqlExecutor, q: RecordQuery = {}): Promise<AnyRecord[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (!q.allRevisions) where.push('r.is_latest = 1');
  if (q.enterprise !== undefined) add('r.enterprise = ?', q.enterprise);
  if (q.type !== undefined) {
    const types = typeof q.type === 'string' ? [q.type] : [...q.type];
    if (types.length === 0) return [];
    add(`r.record_type IN (${types.map(() => '?').join(', ')})`, ...types);
  }
  if (q.from !== undefined) add('r.record_date >= ?', q.from);
  if (q.to !== undefined) add('r.record_date <= ?', q.to);
  if (q.site !== undefined) add('r.site = ?', q.site);
  if (q.author !== undefined) add('r.author = ?', q.author);
  if (q.status !== undefined) add('r.status = ?', q.status);
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const limit = q.limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(q.limit))}` : '';
  const rows = await db.query<Row>(
    `SELECT r.id, r.revision, r.status, r.body FROM o75_records r ${filter} ORDER BY r.record_date, r.id, r.revision${limit}`,
    params,
  );
  // With a limit, the join fetches signatures of every match, not only of the rows returned; still correct.
  return withSignatures(db, rows, `JOIN o75_records r ON r.id = s.id AND r.revision = s.revision ${filter}`, params);
}

export async function auditEntries(db: SqlExecutor, id?: string): Promise<AuditEntry[]> {
  const rows = await db.query<{ at: string; actor: string; action: AuditEntry['action']; id: string; revision: number; event_seq: number; reason: string | null; changes: string }>(
    `SELECT at, actor, action, id, revision, event_seq, reason, changes FROM o75_audit ${id === undefined ? '' : 'WHERE id = ?'} ORDER BY audit_id`,
    id === undefined ? [] : [id],
  );
  return rows.map((r) => ({
    at: r.at, actor: r.actor, action: r.action, id: r.id, revision: Number(r.revision), seq: Number(r.event_seq),
    ...(r.reason === null ? {} : { reason: r.reason }),
    changes: JSON.parse(r.changes),
  }));
}
