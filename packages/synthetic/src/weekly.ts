/**
 * Weekly reports (Art. 11): the director's review lists every hazard found since the last review by
 * `hazardId` with links to its daily check, sets fix deadlines, verifies last week's fixes and carries the
 * status changes as `hazardUpdates`.
 */
import { formatDay } from '@order75/core';
import type { HazardUpdate, WeeklyReport } from '@order75/schemas';
import type { Context } from './context';
import type { Hazard } from './daily';
import type { Staff } from './people';
import type { Rng } from './prng';

/** What happened in a week, for the report's assessment. */
export interface PeriodStats {
  expected: number;
  done: number;
  found: number;
}

const ANALYSES = ['操作人员未严格执行作业指导书', '设备参数漂移，点检未及时发现', '供方来料质量波动', '交接班检查不到位', '现场定置管理松懈'];
const FIXES = ['修订作业指导书并对班组再培训', '增加关键参数点检频次并校准设备', '约谈供方，加严来料检验', '完善交接班检查表并落实签字', '开展现场整顿，明确物料标识'];

/** Builds the report of `week` reviewed on `reviewDay`; updates the hazards' state. */
export function weeklyReport(
  ctx: Context, rng: Rng, week: string, reviewDay: number, staff: Staff, fresh: Hazard[], open: Hazard[], stats: PeriodStats,
): WeeklyReport {
  const lateFix = ctx.options.lateRate;
  const updates: HazardUpdate[] = [];
  const closeIfFixed = (h: Hazard) => {
    if (h.fixDay !== undefined && h.fixDay <= reviewDay) {
      updates.push({ hazardId: h.id, status: 'fixed', date: formatDay(h.fixDay) }, { hazardId: h.id, status: 'closed', date: formatDay(h.fixDay), note: '整改到位，经核实关闭' });
      h.closed = true;
    }
  };
  // A failed verification reopens a hazard, so only fixes that were checked and passed are listed.
  const verifications = open.flatMap((h) => {
    closeIfFixed(h);
    return h.closed ? [{ hazardId: h.id, verified: true, note: '已整改到位' }] : [];
  });
  const hazards = fresh.map((h) => {
    h.reviewedOn = reviewDay;
    h.deadline = reviewDay + rng.int(5, 14);
    h.fixDay = rng.chance(lateFix) ? h.deadline + rng.int(1, 10) : h.found + rng.int(1, h.deadline - h.found);
    closeIfFixed(h);
    if (!h.closed) updates.push({ hazardId: h.id, status: 'fixing', date: formatDay(reviewDay) });
    const owner = staff.officers.get(h.site) ?? staff.director;
    return {
      hazardId: h.id, site: h.site, foundOn: formatDay(h.found), sourceRecordIds: [h.recordId], description: h.finding,
      analysis: rng.pick(ANALYSES), fix: rng.pick(FIXES), owner, deadline: formatDay(h.deadline),
    };
  });
  const closedNow = verifications.length;
  const rate = stats.expected > 0 ? ((stats.done / stats.expected) * 100).toFixed(1) : '100.0';
  const at = { day: reviewDay, minute: 960 };
  const record: WeeklyReport = {
    ...ctx.envelope('weekly-report', at, staff.director),
    week,
    reviewDate: formatDay(reviewDay),
    organiser: staff.director,
    participants: [staff.director, ...staff.officers.values()],
    lastWeekVerification: open.length === 0 ? '上周无遗留隐患。' : `上周遗留隐患 ${open.length} 项，本周核实整改到位 ${closedNow} 项，仍在整改 ${open.length - closedNow} 项。`,
    ...(verifications.length > 0 ? { verifications } : {}),
    ...(hazards.length > 0 ? { hazards } : {}),
    ...(updates.length > 0 ? { hazardUpdates: updates } : {}),
    assessment: `本周各厂区应检 ${stats.expected} 次，实检 ${stats.done} 次，完成率 ${rate}%；日管控发现隐患 ${stats.found} 项，均已采取防范措施。质量安全状况总体受控。`,
    nextWeekFocus: hazards.length > 0 ? '跟踪本周隐患整改，到期逐项核实；加强相关工序巡检。' : '继续落实日管控，重点检查关键工序参数和出厂检验记录。',
  };
  return ctx.sign(record, 0, 'director', staff.director, { day: reviewDay, minute: 1020 });
}
