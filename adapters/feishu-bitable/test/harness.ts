/**
 * Test set-up for the Feishu Bitable adapter: a simulated host with one empty base the app may edit, an adapter
 * over it, and the conformance suite's FaultControl.
 */
import type { Fault, FaultControl, HostRequest } from '@order75/adapter-kit/testing';
import { createFeishuBitableAdapter, type FeishuBitableAdapterOptions } from '../src/index';
import { FeishuServer, type FeishuServerOptions } from './server/feishuServer';

export const APP_ID = 'cli_o75test';
export const APP_SECRET = 'secret-o75-7d1e3a9b';
export const APP_TOKEN = 'bascnO75TestBase';

export const isWrite = (r: HostRequest) => /\/records(\/batch_(create|update))?$/.test(r.path) && r.method === 'POST';

export function faultControl(server: FeishuServer, stats: { writes: number; maxRecords: number }, rejected: Set<string>): FaultControl {
  const reply = (fault: Fault) => {
    switch (fault.kind) {
      case 'status':
        return fault.status === 429
          ? { status: 429, headers: { 'x-ogw-ratelimit-limit': '50', 'x-ogw-ratelimit-reset': '0', ...(fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}) }, body: { code: 99991400, msg: 'request trigger frequency limit' } }
          : { status: fault.status, headers: fault.retryAfter ? { 'retry-after': fault.retryAfter } : undefined, body: 'upstream error' };
      case 'timeout':
        return fault.afterApply ? 'slow' : 'stall';
      case 'network':
        return 'drop';
      default:
        return { status: 200, body: { code: 1254291, msg: 'Write conflict' } };
    }
  };
  return {
    supports: ['status', 'timeout', 'network', 'transient', 'reject'],
    inject: (fault, times = 1) => server.host.failNext(reply(fault) as never, times, isWrite),
    reject: (ids) => {
      rejected.clear();
      for (const id of ids) rejected.add(id);
    },
    writeRequests: () => stats.writes,
    maxRecordsPerWrite: () => stats.maxRecords,
    hostRecordIds: async () =>
      [...server.bases.values()].flatMap((base) =>
        base.tables.flatMap((t) => {
          const idField = t.fields.find((f) => f.field_name === 'o75_record_id')!.field_id;
          return [...t.records.values()].map((r) => String(r.values.get(idField)));
        }),
      ),
    reset: () => {
      stats.writes = 0;
      stats.maxRecords = 0;
      server.host.clearFaults();
    },
  };
}

/** A started server with an empty base, an adapter over it, and the fault control. Provisioning is left to the test. */
export async function setUp(options: { server?: FeishuServerOptions; adapter?: Partial<FeishuBitableAdapterOptions> } = {}) {
  const stats = { writes: 0, maxRecords: 0 };
  const rejected = new Set<string>();
  const server = await FeishuServer.start({
    apps: [{ appId: APP_ID, appSecret: APP_SECRET }],
    ...options.server,
    observe: (r) => {
      if (!isWrite(r)) return;
      stats.writes += 1;
      const body = JSON.parse(r.body.toString('utf8') || '{}') as { records?: unknown[] };
      stats.maxRecords = Math.max(stats.maxRecords, body.records?.length ?? 1);
    },
  });
  server.refuse = (fields) => rejected.has(String(fields.o75_record_id));
  server.createBase(APP_TOKEN);
  server.host.slowMs = 800;
  const adapter = createFeishuBitableAdapter({ appId: APP_ID, appSecret: APP_SECRET, appToken: APP_TOKEN, baseUrl: server.baseUrl, fetch, timeoutMs: 400, retry: { retries: 4, baseDelayMs: 20 }, ...options.adapter });
  const faults = faultControl(server, stats, rejected);
  return { server, adapter, faults, stats };
}
