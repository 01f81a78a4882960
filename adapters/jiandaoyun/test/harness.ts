/**
 * Test set-up for the Jiandaoyun adapter: a simulated host whose forms are built from the adapter's own plan (as
 * a person would build them in the form designer), and the conformance suite's FaultControl over it.
 */
import type { Fault, FaultControl, HostRequest } from '@order75/adapter-kit/testing';
import type { ProvisioningPlan } from '@order75/adapter-kit';
import { RECORD_TYPES, type RecordType } from '@order75/schemas';
import { createJiandaoyunAdapter, type JiandaoyunAdapterOptions } from '../src/index';
import { JiandaoyunServer, type JiandaoyunServerOptions } from './server/jiandaoyunServer';

export const API_KEY = 'jdy-test-key-0f8fad5bd9cb469f';
export const APP_ID = 'app-o75';
export const FORMS = Object.fromEntries(RECORD_TYPES.map((t) => [t, `entry-${t}`])) as Record<RecordType, string>;

const WRITE_APIS = ['data/create', 'data/batch_create', 'data/update', 'data/batch_update'];
export const isWrite = (r: HostRequest) => WRITE_APIS.some((api) => r.path.endsWith(`/${api}`));

/** Builds every form the plan asks for, widget by widget, as its manual steps say. */
export function buildFormsByHand(server: JiandaoyunServer, plan: ProvisioningPlan): void {
  for (const object of plan.objects) {
    for (const step of object.steps) {
      if (step.kind !== 'manual') continue;
      const entryId = FORMS[object.recordType];
      server.addForm(APP_ID, entryId, object.hostObject, step.fields.map((f) => ({ alias: f.name, label: f.label.zh, type: f.hostType.replace(/\(.*$/, '') })));
    }
  }
}

/** The conformance suite's view of the simulated host. */
export function faultControl(server: JiandaoyunServer, stats: { writes: number; maxRecords: number }): FaultControl {
  const reply = (fault: Fault) => {
    switch (fault.kind) {
      case 'status':
        return fault.status === 429
          ? { status: 429, headers: fault.retryAfter ? { 'retry-after': fault.retryAfter } : undefined, body: { code: 8303, msg: '超出请求并发限制' } }
          : { status: fault.status, headers: fault.retryAfter ? { 'retry-after': fault.retryAfter } : undefined, body: `<html>${fault.status}</html>` };
      case 'timeout':
        return fault.afterApply ? 'slow' : 'stall';
      case 'network':
        return 'drop';
      default:
        return { status: 400, body: { code: 8304, msg: '超出接口请求频率限制，请 1 秒后重试' } };
    }
  };
  return {
    supports: ['status', 'timeout', 'network', 'transient', 'reject'],
    inject: (fault, times = 1) => server.host.failNext(reply(fault) as never, times, isWrite),
    reject: (ids) => {
      server.rejectIds.clear();
      for (const id of ids) server.rejectIds.add(id);
    },
    writeRequests: () => stats.writes,
    maxRecordsPerWrite: () => stats.maxRecords,
    hostRecordIds: async () =>
      server.allForms().flatMap((form) => {
        const idWidget = form.widgets.find((w) => w.alias === 'o75_record_id')!.widgetName;
        return [...form.records.values()].map((r) => String(r.values.get(idWidget)));
      }),
    reset: () => {
      stats.writes = 0;
      stats.maxRecords = 0;
      server.host.clearFaults();
    },
  };
}

/** A started server, an adapter over it with every form built, and the fault control. */
export async function setUp(options: { server?: JiandaoyunServerOptions; adapter?: Partial<JiandaoyunAdapterOptions> } = {}) {
  const stats = { writes: 0, maxRecords: 0 };
  const server = await JiandaoyunServer.start({
    apiKeys: [API_KEY],
    ...options.server,
    observe: (r) => {
      if (!isWrite(r)) return;
      stats.writes += 1;
      const body = JSON.parse(r.body.toString('utf8') || '{}') as { data_list?: unknown[]; data_ids?: unknown[] };
      stats.maxRecords = Math.max(stats.maxRecords, body.data_list?.length ?? body.data_ids?.length ?? 1);
    },
  });
  server.host.slowMs = 800;
  const adapter = createJiandaoyunAdapter({ apiKey: API_KEY, appId: APP_ID, forms: FORMS, baseUrl: server.baseUrl, fetch, timeoutMs: 400, retry: { retries: 4, baseDelayMs: 20 }, ...options.adapter });
  buildFormsByHand(server, await adapter.provision());
  const faults = faultControl(server, stats);
  faults.reset();
  server.host.resetCounts();
  return { server, adapter, faults, stats };
}
