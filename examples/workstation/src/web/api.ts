/** The workstation API from the browser: same-origin fetch with the session cookie and the CSRF token on writes. */
import type { Message } from '@order75/core';

export interface ApiIssue {
  instancePath: string;
  message: Message;
  field?: Message;
}

/** An API error with its bilingual message and issues. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Message,
    readonly issues: ApiIssue[] = [],
  ) {
    super(text.zh);
  }
}

let csrf = '';
let onUnauthenticated: () => void = () => {};

export function setCsrf(token: string): void {
  csrf = token;
}

export function onLoggedOut(handler: () => void): void {
  onUnauthenticated = handler;
}

async function call<T>(method: string, url: string, body?: unknown, contentType?: string): Promise<T> {
  const headers: Record<string, string> = {};
  if (method !== 'GET') headers['x-csrf-token'] = csrf;
  let payload: BodyInit | undefined;
  if (body instanceof Blob || body instanceof ArrayBuffer) {
    payload = body;
    headers['content-type'] = contentType ?? (body instanceof Blob ? body.type : 'application/octet-stream');
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
  if (!res.ok) {
    const data = (await res.json().catch(() => ({}))) as { error?: { code: string; message: Message; issues?: ApiIssue[] } };
    const error = data.error ?? { code: 'http', message: { zh: `请求失败（${res.status}）`, en: `request failed (${res.status})` } };
    if (res.status === 401 && url !== '/api/login') onUnauthenticated();
    throw new ApiFailure(res.status, error.code, error.message, error.issues ?? []);
  }
  return (await res.json()) as T;
}

export const api = {
  get: <T>(url: string) => call<T>('GET', url),
  post: <T>(url: string, body?: unknown, contentType?: string) => call<T>('POST', url, body ?? {}, contentType),
  del: <T>(url: string) => call<T>('DELETE', url),
};
