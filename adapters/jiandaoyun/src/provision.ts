/**
 * Provisioning on Jiandaoyun: forms are built in the form designer (the v5 API has no form-definition write,
 * platforms.md § 6.1), so `provision` reads each configured form with `widget/list` and returns, for each form
 * that is missing or incomplete, a manual step with the widgets field by field (alias, label, type) and a CSV
 * to start the form from (「从 Excel 新建表单」). `verifyProvisioning` reports what still differs.
 */
import { recordShape, type ProvisioningDifference, type ProvisioningPlan, type ProvisioningStep } from '@order75/adapter-kit';
import type { RecordType } from '@order75/schemas';
import { JdyApiError, type JdyClient } from './client';
import { formFields, provisioningFields, type JdyWidgetType } from './formFields';

export interface ProvisionContext {
  client: JdyClient;
  appId: string;
  forms: Partial<Record<RecordType, string>>;
}

interface Widget {
  name: string;
  type: string;
}

/** Widget types that can stand in for the one the plan asks for. */
const COMPATIBLE: Readonly<Record<JdyWidgetType, readonly string[]>> = {
  text: ['text', 'textarea'],
  textarea: ['textarea'],
  number: ['number'],
  datetime: ['datetime'],
  radiogroup: ['radiogroup', 'combo'],
};

/** The form's name as the plan suggests it. */
export function formName(recordType: RecordType): string {
  return `${recordShape(recordType).label.zh}（Order75 ${recordType}）`;
}

async function widgetsOf(ctx: ProvisionContext, entryId: string): Promise<Widget[] | undefined> {
  try {
    const res = await ctx.client.call<{ widgets?: Widget[] }>('widget/list', { app_id: ctx.appId, entry_id: entryId });
    return res.widgets ?? [];
  } catch (error) {
    if (error instanceof JdyApiError && (error.code === 3000 || error.code === 2004)) return undefined;
    throw error;
  }
}

/** Differences between the plan and the forms as they are. */
export async function verifyForms(ctx: ProvisionContext, types: readonly RecordType[]): Promise<ProvisioningDifference[]> {
  const out: ProvisioningDifference[] = [];
  for (const recordType of types) {
    const entryId = ctx.forms[recordType];
    if (!entryId) {
      out.push({
        recordType, hostObject: `(forms.${recordType})`, problem: 'missing-object',
        message: { zh: `未配置 forms['${recordType}']：请按开通计划新建表单，并把表单的 entry_id 填入配置`, en: `forms['${recordType}'] is not configured: create the form following the plan and put its entry_id in the configuration` },
      });
      continue;
    }
    const widgets = await widgetsOf(ctx, entryId);
    if (!widgets) {
      out.push({ recordType, hostObject: entryId, problem: 'missing-object', message: { zh: `表单 ${entryId} 不存在，请核对 entry_id 或按计划新建表单`, en: `form ${entryId} does not exist; check the entry_id or create the form following the plan` } });
      continue;
    }
    for (const f of formFields(recordType)) {
      const w = widgets.find((x) => x.name === f.alias);
      if (!w) {
        out.push({ recordType, hostObject: entryId, field: f.alias, problem: 'missing-field', message: { zh: `缺少字段「${f.label.zh}」（别名 ${f.alias}，类型 ${f.type}）`, en: `missing widget "${f.label.en}" (alias ${f.alias}, type ${f.type})` } });
      } else if (!COMPATIBLE[f.type].includes(w.type)) {
        out.push({ recordType, hostObject: entryId, field: f.alias, problem: 'wrong-type', message: { zh: `字段 ${f.alias} 的类型是 ${w.type}，应为 ${f.type}`, en: `widget ${f.alias} is of type ${w.type}; it should be ${f.type}` } });
      }
    }
  }
  return out;
}

/** A CSV whose header row is the form's field labels, for 「从 Excel 新建表单」 (UTF-8 with BOM, as Excel writes it). */
export function formTemplate(recordType: RecordType): { fileName: string; mediaType: string; content: string } {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const header = formFields(recordType).map((f) => quote(f.label.zh)).join(',');
  return { fileName: `order75-${recordType}.csv`, mediaType: 'text/csv', content: `\uFEFF${header}\r\n` };
}

/** The plan: a manual step for each form that is missing or incomplete; nothing for forms already complete. */
export async function planForms(ctx: ProvisionContext, types: readonly RecordType[]): Promise<ProvisioningPlan> {
  const diffs = await verifyForms(ctx, types);
  const objects = types.map((recordType) => {
    const mine = diffs.filter((d) => d.recordType === recordType);
    const hostObject = ctx.forms[recordType] ?? formName(recordType);
    if (mine.length === 0) return { recordType, hostObject, steps: [] as ProvisioningStep[] };
    const missingForm = mine.some((d) => d.problem === 'missing-object');
    const action = missingForm
      ? {
          zh: `在简道云应用中新建表单「${formName(recordType)}」（可用附带的 CSV「从 Excel 新建表单」），按下表逐个设置字段类型和字段别名（别名必须一致），保存后把表单的 entry_id 填入配置 forms['${recordType}']`,
          en: `In the Jiandaoyun app, create the form "${formName(recordType)}" (the attached CSV can start it through "create form from Excel"), set each widget's type and alias as listed (aliases must match exactly), then put the form's entry_id into forms['${recordType}']`,
        }
      : {
          zh: `在表单 ${hostObject} 中补齐或改正 ${mine.length} 个字段：${mine.map((d) => d.field).join('、')}（见下表，别名必须一致）`,
          en: `In form ${hostObject}, add or correct ${mine.length} widget(s): ${mine.map((d) => d.field).join(', ')} (see the list; aliases must match exactly)`,
        };
    const step: ProvisioningStep = { kind: 'manual', action, fields: provisioningFields(recordType), ...(missingForm ? { template: formTemplate(recordType) } : {}) };
    return { recordType, hostObject, steps: [step] };
  });
  return { adapter: 'jiandaoyun', objects };
}
