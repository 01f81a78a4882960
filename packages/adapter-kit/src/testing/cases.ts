/**
 * The conformance cases every adapter passes (DESIGN.md § Adapters), as a table. Each case gets a fresh harness
 * (an empty host), provisions what it needs, and checks one property of the contract.
 */
import { expect } from 'vitest';
import { RECORD_TYPES, type AnyRecord } from '@order75/schemas';
import type { PushOutcome, PushResult, RecordAdapter } from '../types';
import { leaks, type Capture } from './capture';
import type { Fault, FaultCapability, FaultControl } from './faults';
import { copiesOf, nextRevision, plain, withPersonalData } from './records';
import { sampleRecords } from './samples';

/** What `create()` returns for one case. */
export interface ConformanceHarness {
  adapter: RecordAdapter;
  /** The test host's fault control; cases needing a capability it lacks are skipped. */
  faults?: FaultControl;
  /** Secrets the adapter was configured with; none may appear in events, logs or errors. */
  secrets?: readonly string[];
  cleanup: () => Promise<void>;
}

export interface ConformanceCase {
  name: string;
  title: string;
  /** Capabilities the host's FaultControl must have (else the case is skipped). */
  needs?: readonly FaultCapability[] | 'fault-control';
  run(h: ConformanceHarness, capture: Capture): Promise<void>;
}

/** The harness's fault control; cases that call this declare `needs`, so it is there. */
function faultsOf(h: ConformanceHarness): FaultControl {
  if (!h.faults) throw new Error('this case needs the host\'s FaultControl');
  return h.faults;
}

/** The record at `i` of a list the case built itself. */
function at<T>(list: readonly T[], i: number): T {
  const v = list[i];
  if (v === undefined) throw new Error(`no item ${i}`);
  return v;
}

function byId(result: PushResult): Map<string, PushOutcome> {
  return new Map(result.outcomes.map((o) => [o.id, o]));
}

/** One outcome per record pushed, none failed. */
function expectAllOk(result: PushResult, records: readonly AnyRecord[], statuses: readonly string[]): void {
  const failed = result.outcomes.filter((o) => o.status === 'failed');
  expect(failed, JSON.stringify(failed.slice(0, 3))).toEqual([]);
  expect(result.outcomes).toHaveLength(records.length);
  const map = byId(result);
  for (const r of records) expect(statuses, `${r.recordType} ${r.id}`).toContain(map.get(r.id)?.status);
}

/** Host-side ids with multiplicity: from the fault control when there is one, else from a full pull. */
async function hostIds(h: ConformanceHarness): Promise<string[]> {
  if (h.faults) return h.faults.hostRecordIds();
  return (await h.adapter.pull()).records.map((p) => p.record.id);
}

async function expectNoDuplicates(h: ConformanceHarness, expected: readonly AnyRecord[]): Promise<void> {
  const ids = await hostIds(h);
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const r of expected) expect(counts.get(r.id), `host copies of ${r.recordType} ${r.id}`).toBe(1);
}

async function pullAll(adapter: RecordAdapter): Promise<Map<string, AnyRecord>> {
  const out = new Map<string, AnyRecord>();
  for (const p of (await adapter.pull()).records) out.set(p.record.id, p.record);
  return out;
}

const faultCase = (fault: Fault, label: string): ConformanceCase => ({
  name: `retry-${label}`,
  title: `retries a ${label} without losing or duplicating records`,
  needs: [fault.kind],
  async run(h, capture) {
    const records = sampleRecords();
    await h.adapter.provision();
    await faultsOf(h).reset();
    await faultsOf(h).inject(fault, 2);
    const result = await h.adapter.push(records, capture.events);
    expectAllOk(result, records, ['created', 'updated', 'unchanged']);
    expect(faultsOf(h).writeRequests()).toBeGreaterThanOrEqual(3);
    await expectNoDuplicates(h, records);
    const pulled = await pullAll(h.adapter);
    for (const r of records) expect(pulled.get(r.id)?.revision).toBe(r.revision);
  },
});

