/**
 * Calls to the Feishu open platform (platforms.md § 6.3): a `tenant_access_token` from app id and secret, kept
 * until fewer than 30 minutes remain and fetched again when the host calls it invalid (99991663/99991661);
 * requests paced per API under the per-app limits; HTTP 429 waits `x-ogw-ratelimit-reset`; write conflicts
 * (1254291), "too fast" (1254290), "data not ready" (1254607) and 5xx/timeouts are retried. Business errors
 * (`code` ≠ 0, often with HTTP 200) surface as {@link FeishuApiError}.
 */
import { createHttpClient, createSlidingWindowLimiter, type AdapterEvents, type HttpClient, type HttpResponse, type Redactor, type RetryOptions } from '@order75/adapter-kit';

/** A business error answered by Feishu. `msg` has been through the redactor. */
export class FeishuApiError extends Error {
  override name = 'FeishuApiError';
  constructor(readonly api: string, readonly code: number, readonly msg: string, readonly status = 200) {
    super(`feishu ${api}: code ${code}: ${msg}`);
  }
}

/** Codes worth another try after a short wait. */
export const TRANSIENT_CODES: readonly number[] = [1254291, 1254290, 1254607, 1255040, 99991400];
/** Codes meaning the token is missing, invalid or expired. */
export const TOKEN_CODES: readonly number[] = [99991661, 99991663, 99991664, 99991665];

/** Per-app request groups and the most started in any one second (one below each published limit). */
export const API_GROUPS = { write: 49, search: 19, list: 19, schema: 9, upload: 4 } as const;
export type ApiGroup = keyof typeof API_GROUPS;

export interface FeishuClientOptions {
  appId: string;
  appSecret: string;
  baseUrl: string;
  fetch: typeof globalThis.fetch;
  timeoutMs?: number;
  retry?: RetryOptions;
  redactor: Redactor;
  pacing?: boolean;
  now?: () => number;
}

export interface FeishuRequest {
  method?: 'GET' | 'POST';
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  body?: Uint8Array<ArrayBuffer>;
  headers?: Record<string, string>;
  events?: AdapterEvents;
}

export interface FeishuClient {
  /** Calls an API; returns `data` of a `code: 0` answer, throws {@link FeishuApiError} otherwise. */
  call<T = Record<string, unknown>>(group: ApiGroup, request: FeishuRequest): Promise<T>;
  requests(): number;
  /** Tokens fetched so far. */
  tokenFetches(): number;
}

/** The tenant token, fetched once and shared by concurrent callers. */
function tenantToken(http: HttpClient, options: FeishuClientOptions) {
  const now = options.now ?? Date.now;
  let token: string | undefined;
  let expiresAt = 0;
  let pending: Promise<string> | undefined;
  let fetches = 0;
  const fetchToken = async (): Promise<string> => {
    fetches += 1;
    const res = await http.request<{ code?: number; msg?: string; tenant_access_token?: string; expire?: number }>({
      path: 'open-apis/auth/v3/tenant_access_token/internal', json: { app_id: options.appId, app_secret: options.appSecret }, acceptStatus: [400, 401, 403],
    });
    const d = res.data;
    if (d?.code !== 0 || !d.tenant_access_token) throw new FeishuApiError('auth/v3/tenant_access_token', Number(d?.code ?? res.status), options.redactor.text(String(d?.msg ?? res.text)), res.status);
    http.redactor.addSecret(d.tenant_access_token);
    options.redactor.addSecret(d.tenant_access_token);
    token = d.tenant_access_token;
    expiresAt = now() + Number(d.expire ?? 7_200) * 1_000;
    return token;
  };
  return {
    async get(): Promise<string> {
      if (token && expiresAt - now() > 30 * 60_000) return token;
      pending ??= fetchToken().finally(() => (pending = undefined));
      return pending;
    },
    invalidate(): void {
      token = undefined;
    },
    fetches: () => fetches,
  };
}

export function createFeishuClient(options: FeishuClientOptions): FeishuClient {
  const pacing = options.pacing ?? true;
  const base = { adapter: 'feishu-bitable', fetch: options.fetch, baseUrl: options.baseUrl, timeoutMs: options.timeoutMs, retry: options.retry, redact: options.redactor };
  const token = tenantToken(createHttpClient(base), options);
  const retryOn = (r: HttpResponse) => {
    const code = (r.data as { code?: unknown } | undefined)?.code;
    const reset = Number(r.headers.get('x-ogw-ratelimit-reset'));
    const hinted = Number.isFinite(reset) && reset > 0 ? reset * 1_000 : undefined;
    if (typeof code === 'number' && TOKEN_CODES.includes(code)) {
      token.invalidate();
      return { retryAfterMs: 0 };
    }
    if (typeof code === 'number' && TRANSIENT_CODES.includes(code)) return { retryAfterMs: hinted ?? (code === 1254291 ? 100 : 1_000) };
    if (r.status === 429) return hinted === undefined ? true : { retryAfterMs: hinted };
    return r.status === 408 || r.status >= 500;
  };
  const clients = new Map<ApiGroup, HttpClient>();
  for (const [group, limit] of Object.entries(API_GROUPS) as [ApiGroup, number][]) {
    clients.set(group, createHttpClient({
      ...base,
      // Feishu counts per sliding second, per app and API group.
      limiter: pacing ? createSlidingWindowLimiter({ limit }) : undefined,
      headers: async () => ({ authorization: `Bearer ${await token.get()}` }),
      retryOn,
    }));
  }
  return {
    async call<T>(group: ApiGroup, req: FeishuRequest): Promise<T> {
      const res = await clients.get(group)!.request<{ code?: number; msg?: string; data?: unknown }>({
        method: req.method, path: req.path, query: req.query, json: req.json, body: req.body, headers: req.headers, events: req.events, acceptStatus: [400, 401, 403, 404],
      });
      const code = res.data?.code;
      if (code !== 0) {
        const api = req.path.replace(/^\/?open-apis\//, '');
        throw new FeishuApiError(api, typeof code === 'number' ? code : res.status, options.redactor.text(String(res.data?.msg ?? res.text)).slice(0, 300), res.status);
      }
      return res.data?.data as T;
    },
    requests: () => [...clients.values()].reduce((n, c) => n + c.stats.requests, 0) + token.fetches(),
    tokenFetches: () => token.fetches(),
  };
}
