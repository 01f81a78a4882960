import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dailyCheckFor } from '../fixtures';
import { type Session, type TestWorkstation, testWorkstation, TODAY } from '../harness';

let t: TestWorkstation;
let officer: Session;
let viewer: Session;
let director: Session;

beforeAll(async () => {
  t = await testWorkstation();
  officer = await t.login('officer-mawei');
  viewer = await t.login('viewer');
  director = await t.login('director');
});
afterAll(() => t.close());

const countChecks = async () => (await t.opened.store.query({ type: 'daily-check', from: TODAY, to: TODAY })).length;

describe('POST /api/records', () => {
  it('stores a valid daily check as revision 1 with the store’s createdAt', async () => {
    const record = await dailyCheckFor(t, officer, 'S01');
    const res = await t.app.inject({ method: 'POST', url: '/api/records', headers: officer.headers, payload: record });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ id: record.id, revision: 1, record: { id: record.id, site: 'S01', status: 'final' } });
    expect(body.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await t.opened.store.get(record.id)).toMatchObject({ items: record.items });
  });

  it('answers 400 naming the fields in both languages for a string revision and an extra field; stores nothing', async () => {
    const before = await countChecks();
    const record = { ...(await dailyCheckFor(t, officer, 'S01')), revision: '1', colour: 'blue' };
    const res = await t.app.inject({ method: 'POST', url: '/api/records', headers: officer.headers, payload: record });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('invalid-input');
    expect(error.message.zh).toContain('未保存');
    expect(error.message.en).toContain('nothing was saved');
    const paths = error.issues.map((i: { instancePath: string; params: Record<string, unknown> }) => `${i.instancePath}${i.params.unevaluatedProperty ?? i.params.additionalProperty ?? ''}`);
    expect(paths.some((p: string) => p.startsWith('/revision'))).toBe(true);
    expect(JSON.stringify(error.issues)).toContain('colour');
    for (const i of error.issues) expect(i.message.zh && i.message.en).toBeTruthy();
    expect(await countChecks()).toBe(before);
    expect(await t.opened.store.get(record.id)).toBeUndefined();
  });

  it('never stores a coerced value: a numeric string where a boolean belongs is refused, not turned into true', async () => {
    const record = { ...(await dailyCheckFor(t, officer, 'S01')), zeroRisk: 'true' };
    const res = await t.app.inject({ method: 'POST', url: '/api/records', headers: officer.headers, payload: record });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues.some((i: { instancePath: string }) => i.instancePath === '/zeroRisk')).toBe(true);
    expect(await t.opened.store.get(record.id)).toBeUndefined();
  });

  it('refuses another enterprise and revision 2 as a new record', async () => {
    const base = await dailyCheckFor(t, officer, 'S01');
    for (const [payload, path] of [
      [{ ...base, enterprise: '91110000100000000X' }, '/enterprise'],
      [{ ...base, revision: 2, supersedes: { revision: 1, reason: 'x' } }, '/revision'],
    ] as const) {
      const res = await t.app.inject({ method: 'POST', url: '/api/records', headers: officer.headers, payload });
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json().error.issues)).toContain(path);
    }
  });

  it('keeps an officer to their own site and a viewer from writing (403, bilingual)', async () => {
    const other = await dailyCheckFor(t, officer, 'S02');
    const res = await t.app.inject({ method: 'POST', url: '/api/records', headers: officer.headers, payload: other });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message.zh).toContain('S01');
    const byViewer = await t.app.inject({ method: 'POST', url: '/api/records', headers: viewer.headers, payload: await dailyCheckFor(t, officer, 'S01') });
    expect(byViewer.statusCode).toBe(403);
    expect(byViewer.json().error.message).toMatchObject({ zh: expect.stringContaining('只读用户'), en: expect.stringContaining('read-only viewer') });
  });

  it('answers 409 when the id exists already', async () => {
    const record = await dailyCheckFor(t, officer, 'S01');
    expect((await t.app.inject({ method: 'POST', url: '/api/records', headers: officer.headers, payload: record })).statusCode).toBe(201);
    expect((await t.app.inject({ method: 'POST', url: '/api/records', headers: officer.headers, payload: record })).statusCode).toBe(409);
  });
});