export const CONFORMANCE_CASES: readonly ConformanceCase[] = [
  {
    name: 'describe',
    title: 'describes itself: name, all 17 record types, a positive batch cap',
    async run(h) {
      const d = h.adapter.describe();
      expect(d.name).toMatch(/^[a-z0-9-]+$/);
      expect(d.title.zh.length * d.title.en.length).toBeGreaterThan(0);
      expect([...d.recordTypes].sort()).toEqual([...RECORD_TYPES].sort());
      expect(Number.isInteger(d.batchCap) && d.batchCap >= 1).toBe(true);
    },
  },
  {
    name: 'provision-idempotent',
    title: 'provision twice changes nothing the second time, and verify finds no differences',
    async run(h) {
      const first = await h.adapter.provision();
      expect(first.objects.map((o) => o.recordType).sort()).toEqual([...RECORD_TYPES].sort());
      const second = await h.adapter.provision();
      const steps = [...second.objects.flatMap((o) => o.steps.map((s) => ({ s, where: o.hostObject }))), ...(second.common ?? []).map((s) => ({ s, where: '(common)' }))];
      const changed = steps.filter(({ s }) => s.kind === 'api' && s.changed).map(({ s, where }) => `${where}: ${s.action.en}`);
      expect(changed).toEqual([]);
      expect(await h.adapter.verifyProvisioning()).toEqual([]);
    },
  },
  {
    name: 'round-trip',
    title: 'pull after push round-trips every field of all 17 record types',
    async run(h, capture) {
      const records = sampleRecords();
      await h.adapter.provision();
      expectAllOk(await h.adapter.push(records, capture.events), records, ['created']);
      const pulled = await pullAll(h.adapter);
      for (const r of records) expect(pulled.get(r.id), r.recordType).toEqual(plain(r));
    },
  },
  {
    name: 'idempotent-upsert',
    title: 'push is an idempotent upsert by id: twice gives no duplicates, a new revision updates, an old one does not win',
    async run(h, capture) {
      const records = sampleRecords();
      await h.adapter.provision();
      expectAllOk(await h.adapter.push(records, capture.events), records, ['created']);
      expectAllOk(await h.adapter.push(records, capture.events), records, ['unchanged', 'updated']);
      await expectNoDuplicates(h, records);
      const revised = nextRevision(at(records, 7));
      expectAllOk(await h.adapter.push([revised], capture.events), [revised], ['updated']);
      expectAllOk(await h.adapter.push([at(records, 7)], capture.events), [at(records, 7)], ['unchanged']);
      const pulled = await pullAll(h.adapter);
      expect(pulled.get(revised.id)).toEqual(plain(revised));
      await expectNoDuplicates(h, records);
    },
  },
  {
    name: 'batching',
    title: 'splits pushes at the host cap',
    async run(h, capture) {
      const cap = h.adapter.describe().batchCap;
      const n = Math.min(2 * cap + 1, 2001);
      const records = copiesOf('daily-check', n);
      await h.adapter.provision();
      await h.faults?.reset();
      const result = await h.adapter.push(records, capture.events);
      expectAllOk(result, records, ['created']);
      const batches = Math.ceil(n / cap);
      expect(result.requests).toBeGreaterThanOrEqual(batches);
      if (h.faults) {
        expect(h.faults.writeRequests()).toBeGreaterThanOrEqual(batches);
        expect(h.faults.maxRecordsPerWrite()).toBeLessThanOrEqual(cap);
        expect(h.faults.maxRecordsPerWrite()).toBeGreaterThan(1);
      }
    },
  },
  faultCase({ kind: 'status', status: 429, retryAfter: '0' }, '429'),
  faultCase({ kind: 'status', status: 503 }, '503'),
  faultCase({ kind: 'timeout' }, 'timeout'),
  faultCase({ kind: 'timeout', afterApply: true }, 'timeout-after-apply'),
  faultCase({ kind: 'network' }, 'network'),
  faultCase({ kind: 'transient' }, 'transient'),
  {
    name: 'partial-failure',
    title: 'a partly failed batch reports each record’s outcome',
    needs: ['reject'],
    async run(h, capture) {
      const records = sampleRecords();
      const bad = [at(records, 2).id, at(records, 9).id];
      await h.adapter.provision();
      await faultsOf(h).reject(bad);
      const result = await h.adapter.push(records, capture.events);
      expect(result.outcomes).toHaveLength(records.length);
      const map = byId(result);
      for (const r of records) {
        const o = map.get(r.id);
        if (bad.includes(r.id)) {
          expect(o?.status, r.recordType).toBe('failed');
          if (o?.status === 'failed') expect(o.error.zh.length * o.error.en.length).toBeGreaterThan(0);
        } else expect(o?.status, r.recordType).toBe('created');
      }
      await faultsOf(h).reject([]);
      const pulled = await pullAll(h.adapter);
      for (const r of records) expect(pulled.has(r.id), r.recordType).toBe(!bad.includes(r.id));
    },
  },
  {
    name: 'redaction',
    title: 'secrets and ID or phone numbers never reach events, logs or errors',
    needs: ['reject'],
    async run(h, capture) {
      const seeded = sampleRecords().map((r) => withPersonalData(r));
      await h.adapter.provision();
      await faultsOf(h).reject(seeded.slice(0, 3).map((r) => r.id));
      try {
        capture.add(await h.adapter.push(seeded, capture.events));
      } catch (error) {
        capture.add(error);
      }
      await faultsOf(h).reject([]);
      if (faultsOf(h).supports.includes('status')) {
        await faultsOf(h).inject({ kind: 'status', status: 500 }, 100);
        try {
          capture.add(await h.adapter.push(seeded.slice(3, 5), capture.events));
        } catch (error) {
          capture.add(error);
        }
        await faultsOf(h).reset();
      }
      expect(capture.text().length).toBeGreaterThan(0);
      expect(leaks(capture.text(), h.secrets ?? [])).toEqual([]);
    },
  },
  {
    name: 'pull-since',
    title: 'pull from a cursor returns the changes made after it',
    async run(h, capture) {
      const records = sampleRecords();
      await h.adapter.provision();
      await h.adapter.push(records, capture.events);
      const first = await h.adapter.pull();
      expect(first.records).toHaveLength(records.length);
      const revised = nextRevision(at(records, 3));
      await h.adapter.push([revised], capture.events);
      const later = await h.adapter.pull(first.cursor);
      const ids = later.records.map((p) => p.record.id);
      expect(ids).toContain(revised.id);
      expect(later.records.find((p) => p.record.id === revised.id)?.record).toEqual(plain(revised));
    },
  },
];

export type ConformanceCaseName = (typeof CONFORMANCE_CASES)[number]['name'];
