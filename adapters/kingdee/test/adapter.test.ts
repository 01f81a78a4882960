import { copiesOf, plain, sampleRecord, sampleRecords } from '@order75/adapter-kit/testing';
import type { AnyRecord } from '@order75/schemas';
import { afterEach, describe, expect, it } from 'vitest';
import { createKingdeeAdapter, signedHeaders } from '../src/index';
import { buildBillsByHand, FORMS, PASSWORD_AUTH, setUp, SIGNED_AUTH } from './harness';
import { KD_SERVICE, KD_TEST, KingdeeServer } from './server/kingdeeServer';

const servers: KingdeeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function host(options: Parameters<typeof setUp>[0] = {}) {
  const h = await setUp({ ...options, server: { latencyMs: 2, ...options.server } });
  servers.push(h.server);
  return h;
}

const billOf = (server: KingdeeServer, record: AnyRecord) => [...server.forms.get(FORMS[record.recordType])!.bills.values()].find((b) => b.values.get('F_O75_RecordId') === record.id)!;

describe('kingdee: provisioning', () => {
  it('plans each bill for the BOS designer, field key by field key, and nothing once they are published', async () => {
    const server = await KingdeeServer.start({ latencyMs: 2 });
    servers.push(server);
    const adapter = createKingdeeAdapter({ baseUrl: server.baseUrl, acctId: KD_TEST.acctId, auth: PASSWORD_AUTH, forms: FORMS, fetch });
    const plan = await adapter.provision();
    const step = plan.objects.find((o) => o.recordType === 'daily-check')!.steps[0]!;
    expect(step.kind).toBe('manual');
    if (step.kind !== 'manual') return;
    expect(step.fields.slice(0, 4).map((f) => [f.name, f.hostType, f.required])).toEqual([
      ['F_O75_RecordId', '文本 Text(64)', true], ['F_O75_Revision', '整数 Integer', true], ['F_O75_Hash', '文本 Text(32)', true], ['F_O75_Raw', '大文本 LargeText', true],
    ]);
    expect(step.fields.find((f) => f.name === 'F_O75_CheckedAt')?.hostType).toBe('日期时间 DateTime');
    expect(step.action.zh).toContain('BOS 设计器');
    expect((await adapter.verifyProvisioning(['daily-check']))[0]).toMatchObject({ problem: 'missing-object', hostObject: FORMS['daily-check'] });
    buildBillsByHand(server, plan);
    expect(await adapter.verifyProvisioning()).toEqual([]);
    expect((await adapter.provision()).objects.every((o) => o.steps.length === 0)).toBe(true);
    server.forms.get(FORMS.incentive)!.fields = server.forms.get(FORMS.incentive)!.fields.filter((f) => f.key !== 'F_O75_Reason');
    expect((await adapter.verifyProvisioning(['incentive'])).map((d) => [d.field, d.problem])).toEqual([['F_O75_Reason', 'missing-field']]);
  });
});

describe('kingdee: authentication', () => {
  it('signs every request the way the SDK does, with no session at all', async () => {
    const { server } = await host();
    const before = server.logins;
    const adapter = createKingdeeAdapter({ baseUrl: server.baseUrl, acctId: KD_TEST.acctId, auth: SIGNED_AUTH, forms: FORMS, fetch });
    const records = sampleRecords();
    expect((await adapter.push(records)).outcomes.every((o) => o.status === 'created')).toBe(true);
    expect((await adapter.pull()).records).toHaveLength(records.length);
    expect(server.logins).toBe(before);
    const h = signedHeaders(SIGNED_AUTH, KD_TEST.acctId, `/k3cloud/${KD_SERVICE.save}.common.kdsvc`, 1_764_300_000_000);
    expect(h['X-Api-ClientID']).toBe('300123');
    expect(Buffer.from(h['X-Kd-Appdata']!, 'base64').toString()).toBe(`${KD_TEST.acctId},${KD_TEST.userName},2052,`);
  });

  it('refuses a wrong app secret with a message naming the registration, never the secret', async () => {
    const { server } = await host();
    const wrong = '0123456789abcdef0123456789abcdef';
    const adapter = createKingdeeAdapter({ baseUrl: server.baseUrl, acctId: KD_TEST.acctId, auth: { ...SIGNED_AUTH, appSecret: wrong }, forms: FORMS, fetch });
    const result = await adapter.push([sampleRecord('recall')]);
    expect(result.outcomes[0]).toMatchObject({ status: 'failed', retryable: false });
    expect(JSON.stringify(result)).toContain('第三方');
    expect(JSON.stringify(result)).not.toContain(wrong);
  });

  it('logs in by app secret, keeps the session cookie, and logs in again once the session is lost', async () => {
    const { server } = await host();
    const before = server.logins;
    const adapter = createKingdeeAdapter({ baseUrl: server.baseUrl, acctId: KD_TEST.acctId, auth: { kind: 'appSecret', appId: KD_TEST.appId, appSecret: KD_TEST.appSecret, userName: KD_TEST.userName }, forms: FORMS, fetch });
    await adapter.push(copiesOf('training', 250));
    expect(server.logins - before).toBe(1);
    server.expireSessions();
    const more = await adapter.push(copiesOf('training', 10));
    expect(more.outcomes.every((o) => o.status === 'created')).toBe(true);
    expect(server.logins - before).toBe(2);
    server.advanceClock(25 * 60_000);
    expect((await adapter.pull(undefined, ['training'])).records).toHaveLength(260);
    expect(server.logins - before).toBe(3);
  });

  it('reports a wrong password as a login failure, not retryable', async () => {
    const { server } = await host();
    const adapter = createKingdeeAdapter({ baseUrl: server.baseUrl, acctId: KD_TEST.acctId, auth: { ...PASSWORD_AUTH, password: 'not-the-password' }, forms: FORMS, fetch });
    const result = await adapter.push([sampleRecord('recall')]);
    expect(result.outcomes[0]).toMatchObject({ status: 'failed', retryable: false });
    const failed = result.outcomes[0]!;
    expect(failed.status === 'failed' && failed.error.en).toContain('login failed');
    expect(JSON.stringify(result)).not.toContain('not-the-password');
  });
});

