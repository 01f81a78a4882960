/**
 * `push`: one transaction per call. It locks the change counter (so writers to one database are serialised and
 * change sequence order is commit order), reads the stored revision and hash of each batch, writes only new or
 * changed records with the dialect's guarded upsert, replaces their child rows, and on a row-level error falls
 * back to one savepoint per record so every record gets its own outcome. Serialization failures, deadlocks and
 * lost connections roll back and retry the whole transaction.
 */
import { backoffDelay, latestByType, settleAll, splitBatches, supersedes, type AdapterEvents, type OutcomeMap, type PushOutcome, type PushResult, type Redactor } from '@order75/adapter-kit';
import type { AnyRecord } from '@order75/schemas';
import type { SqlClient } from './client';
import type { Dialect, Statement } from './dialects/types';
import { describeDbError, isTransient } from './errors';
import { childRows, parentRow, prepare, type PreparedRecord } from './rows';
import { metaTableName, tablesOf, type TableDef } from './tables';

/** Reported for every write statement, for metrics and the test host's request counting. */
export interface StatementInfo {
  kind: 'upsert' | 'insert-children' | 'delete-children';
  table: string;
  rows: number;
}

export interface PushContext {
  adapter: string;
  client: SqlClient;
  dialect: Dialect;
  prefix: string;
  batchSize: number;
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  redactor: Redactor;
  onStatement?: (info: StatementInfo) => void;
  sleep: (ms: number) => Promise<void>;
}

type Decision = { p: PreparedRecord; status: 'created' | 'updated' | 'unchanged' };

async function writeRecords(ctx: PushContext, exec: (s: Statement) => Promise<unknown>, tables: TableDef[], items: { p: PreparedRecord; seq: number; update: boolean }[]): Promise<void> {
  const [parent, ...children] = tables as [TableDef, ...TableDef[]];
  for (const s of ctx.dialect.upsert(parent, items.map((i) => parentRow(parent, i.p, i.seq, ctx.dialect)))) {
    ctx.onStatement?.({ kind: 'upsert', table: parent.name, rows: (s.params.length && Array.isArray(s.params[0]) ? (s.params[0] as unknown[]).length : items.length) });
    await exec(s);
  }
  const updatedIds = items.filter((i) => i.update).map((i) => i.p.record.id);
  for (const child of children) {
    if (updatedIds.length) {
      ctx.onStatement?.({ kind: 'delete-children', table: child.name, rows: updatedIds.length });
      await exec(ctx.dialect.deleteChildren(child, updatedIds));
    }
    const rows = items.flatMap((i) => childRows(child, i.p, ctx.dialect));
    for (const s of ctx.dialect.insert(child, rows)) {
      ctx.onStatement?.({ kind: 'insert-children', table: child.name, rows: rows.length });
      await exec(s);
    }
  }
}

/** Pushes records; never throws for data or database errors — each record gets an outcome. */
export async function pushRecords(ctx: PushContext, records: readonly AnyRecord[], events: AdapterEvents = {}): Promise<PushResult> {
  const outcomes: OutcomeMap = new Map();
  const byType = latestByType(records, outcomes);

  let requests = 0;
  for (let attempt = 0; ; attempt++) {
    const local = new Map<number, PushOutcome>();
    try {
      await ctx.client.transaction(async (tx) => {
        const exec = async (s: Statement | string) => {
          requests += 1;
          return typeof s === 'string' ? tx.query(s) : tx.query(s.sql, s.params);
        };
        const counter = await exec(ctx.dialect.lockCounter(metaTableName(ctx.prefix)));
        if (counter.rows.length === 0) throw new Error('change counter missing: run provision first');
        let seq = Number(counter.rows[0]?.v ?? 0);
        let sp = 0;
        for (const [type, items] of byType) {
          const tables = tablesOf(type, ctx.prefix);
          const parent = tables[0] as TableDef;
          for (const batch of splitBatches(items, ctx.batchSize)) {
            const prepared = batch.map(([i, r]) => ({ i, p: prepare(r) }));
            const existing = await exec(ctx.dialect.selectExisting(parent, prepared.map((x) => x.p.record.id)));
            const stored = new Map(existing.rows.map((r) => [String(r.record_id), { revision: Number(r.revision), hash: String(r.content_hash) }]));
            const decisions = prepared.map(({ i, p }): [number, Decision] => {
              const s = stored.get(p.record.id);
              if (!s) return [i, { p, status: 'created' }];
              return [i, { p, status: supersedes(p.record, p.hash, s) ? 'updated' : 'unchanged' }];
            });
            const writes = decisions.filter(([, d]) => d.status !== 'unchanged').map(([i, d]) => ({ i, d, seq: ++seq }));
            for (const [i, d] of decisions) if (d.status === 'unchanged') local.set(i, { id: d.p.record.id, revision: d.p.record.revision, status: 'unchanged' });
            if (writes.length === 0) continue;
            const name = `o75_b${sp++}`;
            await exec(ctx.dialect.savepoint(name));
            try {
              await writeRecords(ctx, exec, tables, writes.map((w) => ({ p: w.d.p, seq: w.seq, update: w.d.status === 'updated' })));
              const release = ctx.dialect.release(name);
              if (release) await exec(release);
              for (const w of writes) local.set(w.i, { id: w.d.p.record.id, revision: w.d.p.record.revision, status: w.d.status as 'created' | 'updated' });
            } catch (error) {
              if (isTransient(error)) throw error;
              await exec(ctx.dialect.rollbackTo(name));
              for (const w of writes) {
                const one = `o75_r${sp++}`;
                await exec(ctx.dialect.savepoint(one));
                try {
                  await writeRecords(ctx, exec, tables, [{ p: w.d.p, seq: w.seq, update: w.d.status === 'updated' }]);
                  const release = ctx.dialect.release(one);
                  if (release) await exec(release);
                  local.set(w.i, { id: w.d.p.record.id, revision: w.d.p.record.revision, status: w.d.status as 'created' | 'updated' });
                } catch (rowError) {
                  if (isTransient(rowError)) throw rowError;
                  await exec(ctx.dialect.rollbackTo(one));
                  local.set(w.i, { id: w.d.p.record.id, revision: w.d.p.record.revision, status: 'failed', retryable: false, error: describeDbError(rowError, parent.name, ctx.redactor) });
                }
              }
            }
          }
        }
        await exec(ctx.dialect.setCounter(metaTableName(ctx.prefix), seq));
      });
      for (const [i, o] of local) outcomes.set(i, o);
      break;
    } catch (error) {
      const transient = isTransient(error);
      const reason = ctx.redactor.text(String((error as Error)?.message ?? error)).slice(0, 300);
      if (transient && attempt < ctx.retries) {
        const delayMs = backoffDelay(attempt, { retries: ctx.retries, baseDelayMs: ctx.baseDelayMs, maxDelayMs: ctx.maxDelayMs });
        events.onRetry?.({ reason: `database: ${reason}`, delayMs, attempt: attempt + 1 });
        await ctx.sleep(delayMs);
        continue;
      }
      events.onLog?.({ level: 'error', message: `${ctx.adapter}: push failed: ${reason}` });
      const message = describeDbError(error, `${ctx.prefix}*`, ctx.redactor);
      const retryable = transient || !(error instanceof Error && /provision/.test(error.message));
      for (const items of byType.values()) settleAll(outcomes, items, (r) => ({ id: r.id, revision: r.revision, status: 'failed', retryable, error: message }));
      break;
    }
  }
  events.onProgress?.({ done: records.length, total: records.length });
  return { outcomes: records.map((_, i) => outcomes.get(i) as PushOutcome), requests };
}
