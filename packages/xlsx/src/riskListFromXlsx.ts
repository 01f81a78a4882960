/**
 * `riskListFromXlsx()`: reads a risk-list workbook (Art. 9) into a `risk-list` record, or reports every
 * problem by sheet and cell and imports nothing.
 */
import ExcelJS from 'exceljs';
import { newRecordId, validateRecord } from '@order75/core';
import type { Message, RiskList } from '@order75/schemas';
import { cellText, columnLetter, plainValue } from './cells';
import { parseLocalDate } from './dates';
import {
  COLUMNS, LIST_SHEET, META_FIELDS, META_SHEET, RISK_LEVEL_LABEL, sameName, type Column, type MetaField, type RiskRow,
} from './riskListLayout';
import { CADENCE_LABEL, parseCadence, parseRole, ROLE_LABEL, splitList } from './vocabulary';

/** One problem, located: `{ sheet: '风险管控清单', cell: 'D7', message }`. */
export interface XlsxError {
  sheet: string;
  cell: string;
  message: Message;
}

export type RiskListImport = { ok: true; record: RiskList } | { ok: false; errors: XlsxError[] };

/** Options of `riskListFromXlsx`. The sheet's metadata wins over the content fallbacks given here. */
export interface RiskListImportOptions {
  /** USCC of the enterprise the list belongs to (required; must match the workbook's, if it names one). */
  enterprise: string;
  /** Record id; else the workbook's 记录编号; else a new UUIDv7. */
  id?: string;
  /** Record status; `draft` when absent. */
  status?: 'draft' | 'final';
  title?: string;
  version?: string;
  effectiveDate?: string;
  productCategories?: string[];
  sites?: string[];
}

const CADENCES = Object.values(CADENCE_LABEL).join('、');
const ROLES = Object.values(ROLE_LABEL).join('、');
const LEVELS: Record<string, NonNullable<RiskRow['riskLevel']>> = { low: 'low', medium: 'medium', high: 'high', major: 'major' };
for (const [k, v] of Object.entries(RISK_LEVEL_LABEL)) LEVELS[v] = k as NonNullable<RiskRow['riskLevel']>;

