import { copiesOf, sampleRecord } from '@order75/adapter-kit/testing';
import type { AdapterEvents } from '@order75/adapter-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { createJiandaoyunAdapter, formFields } from '../src/index';
import { API_KEY, APP_ID, buildFormsByHand, FORMS, setUp } from './harness';
import { JiandaoyunServer } from './server/jiandaoyunServer';

const servers: JiandaoyunServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function emptyHost() {
  const server = await JiandaoyunServer.start({ apiKeys: [API_KEY], latencyMs: 2 });
  servers.push(server);
  const adapter = createJiandaoyunAdapter({ apiKey: API_KEY, appId: APP_ID, forms: FORMS, baseUrl: server.baseUrl, fetch, retry: { retries: 2, baseDelayMs: 10 } });
  return { server, adapter };
}

const values = (server: JiandaoyunServer, entryId: string) => {
  const form = server.form(APP_ID, entryId)!;
  const byAlias = (alias: string) => form.widgets.find((w) => w.alias === alias)!.widgetName;
  return [...form.records.values()].map((r) => (alias: string) => r.values.get(byAlias(alias)));
};

describe('jiandaoyun: provisioning', () => {
  it('plans every missing form field by field, with a CSV to start from, and nothing once the forms are built', async () => {
    const { server, adapter } = await emptyHost();
    const plan = await adapter.provision();
    expect(plan.objects).toHaveLength(17);
    const daily = plan.objects.find((o) => o.recordType === 'daily-check')!;
    const step = daily.steps[0]!;
    expect(step.kind).toBe('manual');
    if (step.kind !== 'manual') return;
    expect(step.fields.slice(0, 4).map((f) => [f.name, f.hostType])).toEqual([['o75_record_id', 'text'], ['o75_revision', 'number'], ['o75_hash', 'text'], ['o75_raw', 'textarea']]);
    expect(step.fields.find((f) => f.name === 'o75_date')).toMatchObject({ hostType: 'datetime', source: '/date' });
    expect(step.fields.find((f) => f.name === 'o75_zero_risk')?.hostType).toBe('radiogroup(是/否)');
    expect(step.template?.content.startsWith('\uFEFF记录编号,修订版,内容校验值,')).toBe(true);
    expect((await adapter.verifyProvisioning(['daily-check']))[0]).toMatchObject({ problem: 'missing-object', hostObject: FORMS['daily-check'] });

    buildFormsByHand(server, plan);
    expect(await adapter.verifyProvisioning()).toEqual([]);
    expect((await adapter.provision()).objects.every((o) => o.steps.length === 0)).toBe(true);
  });

  it('reports a missing widget and a widget of the wrong type, and plans only the fix', async () => {
    const { server, adapter } = await emptyHost();
    const fields = formFields('incentive').filter((f) => f.alias !== 'o75_reason').map((f) => ({ alias: f.alias, label: f.label.zh, type: f.alias === 'o75_date' ? 'text' : f.type }));
    server.addForm(APP_ID, FORMS.incentive, '激励约束', fields);
    const diffs = await adapter.verifyProvisioning(['incentive']);
    expect(diffs.map((d) => [d.field, d.problem])).toEqual([['o75_date', 'wrong-type'], ['o75_reason', 'missing-field']]);
    const step = (await adapter.provision(['incentive'])).objects[0]!.steps[0]!;
    expect(step.action.en).toContain('o75_date, o75_reason');
    expect(step.kind === 'manual' && step.template).toBeFalsy();
  });
});

