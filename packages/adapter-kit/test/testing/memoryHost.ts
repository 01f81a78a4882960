/**
 * An in-memory host and adapter for testing the conformance suite itself: correct by default, and with one
 * deliberate bug each (`bug`) to prove the suite catches it.
 */
import type { AnyRecord } from '@order75/schemas';
import { RECORD_TYPES } from '@order75/schemas';
import { createRedactor, rawJson, splitBatches, type PushOutcome, type RecordAdapter } from '../../src/index';
import type { ConformanceHarness, Fault, FaultControl } from '../../src/testing/index';

export type Bug = 'duplicates' | 'ignores-revision' | 'no-batching' | 'leaks-personal-data' | 'no-retry' | 'drops-fields' | 'provision-changes' | 'all-or-nothing';

export function memoryHarness(bug?: Bug): ConformanceHarness {
  const rows: { id: string; revision: number; raw: string; seq: number }[] = [];
  let seq = 0;
  let provisioned = false;
  let transient = 0;
  let rejected = new Set<string>();
  let writes = 0;
  let maxRows = 0;
  const cap = 5;
  const redactor = createRedactor();

  const faults: FaultControl = {
    supports: ['transient', 'reject'],
    inject(fault: Fault, times = 1) {
      if (fault.kind !== 'transient') throw new Error('memory host: transient only');
      transient += times;
    },
    reject(ids) {
      rejected = new Set(ids);
    },
    writeRequests: () => writes,
    maxRecordsPerWrite: () => maxRows,
    hostRecordIds: async () => rows.map((r) => r.id),
    reset() {
      writes = 0;
      maxRows = 0;
      transient = 0;
      rejected = new Set();
    },
  };

  const writeBatch = (batch: readonly AnyRecord[]): PushOutcome[] => {
    writes += 1;
    maxRows = Math.max(maxRows, batch.length);
    if (transient > 0) {
      transient -= 1;
      throw new Error('transient');
    }
    return batch.map((r): PushOutcome => {
      if (rejected.has(r.id) && bug !== 'all-or-nothing') {
        const text = bug === 'leaks-personal-data' ? `rejected: ${r.remarks}` : redactor.text(`rejected: ${r.remarks}`);
        return { id: r.id, revision: r.revision, status: 'failed', retryable: false, error: { zh: text, en: text } };
      }
      const stored = rows.find((x) => x.id === r.id);
      const copy = bug === 'drops-fields' ? { ...r, remarks: undefined } : r;
      const raw = rawJson(copy as AnyRecord);
      if (!stored || bug === 'duplicates') {
        rows.push({ id: r.id, revision: r.revision, raw, seq: ++seq });
        return { id: r.id, revision: r.revision, status: 'created' };
      }
      const newer = r.revision > stored.revision || (r.revision === stored.revision && raw !== stored.raw);
      if (!newer && bug !== 'ignores-revision') return { id: r.id, revision: r.revision, status: 'unchanged' };
      Object.assign(stored, { revision: r.revision, raw, seq: ++seq });
      return { id: r.id, revision: r.revision, status: 'updated' };
    });
  };

  const adapter: RecordAdapter = {
    describe: () => ({ name: 'memory', title: { zh: '内存', en: 'Memory' }, recordTypes: RECORD_TYPES, batchCap: cap, nativeUpsert: true, provisioning: 'automatic', pull: true }),
    async provision() {
      const changed = bug === 'provision-changes' || !provisioned;
      provisioned = true;
      return { adapter: 'memory', objects: RECORD_TYPES.map((t) => ({ recordType: t, hostObject: t, steps: [{ kind: 'api' as const, action: { zh: t, en: t }, changed }] })) };
    },
    verifyProvisioning: async () => [],
    async push(records) {
      const outcomes: PushOutcome[] = [];
      for (const batch of bug === 'no-batching' ? [records.slice()] : splitBatches(records, cap)) {
        for (let attempt = 0; ; attempt++) {
          try {
            if (bug === 'all-or-nothing' && batch.some((r) => rejected.has(r.id))) {
              writes += 1;
              outcomes.push(...batch.map((r): PushOutcome => ({ id: r.id, revision: r.revision, status: 'failed', retryable: false, error: { zh: 'x', en: 'x' } })));
            } else outcomes.push(...writeBatch(batch));
            break;
          } catch (error) {
            if (bug === 'no-retry' || attempt >= 4) {
              outcomes.push(...batch.map((r): PushOutcome => ({ id: r.id, revision: r.revision, status: 'failed', retryable: true, error: { zh: String(error), en: String(error) } })));
              break;
            }
          }
        }
      }
      return { outcomes, requests: writes };
    },
    async pull(since) {
      const from = Number(since ?? 0);
      const changed = rows.filter((r) => r.seq > from).sort((a, b) => a.seq - b.seq);
      return { records: changed.map((r) => ({ record: JSON.parse(r.raw) as AnyRecord, hostId: r.id })), cursor: String(changed.at(-1)?.seq ?? from) };
    },
  };
  return { adapter, faults, cleanup: async () => undefined };
}