/** Reads `bytes` (XLSX) into a `risk-list` record; on any problem returns every error found and no record. */
export async function riskListFromXlsx(bytes: Uint8Array | ArrayBuffer, options: RiskListImportOptions): Promise<RiskListImport> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load((bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)) as never);
  } catch {
    return fail('', '', { zh: '无法读取文件：不是有效的 XLSX 工作簿，请用 Excel 或 WPS 另存为 .xlsx 后重试', en: 'cannot read the file: not a valid XLSX workbook; save it as .xlsx from Excel or WPS and retry' });
  }
  const errors: XlsxError[] = [];
  const sheet =
    workbook.getWorksheet(LIST_SHEET) ??
    workbook.worksheets.find((ws) => headerCells(ws).some((t) => sameName(t, '风险点', ['risk point'])));
  if (!sheet) {
    return fail(LIST_SHEET, 'A1', { zh: `未找到「${LIST_SHEET}」工作表（第一行应为表头：序号、环节、控制环节、风险点……）`, en: `no "${LIST_SHEET}" sheet found (its first row should be the header: 序号, 环节, 控制环节, 风险点, …)` });
  }
  const name = sheet.name;

  const columns = new Map<number, Column>();
  headerCells(sheet).forEach((text, i) => {
    if (text === '') return;
    const col = COLUMNS.find((c) => sameName(text, c.header, c.aliases));
    const cell = `${columnLetter(i + 1)}1`;
    if (!col) errors.push({ sheet: name, cell, message: { zh: `未识别的列「${text}」，表头应为：${COLUMNS.map((c) => c.header).join('、')}`, en: `unknown column "${text}"; the headers are: ${COLUMNS.map((c) => c.header).join(', ')}` } });
    else if ([...columns.values()].includes(col)) errors.push({ sheet: name, cell, message: { zh: `列「${col.header}」重复，请删除多余的一列`, en: `column "${col.header}" appears twice; delete one` } });
    else columns.set(i + 1, col);
  });
  for (const col of COLUMNS.filter((c) => c.required && ![...columns.values()].includes(c))) {
    errors.push({ sheet: name, cell: 'A1', message: { zh: `缺少必填列「${col.header}」，请在表头增加该列`, en: `missing required column "${col.header}"; add it to the header row` } });
  }
  const letterOf = new Map<keyof RiskRow, string>([...columns].map(([n, c]) => [c.field, columnLetter(n)]));

  const rows: RiskRow[] = [];
  const sheetRows: number[] = [];
  const seen = new Map<string, string>();
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const texts = new Map<keyof RiskRow, { text: string; raw: unknown; cell: string }>();
    for (const [n, col] of columns) {
      const value = row.getCell(n).value;
      texts.set(col.field, { text: cellText(value), raw: plainValue(value), cell: `${columnLetter(n)}${r}` });
    }
    if ([...texts.values()].every((t) => t.text === '')) continue;
    const out: Record<string, unknown> = {};
    const bad = (cell: string, message: Message) => errors.push({ sheet: name, cell, message });
    for (const [field, { text, raw, cell }] of texts) {
      if (text === '') continue;
      if (field === 'seq') {
        const n = typeof raw === 'number' ? raw : Number(text);
        if (Number.isInteger(n) && n >= 1) out.seq = n;
        else bad(cell, { zh: `序号「${text}」应为正整数`, en: `No. "${text}" should be a positive whole number` });
      } else if (field === 'cadence') {
        const c = parseCadence(text);
        if (c) out.cadence = c;
        else bad(cell, { zh: `无法识别的管控频次「${text}」，应为 ${CADENCES}（也接受 每日、每周、每月、daily、weekly、monthly）`, en: `unknown cadence "${text}"; use daily, weekly or monthly (日管控、周排查、月调度)` });
      } else if (field === 'responsibleRole') {
        const role = parseRole(text);
        if (role) out.responsibleRole = role;
        else bad(cell, { zh: `无法识别的责任人员「${text}」，应为 ${ROLES}`, en: `unknown responsible role "${text}"; use officer, director or principal (${ROLES})` });
      } else if (field === 'riskLevel') {
        const level = LEVELS[text.toLowerCase()];
        if (level) out.riskLevel = level;
        else bad(cell, { zh: `无法识别的风险等级「${text}」，应为 低、一般、较大、重大`, en: `unknown risk level "${text}"; use low, medium, high or major` });
      } else if (field === 'sites') {
        out.sites = splitList(text);
      } else {
        out[field] = text;
      }
    }
    const rowId = (out.rowId as string | undefined) ?? `R${String(rows.length + 1).padStart(3, '0')}`;
    const idCell = `${letterOf.get('rowId') ?? 'A'}${r}`;
    const first = seen.get(rowId);
    if (first) bad(idCell, { zh: `行编号「${rowId}」与 ${first} 重复，每行的行编号必须唯一`, en: `row id "${rowId}" repeats ${first}; each row needs its own id` });
    else seen.set(rowId, idCell);
    out.rowId = rowId;
    rows.push(out as unknown as RiskRow);
    sheetRows.push(r);
  }
  if (rows.length === 0 && errors.length === 0) {
    errors.push({ sheet: name, cell: 'A2', message: { zh: '清单没有任何行，请从第 2 行起填写风险点', en: 'the list has no rows; fill in risk points from row 2' } });
  }

  const meta = readMeta(workbook, errors);
  const metaSheet = meta.sheet;
  const enterprise = meta.values.enterprise;
  if (enterprise && enterprise !== options.enterprise) {
    errors.push({ sheet: metaSheet, cell: meta.cells.enterprise ?? 'B1', message: { zh: `清单所属单位 ${enterprise} 与导入单位 ${options.enterprise} 不一致`, en: `the list belongs to ${enterprise}, not to ${options.enterprise}` } });
  }
  const record: Record<string, unknown> = {
    id: options.id ?? meta.values.id ?? newRecordId(),
    recordType: 'risk-list',
    schemaVersion: 1,
    revision: 1,
    status: options.status ?? 'draft',
    enterprise: options.enterprise,
  };
  const title = meta.values.title ?? options.title;
  const version = meta.values.version ?? options.version;
  const effectiveDate = meta.values.effectiveDate ?? options.effectiveDate;
  const categories = meta.values.productCategories ? splitList(meta.values.productCategories) : options.productCategories;
  const sites = meta.values.sites ? splitList(meta.values.sites) : options.sites;
  if (title !== undefined) record.title = title;
  if (version !== undefined) record.version = version;
  if (effectiveDate !== undefined) record.effectiveDate = effectiveDate;
  if (categories !== undefined) record.productCategories = categories;
  if (sites !== undefined && sites.length > 0) record.sites = sites;
  record.rows = rows;

  // Schema problems are located too, except where a cell already has a reading error or a column is missing.
  const result = validateRecord(record);
  if (!result.ok) {
    const reported = new Set(errors.map((e) => `${e.sheet}!${e.cell}`));
    const push = (sheetName: string, cell: string, message: Message) => {
      if (reported.has(`${sheetName}!${cell}`)) return;
      reported.add(`${sheetName}!${cell}`);
      errors.push({ sheet: sheetName, cell, message });
    };
    for (const issue of result.issues) {
      const [top, index, field] = issue.instancePath.split('/').slice(1);
      if (top === 'rows' && index !== undefined && field !== undefined && sheetRows[Number(index)] !== undefined) {
        const letter = letterOf.get(field as keyof RiskRow);
        if (letter) push(name, `${letter}${sheetRows[Number(index)]}`, issue.message);
      } else if (top && top in meta.cells) {
        push(metaSheet, meta.cells[top as MetaField['key']] ?? 'A1', issue.message);
      } else if (top && META_FIELDS.some((f) => f.key === top)) {
        const label = META_FIELDS.find((f) => f.key === top)?.label;
        push(metaSheet, 'A1', { zh: `${issue.message.zh}（请在「${META_SHEET}」中填写「${label}」）`, en: `${issue.message.en} (fill in "${label}" in the "${META_SHEET}" sheet)` });
      } else if (top !== 'rows' || errors.length === 0) {
        push(name, 'A1', issue.message);
      }
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, record: record as unknown as RiskList };
}

