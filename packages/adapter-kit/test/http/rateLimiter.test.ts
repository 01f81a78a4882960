import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRateLimiter } from '../../src/index';

afterEach(() => void vi.useRealTimers());

describe('createRateLimiter (on fake timers)', () => {
  it('lets a burst start at once, then one request per 1/perSecond, per host', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const limiter = createRateLimiter({ perSecond: 2, burst: 2 });
    const started: string[] = [];
    const go = (host: string, name: string) => limiter.acquire(host).then((release) => {
      started.push(name);
      release();
    });
    const all = Promise.all([go('a', 'a1'), go('a', 'a2'), go('a', 'a3'), go('a', 'a4'), go('b', 'b1')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(started.sort()).toEqual(['a1', 'a2', 'b1']);
    await vi.advanceTimersByTimeAsync(499);
    expect(started).not.toContain('a3');
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toContain('a3');
    expect(started).not.toContain('a4');
    await vi.advanceTimersByTimeAsync(500);
    await all;
    expect(started).toContain('a4');
  });

  it('limits requests in flight per host and hands slots over in arrival order', async () => {
    const limiter = createRateLimiter({ concurrency: 1 });
    const first = await limiter.acquire('h');
    const order: number[] = [];
    const second = limiter.acquire('h').then((r) => {
      order.push(2);
      return r;
    });
    const third = limiter.acquire('h').then((r) => {
      order.push(3);
      return r;
    });
    const other = await limiter.acquire('other');
    other();
    expect(order).toEqual([]);
    first();
    (await second)();
    (await third)();
    expect(order).toEqual([2, 3]);
  });
});
