import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeishuServer } from './feishuServer';

// biome-ignore lint/suspicious/noExplicitAny: JSON answers are probed freely in assertions.
type Json = any;

let server: FeishuServer;
let token: string;
let tableId: string;

async function call(method: string, path: string, body?: unknown, bearer: string | null = token) {
  const res = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json; charset=utf-8', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, Json> };
}

const getToken = async (secret = 'secret-o75') =>
  call('POST', '/open-apis/auth/v3/tenant_access_token/internal', { app_id: 'cli_o75test', app_secret: secret }, null);
const records = (op: string, query = '') => `/open-apis/bitable/v1/apps/bas1/tables/${tableId}/records/${op}${query}`;

beforeAll(async () => {
  server = await FeishuServer.start({ latencyMs: 1 });
  server.createBase('bas1');
  token = (await getToken()).body.tenant_access_token;
  const created = await call('POST', '/open-apis/bitable/v1/apps/bas1/tables', {
    table: { name: 'T', fields: [{ field_name: 'id', type: 1 }, { field_name: 'n', type: 2 }, { field_name: 'd', type: 5 }, { field_name: 'files', type: 17 }] },
  });
  tableId = created.body.data.table_id;
});
afterAll(() => server.close());

describe('simulated Feishu Bitable', () => {
  it('issues tenant tokens for 7 200 s, re-issues the same one until 30 minutes remain, then a new one', async () => {
    expect((await getToken('wrong')).body.code).toBe(10014);
    const again = await getToken();
    expect(again.body.tenant_access_token).toBe(token);
    server.advanceClock(91 * 60 * 1000);
    const fresh = await getToken();
    expect(fresh.body).toMatchObject({ code: 0, expire: 7200 });
    expect(fresh.body.tenant_access_token).not.toBe(token);
    expect((await call('GET', '/open-apis/bitable/v1/apps/bas1/tables')).body.code).toBe(0);
    server.advanceClock(30 * 60 * 1000);
    expect(await call('GET', '/open-apis/bitable/v1/apps/bas1/tables')).toMatchObject({ status: 400, body: { code: 99991663 } });
    expect(await call('GET', '/open-apis/bitable/v1/apps/bas1/tables', undefined, null)).toMatchObject({ status: 400, body: { code: 99991661 } });
    token = fresh.body.tenant_access_token;
  });

  it('refuses a duplicate table name and lists fields with the first one primary', async () => {
    expect((await call('POST', '/open-apis/bitable/v1/apps/bas1/tables', { table: { name: 'T' } })).body.code).toBe(1254013);
    const fields = (await call('GET', `/open-apis/bitable/v1/apps/bas1/tables/${tableId}/fields?page_size=100`)).body.data.items;
    expect(fields.map((f: Json) => [f.field_name, f.type, f.is_primary])).toEqual([['id', 1, true], ['n', 2, false], ['d', 5, false], ['files', 17, false]]);
  });

  it('checks batch size, field names and value types', async () => {
    const many = Array.from({ length: 501 }, (_, i) => ({ fields: { id: `r${i}` } }));
    expect((await call('POST', records('batch_create'), { records: many })).body.code).toBe(1254104);
    expect((await call('POST', records('batch_create'), { records: [{ fields: { nope: 'x' } }] })).body.code).toBe(1254045);
    expect((await call('POST', records('batch_create'), { records: [{ fields: { d: '2026-11-28' } }] })).body.code).toBe(1254064);
  });

  it('replays a batch_create sent again with the same client_token', async () => {
    const q = '?client_token=9b2d8c51-0f6e-4b1a-8d55-3c2b7a1e9f00';
    const first = await call('POST', records('batch_create', q), { records: [{ fields: { id: 'ct1', n: 1 } }] });
    const second = await call('POST', records('batch_create', q), { records: [{ fields: { id: 'ct1', n: 1 } }] });
    expect(second.body.data.records[0].record_id).toBe(first.body.data.records[0].record_id);
    const found = await call('POST', records('search'), { filter: { conjunction: 'and', conditions: [{ field_name: 'id', operator: 'is', value: ['ct1'] }] } });
    expect(found.body.data.items).toHaveLength(1);
    expect(found.body.data.items[0].fields.id).toEqual([{ type: 'text', text: 'ct1' }]);
  });

  it('refuses a second write to a table while one is being processed (1254291)', async () => {
    const answers = await Promise.all([1, 2, 3].map((i) => call('POST', records('batch_create'), { records: [{ fields: { id: `c${i}` } }] })));
    expect(answers.map((a) => a.body.code).sort()).toEqual([0, 1254291, 1254291]);
  });

  it('pages search results with page_token', async () => {
    await call('POST', records('batch_create'), { records: Array.from({ length: 30 }, (_, i) => ({ fields: { id: `pg${i}`, n: i } })) });
    const ids = new Set<string>();
    let pageToken: string | undefined;
    do {
      const page = (await call('POST', records('search', `?page_size=7${pageToken ? `&page_token=${pageToken}` : ''}`), {})).body.data;
      for (const item of page.items) ids.add(item.record_id);
      pageToken = page.has_more ? page.page_token : undefined;
    } while (pageToken);
    expect(ids.size).toBe(server.table('bas1', 'T')!.records.size);
  });

  it('accepts attachments uploaded to this base only', async () => {
    const form = new FormData();
    form.set('file_name', 'photo.jpg');
    form.set('parent_type', 'bitable_image');
    form.set('parent_node', 'bas1');
    form.set('size', '3');
    form.set('file', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' }), 'photo.jpg');
    const res = await fetch(`${server.baseUrl}/open-apis/drive/v1/medias/upload_all`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    const fileToken = ((await res.json()) as Json).data.file_token as string;
    expect((await call('POST', records('batch_create'), { records: [{ fields: { id: 'att', files: [{ file_token: fileToken }] } }] })).body.code).toBe(0);
    const bad = await call('POST', records('batch_create'), { records: [{ fields: { id: 'att2', files: [{ file_token: 'boxNotMine' }] } }] });
    expect(bad).toMatchObject({ status: 403, body: { code: 1254027 } });
  });
});
