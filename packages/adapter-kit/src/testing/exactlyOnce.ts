/**
 * The exactly-once test every HTTP adapter runs against its simulated host (DESIGN.md § Adapters): `N` records
 * pushed through 20 % injected faults — dropped connections before and after the host committed, 5xx, 429 and
 * slow answers — must each arrive exactly once, with every field intact. The bench (`pnpm bench`) pushes 10 000
 * the same way; `O75_EXACTLY_ONCE_N=10000` runs that many here.
 */
import { describe, expect, it } from 'vitest';
import type { RetryOptions } from '../http/backoff';
import type { RecordAdapter } from '../types';
import type { FaultControl } from './faults';
import { copiesOf, plain } from './records';
import type { HostRequest, SimulatedHost } from './simulatedHost';

/** The client settings every adapter gets for this test: short timeouts, many quick retries. */
export const EXACTLY_ONCE_CLIENT = { timeoutMs: 400, retry: { retries: 10, baseDelayMs: 20, maxDelayMs: 500 } } as const satisfies {
  timeoutMs: number;
  retry: RetryOptions;
};

/** A started server with an adapter over it, ready to push daily checks. */
export interface ExactlyOnceRun {
  adapter: RecordAdapter;
  host: SimulatedHost;
  faults: FaultControl;
  /** Which requests are writes: the faults that test idempotency most are aimed at these. */
  isWrite: (request: HostRequest) => boolean;
  close(): Promise<void>;
}

export interface ExactlyOnceOptions {
  /** Shown in the describe block, e.g. `jiandaoyun`. */
  name: string;
  /** Starts the server and an adapter configured with `client` (spread it into the adapter's options). */
  start(client: typeof EXACTLY_ONCE_CLIENT): Promise<ExactlyOnceRun>;
  /** Records pushed. Default `O75_EXACTLY_ONCE_N`, else 2 000. */
  records?: number;
}

/** Registers the exactly-once test as a vitest `describe`/`it` block. */
export function exactlyOnceTest(options: ExactlyOnceOptions): void {
  const n = options.records ?? Number(process.env.O75_EXACTLY_ONCE_N ?? 2_000);
  describe(`${options.name}: exactly once under 20 % injected faults`, () => {
    it(`delivers ${n} records exactly once through dropped connections, 5xx, 429 and slow answers`, async () => {
      const { adapter, host, faults, isWrite, close } = await options.start(EXACTLY_ONCE_CLIENT);
      try {
        host.setFaults({ rate: 0.2, seed: 20_261_128, slowMs: 600 });
        // Besides the dice, the faults that test idempotency most hit a write for certain.
        for (const kind of ['drop-after', 'error-after', 'slow'] as const) host.failNext(kind, 1, isWrite);
        const records = copiesOf('daily-check', n);
        const result = await adapter.push(records);
        host.setFaults(undefined);

        expect(result.outcomes.filter((o) => o.status !== 'created')).toEqual([]);
        const injected = [...host.faultsInjected.values()].reduce((a, b) => a + b, 0);
        expect(injected / host.requests).toBeGreaterThan(0.1);
        expect(host.faultsInjected.get('drop-after')).toBeGreaterThan(0);
        expect(host.faultsInjected.get('error-after')).toBeGreaterThan(0);

        const ids = await faults.hostRecordIds();
        expect(ids).toHaveLength(n);
        expect(new Set(ids).size).toBe(n);
        const pulled = new Map((await adapter.pull()).records.map((p) => [p.record.id, p.record]));
        expect(pulled.size).toBe(n);
        for (const r of records) expect(pulled.get(r.id)).toEqual(plain(r));
      } finally {
        await close();
      }
    }, 600_000);
  });
}
