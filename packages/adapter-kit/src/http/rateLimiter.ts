/**
 * Per-host pacing: a token bucket (requests per second, with a burst) and a concurrency limit (requests in
 * flight). Hosts publish both kinds of limit (Jiandaoyun per-second QPS, Feishu per-app QPS, Kingdee concurrent
 * sessions), and staying under them costs less than being told 429 and waiting.
 */

/** Limits for one host. Omitted values mean unlimited. */
export interface RateLimitOptions {
  /** Requests started per second, on average. */
  perSecond?: number;
  /** Requests that may start at once after a quiet spell. Default: `max(1, perSecond)`. */
  burst?: number;
  /** Requests in flight at once. */
  concurrency?: number;
}

/** Call the release function when the request is done (success or failure). */
export type Release = () => void;

/** Gives out permission to start a request to a host. */
export interface RateLimiter {
  acquire(host: string, signal?: AbortSignal): Promise<Release>;
}

class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}

  async take(): Promise<Release> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    };
  }
}

class TokenBucket {
  private tokens: number;
  private last: number;
  private queue: Promise<void> = Promise.resolve();
  constructor(
    private readonly rate: number,
    private readonly burst: number,
    private readonly now: () => number,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Waits for a token; callers are served in arrival order. */
  take(): Promise<void> {
    const turn = this.queue.then(async () => {
      this.refill();
      if (this.tokens < 1) {
        const waitMs = Math.ceil(((1 - this.tokens) / this.rate) * 1000);
        await new Promise((resolve) => setTimeout(resolve, waitMs));
        this.refill();
      }
      this.tokens -= 1;
    });
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.rate);
    this.last = t;
  }
}

/**
 * Makes a limiter that keeps one bucket and one concurrency limit per host key (normally `URL.host`). Share one
 * limiter between clients that talk to the same host.
 */
export function createRateLimiter(options: RateLimitOptions = {}, now: () => number = () => performance.now()): RateLimiter {
  const buckets = new Map<string, TokenBucket>();
  const slots = new Map<string, Semaphore>();
  return {
    async acquire(host, signal) {
      let release: Release = () => undefined;
      if (options.concurrency && options.concurrency > 0) {
        let s = slots.get(host);
        if (!s) {
          s = new Semaphore(options.concurrency);
          slots.set(host, s);
        }
        release = await s.take();
      }
      try {
        signal?.throwIfAborted();
        if (options.perSecond && options.perSecond > 0) {
          let b = buckets.get(host);
          if (!b) {
            b = new TokenBucket(options.perSecond, options.burst ?? Math.max(1, options.perSecond), now);
            buckets.set(host, b);
          }
          await b.take();
        }
      } catch (error) {
        release();
        throw error;
      }
      return release;
    },
  };
}
