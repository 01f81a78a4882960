/**
 * Test set-up for the Kingdee adapter: a simulated K/3 Cloud whose bills are designed from the adapter's own
 * plan (as a developer would in the BOS designer), and the conformance suite's FaultControl over it.
 */
import { simulatedFaultControl, writeCounter, type FaultControl, type HostRequest, type WriteCounter } from '@order75/adapter-kit/testing';
import type { ProvisioningPlan } from '@order75/adapter-kit';
import { RECORD_TYPES, type RecordType } from '@order75/schemas';
import { createKingdeeAdapter, type KingdeeAdapterOptions } from '../src/index';
import type { KdField } from './server/kingdeeBills';
import { KD_SERVICE, KD_TEST, KingdeeServer, type KingdeeServerOptions } from './server/kingdeeServer';

export const FORMS = Object.fromEntries(RECORD_TYPES.map((t) => [t, `O75_${t.replace(/-/g, '_').toUpperCase()}`])) as Record<RecordType, string>;
export const PASSWORD_AUTH = { kind: 'password', userName: KD_TEST.userName, password: KD_TEST.password } as const;
export const SIGNED_AUTH = { kind: 'signed', appId: KD_TEST.appId, appSecret: KD_TEST.appSecret, userName: KD_TEST.userName } as const;

export const isWrite = (r: HostRequest) => r.path.endsWith(`${KD_SERVICE.batchSave}.common.kdsvc`) || r.path.endsWith(`${KD_SERVICE.save}.common.kdsvc`);

const TYPES: [RegExp, KdField['type']][] = [
  [/^文本/, 'text'], [/^多行文本|^大文本/, 'textarea'], [/^整数/, 'integer'], [/^小数/, 'decimal'], [/^日期时间/, 'datetime'], [/^日期/, 'date'], [/^复选框/, 'checkbox'],
];

/** Designs and publishes every bill the plan asks for, field by field, as its manual steps say. */
export function buildBillsByHand(server: KingdeeServer, plan: ProvisioningPlan): void {
  for (const object of plan.objects) {
    for (const step of object.steps) {
      if (step.kind !== 'manual') continue;
      const fields = step.fields.map((f): KdField => {
        const type = TYPES.find(([re]) => re.test(f.hostType))?.[1];
        if (!type) throw new Error(`the plan names a designer type this test does not know: ${f.hostType}`);
        const length = /\((\d+)\)$/.exec(f.hostType)?.[1];
        return { key: f.name, name: f.label.zh, type, ...(length ? { maxLength: Number(length) } : {}), required: f.required };
      });
      server.addForm(FORMS[object.recordType], object.hostObject, fields);
    }
  }
}

/** The conformance suite's view of the simulated host: IIS-style 429 and 5xx pages, and a lost session (`MsgCode` 1) as the transient failure. */
export function faultControl(server: KingdeeServer, writes: WriteCounter, rejected: Set<string>): FaultControl {
  return simulatedFaultControl({
    host: server.host,
    isWrite,
    writes,
    statusReply: (status) => ({ status, body: status === 429 ? 'Too Many Requests' : '<html>Server Error</html>' }),
    transientReply: { status: 200, body: { Result: { ResponseStatus: { ErrorCode: 500, IsSuccess: false, Errors: [{ FieldName: null, Message: '会话信息已丢失，请重新登录', DIndex: 0 }], SuccessEntitys: [], SuccessMessages: [], MsgCode: 1 } } } },
    rejected,
    hostRecordIds: () => [...server.forms.values()].flatMap((f) => [...f.bills.values()].map((b) => String(b.values.get('F_O75_RecordId')))),
  });
}

/** `BatchSave`/`Save` bodies carry the models as a JSON string in `parameters[1]`. */
function modelsIn(body: Record<string, unknown>): number {
  const data = JSON.parse(String((body.parameters as unknown[] | undefined)?.[1] ?? '{}')) as { Model?: unknown };
  return Array.isArray(data.Model) ? data.Model.length : 1;
}

/** A started server, an adapter over it with every bill designed, and the fault control. */
export async function setUp(options: { server?: KingdeeServerOptions; adapter?: Partial<KingdeeAdapterOptions> } = {}) {
  const writes = writeCounter(isWrite, modelsIn);
  const rejected = new Set<string>();
  const server = await KingdeeServer.start({ ...options.server, observe: writes.observe });
  server.refuse = (model) => (rejected.has(String(model.F_O75_RecordId)) ? '保存校验未通过：该记录被业务规则拒绝' : undefined);
  server.host.slowMs = 800;
  const adapter = createKingdeeAdapter({ baseUrl: server.baseUrl, acctId: KD_TEST.acctId, auth: PASSWORD_AUTH, forms: FORMS, fetch, timeoutMs: 400, retry: { retries: 4, baseDelayMs: 20 }, ...options.adapter });
  buildBillsByHand(server, await adapter.provision());
  const faults = faultControl(server, writes, rejected);
  faults.reset();
  server.host.resetCounts();
  return { server, adapter, faults, writes };
}
