import { copiesOf, plain } from '@order75/adapter-kit/testing';
import { describe, expect, it } from 'vitest';
import { isWrite, setUp } from './harness';

/** Records pushed through 20 % faults; the bench (`pnpm bench`) pushes 10 000 the same way, and `O75_EXACTLY_ONCE_N=10000` runs that here. */
const N = Number(process.env.O75_EXACTLY_ONCE_N ?? 2_000);

describe('feishu-bitable: exactly once under 20 % injected faults', () => {
  it(`delivers ${N} records exactly once through dropped connections, 5xx, 429 and slow answers`, async () => {
    const { server, adapter, faults } = await setUp({ adapter: { batchSize: 100, timeoutMs: 400, retry: { retries: 10, baseDelayMs: 20, maxDelayMs: 500 } } });
    try {
      await adapter.provision();
      server.host.setFaults({ rate: 0.2, seed: 20_261_128, slowMs: 600 });
      // Besides the dice, the faults that test idempotency most hit a write for certain.
      for (const kind of ['drop-after', 'error-after', 'slow'] as const) server.host.failNext(kind, 1, isWrite);
      const records = copiesOf('daily-check', N);
      const result = await adapter.push(records);
      server.host.setFaults(undefined);

      expect(result.outcomes.filter((o) => o.status !== 'created')).toEqual([]);
      const injected = [...server.host.faultsInjected.values()].reduce((a, b) => a + b, 0);
      expect(injected / server.host.requests).toBeGreaterThan(0.1);
      expect(server.host.faultsInjected.get('drop-after')).toBeGreaterThan(0);
      expect(server.host.faultsInjected.get('error-after')).toBeGreaterThan(0);

      const ids = await faults.hostRecordIds();
      expect(ids).toHaveLength(N);
      expect(new Set(ids).size).toBe(N);
      const pulled = new Map((await adapter.pull()).records.map((p) => [p.record.id, p.record]));
      expect(pulled.size).toBe(N);
      for (const r of records) expect(pulled.get(r.id)).toEqual(plain(r));
    } finally {
      await server.close();
    }
  }, 600_000);
});