describe('jiandaoyun: push', () => {
  it('writes dates as company-zone midnight and booleans as 是/否, and keeps the whole record in o75_raw', async () => {
    const { server, adapter } = await setUp({ server: { latencyMs: 2 } });
    servers.push(server);
    const record = sampleRecord('daily-check');
    expect((await adapter.push([record])).outcomes[0]?.status).toBe('created');
    const [row] = values(server, FORMS['daily-check']);
    expect(row!('o75_date')).toBe(`${new Date(Date.parse(`${(record as { date: string }).date}T00:00:00+08:00`)).toISOString()}`);
    expect(row!('o75_zero_risk')).toBe((record as { zeroRisk: boolean }).zeroRisk ? '是' : '否');
    expect(JSON.parse(String(row!('o75_raw')))).toEqual(JSON.parse(JSON.stringify(record)));
  });

  it('counts a batch the host committed before the connection dropped as created, once (17026 on the retry)', async () => {
    const { server, adapter, faults } = await setUp({ server: { latencyMs: 2 } });
    servers.push(server);
    server.host.failNext('drop-after', 1, (r) => r.path.endsWith('/data/batch_create'));
    const records = copiesOf('training', 30);
    const result = await adapter.push(records);
    expect(result.outcomes.every((o) => o.status === 'created')).toBe(true);
    expect(server.host.count('/data/batch_create')).toBe(2);
    expect((await faults.hostRecordIds()).sort()).toEqual(records.map((r) => r.id).sort());
    expect(result.outcomes.filter((o) => o.status === 'created' && o.hostId).length).toBe(30);
  });

  it('waits and retries when the host answers 8304, and keeps under the limit by itself when pacing is on', async () => {
    const retried = async (pacing: boolean) => {
      const { server, adapter } = await setUp({ server: { latencyMs: 2 }, adapter: { batchSize: 1, pacing } });
      servers.push(server);
      const reasons: string[] = [];
      const events: AdapterEvents = { onRetry: (i) => reasons.push(i.reason) };
      const result = await adapter.push(copiesOf('incentive', 14), events);
      expect(result.outcomes.every((o) => o.status === 'created')).toBe(true);
      return reasons.filter((r) => r === 'HTTP 400').length;
    };
    expect(await retried(false)).toBeGreaterThan(0);
    expect(await retried(true)).toBe(0);
  });

  it('fails records of an unconfigured type, and a form that lacks the adapter widgets, without writing', async () => {
    const { server, adapter } = await setUp({ server: { latencyMs: 2 }, adapter: { forms: { incentive: FORMS.incentive, recall: FORMS.recall } } });
    servers.push(server);
    server.form(APP_ID, FORMS.recall)!.widgets = server.form(APP_ID, FORMS.recall)!.widgets.filter((w) => w.alias !== 'o75_record_id');
    const result = await adapter.push([sampleRecord('daily-check'), sampleRecord('recall'), sampleRecord('incentive')]);
    expect(result.outcomes.map((o) => o.status)).toEqual(['failed', 'failed', 'created']);
    const [daily, recall] = result.outcomes;
    expect(daily?.status === 'failed' && daily.error.en).toContain("forms['daily-check']");
    expect(recall?.status === 'failed' && recall.error.en).toContain('o75_record_id');
    expect(server.form(APP_ID, FORMS.recall)!.records.size).toBe(0);
  });

  it('fails every record on a wrong API key, not retryable, naming where to fix it and never the key', async () => {
    const { server } = await setUp({ server: { latencyMs: 2 } });
    servers.push(server);
    const wrong = 'jdy-wrong-key-3f2a9c';
    const adapter = createJiandaoyunAdapter({ apiKey: wrong, appId: APP_ID, forms: FORMS, baseUrl: server.baseUrl, fetch });
    const result = await adapter.push([sampleRecord('incentive')]);
    const outcome = result.outcomes[0]!;
    expect(outcome).toMatchObject({ status: 'failed', retryable: false });
    expect(JSON.stringify(outcome)).toContain('密钥管理');
    expect(JSON.stringify(outcome)).not.toContain(wrong);
  });
});

describe('jiandaoyun: pull', () => {
  it('reads every page, skips rows made by hand, and continues from the cursor (inclusive, so nothing is missed)', async () => {
    const { server, adapter } = await setUp({ server: { latencyMs: 2 } });
    servers.push(server);
    const records = copiesOf('weekly-report', 230);
    await adapter.push(records);
    const form = server.form(APP_ID, FORMS['weekly-report'])!;
    form.records.set('zzzz', { _id: 'zzzz', createTime: '', updateTime: new Date().toISOString(), values: new Map() });
    const all = await adapter.pull(undefined, ['weekly-report']);
    expect(all.records.map((p) => p.record.id).sort()).toEqual(records.map((r) => r.id).sort());
    server.advanceClock(5_000);
    const changed = { ...records[7]!, revision: 2, supersedes: { revision: 1, reason: '更正' } };
    await adapter.push([changed]);
    const later = await adapter.pull(all.cursor, ['weekly-report']);
    const idWidget = form.widgets.find((w) => w.alias === 'o75_record_id')!.widgetName;
    const atOrAfter = [...form.records.values()].filter((r) => r.values.has(idWidget) && r.updateTime >= all.cursor!).map((r) => r.values.get(idWidget));
    expect(later.records.map((p) => p.record.id).sort()).toEqual(atOrAfter.sort());
    expect(later.records.map((p) => p.record.id)).toContain(changed.id);
    expect(later.records.length).toBeLessThan(records.length);
  });
});
