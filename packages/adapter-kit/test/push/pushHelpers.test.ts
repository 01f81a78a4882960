import type { AnyRecord } from '@order75/schemas';
import { describe, expect, it } from 'vitest';
import {
  failedOutcome,
  latestByType,
  pushPerHostObject,
  rawJsonHash,
  sortAgainstHost,
  supersedes,
  writeSplittingRefusals,
  type OutcomeMap,
  type PushItem,
} from '../../src/index';
import { copiesOf, nextRevision, sampleRecord } from '../../src/testing/index';

describe('latestByType', () => {
  it('keeps the latest revision of each id, marks earlier ones unchanged, groups by type in first-seen order and fails unknown types', () => {
    const [a, b] = copiesOf('recall', 2) as [AnyRecord, AnyRecord];
    const daily = sampleRecord('daily-check');
    const a2 = nextRevision(a);
    const odd = { ...sampleRecord('training'), recordType: 'weekly-check' } as unknown as AnyRecord;
    const outcomes: OutcomeMap = new Map();
    const byType = latestByType([a2, daily, a, b, odd], outcomes);
    expect([...byType.keys()]).toEqual(['recall', 'daily-check']);
    expect(byType.get('recall')).toEqual([[0, a2], [3, b]]);
    expect(outcomes.get(2)).toEqual({ id: a.id, revision: 1, status: 'unchanged' });
    expect(outcomes.get(4)).toMatchObject({ status: 'failed', retryable: false, error: { zh: '未知的记录类型「weekly-check」' } });
    expect([...outcomes.keys()].sort()).toEqual([2, 4]);

    const later = new Map() as OutcomeMap;
    expect(latestByType([a, a2], later).get('recall')).toEqual([[1, a2]]);
    expect(later.get(0)).toEqual({ id: a.id, revision: 1, status: 'unchanged' });
  });
});

describe('sortAgainstHost', () => {
  it('creates what the host lacks, updates a newer revision or changed content, and leaves the rest unchanged with the host id', () => {
    const [fresh, same, newer, signed, older] = copiesOf('inspection', 5) as AnyRecord[];
    const stored = (r: AnyRecord, revision = r.revision, hash = rawJsonHash(r)) => [r.id, { hostId: `h-${r.id}`, revision, hash }] as const;
    const host = new Map([stored(same!), stored(newer!, 0), stored(signed!, 1, 'other'), stored(older!, 5, 'x')]);
    const items: PushItem[] = [fresh!, same!, newer!, signed!, older!].map((r, i) => [i, r]);
    const outcomes: OutcomeMap = new Map();
    const { creates, updates } = sortAgainstHost(items, host, outcomes);
    expect(creates.map(([i]) => i)).toEqual([0]);
    expect(updates.map(([[i], s]) => [i, s.hostId])).toEqual([[2, `h-${newer!.id}`], [3, `h-${signed!.id}`]]);
    expect(outcomes.get(1)).toEqual({ id: same!.id, revision: 1, status: 'unchanged', hostId: `h-${same!.id}` });
    expect(outcomes.get(4)?.status).toBe('unchanged');
    expect(supersedes({ revision: 2 }, 'a', { revision: 2, hash: 'a' })).toBe(false);
    expect(supersedes({ revision: 2 }, 'b', { revision: 2, hash: 'a' })).toBe(true);
    expect(supersedes({ revision: 1 }, 'b', { revision: 2, hash: 'a' })).toBe(false);
  });
});

describe('writeSplittingRefusals', () => {
  it('halves a refused batch until each refused item stands alone, and fails a batch whose call failed otherwise', async () => {
    const bad = new Set([3, 6]);
    const calls: number[][] = [];
    const written: number[] = [];
    const failed: [number[], string][] = [];
    const splits: number[] = [];
    const options = {
      refused: (e: unknown) => e === 'refused',
      fail: (items: number[], e: unknown) => void failed.push([items, String(e)]),
      onSplit: (size: number) => void splits.push(size),
    };
    await writeSplittingRefusals([0, 1, 2, 3, 4, 5, 6, 7], async (items) => {
      calls.push(items);
      if (items.some((i) => bad.has(i))) throw 'refused';
      written.push(...items);
    }, options);
    expect(written.sort()).toEqual([0, 1, 2, 4, 5, 7]);
    expect(failed).toEqual([[[3], 'refused'], [[6], 'refused']]);
    expect(splits).toEqual([8, 4, 2, 4, 2]);
    expect(calls).toHaveLength(11);

    failed.length = 0;
    await writeSplittingRefusals([1, 2, 3], async () => Promise.reject('timeout'), options);
    expect(failed).toEqual([[[1, 2, 3], 'timeout']]);
    await writeSplittingRefusals([], async () => Promise.reject('never called'), options);
    expect(failed).toHaveLength(1);
  });
});

describe('pushPerHostObject', () => {
  it('gives every record an outcome in input order: written, missing host object, failed lookup, unknown type', async () => {
    const [recall] = copiesOf('recall', 1) as [AnyRecord];
    const [daily1, daily2] = copiesOf('daily-check', 2) as [AnyRecord, AnyRecord];
    const training = sampleRecord('training');
    const incentive = sampleRecord('incentive');
    const odd = { ...sampleRecord('opinion'), recordType: 'nope' } as unknown as AnyRecord;
    const failed = failedOutcome((e) => ({ zh: `失败：${String(e)}`, en: `failed: ${String(e)}` }), (e) => e !== 'fatal');
    let requests = 10;
    const locks: string[] = [];
    const progress: number[] = [];
    const result = await pushPerHostObject([daily1, recall, training, daily2, odd, incentive], {
      hostObject: (type) => {
        if (type === 'training') throw 'lookup down';
        return type === 'recall' ? undefined : `obj-${type}`;
      },
      missing: (type) => ({ zh: `缺少 ${type}`, en: `no ${type}` }),
      lockKey: (o) => `test ${o}`,
      write: async ({ hostObject, recordType, items, outcomes, progress: step }) => {
        locks.push(`${hostObject} ${recordType} ${items.map(([i]) => i).join(',')}`);
        requests += 1;
        for (const [i, r] of items) outcomes.set(i, r.recordType === 'incentive' ? failed(r, 'fatal') : { id: r.id, revision: r.revision, status: 'created', hostId: `h${i}` });
        step();
      },
      failed,
      requests: () => requests,
    }, { onProgress: (p) => void progress.push(p.done) });
    expect(locks).toEqual(['obj-daily-check daily-check 0,3', 'obj-incentive incentive 5']);
    expect(result.requests).toBe(2);
    expect(result.outcomes.map((o) => o.status)).toEqual(['created', 'failed', 'failed', 'created', 'failed', 'failed']);
    expect(result.outcomes[1]).toMatchObject({ retryable: false, error: { en: 'no recall' } });
    expect(result.outcomes[2]).toMatchObject({ retryable: true, error: { en: 'failed: lookup down' } });
    expect(result.outcomes[4]).toMatchObject({ retryable: false, error: { en: 'unknown record type "nope"' } });
    expect(result.outcomes[5]).toMatchObject({ retryable: false, error: { en: 'failed: fatal' } });
    expect(result.outcomes.map((o) => o.id)).toEqual([daily1, recall, training, daily2, odd, incentive].map((r) => r.id));
    expect(progress.at(-1)).toBe(6);
  });
});
