/**
 * The host side of a sliding-window limit, for test servers: counts requests per key over the last window and
 * says whether one more may pass, the way Jiandaoyun and Feishu count. It refuses rather than waits; the
 * client-side limiter that waits is `createSlidingWindowLimiter` in the kit's `http/`. The two are kept apart on
 * purpose: the test host is the reference the client's pacing is checked against.
 */

/** Requests allowed per sliding window (default one second), per key; `hit` answers whether one more may pass now. */
export class SlidingWindow {
  private readonly hits = new Map<string, number[]>();
  constructor(private readonly windowMs = 1_000, private readonly now: () => number = () => performance.now()) {}

  hit(key: string, limit: number): boolean {
    const t = this.now();
    const list = (this.hits.get(key) ?? []).filter((at) => t - at < this.windowMs);
    if (list.length >= limit) {
      this.hits.set(key, list);
      return false;
    }
    list.push(t);
    this.hits.set(key, list);
    return true;
  }
}
