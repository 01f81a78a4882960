/**
 * `createHttpClient()`: the HTTP plumbing every HTTP adapter shares. `fetch` is injected (never a patched
 * global); each attempt has its own timeout (AbortSignal); 429, 5xx, timeouts and network errors are retried with
 * full-jitter backoff honouring `Retry-After`; requests are paced per host (token bucket and concurrency limit);
 * everything that reaches events and errors is redacted.
 *
 * Retries are written here rather than with `p-retry`: the wait must come from the failed response's
 * `Retry-After` when there is one, and p-retry computes its own delay before the caller sees the response.
 */
import type { AdapterEvents } from '../types';
import { AdapterHttpError } from '../errors';
import { createRedactor, type RedactOptions, type Redactor } from '../redact';
import { DEFAULT_RETRY, parseRetryAfter, retryDelay, type RetryOptions } from './backoff';
import { createRateLimiter, type RateLimitOptions, type RateLimiter } from './rateLimiter';

/** Options of {@link createHttpClient}. */
export interface HttpClientOptions {
  /** The adapter's name, used in errors. Default `http`. */
  adapter?: string;
  /** The fetch implementation (Node's global `fetch`, undici's, or a test's). */
  fetch: typeof globalThis.fetch;
  /** Base URL that relative paths resolve against, e.g. `https://api.jiandaoyun.com/api/`. */
  baseUrl: string;
  /** Per-attempt timeout in ms. Default 30 000. */
  timeoutMs?: number;
  retry?: RetryOptions;
  /** Pacing per host; ignored when `limiter` is given. */
  rateLimit?: RateLimitOptions;
  /** A limiter shared with other clients talking to the same host. */
  limiter?: RateLimiter;
  /** Secrets to remove from events and errors, or a ready redactor (to share tokens learned later). */
  redact?: RedactOptions | Redactor;
  /**
   * Headers sent with every request (auth). A function is called per attempt with the request's method and path,
   * so a refreshed token is used and a host that signs the path (Kingdee) can sign each request.
   */
  headers?: Record<string, string> | ((request: HeaderRequest) => Record<string, string> | Promise<Record<string, string>>);
  /** Header carrying the idempotency key. Default `Idempotency-Key`. */
  idempotencyHeader?: string;
  /**
   * Whether a response that arrived should be retried. Default: 408, 425, 429 and 5xx. Hosts that signal
   * throttling inside a 200 body (an error code) add theirs here; return `{ retryAfterMs }` to set the wait.
   */
  retryOn?: (response: HttpResponse) => boolean | { retryAfterMs?: number };
  events?: AdapterEvents;
  /** Waits between retries; tests may pass a faster one. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

/** What a `headers` function learns about the attempt it is called for. */
export interface HeaderRequest {
  /** Upper case, e.g. `POST`. */
  method: string;
  /** The URL path from the root, percent-encoded as sent, without the query: `/k3cloud/Kingdee…Save.common.kdsvc`. */
  path: string;
}

/** One request. `path` is relative to `baseUrl` or absolute. */
export interface HttpRequest {
  method?: string;
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  /** A JSON body (sets `Content-Type: application/json`). */
  json?: unknown;
  body?: string | Uint8Array<ArrayBuffer>;
  /** Sent in the idempotency header, the same on every attempt. */
  idempotencyKey?: string;
  timeoutMs?: number;
  /** `false` makes this request single-shot. */
  retry?: boolean;
  /** Statuses other than 2xx to return instead of throwing, e.g. `[404]` for an existence check. */
  acceptStatus?: readonly number[];
  signal?: AbortSignal;
  events?: AdapterEvents;
}

/** A response read in full. `data` is parsed JSON when the body is JSON, else the text. */
export interface HttpResponse<T = unknown> {
  status: number;
  headers: Headers;
  text: string;
  data: T;
  /** Attempts made for this request, counting the first. */
  attempts: number;
}

export interface HttpClient {
  request<T = unknown>(request: HttpRequest): Promise<HttpResponse<T>>;
  /** The redactor in use; call `addSecret` with tokens obtained at run time. */
  readonly redactor: Redactor;
  /** Attempts sent since the client was made (each retry counts). */
  readonly stats: { requests: number };
}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

const defaultRetryOn = (r: HttpResponse) => r.status === 408 || r.status === 425 || r.status === 429 || r.status >= 500;

function isRedactor(x: RedactOptions | Redactor | undefined): x is Redactor {
  return !!x && typeof (x as Redactor).text === 'function';
}

function parseBody(text: string, contentType: string | null): unknown {
  const t = text.trimStart();
  if ((contentType ?? '').includes('json') || t.startsWith('{') || t.startsWith('[')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/** Makes a client; see the file comment for what it does on every request. */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const adapter = options.adapter ?? 'http';
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const limiter = options.limiter ?? createRateLimiter(options.rateLimit);
  const redactor = isRedactor(options.redact) ? options.redact : createRedactor(options.redact);
  const sleep = options.sleep ?? defaultSleep;
  const retryOn = options.retryOn ?? defaultRetryOn;
  const idempotencyHeader = options.idempotencyHeader ?? 'Idempotency-Key';
  const stats = { requests: 0 };
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;

  async function request<T>(req: HttpRequest): Promise<HttpResponse<T>> {
    const url = new URL(req.path.replace(/^\//, ''), base);
    for (const [k, v] of Object.entries(req.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const method = (req.method ?? (req.json !== undefined || req.body !== undefined ? 'POST' : 'GET')).toUpperCase();
    const safeUrl = redactor.text(url.toString());
    const events = { ...options.events, ...req.events };
    const maxAttempts = req.retry === false ? 1 : retry.retries + 1;
    const body = req.json !== undefined ? JSON.stringify(req.json) : req.body;

    for (let attempt = 1; ; attempt++) {
      const extra = typeof options.headers === 'function' ? await options.headers({ method, path: url.pathname }) : options.headers;
      const headers: Record<string, string> = { accept: 'application/json', ...extra, ...req.headers };
      if (req.json !== undefined) headers['content-type'] ??= 'application/json; charset=utf-8';
      if (req.idempotencyKey) headers[idempotencyHeader] = req.idempotencyKey;

      const release = await limiter.acquire(url.host, req.signal);
      const timeout = AbortSignal.timeout(req.timeoutMs ?? options.timeoutMs ?? 30_000);
      const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
      events.onRequest?.({ method, url: safeUrl, attempt });
      stats.requests += 1;
      let failure: { kind: 'status' | 'timeout' | 'network'; status: number; body: string; retryAfterMs?: number; cause?: unknown };
      try {
        const res = await options.fetch(url, { method, headers, body, signal });
        const text = await res.text();
        const response: HttpResponse<T> = { status: res.status, headers: res.headers, text, data: parseBody(text, res.headers.get('content-type')) as T, attempts: attempt };
        const verdict = retryOn(response as HttpResponse);
        const ok = (res.status >= 200 && res.status < 300) || (req.acceptStatus ?? []).includes(res.status);
        if (ok && !verdict) return response;
        if (!verdict) {
          throw new AdapterHttpError({
            adapter, status: res.status, body: redactor.text(text).slice(0, 4000), kind: 'status', method, url: safeUrl, attempts: attempt, retryable: false,
            retryAfterMs: parseRetryAfter(res.headers.get('retry-after')),
          });
        }
        const hinted = typeof verdict === 'object' ? verdict.retryAfterMs : undefined;
        failure = { kind: 'status', status: res.status, body: text, retryAfterMs: hinted ?? parseRetryAfter(res.headers.get('retry-after')) };
      } catch (error) {
        if (error instanceof AdapterHttpError) throw error;
        if (req.signal?.aborted) throw req.signal.reason;
        const timedOut = timeout.aborted;
        failure = { kind: timedOut ? 'timeout' : 'network', status: 0, body: '', cause: error };
      } finally {
        release();
      }

      const reason = failure.kind === 'status' ? `HTTP ${failure.status}` : failure.kind;
      if (attempt >= maxAttempts) {
        // The cause is kept only as a redacted string: driver errors can echo URLs with tokens.
        const cause = failure.cause instanceof Error ? new Error(redactor.text(`${failure.cause.name}: ${failure.cause.message}`)) : undefined;
        throw new AdapterHttpError({
          adapter, status: failure.status, body: redactor.text(failure.body).slice(0, 4000), kind: failure.kind,
          method, url: safeUrl, attempts: attempt, retryable: true, retryAfterMs: failure.retryAfterMs, cause,
        });
      }
      const delayMs = retryDelay(attempt - 1, retry, failure.retryAfterMs, options.random);
      events.onRetry?.({ reason, delayMs, attempt });
      await sleep(delayMs, req.signal);
    }
  }

  return { request, redactor, stats };
}
