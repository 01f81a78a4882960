/**
 * Provisioning on Kingdee: custom bills are designed and published in the BOS designer (金蝶BOS设计器), so
 * `provision` returns, for each bill still missing or incomplete, a manual step with the header fields (key,
 * name, designer type, length). The WebAPI set in platforms.md has no metadata read, so `verifyProvisioning`
 * asks `ExecuteBillQuery` for every field key of the bill: a missing bill or field is refused by name. Field
 * types cannot be checked this way; the docs list that among the points to check on a real instance.
 */
import type { ProvisioningDifference, ProvisioningPlan, ProvisioningStep } from '@order75/adapter-kit';
import { recordShape } from '@order75/adapter-kit';
import type { RecordType } from '@order75/schemas';
import { responseStatus, SERVICE, type KingdeeClient } from './client';
import { billFields, provisioningFields } from './billFields';

export interface ProvisionContext {
  client: KingdeeClient;
  forms: Partial<Record<RecordType, string>>;
  prefix: string;
}

/** The bill's name as the plan suggests it. */
export function billName(recordType: RecordType): string {
  return `${recordShape(recordType).label.zh}（Order75 ${recordType}）`;
}

/** Runs a one-row query; returns the refusal message, or undefined when the keys are all known. */
async function probe(ctx: ProvisionContext, formId: string, keys: readonly string[]): Promise<string | undefined> {
  const data = await ctx.client.call(SERVICE.executeBillQuery, [JSON.stringify({ FormId: formId, FieldKeys: ['FID', ...keys].join(','), TopRowCount: 1, Limit: 1, StartRow: 0 })]);
  const status = responseStatus(data);
  if (status && status.IsSuccess === false) return status.Errors?.map((e) => e.Message).join('; ') || 'refused';
  return undefined;
}

export async function verifyBills(ctx: ProvisionContext, types: readonly RecordType[]): Promise<ProvisioningDifference[]> {
  const out: ProvisioningDifference[] = [];
  for (const recordType of types) {
    const formId = ctx.forms[recordType];
    if (!formId) {
      out.push({ recordType, hostObject: `(forms.${recordType})`, problem: 'missing-object', message: { zh: `未配置 forms['${recordType}']：请在 BOS 设计器中按计划新建单据，发布后把表单标识填入配置`, en: `forms['${recordType}'] is not configured: design the bill in the BOS designer following the plan, publish it, and put its form id in the configuration` } });
      continue;
    }
    const keys = billFields(recordType, ctx.prefix).map((f) => f.key);
    const refusal = await probe(ctx, formId, keys);
    if (refusal === undefined) continue;
    const billRefusal = await probe(ctx, formId, []);
    if (billRefusal !== undefined) {
      out.push({ recordType, hostObject: formId, problem: 'missing-object', message: { zh: `单据 ${formId} 不存在或未发布：${billRefusal}`, en: `bill ${formId} does not exist or is not published: ${billRefusal}` } });
      continue;
    }
    for (const f of billFields(recordType, ctx.prefix)) {
      if ((await probe(ctx, formId, [f.key])) !== undefined) {
        out.push({ recordType, hostObject: formId, field: f.key, problem: 'missing-field', message: { zh: `单据 ${formId} 缺少字段 ${f.key}（${f.label.zh}）`, en: `bill ${formId} lacks field ${f.key} (${f.label.en})` } });
      }
    }
  }
  return out;
}

export async function planBills(ctx: ProvisionContext, types: readonly RecordType[]): Promise<ProvisioningPlan> {
  const diffs = await verifyBills(ctx, types);
  const objects = types.map((recordType) => {
    const mine = diffs.filter((d) => d.recordType === recordType);
    const hostObject = ctx.forms[recordType] ?? billName(recordType);
    if (mine.length === 0) return { recordType, hostObject, steps: [] as ProvisioningStep[] };
    const missingBill = mine.some((d) => d.problem === 'missing-object');
    const action = missingBill
      ? {
          zh: `在 BOS 设计器中新建单据「${billName(recordType)}」，在单据头按下表添加字段（标识必须一致；${billFields(recordType, ctx.prefix)[0]!.key} 设为必录并做唯一性校验），保存并发布，再把单据的表单标识（FormId）填入配置 forms['${recordType}']`,
          en: `In the BOS designer, create the bill "${billName(recordType)}", add the header fields listed (keys must match; make ${billFields(recordType, ctx.prefix)[0]!.key} required and unique), save and publish it, then put its form id into forms['${recordType}']`,
        }
      : {
          zh: `在单据 ${hostObject} 的单据头补齐 ${mine.length} 个字段：${mine.map((d) => d.field).join('、')}，并重新发布`,
          en: `In bill ${hostObject}, add ${mine.length} header field(s): ${mine.map((d) => d.field).join(', ')}, and publish it again`,
        };
    return { recordType, hostObject, steps: [{ kind: 'manual', action, fields: provisioningFields(recordType, ctx.prefix) } as ProvisioningStep] };
  });
  return { adapter: 'kingdee', objects };
}
