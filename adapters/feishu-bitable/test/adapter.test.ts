import { copiesOf, sampleRecord, sampleRecords } from '@order75/adapter-kit/testing';
import type { AnyRecord } from '@order75/schemas';
import { afterEach, describe, expect, it } from 'vitest';
import { createFeishuBitableAdapter, shanghaiMidnight, tableFields, tableName, type AttachmentSource } from '../src/index';
import { APP_ID, APP_SECRET, APP_TOKEN, setUp } from './harness';
import type { FeishuServer } from './server/feishuServer';

const servers: FeishuServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function host(options: Parameters<typeof setUp>[0] = {}) {
  const h = await setUp({ ...options, server: { latencyMs: 2, ...options.server } });
  servers.push(h.server);
  return h;
}

/** The cells of the first row of a record type's table, by field name. */
function firstRow(server: FeishuServer, record: AnyRecord): Record<string, unknown> {
  const table = server.table(APP_TOKEN, tableName({ tableNames: {} }, record.recordType))!;
  const row = [...table.records.values()][0]!;
  return Object.fromEntries(table.fields.map((f) => [f.field_name, row.values.get(f.field_id)]));
}

describe('feishu-bitable: provisioning', () => {
  it('creates one table per record type with every field, o75_record_id primary, and changes nothing the second time', async () => {
    const { server, adapter } = await host();
    const first = await adapter.provision();
    expect(first.objects.every((o) => o.steps.length === 1 && o.steps[0]!.kind === 'api' && o.steps[0]!.changed)).toBe(true);
    const base = server.bases.get(APP_TOKEN)!;
    expect(base.tables).toHaveLength(17);
    const daily = server.table(APP_TOKEN, tableName({ tableNames: {} }, 'daily-check'))!;
    expect(daily.fields.map((f) => f.field_name)).toEqual(tableFields('daily-check').map((f) => f.name));
    expect(daily.fields[0]).toMatchObject({ field_name: 'o75_record_id', is_primary: true, type: 1 });
    expect(daily.fields.find((f) => f.field_name === '检查日期')).toMatchObject({ type: 5 });
    expect(daily.fields.find((f) => f.field_name === 'o75_attachments')).toMatchObject({ type: 17 });
    const second = await adapter.provision();
    expect(second.objects.flatMap((o) => o.steps).every((s) => s.kind === 'api' && !s.changed)).toBe(true);
  });

  it('adds a missing field, and leaves a field of the wrong type for a person (plan step and verify difference)', async () => {
    const { server, adapter } = await host();
    await adapter.provision(['incentive']);
    const table = server.table(APP_TOKEN, tableName({ tableNames: {} }, 'incentive'))!;
    table.fields = table.fields.filter((f) => f.field_name !== 'o75_hash');
    table.fields.find((f) => f.field_name === '日期')!.type = 1;
    const plan = await adapter.provision(['incentive']);
    const steps = plan.objects[0]!.steps;
    expect(steps.map((s) => s.kind)).toEqual(['api', 'manual']);
    expect(steps[0]!.action.en).toContain('o75_hash');
    expect(steps[1]!.action.zh).toContain('日期');
    expect((await adapter.verifyProvisioning(['incentive'])).map((d) => [d.field, d.problem])).toEqual([['日期', 'wrong-type']]);
  });
});

describe('feishu-bitable: values', () => {
  it('writes dates as Asia/Shanghai midnights, instants as their ms, people as text, booleans as checkboxes', async () => {
    const { server, adapter } = await host();
    await adapter.provision(['daily-check']);
    const record = sampleRecord('daily-check') as AnyRecord & { date: string; checkedAt: string; zeroRisk: boolean; inspector: { personId: string; name: string } };
    await adapter.push([record]);
    const row = firstRow(server, record);
    expect(row.检查日期).toBe(Date.parse(`${record.date}T00:00:00+08:00`));
    expect(shanghaiMidnight('2026-01-01')).toBe(Date.parse('2025-12-31T16:00:00Z'));
    expect(row.检查时间).toBe(Date.parse(record.checkedAt));
    expect(row.检查人).toBe(`${record.inspector.name}（${record.inspector.personId}）`);
    expect(row.零风险报告).toBe(record.zeroRisk);
    expect(JSON.parse(String(row.o75_raw))).toEqual(JSON.parse(JSON.stringify(record)));
  });

  it('uploads each attachment once as drive media and references its file token', async () => {
    const loads: string[] = [];
    const source: AttachmentSource = {
      load: async (hash) => {
        loads.push(hash);
        return { bytes: new TextEncoder().encode(`bytes of ${hash}`), name: 'scan.pdf' };
      },
    };
    const { server, adapter } = await host({ adapter: { attachments: source } });
    await adapter.provision(['personnel-change']);
    const [a, b] = copiesOf('personnel-change', 2);
    await adapter.push([a!]);
    await adapter.push([b!]);
    expect(loads).toHaveLength(1);
    expect(server.host.count('/medias/upload_all')).toBe(1);
    const media = [...server.bases.get(APP_TOKEN)!.media.values()];
    expect(media).toHaveLength(1);
    const row = firstRow(server, a!);
    expect(row.o75_attachments).toEqual([media[0]!.file_token]);
  });

  it('keeps attachments as hashes in o75_raw when no loader is given', async () => {
    const { server, adapter } = await host();
    await adapter.provision(['personnel-change']);
    const record = sampleRecord('personnel-change');
    await adapter.push([record]);
    const row = firstRow(server, record);
    expect(row.o75_attachments).toBeUndefined();
    expect(String(row.o75_raw)).toContain('sha256:');
    expect(server.host.count('/medias/upload_all')).toBe(0);
  });
});

