/**
 * Calls to the Kingdee K/3 Cloud WebAPI (platforms.md § 4.1, 4.3): `POST <server>/<ServiceName>.common.kdsvc`
 * with the SDK body `{ parameters: [...] }`, authenticated by signed headers or a session cookie (see auth.ts).
 * Business outcomes come with HTTP 200 in `Result.ResponseStatus`; a lost session (`MsgCode` 1) means nothing
 * ran, so the call is sent again after a fresh login. Exceptions come back as text prefixed `response_error:`.
 */
import { createHttpClient, type AdapterEvents, type HttpClient, type Redactor, type RetryOptions } from '@order75/adapter-kit';
import { sessionCookie, signedHeaders, type KingdeeAuth } from './auth';

export const SERVICE = {
  validateUser: 'Kingdee.BOS.WebApi.ServicesStub.AuthService.ValidateUser',
  loginByAppSecret: 'Kingdee.BOS.WebApi.ServicesStub.AuthService.LoginByAppSecret',
  save: 'Kingdee.BOS.WebApi.ServicesStub.DynamicFormService.Save',
  batchSave: 'Kingdee.BOS.WebApi.ServicesStub.DynamicFormService.BatchSave',
  executeBillQuery: 'Kingdee.BOS.WebApi.ServicesStub.DynamicFormService.ExecuteBillQuery',
} as const;
type Service = (typeof SERVICE)[keyof typeof SERVICE];

/** An error Kingdee answered (login refused, `response_error:`, a failed query). `message` is redacted. */
export class KingdeeApiError extends Error {
  override name = 'KingdeeApiError';
  constructor(readonly service: string, readonly detail: string, readonly sessionLost = false) {
    super(`kingdee ${service.split('.').pop()}: ${detail}`);
  }
}

export interface ResponseStatus {
  ErrorCode?: number | string;
  IsSuccess?: boolean;
  Errors?: { FieldName?: string | null; Message?: string; DIndex?: number }[];
  SuccessEntitys?: { Id?: number | string; Number?: string; DIndex?: number }[];
  MsgCode?: number;
}

/** The `ResponseStatus` of an answer, wherever it sits (top level, or inside the row array of a failed query). */
export function responseStatus(data: unknown): ResponseStatus | undefined {
  const unwrap = Array.isArray(data) && Array.isArray(data[0]) && data[0].length === 1 ? data[0][0] : data;
  const status = (unwrap as { Result?: { ResponseStatus?: ResponseStatus } } | undefined)?.Result?.ResponseStatus;
  return status && typeof status === 'object' ? status : undefined;
}

export interface KingdeeClientOptions {
  /** Server URL ending in `/k3cloud/` (public cloud: `https://api.kingdee.com/galaxyapi/`). */
  baseUrl: string;
  acctId: string;
  auth: KingdeeAuth;
  fetch: typeof globalThis.fetch;
  timeoutMs?: number;
  retry?: RetryOptions;
  redactor: Redactor;
  now?: () => number;
}

export interface KingdeeClient {
  /** Calls a service; `retry: false` sends once at the HTTP level (for writes, which the caller re-checks itself). */
  call(service: Service, parameters: unknown[], options?: { retry?: boolean; events?: AdapterEvents }): Promise<unknown>;
  requests(): number;
  logins(): number;
}

export function createKingdeeClient(options: KingdeeClientOptions): KingdeeClient {
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const auth = options.auth;
  const now = options.now ?? Date.now;
  let cookie: string | undefined;
  let pending: Promise<string> | undefined;
  let logins = 0;
  const loginPaths = new Set([SERVICE.validateUser, SERVICE.loginByAppSecret].map((s) => new URL(`${s}.common.kdsvc`, base).pathname));
  const http: HttpClient = createHttpClient({
    adapter: 'kingdee', fetch: options.fetch, baseUrl: base, timeoutMs: options.timeoutMs, retry: options.retry, redact: options.redactor,
    // Signed auth signs each service's own path; a login call carries no credentials but its body.
    headers: async ({ path }) => {
      if (loginPaths.has(path)) return {};
      if (auth.kind === 'signed') return signedHeaders(auth, options.acctId, path, now());
      return { cookie: await session() };
    },
  });

  async function login(): Promise<string> {
    logins += 1;
    if (auth.kind === 'signed') throw new Error('signed auth has no session');
    const service = auth.kind === 'password' ? SERVICE.validateUser : SERVICE.loginByAppSecret;
    const parameters = auth.kind === 'password'
      ? [options.acctId, auth.userName, auth.password, auth.lcid ?? 2052]
      : [options.acctId, auth.userName, auth.appId, auth.appSecret, auth.lcid ?? 2052];
    const res = await http.request<{ LoginResultType?: number; Message?: string }>({ path: `${service}.common.kdsvc`, json: { parameters } });
    const got = res.data?.LoginResultType === 1 ? sessionCookie(res.headers.getSetCookie()) : undefined;
    if (!got) throw new KingdeeApiError(service, options.redactor.text(String(res.data?.Message ?? 'login refused')));
    for (const pair of got.split('; ')) options.redactor.addSecret(pair.split('=')[1] ?? '');
    return got;
  }

  async function session(): Promise<string> {
    if (cookie) return cookie;
    pending ??= login().then((c) => (cookie = c)).finally(() => (pending = undefined));
    return pending;
  }

  return {
    async call(service, parameters, opts = {}) {
      for (let attempt = 0; ; attempt++) {
        const used = cookie;
        const res = await http.request({ path: `${service}.common.kdsvc`, json: { parameters }, retry: opts.retry, events: opts.events });
        if (typeof res.data === 'string' && res.data.startsWith('response_error:')) {
          let message = res.data;
          try {
            message = String((JSON.parse(res.data.slice(res.data.indexOf('{'))) as { Message?: string }).Message ?? res.data);
          } catch {}
          throw new KingdeeApiError(service, options.redactor.text(message).slice(0, 300));
        }
        const status = responseStatus(res.data);
        if (status?.MsgCode === 1 && status.IsSuccess === false) {
          // The session is gone (or the signature was refused): nothing ran, so logging in again and resending is safe.
          if (auth.kind !== 'signed' && attempt < 2) {
            if (cookie === used) cookie = undefined;
            continue;
          }
          throw new KingdeeApiError(service, options.redactor.text(status.Errors?.[0]?.Message ?? 'session lost'), true);
        }
        return res.data;
      }
    },
    requests: () => http.stats.requests,
    logins: () => logins,
  };
}
