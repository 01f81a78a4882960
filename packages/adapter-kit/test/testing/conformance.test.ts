import { describe, expect, it } from 'vitest';
import { adapterConformanceTests, CONFORMANCE_CASES, createCapture, type ConformanceCaseName } from '../../src/testing/index';
import { memoryHarness, type Bug } from './memoryHost';

// A correct adapter passes the suite …
adapterConformanceTests({ name: 'in-memory reference', create: async () => memoryHarness() });

// … and each deliberate bug fails the case that guards against it.
const caught: [Bug, ConformanceCaseName][] = [
  ['duplicates', 'idempotent-upsert'],
  ['ignores-revision', 'idempotent-upsert'],
  ['no-batching', 'batching'],
  ['leaks-personal-data', 'redaction'],
  ['no-retry', 'retry-transient'],
  ['drops-fields', 'round-trip'],
  ['provision-changes', 'provision-idempotent'],
  ['all-or-nothing', 'partial-failure'],
];

describe('the conformance suite catches broken adapters', () => {
  it.each(caught)('%s fails %s', async (bug, name) => {
    const c = CONFORMANCE_CASES.find((x) => x.name === name);
    expect(c).toBeDefined();
    await expect(c!.run(memoryHarness(bug), createCapture())).rejects.toThrow();
  });
});
