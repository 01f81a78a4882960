/**
 * Provisioning on Feishu Bitable is automatic: one table per record type in the configured base, created with
 * all its fields in one call, and fields added one by one to a table that lacks some. Running it again changes
 * nothing. A field of the wrong type is not changed (that would destroy its data); it becomes a manual step and
 * a difference in `verifyProvisioning`.
 */
import { recordShape, type ProvisioningDifference, type ProvisioningPlan, type ProvisioningStep } from '@order75/adapter-kit';
import type { RecordType } from '@order75/schemas';
import type { FeishuClient } from './client';
import { provisioningFields, tableFields } from './tableFields';

export interface TablesContext {
  client: FeishuClient;
  appToken: string;
  tableNames: Partial<Record<RecordType, string>>;
  /** Table ids found so far, by record type. */
  tableIds: Map<RecordType, string>;
}

interface HostField {
  field_id: string;
  field_name: string;
  type: number;
}

/** The table name of a record type: configured, or its Chinese title (without 《》 or slashes) with the type. */
export function tableName(ctx: Pick<TablesContext, 'tableNames'>, recordType: RecordType): string {
  const title = recordShape(recordType).label.zh.replace(/[《》]/g, '').replace(/\s*\/\s*/g, '、');
  return ctx.tableNames[recordType] ?? `${title}（${recordType}）`;
}

const tablesPath = (ctx: TablesContext) => `open-apis/bitable/v1/apps/${ctx.appToken}/tables`;

/** Every table of the base, by name. */
export async function listTables(ctx: TablesContext): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let pageToken: string | undefined;
  do {
    const data = await ctx.client.call<{ items?: { table_id: string; name: string }[]; has_more?: boolean; page_token?: string }>('list', { method: 'GET', path: tablesPath(ctx), query: { page_size: 100, page_token: pageToken } });
    for (const t of data.items ?? []) out.set(t.name, t.table_id);
    pageToken = data.has_more ? data.page_token : undefined;
  } while (pageToken);
  return out;
}

async function listFields(ctx: TablesContext, tableId: string): Promise<HostField[]> {
  const out: HostField[] = [];
  let pageToken: string | undefined;
  do {
    const data = await ctx.client.call<{ items?: HostField[]; has_more?: boolean; page_token?: string }>('list', { method: 'GET', path: `${tablesPath(ctx)}/${tableId}/fields`, query: { page_size: 100, page_token: pageToken } });
    out.push(...(data.items ?? []));
    pageToken = data.has_more ? data.page_token : undefined;
  } while (pageToken);
  return out;
}

/** The table id of a record type, looked up once; undefined when the table does not exist. */
export async function tableIdOf(ctx: TablesContext, recordType: RecordType): Promise<string | undefined> {
  const known = ctx.tableIds.get(recordType);
  if (known) return known;
  const id = (await listTables(ctx)).get(tableName(ctx, recordType));
  if (id) ctx.tableIds.set(recordType, id);
  return id;
}

const fieldBody = (f: ReturnType<typeof tableFields>[number]) => ({
  field_name: f.name, type: f.type, ...(f.property ? { property: f.property } : {}), description: { text: `Order75 ${f.source}` },
});

/** Creates what is missing; returns the plan with one step per change (or one unchanged check per table). */
export async function provisionTables(ctx: TablesContext, types: readonly RecordType[]): Promise<ProvisioningPlan> {
  const tables = await listTables(ctx);
  const objects: ProvisioningPlan['objects'] = [];
  for (const recordType of types) {
    const name = tableName(ctx, recordType);
    const steps: ProvisioningStep[] = [];
    let tableId = tables.get(name);
    if (!tableId) {
      const data = await ctx.client.call<{ table_id: string }>('schema', { path: tablesPath(ctx), json: { table: { name, default_view_name: '全部记录', fields: tableFields(recordType).map(fieldBody) } } });
      tableId = data.table_id;
      steps.push({ kind: 'api', action: { zh: `新建数据表「${name}」（${tableFields(recordType).length} 个字段）`, en: `created table "${name}" (${tableFields(recordType).length} fields)` }, changed: true });
    } else {
      const existing = await listFields(ctx, tableId);
      const wrong: string[] = [];
      for (const f of tableFields(recordType)) {
        const have = existing.find((x) => x.field_name === f.name);
        if (!have) {
          await ctx.client.call('schema', { path: `${tablesPath(ctx)}/${tableId}/fields`, json: fieldBody(f) });
          steps.push({ kind: 'api', action: { zh: `在「${name}」中添加字段「${f.name}」`, en: `added field "${f.name}" to "${name}"` }, changed: true });
        } else if (have.type !== f.type) wrong.push(f.name);
      }
      if (wrong.length > 0) {
        steps.push({
          kind: 'manual',
          action: { zh: `「${name}」中这些字段类型不对，请手工改正（改类型会清空该列数据，请先确认）：${wrong.join('、')}`, en: `In "${name}" these fields have the wrong type; change them by hand (changing a type clears the column, check first): ${wrong.join(', ')}` },
          fields: provisioningFields(recordType).filter((f) => wrong.includes(f.name)),
        });
      }
      if (steps.length === 0) steps.push({ kind: 'api', action: { zh: `数据表「${name}」已就绪`, en: `table "${name}" is up to date` }, changed: false });
    }
    ctx.tableIds.set(recordType, tableId);
    objects.push({ recordType, hostObject: name, steps });
  }
  return { adapter: 'feishu-bitable', objects };
}

/** Differences between the tables the records need and those in the base. */
export async function verifyTables(ctx: TablesContext, types: readonly RecordType[]): Promise<ProvisioningDifference[]> {
  const tables = await listTables(ctx);
  const out: ProvisioningDifference[] = [];
  for (const recordType of types) {
    const name = tableName(ctx, recordType);
    const tableId = tables.get(name);
    if (!tableId) {
      out.push({ recordType, hostObject: name, problem: 'missing-object', message: { zh: `缺少数据表「${name}」，请运行 provision`, en: `table "${name}" is missing; run provision` } });
      continue;
    }
    const existing = await listFields(ctx, tableId);
    for (const f of tableFields(recordType)) {
      const have = existing.find((x) => x.field_name === f.name);
      if (!have) out.push({ recordType, hostObject: name, field: f.name, problem: 'missing-field', message: { zh: `「${name}」缺少字段「${f.name}」，请运行 provision`, en: `"${name}" lacks field "${f.name}"; run provision` } });
      else if (have.type !== f.type) out.push({ recordType, hostObject: name, field: f.name, problem: 'wrong-type', message: { zh: `字段「${f.name}」类型为 ${have.type}，应为 ${f.type}`, en: `field "${f.name}" has type ${have.type}; it should be ${f.type}` } });
    }
  }
  return out;
}
