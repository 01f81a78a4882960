/**
 * `riskListToXlsx()`: a risk list (Art. 9) as an XLSX workbook: the list sheet with a zh-CN header row and
 * a metadata sheet (title, version, effective date as a date serial, product categories, sites).
 */
import ExcelJS from 'exceljs';
import type { RiskList } from '@order75/schemas';
import { columnLetter } from './cells';
import { localDateToSerial } from './dates';
import { COLUMNS, LIST_SHEET, META_FIELDS, META_SHEET, RISK_LEVEL_LABEL, type RiskRow } from './riskListLayout';
import { CADENCE_LABEL, ROLE_LABEL } from './vocabulary';

/** The number format of date cells. */
export const DATE_FORMAT = 'yyyy-mm-dd';

function rowCell(row: RiskRow, field: keyof RiskRow): string | number | undefined {
  switch (field) {
    case 'cadence':
      return CADENCE_LABEL[row.cadence];
    case 'responsibleRole':
      return ROLE_LABEL[row.responsibleRole];
    case 'sites':
      return row.sites && row.sites.length > 0 ? row.sites.join('、') : undefined;
    case 'riskLevel':
      return row.riskLevel ? RISK_LEVEL_LABEL[row.riskLevel] : undefined;
    default:
      return row[field] as string | number | undefined;
  }
}

/** Writes `record` as XLSX bytes. Dates are written as serials from the local date, formatted `yyyy-mm-dd`. */
export async function riskListToXlsx(record: RiskList): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Order75 Kit';
  const columns = COLUMNS.filter((c) => !c.optional || record.rows.some((r) => r[c.field] !== undefined));

  const sheet = workbook.addWorksheet(LIST_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.field, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of record.rows) {
    const values: Record<string, string | number | undefined> = {};
    for (const c of columns) values[c.field] = rowCell(row, c.field);
    sheet.addRow(values).alignment = { vertical: 'top', wrapText: true };
  }
  const last = Math.max(record.rows.length + 1, 500);
  const listOf = (labels: string[]) => ({
    type: 'list' as const,
    allowBlank: false,
    formulae: [`"${labels.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'warning',
  });
  const dv = (sheet as unknown as { dataValidations: { add(a: string, v: unknown): void } }).dataValidations;
  const col = (field: keyof RiskRow) => columns.findIndex((c) => c.field === field) + 1;
  const letter = columnLetter;
  dv.add(`${letter(col('cadence'))}2:${letter(col('cadence'))}${last}`, listOf(Object.values(CADENCE_LABEL)));
  dv.add(`${letter(col('responsibleRole'))}2:${letter(col('responsibleRole'))}${last}`, listOf(Object.values(ROLE_LABEL)));

  const meta = workbook.addWorksheet(META_SHEET);
  meta.columns = [{ width: 26 }, { width: 60 }];
  const values: Record<(typeof META_FIELDS)[number]['key'], string | number | undefined> = {
    title: record.title,
    version: record.version,
    effectiveDate: localDateToSerial(record.effectiveDate),
    productCategories: record.productCategories.join('、'),
    sites: record.sites && record.sites.length > 0 ? record.sites.join('、') : undefined,
    id: record.id,
    enterprise: record.enterprise,
  };
  META_FIELDS.forEach((field, i) => {
    const r = meta.getRow(i + 1);
    r.getCell(1).value = field.label;
    r.getCell(1).font = { bold: true };
    const value = values[field.key];
    if (value !== undefined) r.getCell(2).value = value;
    if (field.key === 'effectiveDate') r.getCell(2).numFmt = DATE_FORMAT;
  });

  const buffer = await workbook.xlsx.writeBuffer();
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
}