function fail(sheet: string, cell: string, message: Message): RiskListImport {
  return { ok: false, errors: [{ sheet, cell, message }] };
}

function headerCells(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  const header = ws.getRow(1);
  for (let c = 1; c <= header.cellCount; c++) out.push(cellText(header.getCell(c).value));
  return out;
}

type MetaValues = Partial<Record<MetaField['key'], string>>;

/** Reads the metadata sheet: label in column A, value in column B. */
function readMeta(workbook: ExcelJS.Workbook, errors: XlsxError[]): { sheet: string; values: MetaValues; cells: MetaValues } {
  const ws = workbook.getWorksheet(META_SHEET) ?? workbook.getWorksheet('Metadata');
  const values: MetaValues = {};
  const cells: MetaValues = {};
  if (!ws) return { sheet: META_SHEET, values, cells };
  for (let r = 1; r <= ws.rowCount; r++) {
    const label = cellText(ws.getRow(r).getCell(1).value);
    if (label === '') continue;
    const field = META_FIELDS.find((f) => sameName(label, f.label, f.aliases));
    const cell = `B${r}`;
    const value = ws.getRow(r).getCell(2).value;
    if (!field) {
      errors.push({ sheet: ws.name, cell: `A${r}`, message: { zh: `未识别的项目「${label}」，应为：${META_FIELDS.map((f) => f.label).join('、')}`, en: `unknown item "${label}"; use: ${META_FIELDS.map((f) => f.label).join(', ')}` } });
      continue;
    }
    cells[field.key] = cell;
    if (cellText(value) === '') continue;
    if (field.key === 'effectiveDate') {
      const date = parseLocalDate(plainValue(value));
      if (date) values.effectiveDate = date;
      else errors.push({ sheet: ws.name, cell, message: { zh: `生效日期「${cellText(value)}」不是有效日期，请写成 2026-01-01`, en: `effective date "${cellText(value)}" is not a valid date; write it as 2026-01-01` } });
    } else {
      values[field.key] = cellText(value);
    }
  }
  return { sheet: ws.name, values, cells };
}
