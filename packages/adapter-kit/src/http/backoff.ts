/**
 * Retry timing: exponential backoff with full jitter, and the `Retry-After` header (delay-seconds or an HTTP date,
 * RFC 9110 § 10.2.3). The host's own wait wins over the computed one, capped at `maxDelayMs`.
 */

/** How a client retries. */
export interface RetryOptions {
  /** Retries after the first attempt (0 = no retries). Default 4. */
  retries?: number;
  /** Base of the exponential backoff, ms. Default 200. */
  baseDelayMs?: number;
  /** Upper bound of any single wait, including a host's `Retry-After`, ms. Default 30 000. */
  maxDelayMs?: number;
}

export const DEFAULT_RETRY: Required<RetryOptions> = { retries: 4, baseDelayMs: 200, maxDelayMs: 30_000 };

/**
 * Full-jitter backoff ("Exponential Backoff And Jitter", AWS Architecture Blog, 2015): a uniform wait in
 * `[0, min(max, base · 2^attempt))`. `attempt` counts retries from 0.
 */
export function backoffDelay(attempt: number, options: Required<RetryOptions>, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.min(attempt, 30));
  return Math.floor(random() * ceiling);
}

/**
 * Parses `Retry-After`: a non-negative integer of seconds, or an HTTP date. Returns ms to wait, or undefined when
 * the header is absent or unreadable. A date in the past means "now" (0).
 */
export function parseRetryAfter(header: string | null | undefined, now: number = Date.now()): number | undefined {
  if (header == null) return undefined;
  const value = header.trim();
  if (value === '') return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (/^\d+\.\d+$/.test(value)) return Math.ceil(Number(value) * 1000);
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** The wait before retry number `attempt`: the host's `Retry-After` if given, else jittered backoff; both capped. */
export function retryDelay(
  attempt: number,
  options: Required<RetryOptions>,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) return Math.min(options.maxDelayMs, retryAfterMs);
  return backoffDelay(attempt, options, random);
}
