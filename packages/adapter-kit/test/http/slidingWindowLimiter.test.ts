import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSlidingWindowLimiter } from '../../src/index';

afterEach(() => void vi.useRealTimers());

describe('createSlidingWindowLimiter (on fake timers)', () => {
  it('starts at most `limit` requests in any sliding window, per host, each as soon as the oldest start leaves', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const limiter = createSlidingWindowLimiter({ limit: 2 });
    const started: [string, number][] = [];
    const go = (host: string, name: string) => limiter.acquire(host).then((release) => {
      started.push([name, performance.now()]);
      release();
    });
    const first = go('a', 'a1');
    await vi.advanceTimersByTimeAsync(600);
    const rest = Promise.all([first, go('a', 'a2'), go('a', 'a3'), go('a', 'a4'), go('b', 'b1')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(started.map(([n]) => n).sort()).toEqual(['a1', 'a2', 'b1']);
    await vi.advanceTimersByTimeAsync(399);
    expect(started.map(([n]) => n)).not.toContain('a3');
    await vi.advanceTimersByTimeAsync(2);
    expect(started.map(([n]) => n)).toContain('a3');
    expect(started.map(([n]) => n)).not.toContain('a4');
    await vi.advanceTimersByTimeAsync(600);
    await rest;
    const at = Object.fromEntries(started);
    expect(at.a3! - at.a1!).toBeGreaterThanOrEqual(1_000);
    expect(at.a4! - at.a2!).toBeGreaterThanOrEqual(1_000);
    expect(at.a4! - at.a2!).toBeLessThan(1_010);
  });

  it('gives up on an aborted wait and still serves the callers behind it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const limiter = createSlidingWindowLimiter({ limit: 1, windowMs: 100 });
    await limiter.acquire('h');
    const controller = new AbortController();
    const aborted = limiter.acquire('h', controller.signal);
    const later = limiter.acquire('h');
    controller.abort(new Error('stop'));
    const verdict = aborted.then(() => 'started', (e: Error) => e.message);
    await vi.advanceTimersByTimeAsync(101);
    expect(await verdict).toBe('stop');
    await vi.advanceTimersByTimeAsync(101);
    await expect(later).resolves.toBeTypeOf('function');
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => createSlidingWindowLimiter({ limit: 0 })).toThrow(RangeError);
  });
});
