/**
 * Calls to the Jiandaoyun API v5 (platforms.md § 6.1): POST JSON with `Authorization: Bearer <API key>`, paced
 * per API under the published limits (batch writes 10/s, single writes 20/s, reads 30/s, all within the company's
 * 50/s), with 8303/8304 answered by waiting a second and trying again, and 429/5xx/timeouts retried by the kit's
 * HTTP client. Errors come back as HTTP 400 `{ code, msg }` and surface as {@link JdyApiError}.
 */
import {
  createHttpClient,
  createSlidingWindowLimiter,
  type AdapterEvents,
  type HttpClient,
  type HttpResponse,
  type RateLimiter,
  type Redactor,
  type RetryOptions,
} from '@order75/adapter-kit';

/** A business error answered by Jiandaoyun. `msg` has been through the redactor. */
export class JdyApiError extends Error {
  override name = 'JdyApiError';
  constructor(readonly api: string, readonly code: number, readonly msg: string) {
    super(`jiandaoyun ${api}: code ${code}: ${msg}`);
  }
}

/** Codes meaning "too many requests; wait one second". */
export const RATE_LIMIT_CODES: readonly number[] = [8303, 8304];

/** API groups and the most requests started in any one second, one below each published limit. */
const GROUPS = {
  read: { apis: ['widget/list', 'data/get', 'data/list'], perSecond: 29 },
  write: { apis: ['data/create', 'data/update', 'data/delete'], perSecond: 19 },
  batch: { apis: ['data/batch_create', 'data/batch_update', 'data/batch_delete'], perSecond: 9 },
} as const;
const COMPANY_PER_SECOND = 49;

export interface JdyClientOptions {
  apiKey: string;
  baseUrl: string;
  fetch: typeof globalThis.fetch;
  timeoutMs?: number;
  retry?: RetryOptions;
  redactor: Redactor;
  /** Turn client-side pacing off (tests of the host's own limits). */
  pacing?: boolean;
}

export interface JdyClient {
  call<T = Record<string, unknown>>(api: string, body: Record<string, unknown>, events?: AdapterEvents): Promise<T>;
  /** Attempts sent so far, over all APIs. */
  requests(): number;
}

const unlimited: RateLimiter = { acquire: async () => () => undefined };

/** One limiter over two: a request waits for the company's pace and its group's. */
function both(a: RateLimiter, b: RateLimiter): RateLimiter {
  return {
    async acquire(host, signal) {
      const releaseA = await a.acquire(host, signal);
      try {
        const releaseB = await b.acquire(host, signal);
        return () => {
          releaseB();
          releaseA();
        };
      } catch (error) {
        releaseA();
        throw error;
      }
    },
  };
}

const retryOn = (r: HttpResponse) => {
  const code = (r.data as { code?: unknown } | undefined)?.code;
  if (r.status === 400 && typeof code === 'number' && RATE_LIMIT_CODES.includes(code)) return { retryAfterMs: 1_000 };
  return r.status === 408 || r.status === 429 || r.status >= 500;
};

export function createJdyClient(options: JdyClientOptions): JdyClient {
  const pacing = options.pacing ?? true;
  // The host counts per sliding second, so the client paces the same way (a token bucket would overshoot).
  const company = pacing ? createSlidingWindowLimiter({ limit: COMPANY_PER_SECOND }) : unlimited;
  const clients = new Map<string, HttpClient>();
  for (const group of Object.values(GROUPS)) {
    const client = createHttpClient({
      adapter: 'jiandaoyun',
      fetch: options.fetch,
      baseUrl: options.baseUrl,
      timeoutMs: options.timeoutMs,
      retry: options.retry,
      limiter: both(company, pacing ? createSlidingWindowLimiter({ limit: group.perSecond }) : unlimited),
      redact: options.redactor,
      headers: { authorization: `Bearer ${options.apiKey}` },
      retryOn,
    });
    for (const api of group.apis) clients.set(api, client);
  }
  const distinct = [...new Set(clients.values())];
  return {
    async call<T>(api: string, body: Record<string, unknown>, events?: AdapterEvents): Promise<T> {
      const client = clients.get(api);
      if (!client) throw new Error(`unknown Jiandaoyun API ${api}`);
      const res = await client.request<Record<string, unknown>>({ path: `v5/app/entry/${api}`, json: body, acceptStatus: [400], events });
      if (res.status === 400) {
        const code = typeof res.data?.code === 'number' ? res.data.code : 0;
        throw new JdyApiError(api, code, options.redactor.text(String(res.data?.msg ?? res.text)).slice(0, 300));
      }
      return res.data as T;
    },
    requests: () => distinct.reduce((n, c) => n + c.stats.requests, 0),
  };
}
