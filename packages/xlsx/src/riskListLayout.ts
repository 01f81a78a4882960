/**
 * The layout of a risk-list workbook: the list sheet's columns (zh-CN headers, English accepted on import)
 * and the metadata sheet's fields.
 */
import type { RiskList } from '@order75/schemas';

export type RiskRow = RiskList['rows'][number];

/** Names of the two sheets. */
export const LIST_SHEET = '风险管控清单';
export const META_SHEET = '清单信息';

/** A column of the list sheet. */
export interface Column {
  field: keyof RiskRow;
  header: string;
  aliases: readonly string[];
  width: number;
  required?: boolean;
  /** Written only when some row has a value (columns beyond the standard eleven). */
  optional?: boolean;
}

/** The standard columns in order, then the optional ones. */
export const COLUMNS: readonly Column[] = [
  { field: 'seq', header: '序号', aliases: ['no.', 'no', 'seq', '#'], width: 6 },
  { field: 'stage', header: '环节', aliases: ['环节/风险类别', '风险类别', 'stage'], width: 14, required: true },
  { field: 'controlStep', header: '控制环节', aliases: ['control step'], width: 14 },
  { field: 'riskPoint', header: '风险点', aliases: ['风险点/风险指标', 'risk point'], width: 40, required: true },
  { field: 'controlMeasure', header: '管控措施', aliases: ['control measure', 'measure'], width: 48, required: true },
  { field: 'cadence', header: '管控频次', aliases: ['频次', 'cadence', 'frequency'], width: 10, required: true },
  { field: 'responsibleRole', header: '责任人员', aliases: ['责任人', '责任岗位', 'responsible role', 'role'], width: 14, required: true },
  { field: 'sites', header: '适用厂区', aliases: ['厂区', 'sites'], width: 12 },
  { field: 'legalBasis', header: '依据', aliases: ['法规标准依据', 'legal basis', 'basis'], width: 30 },
  { field: 'remarks', header: '备注', aliases: ['remarks', 'note'], width: 16 },
  { field: 'rowId', header: '行编号', aliases: ['row id', 'rowid', 'id'], width: 12 },
  { field: 'riskDescription', header: '风险描述', aliases: ['risk description'], width: 30, optional: true },
  { field: 'riskLevel', header: '风险等级', aliases: ['risk level'], width: 10, optional: true },
];

/** Risk levels as written on export and read on import. */
export const RISK_LEVEL_LABEL = { low: '低', medium: '一般', high: '较大', major: '重大' } as const;

/** A field of the metadata sheet (label in column A, value in column B). */
export interface MetaField {
  key: 'title' | 'version' | 'effectiveDate' | 'productCategories' | 'sites' | 'id' | 'enterprise';
  label: string;
  aliases: readonly string[];
}

export const META_FIELDS: readonly MetaField[] = [
  { key: 'title', label: '清单名称', aliases: ['名称', 'title'] },
  { key: 'version', label: '版本号', aliases: ['版本', 'version'] },
  { key: 'effectiveDate', label: '生效日期', aliases: ['effective date'] },
  { key: 'productCategories', label: '产品类别', aliases: ['product categories', 'categories'] },
  { key: 'sites', label: '适用厂区', aliases: ['厂区', 'sites'] },
  { key: 'id', label: '记录编号', aliases: ['record id', 'id'] },
  { key: 'enterprise', label: '生产单位统一社会信用代码', aliases: ['统一社会信用代码', 'enterprise', 'uscc'] },
];

/** Matches a header or label written by a person against a name and its aliases. */
export function sameName(text: string, name: string, aliases: readonly string[]): boolean {
  const t = text.trim().replace(/\s+/g, ' ').toLowerCase();
  return t === name || aliases.includes(t);
}
