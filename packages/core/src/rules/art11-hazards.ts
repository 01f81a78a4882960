/**
 * Art. 11 — `art11.hazard-unreviewed`, `art11.fix-overdue`, `art11.fix-late`: the weekly review works from the daily
 * findings — the first weekly report on or after the day a hazard was found references it by `hazardId` — and fixes
 * meet the deadline the latest weekly report set. Closing means an update to fixed, verified or closed.
 */
import type { Message } from '@order75/schemas';
import { formatDay, tryDayNumber } from '../calendar/days';
import { reportAnchor } from '../engine/anchors';
import type { EngineContext } from '../engine/context';
import { type Finding, makeFinding } from '../engine/finding';
import { dailyHazards } from './art10-hazard';

/** The finding message (also used by `recordLevelIssues`). */
export const hazardUnreviewedMessage = (hazardId: string, found: string, week: string): Message => ({
  zh: `隐患 ${hazardId}（${found} 发现）：随后的每周排查报告 ${week} 未见该隐患的排查记录（第十一条）`,
  en: `hazard ${hazardId} (found ${found}): the next weekly report (${week}) has no record of it (Art. 11)`,
});
/** The finding message (also used by `recordLevelIssues`). */
export const fixOverdueMessage = (hazardId: string, deadline: string): Message => ({
  zh: `隐患 ${hazardId}：整改期限 ${deadline} 已过，未见整改完成记录（第十一条）`,
  en: `hazard ${hazardId}: the fix deadline ${deadline} has passed with no record of the fix (Art. 11)`,
});
/** The finding message (also used by `recordLevelIssues`). */
export const fixLateMessage = (hazardId: string, deadline: string, closed: string): Message => ({
  zh: `隐患 ${hazardId}：整改完成于 ${closed}，晚于期限 ${deadline}（第十一条）`,
  en: `hazard ${hazardId}: fixed ${closed}, after the deadline ${deadline} (Art. 11)`,
});

/** Index of the first item with `day >= day` in a list sorted by day (its length when none). */
function firstOnOrAfter(list: readonly { readonly day: number }[], day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as { day: number }).day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Findings of this module's rules for the context. */
export function art11Hazards(ctx: EngineContext): Finding[] {
  const out: Finding[] = [];
  const reports = ctx.set
    .of('weekly-report')
    .map((r) => ({ r, day: tryDayNumber(r.reviewDate) }))
    .filter((x) => !Number.isNaN(x.day) && x.day <= ctx.today)
    .sort((a, b) => a.day - b.day || (a.r.id < b.r.id ? -1 : 1));
  for (const h of dailyHazards(ctx)) {
    const f = h.foundDay;
    const found = formatDay(f);
    const base = { date: found, hazardId: h.hazardId };
    // Reports are sorted by day: the first on or after F, and those of its day, by binary search and a short walk.
    const at = firstOnOrAfter(reports, f);
    const first = reports[at];
    if (first) {
      let end = at + 1;
      while (end < reports.length && (reports[end] as (typeof reports)[number]).day === first.day) end++;
      const sameDay = reports.slice(at, end);
      const reviewed = sameDay.some((x) => h.reviewedIn.some((ref) => ref.recordId === x.r.id));
      const cured = h.reviewedIn.find((ref) => ref.reviewDay >= f)?.reviewDay;
      if (!reviewed && reportAnchor(ctx, f, { curedOn: cured })) {
        out.push(makeFinding('art11.hazard-unreviewed', { ...base, recordIds: [h.foundRecordId, ...sameDay.map((x) => x.r.id)], message: hazardUnreviewedMessage(h.hazardId, found, first.r.week) }));
      }
    }
    if (h.fixDeadlineDay === undefined || h.fixDeadline === undefined) continue;
    const dl = h.fixDeadlineDay;
    const recordIds = [h.foundRecordId, h.fixDeadlineRecordId ?? h.foundRecordId];
    if (h.open) {
      if (dl <= ctx.lastComplete && reportAnchor(ctx, f)) out.push(makeFinding('art11.fix-overdue', { ...base, recordIds, message: fixOverdueMessage(h.hazardId, h.fixDeadline) }));
    } else if (h.closedDay !== undefined && h.closedDay > dl && reportAnchor(ctx, f, { late: true })) {
      out.push(makeFinding('art11.fix-late', { ...base, recordIds: [...recordIds, h.closingRecordId ?? h.foundRecordId], message: fixLateMessage(h.hazardId, h.fixDeadline, h.closedOn ?? '') }));
    }
  }
  return out;
}
