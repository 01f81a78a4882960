/**
 * Error classes adapters throw for programmer error and I/O. They carry data (and `cause`) so callers can react
 * without parsing messages; every text they hold has been through the redactor first.
 */
import type { Message } from '@order75/schemas';

/** What went wrong on the wire: an HTTP status, a timeout, or a network failure before any response. */
export type HttpFailureKind = 'status' | 'timeout' | 'network';

/** Data of an {@link AdapterHttpError}. */
export interface AdapterHttpErrorInit {
  adapter: string;
  /** HTTP status, or 0 when no response arrived (timeout, network). */
  status: number;
  /** Response body, redacted and cut to a few kilobytes. */
  body: string;
  kind: HttpFailureKind;
  method: string;
  /** Request URL, redacted (tokens in the query string removed). */
  url: string;
  /** Attempts made, counting the first. */
  attempts: number;
  /** Whether a later try could succeed (429, 5xx, timeout, network). */
  retryable: boolean;
  /**
   * The wait the host asked for before another try, ms: its `Retry-After` (seconds or an HTTP date, already
   * parsed) or a platform's own hint passed through `retryOn`; undefined when it named none.
   */
  retryAfterMs?: number;
  cause?: unknown;
}

/** A request to a host failed for good (after retries, where retrying made sense). */
export class AdapterHttpError extends Error {
  override name = 'AdapterHttpError';
  readonly adapter: string;
  readonly status: number;
  readonly body: string;
  readonly kind: HttpFailureKind;
  readonly method: string;
  readonly url: string;
  readonly attempts: number;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(init: AdapterHttpErrorInit) {
    const what = init.kind === 'status' ? `HTTP ${init.status}` : init.kind;
    super(`${init.adapter}: ${init.method} ${init.url} failed (${what}) after ${init.attempts} attempt(s)`, { cause: init.cause });
    this.adapter = init.adapter;
    this.status = init.status;
    this.body = init.body;
    this.kind = init.kind;
    this.method = init.method;
    this.url = init.url;
    this.attempts = init.attempts;
    this.retryable = init.retryable;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** A bilingual message for people, naming the host and what to check. */
  toMessage(): Message {
    if (this.kind === 'timeout') {
      return { zh: `${this.adapter}：请求超时（已尝试 ${this.attempts} 次），请检查网络或稍后重试`, en: `${this.adapter}: the request timed out after ${this.attempts} attempt(s); check the network or try again later` };
    }
    if (this.kind === 'network') {
      return { zh: `${this.adapter}：无法连接主机（已尝试 ${this.attempts} 次），请检查地址与网络`, en: `${this.adapter}: could not reach the host after ${this.attempts} attempt(s); check the address and the network` };
    }
    return {
      zh: `${this.adapter}：主机返回 HTTP ${this.status}（已尝试 ${this.attempts} 次）：${this.body.slice(0, 300)}`,
      en: `${this.adapter}: the host answered HTTP ${this.status} after ${this.attempts} attempt(s): ${this.body.slice(0, 300)}`,
    };
  }
}

/** An adapter's configuration is missing or wrong (a field, an environment variable, an unknown dialect). */
export class AdapterConfigError extends Error {
  override name = 'AdapterConfigError';
  readonly adapter: string;
  /** The option or config path at fault, e.g. `url` or `auth.appSecretEnv`. */
  readonly field: string;
  readonly detail: Message;

  constructor(adapter: string, field: string, detail: Message, options?: { cause?: unknown }) {
    super(`${adapter}: config ${field}: ${detail.en}`, options);
    this.adapter = adapter;
    this.field = field;
    this.detail = detail;
  }
}
