/**
 * Daily checks (Art. 10): one per production day and site, every daily row of the list in force answered,
 * hazards with an immediate measure and a report to the director, entries sometimes made late.
 */
import { formatDay } from '@order75/core';
import type { DailyCheck, PersonRef, RiskList } from '@order75/schemas';
import type { Context } from './context';
import type { Rng } from './prng';

/** A hazard as the generator follows it through its life. */
export interface Hazard {
  id: string;
  site: string;
  found: number;
  recordId: string;
  finding: string;
  /** Set at the first weekly review that lists it. */
  deadline?: number;
  reviewedOn?: number;
  /** The day it is fixed (may lie after the dataset's end: still open). */
  fixDay?: number;
  /** Whether the fix is reported in a weekly report yet. */
  closed: boolean;
}

const WHERE = ['1 号生产线', '2 号生产线', '3 号机台', '原材料库', '成品库', '检验室', '包装工位'];
const MEASURES = [
  '立即停机调整工艺参数，隔离可疑产品并挂待处理标识',
  '暂停该批次放行，通知班组长现场纠正并复检',
  '隔离不合格品，通知技术部门分析原因',
  '停止使用相关物料，退回待检区重新查验',
];
const HANDLING = ['复检合格后恢复生产', '不合格品已隔离，待评审处置', '现场已纠正，复检合格', '已通知供方，退货处理'];

/** The daily rows of a list, for one site. */
export function dailyRows(list: RiskList, site: string): RiskList['rows'] {
  return list.rows.filter((r) => r.cadence === 'daily' && (!r.sites || r.sites.length === 0 || r.sites.includes(site)));
}

/** Builds the check of `site` on `day`; new hazards are pushed onto `found`. */
export function dailyCheck(
  ctx: Context, rng: Rng, site: string, day: number, list: RiskList, officer: PersonRef, reportTo: PersonRef, found: Hazard[],
): DailyCheck {
  const { hazardRate, lateRate } = ctx.options;
  const late = rng.chance(lateRate);
  const created = late ? { day: day + rng.int(2, 4), minute: 540 + rng.int(0, 60) } : { day, minute: 1020 + rng.int(0, 60) };
  const checked = { day, minute: 900 + rng.int(0, 90) };
  const rows = dailyRows(list, site);
  const hazardRows = new Set<number>();
  if (rng.chance(hazardRate)) {
    hazardRows.add(rng.int(0, rows.length - 1));
    if (rng.chance(0.15)) hazardRows.add(rng.int(0, rows.length - 1));
  }
  const envelope = ctx.envelope('daily-check', created, officer);
  const stamp = formatDay(day).replaceAll('-', '');
  let n = 0;
  const items: DailyCheck['items'] = rows.map((row, i) => {
    if (!hazardRows.has(i)) {
      return rng.chance(0.02) ? { rowId: row.rowId, result: 'na' as const, note: '本日未生产相关产品' } : { rowId: row.rowId, result: 'ok' as const };
    }
    const hazardId = `H${stamp}-${site}-${++n}`;
    const finding = `${rng.pick(WHERE)}：${row.riskPoint}`;
    const measureMinute = checked.minute + rng.int(5, 40);
    const reportLate = rng.chance(lateRate / 2);
    found.push({ id: hazardId, site, found: day, recordId: envelope.id, finding, closed: false });
    return {
      rowId: row.rowId,
      result: 'hazard' as const,
      hazardId,
      finding,
      measure: rng.pick(MEASURES),
      measureAt: ctx.instant({ day, minute: measureMinute }),
      handling: rng.pick(HANDLING),
      reportedTo: reportTo,
      reportedAt: ctx.instant(reportLate ? { day: day + 1, minute: 510 } : { day, minute: measureMinute + rng.int(10, 60) }),
    };
  });
  const record: DailyCheck = {
    ...envelope,
    date: formatDay(day),
    site,
    riskList: { recordId: list.id, version: list.version },
    inspector: officer,
    checkedAt: ctx.instant(checked),
    items,
    zeroRisk: n === 0,
  };
  return ctx.sign(record, 0, 'officer', officer, created);
}
