import { afterEach, describe, expect, it } from 'vitest';
import { AdapterHttpError, createHttpClient } from '../../src/index';
import { drop, hang, json, scriptedServer, type ScriptedServer } from './server';

let server: ScriptedServer | undefined;
afterEach(async () => server?.close());

const noSleep = async () => undefined;

describe('createHttpClient', () => {
  it('retries 429 and 5xx and returns the first success, honouring Retry-After', async () => {
    server = await scriptedServer([json(429, { code: 8303 }, { 'retry-after': '2' }), json(503, {}), json(200, { ok: 1 })]);
    const delays: number[] = [];
    const client = createHttpClient({ fetch, baseUrl: server.url, sleep: async (ms) => void delays.push(ms), retry: { retries: 3, baseDelayMs: 10, maxDelayMs: 5000 } });
    const res = await client.request<{ ok: number }>({ path: '/x' });
    expect(res.data).toEqual({ ok: 1 });
    expect(res.attempts).toBe(3);
    expect(client.stats.requests).toBe(3);
    expect(delays[0]).toBe(2000);
    expect(delays[1]).toBeLessThan(20);
  });

  it('reads Retry-After as an HTTP date', async () => {
    const at = new Date(Date.now() + 60_000).toUTCString();
    server = await scriptedServer([json(503, {}, { 'retry-after': at }), json(200, {})]);
    const delays: number[] = [];
    const client = createHttpClient({ fetch, baseUrl: server.url, sleep: async (ms) => void delays.push(ms), retry: { maxDelayMs: 120_000 } });
    await client.request({ path: 'x' });
    expect(delays[0]).toBeGreaterThan(50_000);
    expect(delays[0]).toBeLessThanOrEqual(60_000);
  });

  it('caps a long Retry-After at maxDelayMs', async () => {
    server = await scriptedServer([json(429, {}, { 'retry-after': '3600' }), json(200, {})]);
    const delays: number[] = [];
    const client = createHttpClient({ fetch, baseUrl: server.url, sleep: async (ms) => void delays.push(ms), retry: { maxDelayMs: 5000 } });
    await client.request({ path: 'x' });
    expect(delays).toEqual([5000]);
  });

  it('retries timeouts and dropped connections, then gives up with a typed error', async () => {
    server = await scriptedServer([hang, drop, hang]);
    const client = createHttpClient({ adapter: 'demo', fetch, baseUrl: server.url, timeoutMs: 100, sleep: noSleep, retry: { retries: 2 } });
    const error = await client.request({ path: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AdapterHttpError);
    const e = error as AdapterHttpError;
    expect(e.kind).toBe('timeout');
    expect(e.attempts).toBe(3);
    expect(e.adapter).toBe('demo');
    expect(server.seen).toHaveLength(3);
  });

  it('does not retry a 400 and redacts the body, url and cause', async () => {
    const secret = 'sk-very-secret-token-123';
    server = await scriptedServer([json(400, { msg: `bad token ${secret} for 11010519491231002X, phone 13812345678` })]);
    const client = createHttpClient({ fetch, baseUrl: server.url, redact: { secrets: [secret] }, headers: { authorization: `Bearer ${secret}` }, sleep: noSleep });
    const e = (await client.request({ path: 'x', query: { access_token: 'qqqqqqqq' } }).catch((x: unknown) => x)) as AdapterHttpError;
    expect(e.status).toBe(400);
    expect(e.attempts).toBe(1);
    const text = `${e.message} ${e.body} ${e.url} ${JSON.stringify(e.toMessage())}`;
    expect(text).not.toContain(secret);
    expect(text).not.toContain('11010519491231002X');
    expect(text).not.toContain('13812345678');
    expect(text).not.toContain('qqqqqqqq');
    expect(server.seen[0]?.headers.authorization).toBe(`Bearer ${secret}`);
  });

  it('sends the same idempotency key on every attempt and reports retries as events', async () => {
    server = await scriptedServer([json(500, {}), json(200, {})]);
    const retries: string[] = [];
    const client = createHttpClient({ fetch, baseUrl: server.url, sleep: noSleep, events: { onRetry: (i) => void retries.push(i.reason) } });
    await client.request({ path: 'w', json: { a: 1 }, idempotencyKey: 'k-1' });
    expect(server.seen.map((s) => s.headers['idempotency-key'])).toEqual(['k-1', 'k-1']);
    expect(server.seen[0]?.method).toBe('POST');
    expect(retries).toEqual(['HTTP 500']);
  });

  it('lets a platform mark a 200 body as throttled', async () => {
    server = await scriptedServer([json(200, { code: 1254290 }), json(200, { code: 0 })]);
    const client = createHttpClient({
      fetch, baseUrl: server.url, sleep: noSleep,
      retryOn: (r) => (r.data as { code?: number }).code === 1254290 || r.status >= 500,
    });
    const res = await client.request<{ code: number }>({ path: 'x' });
    expect(res.data.code).toBe(0);
    expect(server.seen).toHaveLength(2);
  });

  it('calls the headers function per attempt with the method and the URL path, so a host that signs the path can', async () => {
    server = await scriptedServer([json(503, {}), json(200, {})]);
    const seen: string[] = [];
    const client = createHttpClient({
      fetch, baseUrl: `${server.url}k3cloud/`, sleep: noSleep,
      headers: ({ method, path }) => {
        seen.push(`${method} ${path}`);
        return { 'x-signed': `${method} ${path}` };
      },
    });
    await client.request({ path: 'Kingdee.BOS.Save.common.kdsvc', query: { q: '1' }, json: {} });
    expect(seen).toEqual(['POST /k3cloud/Kingdee.BOS.Save.common.kdsvc', 'POST /k3cloud/Kingdee.BOS.Save.common.kdsvc']);
    expect(server.seen.map((s) => s.headers['x-signed'])).toEqual(seen);
    expect(server.seen[0]?.url).toBe('/k3cloud/Kingdee.BOS.Save.common.kdsvc?q=1');
  });

  it('carries the wait the host asked for in the error it gives up with', async () => {
    server = await scriptedServer([
      json(429, {}, { 'retry-after': '7' }),
      json(503, {}),
      json(200, { code: 1254290 }, { 'x-reset': '3' }),
      json(400, {}, { 'retry-after': '2' }),
    ]);
    const client = createHttpClient({
      fetch, baseUrl: server.url, sleep: noSleep,
      retryOn: (r) => ((r.data as { code?: number }).code === 1254290 ? { retryAfterMs: Number(r.headers.get('x-reset')) * 1000 } : r.status === 429 || r.status >= 500),
    });
    const fail = (path: string) => client.request({ path, retry: false }).catch((e: unknown) => e as AdapterHttpError);
    expect(await fail('a')).toMatchObject({ status: 429, retryable: true, retryAfterMs: 7_000 });
    expect(await fail('b')).toMatchObject({ status: 503, retryable: true, retryAfterMs: undefined });
    expect(await fail('c')).toMatchObject({ status: 200, retryable: true, retryAfterMs: 3_000 });
    expect(await fail('d')).toMatchObject({ status: 400, retryable: false, retryAfterMs: 2_000 });
  });

  it('keeps in-flight requests under the concurrency limit per host', async () => {
    const slow = (_q: unknown, _b: unknown, res: import('node:http').ServerResponse) => setTimeout(() => res.end('{}'), 20);
    server = await scriptedServer([], slow);
    const client = createHttpClient({ fetch, baseUrl: server.url, rateLimit: { concurrency: 2, perSecond: 1000 } });
    await Promise.all(Array.from({ length: 8 }, (_, i) => client.request({ path: `r${i}` })));
    expect(server.seen).toHaveLength(8);
    expect(server.inFlightMax).toBeLessThanOrEqual(2);
  });
});
