/**
 * Pacing for hosts that count requests per sliding window (Jiandaoyun: per second, per API and per company;
 * Feishu: per second, per app and API): at most `limit` requests started in any `windowMs`, per host key. A short
 * push goes out at once and a long one settles at the limit; a token bucket with a burst would overshoot such a
 * window, since the burst and the refill can both land inside one second.
 */
import type { RateLimiter, Release } from './rateLimiter';

/** Options of {@link createSlidingWindowLimiter}. */
export interface SlidingWindowOptions {
  /** Requests that may start in any one window. Stay one below a published limit to leave room for clock skew. */
  limit: number;
  /** Window length, ms. Default 1 000. */
  windowMs?: number;
}

const noRelease: Release = () => undefined;

/** The start times of one host's recent requests, and the queue that serves its callers in arrival order. */
class Window {
  private readonly starts: number[] = [];
  private queue: Promise<void> = Promise.resolve();
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  take(signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(async () => {
      for (;;) {
        signal?.throwIfAborted();
        const t = this.now();
        while (this.starts.length > 0 && t - this.starts[0]! >= this.windowMs) this.starts.shift();
        if (this.starts.length < this.limit) {
          this.starts.push(t);
          return;
        }
        // The oldest start leaves the window just after this wait.
        await new Promise((resolve) => setTimeout(resolve, this.windowMs - (t - this.starts[0]!) + 1));
      }
    });
    this.queue = turn.catch(() => undefined);
    return turn;
  }
}

/**
 * Makes a limiter that lets at most `limit` requests start in any sliding window, per host key (normally
 * `URL.host`). It limits starts, not requests in flight: the release it hands out does nothing.
 */
export function createSlidingWindowLimiter(options: SlidingWindowOptions, now: () => number = () => performance.now()): RateLimiter {
  if (!Number.isInteger(options.limit) || options.limit < 1) throw new RangeError(`sliding window limit must be a positive integer, got ${options.limit}`);
  const windowMs = options.windowMs ?? 1_000;
  const windows = new Map<string, Window>();
  return {
    async acquire(host, signal) {
      let w = windows.get(host);
      if (!w) {
        w = new Window(options.limit, windowMs, now);
        windows.set(host, w);
      }
      await w.take(signal);
      return noRelease;
    },
  };
}
