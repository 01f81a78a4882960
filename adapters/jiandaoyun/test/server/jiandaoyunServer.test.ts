import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JiandaoyunServer } from './jiandaoyunServer';

// biome-ignore lint/suspicious/noExplicitAny: JSON answers are probed freely in assertions.
type Json = any;

const KEY = 'jdy-test-key';
let server: JiandaoyunServer;

async function call(api: string, body: Record<string, unknown>, key: string | null = KEY) {
  const res = await fetch(`${server.baseUrl}/v5/app/entry/${api}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ app_id: 'app1', entry_id: 'form1', ...body }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, Json> };
}

const row = (id: string, n: number) => ({ o75_record_id: { value: id }, o75_revision: { value: n } });

beforeAll(async () => {
  server = await JiandaoyunServer.start({ latencyMs: 1 });
  server.addForm('app1', 'form1', 'Test', [
    { alias: 'o75_record_id', label: '记录编号', type: 'text' },
    { alias: 'o75_revision', label: '修订版', type: 'number' },
    { label: '无别名', type: 'text' },
  ]);
});
afterAll(() => server.close());

describe('simulated Jiandaoyun API v5', () => {
  it('answers HTTP 400 with 8301 without a key and 17018 with an unknown key', async () => {
    expect(await call('widget/list', {}, null)).toMatchObject({ status: 400, body: { code: 8301 } });
    expect(await call('widget/list', {}, 'nope')).toMatchObject({ status: 400, body: { code: 17018 } });
  });

  it('names widgets by alias, else by _widget_ id, and refuses unknown forms with 3000', async () => {
    const { body } = await call('widget/list', {});
    expect(body.widgets.map((w: { name: string }) => w.name)).toEqual(['o75_record_id', 'o75_revision', expect.stringMatching(/^_widget_\d+$/)]);
    expect(await call('widget/list', { entry_id: 'missing' })).toMatchObject({ status: 400, body: { code: 3000 } });
  });

  it('caps batch_create at 100 (17024) and pages data/list by _id with a cursor', async () => {
    expect((await call('data/batch_create', { data_list: Array.from({ length: 101 }, (_, i) => row(`x${i}`, 1)) })).body.code).toBe(17024);
    const created = await call('data/batch_create', { data_list: Array.from({ length: 25 }, (_, i) => row(`p${i}`, 1)) });
    expect(created.body).toMatchObject({ status: 'success', success_count: 25 });
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = (await call('data/list', { limit: 10, ...(cursor ? { data_id: cursor } : {}) })).body.data as { _id: string }[];
      seen.push(...page.map((r) => r._id));
      if (page.length < 10) break;
      cursor = page.at(-1)!._id;
    }
    expect(seen).toEqual([...seen].sort());
    expect(seen).toEqual(expect.arrayContaining(created.body.success_ids));
  });

  it('refuses a completed transaction_id within the hour (17026) and accepts it after', async () => {
    const tx = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect((await call('data/batch_create', { transaction_id: tx, data_list: [row('t1', 1)] })).status).toBe(200);
    expect(await call('data/batch_create', { transaction_id: tx, data_list: [row('t1', 1)] })).toMatchObject({ status: 400, body: { code: 17026 } });
    server.advanceClock(60 * 60 * 1000 + 1);
    expect((await call('data/batch_create', { transaction_id: tx, data_list: [row('t2', 1)] })).status).toBe(200);
  });

  it('filters on widgets but silently ignores system fields and values of the wrong type', async () => {
    await call('data/batch_create', { data_list: [row('f1', 3), row('f2', 4)] });
    const byId = await call('data/list', { limit: 100, filter: { rel: 'and', cond: [{ field: 'o75_record_id', method: 'in', value: ['f1', 'f2'] }] } });
    expect(byId.body.data.map((r: Json) => r.o75_record_id).sort()).toEqual(['f1', 'f2']);
    const all = (await call('data/list', { limit: 100 })).body.data.length;
    const bySystem = await call('data/list', { limit: 100, filter: { rel: 'and', cond: [{ field: 'updateTime', method: 'gt', value: ['2999-01-01T00:00:00Z'] }] } });
    expect(bySystem.body.data.length).toBe(all);
    const wrongType = await call('data/list', { limit: 100, filter: { rel: 'and', cond: [{ field: 'o75_revision', method: 'eq', value: ['3'] }] } });
    expect(wrongType.body.data.length).toBe(all);
  });

  it('answers 8304 past a per-API limit', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => call('data/batch_create', { data_list: [row(`r${i}`, 1)] })));
    expect(answers.filter((a) => a.body.code === 8304).length).toBeGreaterThan(0);
  });

  it('injects faults: a connection dropped after commit leaves the record behind', async () => {
    server.rateLimits = false;
    const before = server.host.requests;
    server.host.failNext('drop-after');
    await expect(call('data/create', { data: row('dropped', 1) })).rejects.toThrow();
    const found = await call('data/list', { limit: 10, filter: { rel: 'and', cond: [{ field: 'o75_record_id', method: 'eq', value: ['dropped'] }] } });
    expect(found.body.data).toHaveLength(1);
    expect(server.host.requests - before).toBe(2);
    expect(server.host.faultsInjected.get('drop-after')).toBe(1);
  });
});
