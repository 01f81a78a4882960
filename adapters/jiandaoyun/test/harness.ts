/**
 * Test set-up for the Jiandaoyun adapter: a simulated host whose forms are built from the adapter's own plan (as
 * a person would build them in the form designer), and the conformance suite's FaultControl over it.
 */
import { simulatedFaultControl, writeCounter, type FaultControl, type HostRequest, type WriteCounter } from '@order75/adapter-kit/testing';
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

/** The conformance suite's view of the simulated host: Jiandaoyun's 429 (8303) and rate code 8304 as the transient failure. */
export function faultControl(server: JiandaoyunServer, writes: WriteCounter): FaultControl {
  return simulatedFaultControl({
    host: server.host,
    isWrite,
    writes,
    statusReply: (status) => (status === 429 ? { status, body: { code: 8303, msg: '超出请求并发限制' } } : { status, body: `<html>${status}</html>` }),
    transientReply: { status: 400, body: { code: 8304, msg: '超出接口请求频率限制，请 1 秒后重试' } },
    rejected: server.rejectIds,
    hostRecordIds: () =>
      server.allForms().flatMap((form) => {
        const idWidget = form.widgets.find((w) => w.alias === 'o75_record_id')!.widgetName;
        return [...form.records.values()].map((r) => String(r.values.get(idWidget)));
      }),
  });
}

/** A started server, an adapter over it with every form built, and the fault control. */
export async function setUp(options: { server?: JiandaoyunServerOptions; adapter?: Partial<JiandaoyunAdapterOptions> } = {}) {
  const writes = writeCounter(isWrite, (body) => (body.data_list as unknown[] | undefined)?.length ?? (body.data_ids as unknown[] | undefined)?.length ?? 1);
  const server = await JiandaoyunServer.start({ apiKeys: [API_KEY], ...options.server, observe: writes.observe });
  server.host.slowMs = 800;
  const adapter = createJiandaoyunAdapter({ apiKey: API_KEY, appId: APP_ID, forms: FORMS, baseUrl: server.baseUrl, fetch, timeoutMs: 400, retry: { retries: 4, baseDelayMs: 20 }, ...options.adapter });
  buildFormsByHand(server, await adapter.provision());
  const faults = faultControl(server, writes);
  faults.reset();
  server.host.resetCounts();
  return { server, adapter, faults, writes };
}
