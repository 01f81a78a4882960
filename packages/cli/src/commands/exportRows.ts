/**
 * Rows for `order75 export --format csv`: a daily check becomes one row per checked item (the layout of the
 * XLSX export); any other record type one row per record with its top-level fields, nested values as JSON.
 */
import type { DailyCheck } from '@order75/schemas';

const RESULT = { ok: '正常', hazard: '发现隐患', na: '不适用' } as const;

/** Column headers of a daily-check CSV, Chinese with the field name, so both readers and scripts can use it. */
export const DAILY_CHECK_COLUMNS = [
  '检查日期 date', '厂区 site', '检查人 inspector', '检查时间 checkedAt', '清单版本 riskList.version', '行编号 rowId', '检查结果 result',
  '隐患编号 hazardId', '存在问题 finding', '防范措施 measure', '措施时间 measureAt', '处置结果 handling', '上报对象 reportedTo',
  '上报时间 reportedAt', '检查说明 note', '零风险报告 zeroRisk', '状态 status', '修订版 revision', '记录编号 id',
];

/** One row per item of each daily check, sorted by date and site. */
export function dailyCheckRows(records: readonly DailyCheck[]): string[][] {
  const sorted = [...records].sort((a, b) => (a.date === b.date ? a.site.localeCompare(b.site) : a.date < b.date ? -1 : 1));
  return sorted.flatMap((r) =>
    r.items.map((item) => [
      r.date, r.site, r.inspector.name, r.checkedAt ?? '', r.riskList.version, item.rowId, RESULT[item.result] ?? item.result,
      item.hazardId ?? '', item.finding ?? '', item.measure ?? '', item.measureAt ?? '', item.handling ?? '', item.reportedTo?.name ?? '',
      item.reportedAt ?? '', item.note ?? '', r.zeroRisk ? '是' : '否', r.status, String(r.revision), r.id,
    ]),
  );
}

/** Header and rows of any record type: the union of top-level fields, in first-seen order. */
export function genericRows(records: readonly Record<string, unknown>[]): { header: string[]; rows: string[][] } {
  const header: string[] = [];
  for (const r of records) for (const key of Object.keys(r)) if (!header.includes(key)) header.push(key);
  const cell = (v: unknown) => (v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  return { header, rows: records.map((r) => header.map((k) => cell(r[k]))) };
}
