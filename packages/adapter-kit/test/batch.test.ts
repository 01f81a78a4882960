import { describe, expect, it } from 'vitest';
import { batchKey, createKeyedLock, mapBatches, revisionKey, splitBatches } from '../src/index';

describe('batching, keys and the single-writer lock', () => {
  it.each([
    [0, 100, []],
    [100, 100, [100]],
    [101, 100, [100, 1]],
    [250, 100, [100, 100, 50]],
  ])('splits %i items at cap %i', (n, cap, sizes) => {
    expect(splitBatches(Array.from({ length: n }, (_, i) => i), cap).map((b) => b.length)).toEqual(sizes);
  });

  it('rejects a cap below 1', () => expect(() => splitBatches([1], 0)).toThrow(RangeError));

  it('maps batches in order with limited concurrency', async () => {
    const out = await mapBatches([1, 2, 3, 4, 5], 2, async (b, i) => `${i}:${b.join('')}`, 2);
    expect(out).toEqual(['0:12', '1:34', '2:5']);
  });

  it('keys revisions as id#revision and batches independently of order', () => {
    const a = { id: 'a', revision: 1 };
    const b = { id: 'b', revision: 2 };
    expect(revisionKey(b)).toBe('b#2');
    expect(batchKey([a, b])).toBe(batchKey([b, a]));
    expect(batchKey([a, b])).not.toBe(batchKey([a, { id: 'b', revision: 3 }]));
  });

  it('runs one writer at a time per key, and keeps going after a failure', async () => {
    const lock = createKeyedLock();
    const log: string[] = [];
    let inside = 0;
    let maxInside = 0;
    const job = (name: string, fail = false) => lock.run('host', async () => {
      inside += 1;
      maxInside = Math.max(maxInside, inside);
      await new Promise((r) => setTimeout(r, 5));
      log.push(name);
      inside -= 1;
      if (fail) throw new Error(name);
    });
    const results = await Promise.allSettled([job('a'), job('b', true), job('c')]);
    expect(log).toEqual(['a', 'b', 'c']);
    expect(maxInside).toBe(1);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(lock.busy('host')).toBe(false);
  });
});
