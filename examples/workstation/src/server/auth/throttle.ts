/** Login throttling: after 5 failures for a (client, username) pair within 15 minutes, wait out the window. */
const WINDOW_MS = 15 * 60 * 1000;
const LIMIT = 5;

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds to wait before another attempt, or 0. */
  retryAfter(key: string): number {
    const recent = this.recent(key);
    return recent.length >= LIMIT ? (recent[0] as number) + WINDOW_MS - this.now() : 0;
  }

  fail(key: string): void {
    this.failures.set(key, [...this.recent(key), this.now()]);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - WINDOW_MS;
    return (this.failures.get(key) ?? []).filter((t) => t > cutoff);
  }
}
