/**
 * Test set-up for the Feishu Bitable adapter: a simulated host with one empty base the app may edit, an adapter
 * over it, and the conformance suite's FaultControl.
 */
import { simulatedFaultControl, writeCounter, type FaultControl, type HostRequest, type WriteCounter } from '@order75/adapter-kit/testing';
import { createFeishuBitableAdapter, type FeishuBitableAdapterOptions } from '../src/index';
import { FeishuServer, type FeishuServerOptions } from './server/feishuServer';

export const APP_ID = 'cli_o75test';
export const APP_SECRET = 'secret-o75-7d1e3a9b';
export const APP_TOKEN = 'bascnO75TestBase';

export const isWrite = (r: HostRequest) => /\/records(\/batch_(create|update))?$/.test(r.path) && r.method === 'POST';

/** The conformance suite's view of the simulated host: Feishu's 429 (99991400, `x-ogw-ratelimit-*`) and the write conflict 1254291 as the transient failure. */
export function faultControl(server: FeishuServer, writes: WriteCounter, rejected: Set<string>): FaultControl {
  return simulatedFaultControl({
    host: server.host,
    isWrite,
    writes,
    statusReply: (status) =>
      status === 429
        ? { status, headers: { 'x-ogw-ratelimit-limit': '50', 'x-ogw-ratelimit-reset': '0' }, body: { code: 99991400, msg: 'request trigger frequency limit' } }
        : { status, body: 'upstream error' },
    transientReply: { status: 200, body: { code: 1254291, msg: 'Write conflict' } },
    rejected,
    hostRecordIds: () =>
      [...server.bases.values()].flatMap((base) =>
        base.tables.flatMap((t) => {
          const idField = t.fields.find((f) => f.field_name === 'o75_record_id')!.field_id;
          return [...t.records.values()].map((r) => String(r.values.get(idField)));
        }),
      ),
  });
}

/** A started server with an empty base, an adapter over it, and the fault control. Provisioning is left to the test. */
export async function setUp(options: { server?: FeishuServerOptions; adapter?: Partial<FeishuBitableAdapterOptions> } = {}) {
  const writes = writeCounter(isWrite, (body) => (body.records as unknown[] | undefined)?.length ?? 1);
  const rejected = new Set<string>();
  const server = await FeishuServer.start({ apps: [{ appId: APP_ID, appSecret: APP_SECRET }], ...options.server, observe: writes.observe });
  server.refuse = (fields) => rejected.has(String(fields.o75_record_id));
  server.createBase(APP_TOKEN);
  server.host.slowMs = 800;
  const adapter = createFeishuBitableAdapter({ appId: APP_ID, appSecret: APP_SECRET, appToken: APP_TOKEN, baseUrl: server.baseUrl, fetch, timeoutMs: 400, retry: { retries: 4, baseDelayMs: 20 }, ...options.adapter });
  const faults = faultControl(server, writes, rejected);
  return { server, adapter, faults, writes };
}
