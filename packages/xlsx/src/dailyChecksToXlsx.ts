/**
 * `dailyChecksToXlsx()`: daily checks (Art. 10) as one spreadsheet row per checked item, for exports and
 * audits; check dates are Excel serials computed from the local date.
 */
import ExcelJS from 'exceljs';
import type { DailyCheck, RiskList } from '@order75/schemas';
import { localDateToSerial } from './dates';
import { DATE_FORMAT } from './riskListToXlsx';
import { RESULT_LABEL } from './vocabulary';

/** Options of `dailyChecksToXlsx`. */
export interface DailyChecksExportOptions {
  /** Risk lists whose rows name the risk point of each item (matched by the check's list id, then by row id). */
  riskLists?: readonly RiskList[];
  /** Sheet name; `每日检查记录` when absent. */
  sheetName?: string;
}

const HEADERS: ReadonlyArray<readonly [string, number]> = [
  ['检查日期', 12], ['厂区', 10], ['检查人', 10], ['检查时间', 22], ['清单版本', 10], ['行编号', 10], ['风险点', 36],
  ['检查结果', 10], ['隐患编号', 16], ['存在问题', 30], ['采取的防范措施', 30], ['措施时间', 22], ['处置结果', 24],
  ['上报对象', 10], ['上报时间', 22], ['检查说明', 24], ['零风险报告', 10], ['状态', 8], ['记录编号', 38],
];

/** Writes `records` (daily checks; other record types are skipped) as XLSX bytes, sorted by date and site. */
export async function dailyChecksToXlsx(records: Iterable<DailyCheck>, options: DailyChecksExportOptions = {}): Promise<Uint8Array> {
  const byList = new Map<string, Map<string, string>>();
  const anyList = new Map<string, string>();
  for (const list of options.riskLists ?? []) {
    const rows = new Map(list.rows.map((r) => [r.rowId, r.riskPoint]));
    byList.set(list.id, rows);
    for (const [id, point] of rows) if (!anyList.has(id)) anyList.set(id, point);
  }
  const checks = [...records]
    .filter((r) => r.recordType === 'daily-check')
    .sort((a, b) => (a.date === b.date ? (a.site < b.site ? -1 : a.site > b.site ? 1 : 0) : a.date < b.date ? -1 : 1));

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Order75 Kit';
  const sheet = workbook.addWorksheet(options.sheetName ?? '每日检查记录', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = HEADERS.map(([header, width]) => ({ header, width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(1).numFmt = DATE_FORMAT;
  for (const check of checks) {
    const serial = localDateToSerial(check.date);
    const points = byList.get(check.riskList.recordId);
    for (const item of check.items) {
      sheet.addRow([
        serial,
        check.site,
        check.inspector.name,
        check.checkedAt,
        check.riskList.version,
        item.rowId,
        points?.get(item.rowId) ?? anyList.get(item.rowId),
        RESULT_LABEL[item.result],
        item.hazardId,
        item.finding,
        item.measure,
        item.measureAt,
        item.handling,
        item.reportedTo?.name,
        item.reportedAt,
        item.note,
        check.zeroRisk ? '是' : '否',
        check.status === 'final' ? '定稿' : '草稿',
        check.id,
      ]);
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
}
