import { afterEach, describe, expect, it } from 'vitest';
import { AdapterConfigError, type RecordAdapter } from '@order75/adapter-kit';
import { ODD_TEXT, plain, sampleRecord, sampleRecords } from '@order75/adapter-kit/testing';
import type { DailyCheck } from '@order75/schemas';
import { createSqlAdapter } from '../src/index';
import { mariadbHost, postgresHost } from './harness';

type Host = Awaited<ReturnType<typeof postgresHost>> | Awaited<ReturnType<typeof mariadbHost>>;

/** Reads rows with a plain query through the host's own pool. */
async function rows(host: Host, sql: (t: (name: string) => string) => string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  if ('schema' in host) return (await host.pool.query(sql((n) => `"${host.schema}"."o75_${n}"`), params)).rows;
  const [r] = await host.pool.query(sql((n) => `\`${host.prefix}${n}\``), params);
  return r as Record<string, unknown>[];
}

const hosts = [
  ['PostgreSQL', () => postgresHost(), '$1'],
  ['MariaDB', () => mariadbHost(), '?'],
] as const;

describe.each(hosts)('SQL staging tables on %s', (_name, makeHost, p1) => {
  let host: Host | undefined;
  afterEach(async () => {
    await host?.cleanup();
    host = undefined;
  });

  it('keeps quotes, SQL fragments, emoji and odd text unchanged in flat columns, child rows and raw JSON', async () => {
    host = await makeHost();
    const a: RecordAdapter = host.adapter;
    await a.provision();
    const records = sampleRecords();
    await a.push(records);
    for (const r of records) {
      const [row] = await rows(host, (t) => `SELECT o75_remarks, raw_json FROM ${t(r.recordType.replace(/-/g, '_'))} WHERE record_id = ${p1}`, [r.id]);
      expect(row?.o75_remarks).toBe(r.remarks);
      expect(String(r.remarks)).toContain(ODD_TEXT);
      const raw = typeof row?.raw_json === 'string' ? JSON.parse(row.raw_json) : row?.raw_json;
      expect(raw).toEqual(plain(r));
    }
    const check = sampleRecord('daily-check');
    const items = await rows(host, (t) => `SELECT position, o75_note, o75_hazard_id, o75_finding FROM ${t('daily_check__items')} WHERE parent_id = ${p1} ORDER BY position`, [check.id]);
    expect(items.map((i) => [Number(i.position), i.o75_note ?? null, i.o75_hazard_id ?? null, i.o75_finding ?? null])).toEqual(
      check.items.map((i, n) => [n, i.note ?? null, i.hazardId ?? null, i.finding ?? null]),
    );
    expect(await a.verifyProvisioning()).toEqual([]);
  });

  it('updates a record whose revision stays but gains a signature, and replaces its child rows', async () => {
    host = await makeHost();
    await host.adapter.provision();
    const check = sampleRecord('daily-check');
    await host.adapter.push([check]);
    const signed: DailyCheck = {
      ...check,
      items: check.items.slice(0, 1),
      signatures: [{ slot: 0, role: 'officer', personId: 'E-020', name: '赵六', signedAt: '2026-11-27T18:00:00+08:00', contentHash: `sha256:${'cd'.repeat(32)}`, method: 'paper', attachment: { hash: `sha256:${'ef'.repeat(32)}`, mediaType: 'image/png' } }],
    };
    const result = await host.adapter.push([signed]);
    expect(result.outcomes.map((o) => o.status)).toEqual(['updated']);
    const items = await rows(host, (t) => `SELECT position FROM ${t('daily_check__items')} WHERE parent_id = ${p1}`, [check.id]);
    expect(items).toHaveLength(1);
    const sigs = await rows(host, (t) => `SELECT o75_person_id, o75_method FROM ${t('daily_check__signatures')} WHERE parent_id = ${p1}`, [check.id]);
    expect(sigs).toEqual([{ o75_person_id: 'E-020', o75_method: 'paper' }]);
  });

  it('verify reports a dropped column and provision adds it back', async () => {
    host = await makeHost();
    await host.adapter.provision();
    await rows(host, (t) => `ALTER TABLE ${t('incentive')} DROP COLUMN o75_reason`);
    const diff = await host.adapter.verifyProvisioning(['incentive']);
    expect(diff.map((d) => [d.hostObject.endsWith('incentive'), d.field, d.problem])).toEqual([[true, 'o75_reason', 'missing-field']]);
    const plan = await host.adapter.provision(['incentive']);
    expect(plan.objects[0]?.steps.some((s) => s.kind === 'api' && s.changed)).toBe(true);
    expect(await host.adapter.verifyProvisioning()).toEqual([]);
  });
});

describe('createSqlAdapter options', () => {
  it.each([
    [{ tablePrefix: 'x; DROP TABLE y; --' }, 'tablePrefix'],
    [{ schema: 'a"b' }, 'schema'],
    [{ dialect: 'oracle' }, 'dialect'],
  ])('rejects %j with an AdapterConfigError naming %s', (extra, field) => {
    const make = () => createSqlAdapter({ dialect: 'postgres', url: 'postgres://u:pw-secret@127.0.0.1/x', ...extra } as never);
    expect(make).toThrow(AdapterConfigError);
    try {
      make();
    } catch (e) {
      expect((e as AdapterConfigError).field).toBe(field);
      expect((e as Error).message).not.toContain('pw-secret');
    }
  });

  it('in manual mode returns the DDL as a template and field lists without touching a database', async () => {
    const adapter = createSqlAdapter({ dialect: 'mssql', ddl: 'manual' });
    const plan = await adapter.provision();
    expect(plan.common?.[0]).toMatchObject({ kind: 'manual', template: { fileName: 'order75-staging.mssql.sql', mediaType: 'application/sql' } });
    const daily = plan.objects.find((o) => o.recordType === 'daily-check');
    expect(daily?.steps).toHaveLength(3);
    const step = daily?.steps[0];
    expect(step?.kind === 'manual' && step.fields.find((f) => f.name === 'o75_zero_risk')).toMatchObject({ hostType: 'BIT', source: '/zeroRisk' });
    expect(adapter.describe().provisioning).toBe('manual');
  });

  it('needs a client for SQL Server', async () => {
    const adapter = createSqlAdapter({ dialect: 'mssql', url: 'mssql://sa:pw@localhost/db' });
    await expect(adapter.verifyProvisioning()).rejects.toBeInstanceOf(AdapterConfigError);
  });
});
