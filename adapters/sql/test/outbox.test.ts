import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncFromOutbox } from '@order75/adapter-kit';
import { copiesOf } from '@order75/adapter-kit/testing';
import { createSqliteStore, type RecordStore } from '@order75/store';
import type { AnyRecord } from '@order75/schemas';
import { createSqlAdapter } from '../src/index';
import { PG_URL, uniqueName } from './harness';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./fixtures/syncChild.ts', import.meta.url));
const N = 200;
const BATCH = 10;
const LEASE_MS = 400;

/** Runs the sync worker; resolves with its stdout when it exits, or kills it with SIGKILL once it prints `PUSHED`. */
function runChild(env: Record<string, string>): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=@order75/source', '--import', 'tsx', CHILD], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('PUSHED') && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => (code && code !== 0 ? reject(new Error(`child exited ${code}: ${err.slice(0, 2000)}`)) : resolve({ code, signal, out })));
  });
}

describe('outbox delivery into PostgreSQL staging tables', () => {
  const schema = uniqueName();
  const pool = new pg.Pool({ connectionString: PG_URL, max: 2 });
  let dir = '';
  let storePath = '';
  let records: AnyRecord[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'o75-outbox-'));
    storePath = join(dir, 'store.db');
    const store = await createSqliteStore({ path: storePath });
    records = copiesOf('daily-check', N);
    await store.putMany(records, { actor: 'E-020' });
    await store.close();
    const adapter = createSqlAdapter({ dialect: 'postgres', client: pool, schema });
    await adapter.provision();
  });

  afterAll(async () => {
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
    await rm(dir, { recursive: true, force: true });
  });

  it('a sync killed with SIGKILL between push and ack, then restarted, loses and duplicates nothing', async () => {
    const env = { O75_STORE_PATH: storePath, O75_PG_URL: PG_URL, O75_PG_SCHEMA: schema, O75_BATCH: String(BATCH), O75_LEASE_MS: String(LEASE_MS) };
    const killed = await runChild({ ...env, O75_HANG_AFTER_PUSH: '5' });
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.out).not.toContain('SUMMARY');
    const mid = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "${schema}".o75_daily_check`);
    expect(Number(mid.rows[0]?.n)).toBe(5 * BATCH);

    // The killed run's last batch is leased, not acked; it is handed out again once the lease has run out.
    await new Promise((r) => setTimeout(r, LEASE_MS + 200));
    const restarted = await runChild(env);
    const summary = JSON.parse(restarted.out.split('SUMMARY ')[1] ?? '{}') as { pushed: number; unchanged: number; failed: number; acked: number };
    expect(summary).toEqual({ pushed: N - 5 * BATCH, unchanged: BATCH, failed: 0, acked: N - 4 * BATCH });

    const rows = await pool.query<{ record_id: string; revision: number; copies: string }>(
      `SELECT record_id, max(revision) AS revision, count(*) AS copies FROM "${schema}".o75_daily_check GROUP BY record_id`,
    );
    expect(rows.rows).toHaveLength(N);
    expect(new Set(rows.rows.map((r) => r.record_id))).toEqual(new Set(records.map((r) => r.id)));
    expect(rows.rows.every((r) => Number(r.copies) === 1 && r.revision === 1)).toBe(true);
    const items = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "${schema}".o75_daily_check__items`);
    expect(Number(items.rows[0]?.n)).toBe(N * 2);
  });

  it('delivers a later correction to the host once, and nothing when the outbox is drained', async () => {
    const store: RecordStore = await createSqliteStore({ path: storePath });
    const adapter = createSqlAdapter({ dialect: 'postgres', client: pool, schema });
    try {
      await store.correct(records[0]!.id, { remarks: '更正后的备注 “二版”' }, '录入错误', { actor: 'E-020' });
      const first = await syncFromOutbox(store, adapter, { consumer: 'staging-test', leaseMs: LEASE_MS });
      expect({ pushed: first.pushed, unchanged: first.unchanged, failed: first.failed }).toEqual({ pushed: 1, unchanged: 0, failed: [] });
      const again = await syncFromOutbox(store, adapter, { consumer: 'staging-test', leaseMs: LEASE_MS });
      expect(again.rounds).toBe(0);
      const row = await pool.query<{ revision: number; remarks: string }>(`SELECT revision, o75_remarks AS remarks FROM "${schema}".o75_daily_check WHERE record_id = $1`, [records[0]!.id]);
      expect(row.rows).toEqual([{ revision: 2, remarks: '更正后的备注 “二版”' }]);
    } finally {
      await store.close();
    }
  });
});
