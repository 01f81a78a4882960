/**
 * `provision` and `verifyProvisioning`: create the schema, the change counter and every staging table (or add
 * missing columns) idempotently, and compare the database's column list with what the schemas need. In
 * `manual` mode nothing is executed: the plan carries the DDL as a template for a DBA to review and run.
 */
import type { ProvisioningDifference, ProvisioningPlan, ProvisioningStep } from '@order75/adapter-kit';
import { RECORD_TYPES, type RecordType } from '@order75/schemas';
import type { SqlClient } from './client';
import type { Dialect } from './dialects/types';
import { generateDdl } from './ddl';
import { metaTableName, tablesOf, type ColumnDef, type TableDef } from './tables';

async function columnsByTable(client: SqlClient, dialect: Dialect, prefix: string): Promise<Map<string, Map<string, string>>> {
  const s = dialect.listColumns(prefix);
  const r = await client.query(s.sql, s.params);
  const out = new Map<string, Map<string, string>>();
  for (const row of r.rows) {
    const t = String(row.table_name ?? row.TABLE_NAME);
    if (!t.startsWith(prefix)) continue;
    if (!out.has(t)) out.set(t, new Map());
    out.get(t)?.set(String(row.column_name ?? row.COLUMN_NAME), String(row.data_type ?? row.DATA_TYPE).toLowerCase());
  }
  return out;
}

/** A coarse type family, so `int(11)`, `integer` and `INT` compare equal. */
function family(sqlType: string): string {
  const t = sqlType.toLowerCase();
  if (/tinyint\(1\)|bool|^bit/.test(t)) return 'boolean';
  if (/^(big|small)?int|^integer/.test(t)) return 'integer';
  if (/double|float|real|numeric|decimal/.test(t)) return 'number';
  if (/timestamp|datetime/.test(t)) return 'instant';
  if (/^date/.test(t)) return 'date';
  return 'text';
}

const fieldsOf = (t: TableDef, dialect: Dialect) =>
  t.columns.map((c: ColumnDef) => ({ name: c.name, label: c.label, hostType: dialect.columnType(c), required: !c.nullable, source: c.key ? `/${t.childKey ? `${t.childKey}/*/` : ''}${c.key}` : `(${c.name})` }));

/** Creates what is missing and reports each step; the second run reports `changed: false` everywhere. */
export async function provisionTables(
  client: SqlClient | undefined,
  dialect: Dialect,
  prefix: string,
  adapter: string,
  recordTypes: readonly RecordType[] = RECORD_TYPES,
): Promise<ProvisioningPlan> {
  if (!client) {
    const ddl = generateDdl(dialect, prefix, recordTypes);
    return {
      adapter,
      common: [{ kind: 'manual', action: { zh: '由数据库管理员审阅并执行建表脚本', en: 'have a DBA review and run the DDL script' }, fields: [], template: { fileName: `order75-staging.${dialect.name}.sql`, mediaType: 'application/sql', content: ddl } }],
      objects: recordTypes.map((type) => {
        const tables = tablesOf(type, prefix);
        return {
          recordType: type, hostObject: tables[0]?.name ?? type,
          steps: tables.map((t): ProvisioningStep => ({ kind: 'manual', action: { zh: `建表 ${t.name}（${t.label.zh}）`, en: `create table ${t.name} (${t.label.en})` }, fields: fieldsOf(t, dialect) })),
        };
      }),
    };
  }
  const before = await columnsByTable(client, dialect, prefix);
  const meta = metaTableName(prefix);
  for (const sql of dialect.createCommon(meta)) await client.query(sql);
  const common: ProvisioningStep[] = [{ kind: 'api', action: { zh: `建立变更计数表 ${meta}`, en: `create change counter table ${meta}` }, changed: !before.has(meta) }];
  const objects: ProvisioningPlan['objects'] = [];
  for (const type of recordTypes) {
    const steps: ProvisioningStep[] = [];
    const tables = tablesOf(type, prefix);
    for (const t of tables) {
      const have = before.get(t.name);
      if (!have) {
        await client.query(dialect.createTable(t));
        steps.push({ kind: 'api', action: { zh: `建表 ${t.name}（${t.label.zh}）`, en: `create table ${t.name} (${t.label.en})` }, changed: true });
        continue;
      }
      const missing = t.columns.filter((c) => !have.has(c.name));
      for (const c of missing) await client.query(dialect.addColumn(t, c));
      steps.push(
        missing.length
          ? { kind: 'api', action: { zh: `为 ${t.name} 增加列 ${missing.map((c) => c.name).join(', ')}`, en: `add columns ${missing.map((c) => c.name).join(', ')} to ${t.name}` }, changed: true }
          : { kind: 'api', action: { zh: `表 ${t.name} 已就绪`, en: `table ${t.name} is in place` }, changed: false },
      );
    }
    objects.push({ recordType: type, hostObject: tables[0]?.name ?? type, steps });
  }
  return { adapter, objects, common };
}

/** Missing tables and columns, columns of the wrong type family, and extra columns. */
export async function verifyTables(client: SqlClient, dialect: Dialect, prefix: string, recordTypes: readonly RecordType[] = RECORD_TYPES): Promise<ProvisioningDifference[]> {
  const have = await columnsByTable(client, dialect, prefix);
  const out: ProvisioningDifference[] = [];
  for (const type of recordTypes) {
    for (const t of tablesOf(type, prefix)) {
      const cols = have.get(t.name);
      if (!cols) {
        out.push({ recordType: type, hostObject: t.name, problem: 'missing-object', message: { zh: `缺少中间表 ${t.name}，请运行 order75 provision sql`, en: `staging table ${t.name} is missing; run order75 provision sql` } });
        continue;
      }
      for (const c of t.columns) {
        const actual = cols.get(c.name);
        if (actual === undefined) {
          out.push({ recordType: type, hostObject: t.name, field: c.name, problem: 'missing-field', message: { zh: `${t.name} 缺少列 ${c.name}（${c.label.zh}）`, en: `${t.name} lacks column ${c.name} (${c.label.en})` } });
        } else if (family(actual) !== family(dialect.columnType(c))) {
          out.push({ recordType: type, hostObject: t.name, field: c.name, problem: 'wrong-type', message: { zh: `${t.name}.${c.name} 的类型为 ${actual}，应为 ${dialect.columnType(c)}`, en: `${t.name}.${c.name} is ${actual}; expected ${dialect.columnType(c)}` } });
        }
      }
      const known = new Set(t.columns.map((c) => c.name));
      for (const name of cols.keys()) {
        if (!known.has(name)) out.push({ recordType: type, hostObject: t.name, field: name, problem: 'extra-field', message: { zh: `${t.name} 有本工具未定义的列 ${name}（不影响同步）`, en: `${t.name} has a column ${name} this tool does not define (sync is unaffected)` } });
      }
    }
  }
  return out;
}