describe('GET /api/records, /api/records/:id and history; POST corrections', () => {
  it('queries by type, date and site, newest first; rejects unknown parameters', async () => {
    const res = await t.app.inject({ url: `/api/records?type=daily-check&from=${TODAY}&to=${TODAY}&site=S01`, headers: viewer.headers });
    expect(res.statusCode).toBe(200);
    const { records, total } = res.json();
    expect(total).toBeGreaterThan(0);
    for (const r of records) expect(r).toMatchObject({ recordType: 'daily-check', site: 'S01', date: TODAY });
    expect((await t.app.inject({ url: '/api/records?kind=x', headers: viewer.headers })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/records?limit=abc', headers: viewer.headers })).statusCode).toBe(400);
  });

  it('reads a record with its content hash, and 404 for an unknown id', async () => {
    const [first] = (await t.app.inject({ url: '/api/records?type=weekly-report&limit=1', headers: viewer.headers })).json().records;
    const res = await t.app.inject({ url: `/api/records/${first.id}`, headers: viewer.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ record: { id: first.id }, contentHash: expect.stringMatching(/^sha256:/) });
    expect((await t.app.inject({ url: '/api/records/00000000-0000-7000-8000-000000000000', headers: viewer.headers })).statusCode).toBe(404);
  });

  it('corrects a record as a new revision with its reason, and shows both in the history and the audit trail', async () => {
    const record = await dailyCheckFor(t, officer, 'S01');
    await t.app.inject({ method: 'POST', url: '/api/records', headers: officer.headers, payload: record });
    const corrected = { ...record, revision: 2, supersedes: { revision: 1, reason: '补录检查说明' }, remarks: '复核后补录' };
    const res = await t.app.inject({ method: 'POST', url: `/api/records/${record.id}/corrections`, headers: officer.headers, payload: corrected });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ revision: 2, record: { remarks: '复核后补录', supersedes: { revision: 1, reason: '补录检查说明' } } });
    const history = (await t.app.inject({ url: `/api/records/${record.id}/history`, headers: viewer.headers })).json();
    expect(history.revisions.map((r: { record: { revision: number } }) => r.record.revision)).toEqual([1, 2]);
    expect(history.audit.map((a: { action: string }) => a.action)).toEqual(['create', 'correct']);
    expect(history.audit[1].reason).toBe('补录检查说明');
    const old = await t.app.inject({ url: `/api/records/${record.id}?revision=1`, headers: viewer.headers });
    expect(old.json().record.remarks).toBeUndefined();
  });

  it('refuses a correction without a reason, with another id, or from a role that may not write the type', async () => {
    const record = await dailyCheckFor(t, officer, 'S01');
    await t.app.inject({ method: 'POST', url: `/api/records`, headers: officer.headers, payload: record });
    const noReason = { ...record, revision: 2, supersedes: { revision: 1, reason: ' ' } };
    const r1 = await t.app.inject({ method: 'POST', url: `/api/records/${record.id}/corrections`, headers: officer.headers, payload: noReason });
    expect(r1.statusCode).toBe(400);
    const wrongId = { ...record, revision: 2, supersedes: { revision: 1, reason: 'x' } };
    const r2 = await t.app.inject({ method: 'POST', url: `/api/records/00000000-0000-7000-8000-000000000000/corrections`, headers: officer.headers, payload: wrongId });
    expect(r2.statusCode).toBe(400);
    expect(JSON.stringify(r2.json().error.issues)).toContain('/id');
    const [weekly] = (await t.app.inject({ url: '/api/records?type=weekly-report&limit=1', headers: viewer.headers })).json().records;
    const r3 = await t.app.inject({
      method: 'POST', url: `/api/records/${weekly.id}/corrections`, headers: officer.headers,
      payload: { ...weekly, signatures: undefined, revision: weekly.revision + 1, supersedes: { revision: weekly.revision, reason: 'x' } },
    });
    expect(r3.statusCode).toBe(403);
    const stale = { ...record, revision: 3, supersedes: { revision: 2, reason: 'x' } };
    const r4 = await t.app.inject({ method: 'POST', url: `/api/records/${record.id}/corrections`, headers: director.headers, payload: stale });
    expect([400, 409]).toContain(r4.statusCode);
  });
});