describe('feishu-bitable: writing', () => {
  it('fetches a new tenant token when the host calls the old one invalid', async () => {
    const { server, adapter } = await host();
    await adapter.provision(['recall']);
    const before = server.tokenIssues;
    server.revokeTokens();
    const result = await adapter.push([sampleRecord('recall')]);
    expect(result.outcomes[0]?.status).toBe('created');
    expect(server.tokenIssues).toBe(before + 1);
  });

  it('retries write conflicts caused by another writer, with no duplicates', async () => {
    // The foreign writer below keeps the table busy without pause, so any one attempt may well collide; a
    // deployment next to such a writer raises the retry budget, as this does (four retries failed now and then).
    const { server, adapter, faults } = await host({ adapter: { retry: { retries: 30, baseDelayMs: 20 } } });
    await adapter.provision(['training']);
    const tableId = server.table(APP_TOKEN, tableName({ tableNames: {} }, 'training'))!.table_id;
    const token = ((await (await fetch(`${server.baseUrl}/open-apis/auth/v3/tenant_access_token/internal`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: APP_ID, app_secret: APP_SECRET }) })).json()) as { tenant_access_token: string }).tenant_access_token;
    let stop = false;
    const foreign = (async () => {
      while (!stop) {
        await fetch(`${server.baseUrl}/open-apis/bitable/v1/apps/${APP_TOKEN}/tables/${tableId}/records/batch_create`, {
          method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ records: [{ fields: { o75_record_id: 'someone-else' } }] }),
        });
      }
    })();
    const records = copiesOf('training', 1_200);
    const result = await adapter.push(records);
    stop = true;
    await foreign;
    expect(server.writeConflicts).toBeGreaterThan(0);
    expect(result.outcomes.every((o) => o.status === 'created')).toBe(true);
    const mine = (await faults.hostRecordIds()).filter((id) => id !== 'someone-else');
    expect(mine.sort()).toEqual(records.map((r) => r.id).sort());
  });

  it('serialises two adapters writing to one table in this process: no write conflicts at all', async () => {
    const { server, adapter } = await host();
    await adapter.provision(['training']);
    const other = createFeishuBitableAdapter({ appId: APP_ID, appSecret: APP_SECRET, appToken: APP_TOKEN, baseUrl: server.baseUrl, fetch });
    const [r1, r2] = await Promise.all([adapter.push(copiesOf('training', 700)), other.push(copiesOf('training', 700))]);
    expect([...r1.outcomes, ...r2.outcomes].every((o) => o.status === 'created')).toBe(true);
    expect(server.writeConflicts).toBe(0);
  });

  it('fails every record on a wrong app secret, not retryable, naming the fix and never the secret', async () => {
    const { server } = await host();
    const wrong = 'wrong-secret-9c1f2e';
    const adapter = createFeishuBitableAdapter({ appId: APP_ID, appSecret: wrong, appToken: APP_TOKEN, baseUrl: server.baseUrl, fetch, retry: { retries: 1, baseDelayMs: 5 } });
    const result = await adapter.push([sampleRecord('recall')]);
    expect(result.outcomes[0]).toMatchObject({ status: 'failed', retryable: false });
    expect(JSON.stringify(result)).toContain('App Secret');
    expect(JSON.stringify(result)).not.toContain(wrong);
  });

  it('pulls every record back and continues from the cursor (inclusive, so nothing is missed)', async () => {
    const { server, adapter } = await host();
    await adapter.provision();
    const records = sampleRecords();
    await adapter.push([...records, ...copiesOf('daily-check', 600)]);
    const all = await adapter.pull();
    expect(all.records).toHaveLength(records.length + 600);
    server.advanceClock(2_000);
    const changed = { ...records[4]!, revision: 2, supersedes: { revision: 1, reason: '更正' }, remarks: '已更正' } as AnyRecord;
    await adapter.push([changed]);
    const later = await adapter.pull(all.cursor);
    const atOrAfter = server.bases.get(APP_TOKEN)!.tables.flatMap((t) => {
      const id = t.fields.find((f) => f.field_name === 'o75_record_id')!.field_id;
      return [...t.records.values()].filter((r) => r.last_modified_time >= Number(all.cursor)).map((r) => r.values.get(id));
    });
    expect(later.records.map((p) => p.record.id).sort()).toEqual(atOrAfter.sort());
    expect(later.records.length).toBeLessThan(records.length);
    expect(later.records.find((p) => p.record.id === changed.id)?.record).toEqual(JSON.parse(JSON.stringify(changed)));
  });
});
