/**
 * Adapter throughput (DESIGN.md targets). Shared by the adapter engineers: each part is one function in
 * `PARTS`; add yours there.
 *
 * - SQL staging into PostgreSQL, parent and child rows, durable commits (synchronous_commit on, one transaction
 *   per push of 500 records): ≥ 20,000 rows/s.
 * - Jiandaoyun, Feishu Bitable, Kingdee: 10,000 records to each test server (20 ms simulated round trips),
 *   batched versus one request per record: ≥ 10× fewer requests and ≥ 10× faster; and the same 10,000 through
 *   20 % injected faults, arriving exactly once.
 */
import { copiesOf } from '@order75/adapter-kit/testing';
import { connectSql, createSqlAdapter } from '@order75/adapter-sql';
import type { AnyRecord, DailyCheck } from '@order75/schemas';
import type { RecordAdapter } from '@order75/adapter-kit';
import type { BenchResult } from './harness';
import { setUp as jiandaoyunHost } from '../adapters/jiandaoyun/test/harness';
import { setUp as feishuHost } from '../adapters/feishu-bitable/test/harness';
import { setUp as kingdeeHost } from '../adapters/kingdee/test/harness';

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

/** A test server with an adapter over it, ready to push (forms, tables or bills in place). */
interface PlatformRun {
  adapter: RecordAdapter;
  /** Requests the server received, failed ones included. */
  requests(): number;
  faults(rate: number): void;
  hostIds(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * How each platform is started. `perRecord` is the baseline: batches of one, and — to be fair to it — the
 * host's rate limits and the adapter's pacing off, so only round trips count against it.
 */
const PLATFORMS: { name: string; start(perRecord: boolean): Promise<PlatformRun> }[] = [
  {
    name: 'Jiandaoyun',
    async start(perRecord) {
      const h = await jiandaoyunHost({ server: { rateLimits: !perRecord }, adapter: { batchSize: perRecord ? 1 : 100, pacing: !perRecord, timeoutMs: 2_000, retry: { retries: 10, baseDelayMs: 20, maxDelayMs: 500 } } });
      return { adapter: h.adapter, requests: () => h.server.host.requests, faults: (rate) => h.server.host.setFaults({ rate, seed: 75, slowMs: 2_500 }), hostIds: () => h.faults.hostRecordIds(), close: () => h.server.close() };
    },
  },
  {
    name: 'Feishu Bitable',
    async start(perRecord) {
      const h = await feishuHost({ server: { rateLimits: !perRecord }, adapter: { batchSize: perRecord ? 1 : 500, pacing: !perRecord, timeoutMs: 2_000, retry: { retries: 10, baseDelayMs: 20, maxDelayMs: 500 } } });
      await h.adapter.provision(['daily-check']);
      h.server.host.resetCounts();
      return { adapter: h.adapter, requests: () => h.server.host.requests, faults: (rate) => h.server.host.setFaults({ rate, seed: 75, slowMs: 2_500 }), hostIds: () => h.faults.hostRecordIds(), close: () => h.server.close() };
    },
  },
  {
    name: 'Kingdee',
    async start(perRecord) {
      const h = await kingdeeHost({ adapter: { batchSize: perRecord ? 1 : 100, timeoutMs: 2_000, retry: { retries: 10, baseDelayMs: 20, maxDelayMs: 500 } } });
      return { adapter: h.adapter, requests: () => h.server.host.requests, faults: (rate) => h.server.host.setFaults({ rate, seed: 75, slowMs: 2_500 }), hostIds: () => h.faults.hostRecordIds(), close: () => h.server.close() };
    },
  },
];

const N = 10_000;
/** One request per record costs the same for every record, so it runs on a sample and scales (O75_BENCH_FULL=1 runs all). */
const SAMPLE = process.env.O75_BENCH_FULL ? N : Number(process.env.O75_BENCH_PER_RECORD_SAMPLE ?? 500);

async function timedPush(run: PlatformRun, records: readonly AnyRecord[]): Promise<{ ms: number; requests: number }> {
  const before = run.requests();
  const t0 = performance.now();
  const result = await run.adapter.push(records);
  const ms = performance.now() - t0;
  if (result.outcomes.some((o) => o.status !== 'created')) throw new Error('bench push did not create every record');
  return { ms, requests: run.requests() - before };
}

/** Batched versus one request per record, then 10,000 through 20 % faults, for each hosted platform. */
async function hostedPlatforms(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  for (const platform of PLATFORMS) {
    const batchedRun = await platform.start(false);
    const batched = await timedPush(batchedRun, dailyChecks(N)).finally(() => batchedRun.close());
    const singleRun = await platform.start(true);
    const sample = await timedPush(singleRun, dailyChecks(SAMPLE)).finally(() => singleRun.close());
    const scale = N / SAMPLE;
    const single = { ms: sample.ms * scale, requests: sample.requests * scale };
    const details = {
      records: N, batchedRequests: batched.requests, batchedMs: Math.round(batched.ms),
      perRecordRequests: Math.round(single.requests), perRecordMs: Math.round(single.ms), perRecordMeasuredOn: SAMPLE === N ? 'all records' : `${SAMPLE} records, scaled ×${scale}`,
      perRecordHost: 'rate limits and pacing off (only round trips count)',
    };
    const fewer = single.requests / batched.requests;
    const faster = single.ms / batched.ms;
    out.push({ name: `${platform.name}: 10 000 pushed, requests (batched vs one per record)`, value: fewer, unit: '× fewer', target: '≥ 10', pass: fewer >= 10, details });
    out.push({ name: `${platform.name}: 10 000 pushed, time (batched vs one per record)`, value: faster, unit: '× faster', target: '≥ 10', pass: faster >= 10, details });

    const faultyRun = await platform.start(false);
    try {
      faultyRun.faults(0.2);
      const records = dailyChecks(N);
      const t0 = performance.now();
      const result = await faultyRun.adapter.push(records);
      const ms = performance.now() - t0;
      faultyRun.faults(0);
      const counts = new Map<string, number>();
      for (const id of await faultyRun.hostIds()) counts.set(id, (counts.get(id) ?? 0) + 1);
      const once = records.filter((r) => counts.get(r.id) === 1).length;
      const exact = once === N && counts.size === N && result.outcomes.every((o) => o.status === 'created');
      out.push({
        name: `${platform.name}: 10 000 through 20 % faults, arriving exactly once`, value: once / N, unit: 'exactly once', target: '= 1', pass: exact,
        details: { records: N, exactlyOnce: once, hostRows: [...counts.values()].reduce((a, b) => a + b, 0), requests: faultyRun.requests(), ms: Math.round(ms) },
      });
    } finally {
      await faultyRun.close();
    }
  }
  return out;
}

/** Each adapter engineer's part; `run` reports them all. */
const PARTS: (() => Promise<BenchResult[]>)[] = [sqlStaging, hostedPlatforms];

export async function run(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  for (const part of PARTS) out.push(...(await part()));
  return out;
}