describe('kingdee: saving', () => {
  it('writes dates and instants as the server’s local times and keeps the whole record in the raw field', async () => {
    const { server, adapter } = await host();
    const record = sampleRecord('daily-check') as AnyRecord & { date: string; checkedAt: string };
    await adapter.push([record]);
    const bill = billOf(server, record);
    expect(bill.values.get('F_O75_Date')).toBe(`${record.date}T00:00:00`);
    expect(bill.values.get('F_O75_CheckedAt')).toBe(new Date(Date.parse(record.checkedAt) + 8 * 3_600_000).toISOString().slice(0, 19));
    expect(JSON.parse(String(bill.values.get('F_O75_Raw')))).toEqual(plain(record));
  });

  it('looks a batch up again when the answer to BatchSave is lost, so the save is not repeated', async () => {
    const { server, adapter, faults } = await host();
    server.host.failNext('drop-after', 1, (r) => r.path.includes('BatchSave'));
    const records = copiesOf('inspection', 60);
    const result = await adapter.push(records);
    expect(result.outcomes.every((o) => o.status === 'created')).toBe(true);
    expect(server.host.count(`${KD_SERVICE.batchSave}.common.kdsvc`)).toBe(1);
    expect(server.host.count(`${KD_SERVICE.executeBillQuery}.common.kdsvc`)).toBe(2);
    expect((await faults.hostRecordIds()).sort()).toEqual(records.map((r) => r.id).sort());
  });

  it('waits as long as the host’s Retry-After says before looking a throttled BatchSave up again', async () => {
    const { server, adapter } = await host();
    server.host.failNext({ status: 429, headers: { 'retry-after': '1' }, body: 'Too Many Requests' }, 1, (r) => r.path.includes('BatchSave'));
    const delays: number[] = [];
    const result = await adapter.push(copiesOf('inspection', 3), { onRetry: (i) => void delays.push(i.delayMs) });
    expect(result.outcomes.map((o) => o.status)).toEqual(['created', 'created', 'created']);
    expect(delays).toEqual([1_000]);
    expect(server.host.count(`${KD_SERVICE.batchSave}.common.kdsvc`)).toBe(2);
  });

  it('gives each refused model its own outcome with the host’s field message', async () => {
    const { server, adapter } = await host();
    server.forms.get(FORMS['personnel-change'])!.fields.find((f) => f.key === 'F_O75_Position')!.maxLength = 4;
    const [short, long] = copiesOf('personnel-change', 2).map((r, i) => ({ ...r, position: i === 0 ? '经理' : '质量部副经理兼安全员' }) as AnyRecord);
    const result = await adapter.push([short!, long!]);
    expect(result.outcomes.map((o) => o.status)).toEqual(['created', 'failed']);
    const failed = result.outcomes[1]!;
    expect(failed.status === 'failed' && failed.error.zh).toContain('F_O75_Position');
  });

  it('updates a new revision in place (same FID) and leaves an older one alone', async () => {
    const { server, adapter } = await host();
    const record = sampleRecord('opinion');
    await adapter.push([record]);
    const fid = billOf(server, record).FID;
    const revised = { ...record, revision: 2, supersedes: { revision: 1, reason: '补充' }, remarks: '已补充' } as AnyRecord;
    expect((await adapter.push([revised])).outcomes[0]).toMatchObject({ status: 'updated', hostId: String(fid) });
    expect((await adapter.push([record])).outcomes[0]?.status).toBe('unchanged');
    expect(billOf(server, record).values.get('F_O75_Revision')).toBe(2);
  });
});

describe('kingdee: pull', () => {
  it('pages by StartRow/Limit and continues from the FModifyDate cursor (inclusive, so nothing is missed)', async () => {
    const { server } = await host();
    const adapter = createKingdeeAdapter({ baseUrl: server.baseUrl, acctId: KD_TEST.acctId, auth: PASSWORD_AUTH, forms: FORMS, fetch, pageSize: 50 });
    const records = copiesOf('weekly-report', 230);
    await adapter.push(records);
    const all = await adapter.pull(undefined, ['weekly-report']);
    expect(all.records.map((p) => p.record.id).sort()).toEqual(records.map((r) => r.id).sort());
    expect(server.host.count(`${KD_SERVICE.executeBillQuery}.common.kdsvc`)).toBeGreaterThanOrEqual(5);
    server.advanceClock(1_000);
    const changed = { ...records[9]!, revision: 2, supersedes: { revision: 1, reason: '更正' } } as AnyRecord;
    await adapter.push([changed]);
    const later = await adapter.pull(all.cursor, ['weekly-report']);
    const bills = [...server.forms.get(FORMS['weekly-report'])!.bills.values()];
    const atOrAfter = bills.filter((b) => b.FModifyDate >= all.cursor!).map((b) => b.values.get('F_O75_RecordId'));
    expect(later.records.map((p) => p.record.id).sort()).toEqual(atOrAfter.sort());
    expect(later.records.length).toBeLessThan(records.length);
    expect(later.records.find((p) => p.record.id === changed.id)?.record).toEqual(plain(changed));
    expect(later.cursor! > all.cursor!).toBe(true);
  });
});
