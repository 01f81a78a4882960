/**
 * @order75/adapter-kit/testing — the conformance suite every adapter's test file calls, then adds its own
 * platform-specific tests:
 *
 * ```ts
 * adapterConformanceTests({ name: 'sql-postgres', create: async ({ events }) => { … return { adapter, faults, cleanup }; } });
 * ```
 *
 * It also holds the test-server harness the HTTP adapters' local servers are built on (`SimulatedHost`: a real
 * `node:http` server with simulated round trips and fault injection), so this entry point is for Node only.
 */
import { afterEach, describe, it } from 'vitest';
import type { AdapterEvents } from '../types';
import { createCapture } from './capture';
import { CONFORMANCE_CASES, type ConformanceCaseName, type ConformanceHarness } from './cases';

/** Handed to `create`: wire `events.onLog` into the adapter's logger so the suite sees its log lines. */
export interface ConformanceContext {
  events: AdapterEvents;
}

export interface ConformanceOptions {
  /** Shown in the describe block, e.g. `sql (PostgreSQL)`. */
  name: string;
  /** Makes an adapter over an empty host, once per case. */
  create: (context: ConformanceContext) => Promise<ConformanceHarness>;
  /** Only these cases (default: all). */
  cases?: readonly ConformanceCaseName[];
  /** Cases to skip, with the reason in the adapter's docs. */
  skip?: readonly ConformanceCaseName[];
  /** Per-case timeout, ms. Default 60 000. */
  timeoutMs?: number;
}

/** Registers the conformance cases as vitest `describe`/`it` blocks. */
export function adapterConformanceTests(options: ConformanceOptions): void {
  describe(`adapter conformance: ${options.name}`, () => {
    let harness: ConformanceHarness | undefined;
    afterEach(async () => {
      await harness?.cleanup();
      harness = undefined;
    });
    for (const c of CONFORMANCE_CASES) {
      if (options.cases && !options.cases.includes(c.name)) continue;
      const skipped = options.skip?.includes(c.name);
      it.skipIf(!!skipped)(`${c.name}: ${c.title}`, async (ctx) => {
        const capture = createCapture();
        harness = await options.create({ events: capture.events });
        const f = harness.faults;
        if (c.needs === 'fault-control' && !f) return ctx.skip('the host has no fault control');
        if (Array.isArray(c.needs) && (!f || !c.needs.every((n) => f.supports.includes(n)))) {
          return ctx.skip(`the host cannot simulate ${c.needs.join(', ')}`);
        }
        await c.run(harness, capture);
      }, options.timeoutMs ?? 60_000);
    }
  });
}

export { CONFORMANCE_CASES, type ConformanceCase, type ConformanceCaseName, type ConformanceHarness } from './cases';
export { createCapture, leaks, SEEDED_PERSONAL_DATA, type Capture } from './capture';
export type { Fault, FaultCapability, FaultControl } from './faults';
export { copiesOf, newId, nextRevision, plain, withPersonalData } from './records';
export { ODD_TEXT, sampleRecord, sampleRecords } from './samples';
export {
  ALL_FAULTS,
  seededRandom,
  SimulatedHost,
  sleep,
  type FaultKind,
  type FaultOptions,
  type HostHandler,
  type HostReply,
  type HostRequest,
  type SimulatedHostOptions,
} from './simulatedHost';
export { SimulatedPlatform, type SimulatedPlatformOptions } from './simulatedPlatform';
export { SlidingWindow } from './slidingWindow';
export {
  hostFault,
  simulatedFaultControl,
  writeCounter,
  type SimulatedFaultControlOptions,
  type WriteCounter,
} from './simulatedFaults';
export { EXACTLY_ONCE_CLIENT, exactlyOnceTest, type ExactlyOnceOptions, type ExactlyOnceRun } from './exactlyOnce';
export { cliSandbox, type CliMain, type CliResult, type CliRunIo, type CliSandbox } from './cli';
