/**
 * Monthly meetings (Art. 12): the principal hears the director, sums up daily completion and hazards, and
 * schedules next month's tasks.
 */
import { formatDay, monthOf } from '@order75/core';
import type { MonthlyMeeting } from '@order75/schemas';
import type { Context } from './context';
import type { PeriodStats } from './weekly';
import type { Staff } from './people';

/** Builds the minutes of `month` (label) held on `day`. */
export function monthlyMeeting(ctx: Context, month: string, day: number, staff: Staff, stats: PeriodStats & { closed: number; open: number }): MonthlyMeeting {
  const at = { day, minute: 870 };
  const next = monthOf(monthOf(day).last + 1);
  const officers = [...staff.officers.values()];
  const rate = stats.expected > 0 ? ((stats.done / stats.expected) * 100).toFixed(1) : '100.0';
  const record: MonthlyMeeting = {
    ...ctx.envelope('monthly-meeting', at, officers[0]),
    month,
    meetingDate: formatDay(day),
    place: '公司二楼会议室',
    chair: staff.principal,
    reporter: staff.director,
    ...(officers[0] ? { recorder: officers[0] } : {}),
    attendees: [staff.principal, staff.director, ...officers],
    mainProblems: stats.found > 0
      ? `本月日管控应检 ${stats.expected} 次，实检 ${stats.done} 次（完成率 ${rate}%）；共发现质量安全风险隐患 ${stats.found} 项。`
      : `本月日管控应检 ${stats.expected} 次，实检 ${stats.done} 次（完成率 ${rate}%）；未发现质量安全风险隐患，均为零风险报告。`,
    fixStatus: `本月整改关闭隐患 ${stats.closed} 项。`,
    ...(stats.open > 0 ? { openProblems: `尚有 ${stats.open} 项隐患在整改中，由质量安全总监督促按期完成。` } : {}),
    decisions: '继续落实日管控、周排查、月调度制度；对未按期整改的隐患逐项明确责任人和期限。',
    nextMonthTasks: [
      { task: '逐项跟踪未关闭隐患的整改并核实', owner: staff.director, due: formatDay(next.last) },
      { task: '组织一次关键工序专项检查', owner: officers[0] ?? staff.director, due: formatDay(next.first + 14) },
    ],
  };
  ctx.sign(record, 0, 'principal', staff.principal, { day, minute: 1000 });
  return ctx.sign(record, 1, 'director', staff.director, { day, minute: 1005 });
}
