/**
 * Adapter throughput (DESIGN.md targets). Shared by the adapter engineers: each part is one function in
 * `PARTS`; add yours there.
 *
 * - SQL staging into PostgreSQL, parent and child rows, durable commits (synchronous_commit on, one transaction
 *   per push of 500 records): ≥ 20,000 rows/s.
 */
import { copiesOf } from '@order75/adapter-kit/testing';
import { connectSql, createSqlAdapter } from '@order75/adapter-sql';
import type { AnyRecord, DailyCheck } from '@order75/schemas';
import type { BenchResult } from './harness';

const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** `n` daily checks with 20 item rows each (one hazard row in five records). */
function dailyChecks(n: number): AnyRecord[] {
  return copiesOf('daily-check', n).map((r, i) => {
    const rec = r as DailyCheck;
    rec.items = Array.from({ length: 20 }, (_, k) =>
      k === 7 && i % 5 === 0
        ? { rowId: `r${k}`, result: 'hazard' as const, hazardId: `H-${i}-${k}`, finding: '绝缘层厚度偏薄 “最薄点”', measure: '隔离批次并复测', measureAt: '2026-11-27T09:40:00+08:00' }
        : { rowId: `r${k}`, result: 'ok' as const, ...(k % 4 === 0 ? { note: '抽检 3 盘，符合 GB/T 5023' } : {}) },
    );
    rec.zeroRisk = false;
    return rec;
  });
}

/** SQL staging rows per second into PostgreSQL. */
async function sqlStaging(): Promise<BenchResult[]> {
  const schema = `bench_${process.pid}_${Date.now().toString(36)}`;
  const pool = connectSql('postgres', PG_URL);
  try {
    const settings = await pool.query(`SELECT name, setting FROM pg_settings WHERE name IN ('synchronous_commit', 'fsync')`);
    const durable = settings.rows.every((r) => r.setting === 'on');
    const adapter = createSqlAdapter({ dialect: 'postgres', client: pool, schema });
    await adapter.provision();
    await adapter.push(dailyChecks(200)); // warm-up: plans, connections
    const records = dailyChecks(5_000);
    const rows = records.reduce((n, r) => n + 1 + ((r as DailyCheck).items?.length ?? 0), 0);
    const perPush = 500;
    const t0 = performance.now();
    for (let i = 0; i < records.length; i += perPush) {
      const result = await adapter.push(records.slice(i, i + perPush));
      if (result.outcomes.some((o) => o.status !== 'created')) throw new Error('bench push did not create every record');
    }
    const ms = performance.now() - t0;
    const value = rows / (ms / 1000);
    return [{
      name: 'SQL staging → PostgreSQL (parent + child rows)', value, unit: 'rows/s', target: '≥ 20000', pass: value >= 20_000 && durable,
      details: { records: records.length, rows, ms: Math.round(ms), transactions: Math.ceil(records.length / perPush), durable: durable ? 'synchronous_commit=on, fsync=on' : 'NOT durable' },
    }];
  } finally {
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.close();
  }
}

/** Each adapter engineer's part; `run` reports them all. */
const PARTS: (() => Promise<BenchResult[]>)[] = [sqlStaging];

export async function run(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  for (const part of PARTS) out.push(...(await part()));
  return out;
}
